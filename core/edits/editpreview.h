// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "planedit.h"

#include <QList>
#include <QString>

#include <optional>

// What an edit would do to the findings, before it is made: applies the edit to a copy
// of the plan, runs the real analyze() and keeps the findings that are new. The week view
// calls it on every hover step of a drop or a move (the ghost outline and the findings panel).
namespace ordo {

class EditPreview
{
public:
    static EditPreview compute(const Plan &plan, const Analysis &current, const PlanEdit &edit);

    bool isValid() const { return m_valid; }
    const QList<Finding> &newFindings() const { return m_newFindings; }
    // The shown findings of the current plan that the edit would make go away.
    const QList<Finding> &clearedFindings() const { return m_clearedFindings; }
    std::optional<Severity> worstSeverity() const;
    bool hasRule(const QString &rule) const;
    QString toolTip() const;
    // The plan as it would be after the edit, and its full analysis: the charts show them
    // while a drag hovers.
    const Plan &plan() const { return m_plan; }
    const Analysis &analysis() const { return m_analysis; }

private:
    bool m_valid = false;
    QList<Finding> m_newFindings;
    QList<Finding> m_clearedFindings;
    Plan m_plan;
    Analysis m_analysis;
};

} // namespace ordo
