// SPDX-License-Identifier: GPL-3.0-or-later

#include "findingsdock.h"

#include "autofix.h"
#include "document/document.h"
#include "findingkey.h"
#include "findingsmodel.h"
#include "planlimits.h"
#include "ruletitles.h"
#include "settingstable.h"
#include "shell/dialogbuttons.h"
#include "whentext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ordo {

FindingsDock::FindingsDock(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FindingsModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_empty(new QLabel(this))
    , m_showBadges(new QCheckBox(tr("Show &badges"), this))
    , m_fix(new QPushButton(tr("&Fix"), this))
    , m_why(new QPushButton(tr("&Why?"), this))
    , m_count(new QLabel(this))
{
    m_filter->addItem(tr("All findings"), int(Severity::Info));
    m_filter->addItem(tr("Warnings and critical"), int(Severity::Warning));
    m_filter->addItem(tr("Critical only"), int(Severity::Critical));
    m_filter->setAccessibleName(tr("Severity filter"));
    m_scope->addItem(tr("This week"), true);
    m_scope->addItem(tr("All weeks"), false);
    m_scope->setAccessibleName(tr("Weeks shown"));
    m_scope->setToolTip(tr("List the findings of the week on screen, or of every week"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_showBadges->setToolTip(tr("Also list positive badges such as leg-day-friendly cardio"));
    m_fix->setToolTip(tr("Apply the automatic fix of the selected finding (one undo step)"));
    m_why->setToolTip(tr("Show the source and evidence behind the selected finding"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_scope);
    bar->addWidget(m_filter);
    bar->addWidget(m_showBadges);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_fix);
    bar->addWidget(m_why);

    m_model->setOfferedFix([this](const Finding &f) { return m_document->offeredFix(f); });
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Findings"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(FindingsModel::SeverityColumn, 90);
    m_view->header()->resizeSection(FindingsModel::RuleColumn, 170);
    // The longest time a finding can name ("week 52 Wed 10:45 PM") fits whole, in either clock.
    int when = 0;
    for (ClockFormat clock : { ClockFormat::H24, ClockFormat::H12 }) {
        when
            = std::max(when,
                       m_view->fontMetrics().horizontalAdvance(formatWhen(
                           PlanLimits::kMaxWeeks - 1, Day::Wed, 22 * 60 + 45, PlanLimits::kMaxWeeks, clock)));
    }
    m_view->header()->resizeSection(
        FindingsModel::WhenColumn,
        std::max(when + 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12,
                 m_view->header()->sectionSizeHint(FindingsModel::WhenColumn)));
    m_view->header()->resizeSection(FindingsModel::FixColumn, 260);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    layout->addWidget(m_empty, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setMinimumSeverity(Severity(m_filter->currentData().toInt())); });
    connect(m_showBadges, &QCheckBox::toggled, m_model, &FindingsModel::setShowHidden);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FindingsDock::updateScope);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsDock::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsDock::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsDock::updateButtons);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (const Finding *f = m_model->findingAt(index))
            emit findingActivated(*f);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const Finding *f = m_model->findingAt(index))
            emit findingActivated(*f);
    });
    connect(m_fix, &QPushButton::clicked, this, &FindingsDock::fixCurrent);
    connect(m_why, &QPushButton::clicked, this, [this] {
        if (const Finding *f = currentFinding())
            DialogButtons::tell(this, QMessageBox::Information, tr("Why this finding?"), explanation(*f));
    });
    connect(m_document, &Document::planChanged, this, &FindingsDock::refresh);
    refresh();
}

void FindingsDock::setWeek(int week)
{
    if (week == m_week)
        return;
    m_week = week;
    updateScope();
}

void FindingsDock::updateScope()
{
    const bool severalWeeks = m_document->plan().weeks > 1;
    m_scope->setVisible(severalWeeks);
    m_model->setWeekFilter(severalWeeks && m_scope->currentData().toBool() ? std::optional<int>(m_week)
                                                                           : std::nullopt);
    updateCount();
}

void FindingsDock::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        const bool oneWeek = m_model->weekFilter().has_value() || m_document->plan().weeks <= 1;
        if (m_model->findingsInScope() > 0)
            m_empty->setText(tr("No findings at this severity — choose “All findings” to see the others."));
        else if (oneWeek)
            m_empty->setText(tr("No findings — this week follows every rule Ordo checks."));
        else
            m_empty->setText(tr("No findings — every week follows every rule Ordo checks."));
    }
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

