// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include <functional>
#include <optional>

// Table model of the findings dock: severity (icon), rule, day and time, message, fix.
// Filters by minimum severity and hides the positive badges unless asked. Fed and read by
// the findings dock, which refreshes it on Document::planChanged.
namespace ordo {

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, WhenColumn, MessageColumn, FixColumn, ColumnCount };
    enum Role { FindingIndexRole = Qt::UserRole + 1, HasAutoFixRole };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings, int planWeeks, ClockFormat clock = ClockFormat::H24);
    // Which automatic fix a finding offers (the document's check, docs/rules.md 3.10.8), asked
    // only for the rows a view shows; by default a finding's own autoFix. After setFindings()
    // the fix column of every row with an autoFix is reported changed: the same finding may
    // offer its fix or not in the changed plan.
    using OfferedFix = std::function<const AutoFix *(const Finding &)>;
    void setOfferedFix(OfferedFix offeredFix) { m_offeredFix = std::move(offeredFix); }
    const AutoFix *offeredFix(const Finding &finding) const;
    void setMinimumSeverity(Severity severity);
    void setShowHidden(bool show);
    // Only the findings of week `week` (0-based), or of every week when nothing is given.
    void setWeekFilter(std::optional<int> week);
    std::optional<int> weekFilter() const { return m_week; }
    // Findings of the filtered week(s) at any severity, hidden badges aside: tells "nothing
    // found" from "nothing at this severity".
    int findingsInScope() const;

    const Finding *findingAt(const QModelIndex &index) const;
    const QList<Finding> &visibleFindings() const { return m_visible; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QIcon severityIcon(Severity severity);
    static QString whenText(const Finding &finding, int planWeeks, ClockFormat clock);

private:
    QList<Finding> filtered() const;
    void refilter(); // a reset: the filter changed
    void update(); // the findings changed: rows changed, removed and inserted in place

    QList<Finding> m_all;
    QList<Finding> m_visible;
    int m_planWeeks = 1;
    ClockFormat m_clock = ClockFormat::H24;
    Severity m_minimum = Severity::Info;
    bool m_showHidden = false;
    std::optional<int> m_week;
    OfferedFix m_offeredFix;
};

} // namespace ordo
