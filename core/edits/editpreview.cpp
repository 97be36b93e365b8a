// SPDX-License-Identifier: GPL-3.0-or-later

#include "editpreview.h"

#include "findingkey.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ordo {

EditPreview EditPreview::compute(const Plan &plan, const Analysis &current, const PlanEdit &edit)
{
    EditPreview preview;
    if (edit.isEmpty() || !edit.isValidFor(plan))
        return preview;
    preview.m_plan = plan;
    edit.apply(preview.m_plan);
    preview.m_analysis = analyze(preview.m_plan, current.clock);
    const Analysis &after = preview.m_analysis;
    // One key per finding (building a key sorts its sessions: the dearest part of this
    // comparison on a crowded plan; docs/performance.md).
    QList<FindingKey> currentKeys;
    currentKeys.reserve(current.findings.size());
    QSet<FindingKey> before;
    before.reserve(current.findings.size());
    for (const Finding &f : current.findings) {
        currentKeys.append(FindingKey::of(f));
        before.insert(currentKeys.constLast());
    }
    QSet<FindingKey> remaining;
    remaining.reserve(after.findings.size());
    for (const Finding &f : after.findings) {
        FindingKey key = FindingKey::of(f);
        if (!f.hiddenByDefault && !before.contains(key))
            preview.m_newFindings.append(f);
        remaining.insert(std::move(key));
    }
    for (qsizetype i = 0; i < current.findings.size(); ++i) {
        const Finding &f = current.findings[i];
        if (!f.hiddenByDefault && !remaining.contains(currentKeys[i]))
            preview.m_clearedFindings.append(f);
    }
    preview.m_valid = true;
    return preview;
}

std::optional<Severity> EditPreview::worstSeverity() const
{
    std::optional<Severity> worst;
    for (const Finding &f : m_newFindings) {
        if (!worst || int(f.severity) > int(*worst))
            worst = f.severity;
    }
    return worst;
}

bool EditPreview::hasRule(const QString &rule) const
{
    for (const Finding &f : m_newFindings) {
        if (f.rule == rule)
            return true;
    }
    return false;
}

QString EditPreview::toolTip() const
{
    if (m_newFindings.isEmpty())
        return QCoreApplication::translate("ordo::EditPreview", "No new findings");
    // Plain text, one line per finding: a rich-text tooltip costs a text layout on every
    // hover step, half of the hover budget.
    constexpr int kMaxLine = 140;
    QStringList lines;
    for (const Finding &f : m_newFindings) {
        QString line = u"• "_s + displayName(f.severity) + u": "_s + f.message;
        if (line.size() > kMaxLine)
            line = line.left(kMaxLine - 1) + u"…"_s;
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace ordo
