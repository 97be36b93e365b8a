// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "plan.h"

#include <QSet>
#include <QWidget>

// The week of an arranged plan as the week view paints it (WeekPainter), with the sessions that
// moved outlined in the "good news" colour and their old places drawn as dashed outlines.
// Only the hours that hold sessions, before or after, are shown. Read only.
namespace ordo {

class ArrangePreview : public QWidget
{
    Q_OBJECT

public:
    explicit ArrangePreview(QWidget *parent = nullptr);

    void setPlans(const Plan &before, const Plan &after, const QStringList &moved, ClockFormat clock);
    void setWeek(int week);
    int week() const { return m_week; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Plan m_before;
    Plan m_after;
    Analysis m_analysis;
    QSet<QString> m_moved;
    ClockFormat m_clock = ClockFormat::H24;
    int m_week = 0;
};

} // namespace ordo
