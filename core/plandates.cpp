// SPDX-License-Identifier: GPL-3.0-or-later

#include "plandates.h"

#include <QCoreApplication>

namespace ordo {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::PlanDates)
};

} // namespace

std::optional<QDate> dateOf(const Plan &plan, int week, Day day)
{
    if (!plan.anchorDate || !plan.anchorDate->isValid())
        return std::nullopt;
    return plan.anchorDate->addDays(qint64(week) * kDaysPerWeek + int(day));
}

std::optional<PlanDay> planDayOf(const Plan &plan, const QDate &date)
{
    if (!plan.anchorDate || !plan.anchorDate->isValid() || !date.isValid())
        return std::nullopt;
    const qint64 days = plan.anchorDate->daysTo(date);
    if (days < 0 || days >= qint64(plan.weeks) * kDaysPerWeek)
        return std::nullopt;
    return PlanDay { int(days / kDaysPerWeek), Day(days % kDaysPerWeek) };
}

QString weekRangeText(const Plan &plan, int week, const QLocale &locale)
{
    const std::optional<QDate> monday = dateOf(plan, week, Day::Mon);
    if (!monday)
        return {};
    const QDate sunday = monday->addDays(kDaysPerWeek - 1);
    const QString month = QStringLiteral("MMM");
    if (monday->year() != sunday.year())
        return Tr::tr("%1 – %2").arg(locale.toString(*monday, QStringLiteral("d MMM yyyy")),
                                     locale.toString(sunday, QStringLiteral("d MMM yyyy")));
    if (monday->month() != sunday.month())
        return Tr::tr("%1 – %2").arg(locale.toString(*monday, QStringLiteral("d ") + month),
                                     locale.toString(sunday, QStringLiteral("d ") + month));
    return Tr::tr("%1–%2").arg(monday->day()).arg(locale.toString(sunday, QStringLiteral("d ") + month));
}

} // namespace ordo