int FindingsDock::heightForRows(int rows, const QFontMetrics &metrics)
{
    // Margins of the layout, the filter bar (a combo box), the header and each row (text or
    // the 16 px severity icon, whichever is taller, plus the item margins), and the frame.
    const int line = metrics.height();
    const int bar = line + 14;
    const int header = line + 10;
    const int row = std::max(line, 16) + 6;
    return 8 + bar + 6 + header + rows * row + 4;
}

void FindingsDock::refresh()
{
    // Keep the same finding current across a refresh when it still exists.
    const Finding *current = currentFinding();
    const std::optional<FindingKey> key = current ? std::optional(FindingKey::of(*current)) : std::nullopt;
    m_week = std::clamp(m_week, 0, std::max(0, m_document->plan().weeks - 1));
    updateScope();
    m_model->setFindings(m_document->analysis().findings, m_document->plan().weeks,
                         m_document->analysis().clock);
    updateEmptyState();
    bool kept = false;
    for (int row = 0; key && row < m_model->rowCount(); ++row) {
        if (FindingKey::of(m_model->visibleFindings()[row]) == *key) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            kept = true;
            break;
        }
    }
    // The model keeps unchanged rows in place: a finding that went away leaves none current.
    if (!kept)
        m_view->selectionModel()->clear();
    updateCount();
    updateButtons();
}

void FindingsDock::updateCount()
{
    // Counted over the weeks the list shows.
    int critical = 0, warnings = 0, infos = 0;
    const std::optional<int> week = m_model->weekFilter();
    for (const Finding &f : m_document->analysis().findings) {
        if (f.hiddenByDefault || (week && f.week != *week))
            continue;
        (f.severity == Severity::Critical ? critical : f.severity == Severity::Warning ? warnings : infos)++;
    }
    m_count->setText(
        tr("%1 critical, %2, %3 info").arg(critical).arg(tr("%n warnings", nullptr, warnings)).arg(infos));
}

void FindingsDock::updateButtons()
{
    const Finding *f = currentFinding();
    m_fix->setEnabled(f && m_document->offeredFix(*f));
    m_why->setEnabled(f != nullptr);
}

const Finding *FindingsDock::currentFinding() const
{
    return m_model->findingAt(m_view->currentIndex());
}

bool FindingsDock::fixCurrent()
{
    const Finding *f = currentFinding();
    const AutoFix *fix = f ? m_document->offeredFix(*f) : nullptr;
    if (!fix)
        return false;
    return m_document->apply(autoFixEdit(m_document->plan(), *fix, m_document->clockFormat()));
}

QString FindingsDock::explanation(const Finding &finding) const
{
    // docs/rules.md 3.11: what, why, what to do, the sources by title, and the setting a person can
    // change by its label.
    const RuleInfo *info = findRule(finding.rule);
    const auto para = [](const QString &label, const QString &text) {
        return u"<p><b>"_s + label.toHtmlEscaped() + u"</b> "_s + text.toHtmlEscaped() + u"</p>"_s;
    };
    QStringList parts;
    const QString title = ruleTitle(finding.rule);
    parts.append(u"<p><b>"_s + (title.isEmpty() ? tr("Finding") : title).toHtmlEscaped() + u"</b> — "_s
                 + displayName(finding.severity).toHtmlEscaped() + u"</p>"_s);
    parts.append(para(tr("What:"), finding.message));
    if (info)
        parts.append(para(tr("Why:"), evidenceSentence(info->grade)));
    if (!finding.fix.isEmpty())
        parts.append(para(tr("What to do:"), finding.fix));
    if (!finding.source.isEmpty())
        parts.append(para(tr("Sources:"), readableSource(finding.source)));
    QStringList labels;
    for (const QString &name : ruleSettings(finding.rule)) {
        if (const SettingDefinition *d = findSetting(name))
            labels << settingLabel(*d);
    }
    if (!labels.isEmpty())
        parts.append(para(tr("You can change:"),
                          tr("%1 — in the plan's analysis settings.").arg(labels.join(u"; "_s))));
    if (!finding.related.isEmpty())
        parts.append(para(tr("Also:"), ruleTitles(finding.related)));
    return parts.join(QString());
}

} // namespace ordo
