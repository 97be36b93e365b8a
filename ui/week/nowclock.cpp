// SPDX-License-Identifier: GPL-3.0-or-later

#include "nowclock.h"

#include <QTimer>

namespace ordo {

NowClock::NowClock(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        arm();
        emit ticked();
    });
    arm();
}

QDateTime NowClock::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

void NowClock::setClock(Function clock)
{
    m_clock = std::move(clock);
    arm();
    emit ticked();
}

int NowClock::minuteOfDay() const
{
    const QTime time = now().time();
    return time.hour() * 60 + time.minute();
}

void NowClock::arm()
{
    // Just after the next full minute, so the line never lags a minute behind the clock.
    const QTime time = now().time();
    const int intoMinute = time.second() * 1000 + time.msec();
    m_timer->start(60 * 1000 - intoMinute + 50);
}

} // namespace ordo
