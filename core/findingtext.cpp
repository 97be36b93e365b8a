// SPDX-License-Identifier: GPL-3.0-or-later

#include "findingtext.h"

#include "enums.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {

QString formatPlanDay(const Plan &plan, int dayIndex)
{
    const int days = std::max(1, plan.weeks) * kDaysPerWeek;
    const int d = ((dayIndex % days) + days) % days;
    const QString name = displayName(Day(d % kDaysPerWeek));
    if (plan.weeks <= 1)
        return name;
    return QCoreApplication::translate("ordo::FindingText", "week %1 %2").arg(d / kDaysPerWeek + 1).arg(name);
}

QString formatWhen(const Plan &plan, int axisMinute)
{
    const int period = std::max(1, plan.weeks) * kMinutesPerWeek;
    const int m = ((axisMinute % period) + period) % period;
    return formatPlanDay(plan, m / kMinutesPerDay) + u' ' + formatClock(m % kMinutesPerDay);
}

QString intensityWord(Intensity i)
{
    switch (i) {
    case Intensity::Easy:
        return QCoreApplication::translate("ordo::FindingText", "easy");
    case Intensity::Moderate:
        return QCoreApplication::translate("ordo::FindingText", "moderate");
    case Intensity::Hiit:
        return QCoreApplication::translate("ordo::FindingText", "HIIT");
    }
    return {};
}

QString formatHours(int minutes)
{
    return QString::number(std::round(minutes / 60.0 * 100) / 100, 'g', 6);
}

QString formatNumber(double v)
{
    if (std::isinf(v))
        return u"∞"_s;
    const double r = std::round(v * 10) / 10;
    return QString::number(r, 'f', r == std::round(r) ? 0 : 1);
}

} // namespace ordo
