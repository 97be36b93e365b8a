// SPDX-License-Identifier: GPL-3.0-or-later

#include "findingsmodel.h"

#include "enums.h"
#include "ruletitles.h"
#include "theme/theme.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace ordo {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FindingsModel::setFindings(const QList<Finding> &findings, int planWeeks, ClockFormat clock)
{
    if (findings == m_all && planWeeks == m_planWeeks && clock == m_clock)
        return;
    const bool sameTexts = planWeeks == m_planWeeks && clock == m_clock;
    m_all = findings;
    m_planWeeks = planWeeks;
    m_clock = clock;
    if (sameTexts)
        update();
    else
        refilter();
    int first = -1, last = -1;
    for (int row = 0; row < m_visible.size(); ++row) {
        if (m_visible[row].autoFix) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, FixColumn), index(last, FixColumn));
}

const AutoFix *FindingsModel::offeredFix(const Finding &finding) const
{
    if (m_offeredFix)
        return m_offeredFix(finding);
    return finding.autoFix ? &*finding.autoFix : nullptr;
}

void FindingsModel::setMinimumSeverity(Severity severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    refilter();
}

void FindingsModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    refilter();
}

void FindingsModel::setWeekFilter(std::optional<int> week)
{
    if (week == m_week)
        return;
    m_week = week;
    refilter();
}

int FindingsModel::findingsInScope() const
{
    int n = 0;
    for (const Finding &f : m_all)
        n += (!m_week || f.week == *m_week) && !(f.hiddenByDefault && !m_showHidden) ? 1 : 0;
    return n;
}

QList<Finding> FindingsModel::filtered() const
{
    QList<Finding> visible;
    for (const Finding &f : std::as_const(m_all)) {
        if (int(f.severity) < int(m_minimum) || (f.hiddenByDefault && !m_showHidden))
            continue;
        if (m_week && f.week != *m_week)
            continue;
        visible.append(f);
    }
    return visible;
}

void FindingsModel::refilter()
{
    beginResetModel();
    m_visible = filtered();
    endResetModel();
}

void FindingsModel::update()
{
    // An edit changes a few findings: the rows before and after them stay (and are not
    // repainted); the rows between are changed, removed or inserted in place
    // (docs/performance.md, "Repainting what changed").
    const QList<Finding> visible = filtered();
    const qsizetype oldCount = m_visible.size();
    const qsizetype newCount = visible.size();
    qsizetype prefix = 0;
    while (prefix < oldCount && prefix < newCount && m_visible[prefix] == visible[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix
           && m_visible[oldCount - 1 - suffix] == visible[newCount - 1 - suffix])
        ++suffix;
    const qsizetype oldMiddle = oldCount - prefix - suffix;
    const qsizetype newMiddle = newCount - prefix - suffix;
    const qsizetype common = std::min(oldMiddle, newMiddle);
    if (oldMiddle > newMiddle) {
        beginRemoveRows({}, int(prefix + common), int(prefix + oldMiddle - 1));
        m_visible.remove(prefix + common, oldMiddle - newMiddle);
        endRemoveRows();
    } else if (newMiddle > oldMiddle) {
        beginInsertRows({}, int(prefix + common), int(prefix + newMiddle - 1));
        m_visible.insert(prefix + common, newMiddle - oldMiddle, Finding {});
        for (qsizetype i = prefix + common; i < prefix + newMiddle; ++i)
            m_visible[i] = visible[i];
        endInsertRows();
    }
    m_visible = visible;
    if (common > 0)
        emit dataChanged(index(int(prefix), 0), index(int(prefix + common - 1), ColumnCount - 1));
}

const Finding *FindingsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_visible.size())
        return nullptr;
    return &m_visible[index.row()];
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon FindingsModel::severityIcon(Severity severity)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const Theme theme = Theme::forPalette(QGuiApplication::palette());
    p.setBrush(theme.severity(severity));
    if (severity == Severity::Warning) {
        const QPointF triangle[] = { { 8, 1.5 }, { 15, 14.5 }, { 1, 14.5 } };
        p.drawPolygon(triangle, 3);
    } else {
        p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    }
    p.setPen(QPen(theme.color(Theme::TextOnDark), 1.6));
    QFont f;
    f.setPixelSize(10);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRectF(0, severity == Severity::Warning ? 3 : 1, 16, 14), Qt::AlignCenter,
               severity == Severity::Info ? u"i"_s : u"!"_s);
    return QIcon(pixmap);
}

QString FindingsModel::whenText(const Finding &finding, int planWeeks, ClockFormat clock)
{
    return formatWhen(finding.week, finding.day, finding.axisMinute % kMinutesPerDay, planWeeks, clock);
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = findingAt(index);
    if (!f || index.column() >= ColumnCount)
        return {};
    if (role == FindingIndexRole)
        return index.row();
    if (role == HasAutoFixRole)
        return offeredFix(*f) != nullptr;
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return displayName(f->severity);
        if (role == Qt::DecorationRole)
            return severityIcon(f->severity);
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            const QString title = ruleTitle(f->rule);
            return title.isEmpty() ? f->rule : title;
        }
        break;
    case WhenColumn:
        if (role == Qt::DisplayRole)
            return whenText(*f, m_planWeeks, m_clock);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return f->message;
        if (role == Qt::ToolTipRole)
            return f->message;
        break;
    case FixColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const AutoFix *fix = offeredFix(*f);
            if (!fix)
                return f->fix;
            return role == Qt::DisplayRole ? fix->description
                                           : tr("Automatic fix available: %1").arg(fix->description);
        }
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case WhenColumn:
        return tr("When");
    case MessageColumn:
        return tr("Message");
    case FixColumn:
        return tr("Suggested fix");
    }
    return {};
}

} // namespace ordo
