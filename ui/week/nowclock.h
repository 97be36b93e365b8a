// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plandates.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;

// The current time for the week grid's current-time line and the Today command: ticks at
// each full minute. The time comes from a clock function, the system's by default; a test
// sets its own (setClock) instead of waiting for real minutes. Owned by a WeekView.
namespace ordo {

class NowClock : public QObject
{
    Q_OBJECT

public:
    using Function = std::function<QDateTime()>;

    explicit NowClock(QObject *parent = nullptr);

    QDateTime now() const;
    // An empty function restores the system clock. Ticks at once, then at each full minute
    // of the new clock.
    void setClock(Function clock);
    // Where today falls in `plan`: nothing without a start date or outside the plan.
    std::optional<PlanDay> today(const Plan &plan) const { return planDayOf(plan, now().date()); }
    int minuteOfDay() const;
    // The timer that fires at the next full minute.
    QTimer *timer() const { return m_timer; }

signals:
    void ticked();

private:
    void arm();

    Function m_clock;
    QTimer *m_timer;
};

} // namespace ordo
