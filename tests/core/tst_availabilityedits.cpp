// SPDX-License-Identifier: GPL-3.0-or-later

#include "edits/availabilityedits.h"

#include "busyimport.h"
#include "planlimits.h"
#include "testsupport.h"
#include "translations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

namespace {

TimeWindow window(int start, int end, QList<Kind> kinds = {})
{
    TimeWindow w;
    w.startMinute = start;
    w.endMinute = end;
    w.kinds = kinds;
    return w;
}

// Applies the edit and checks that its inverse brings the plan back exactly.
Plan applied(const Plan &plan, const PlanEdit &edit)
{
    Plan changed = plan;
    const PlanEdit inverse = edit.apply(changed);
    Plan back = changed;
    inverse.apply(back);
    if (!(back == plan))
        qFatal("the inverse of “%s” does not restore the plan", qPrintable(edit.text));
    return changed;
}

ImportedBusyTime busy(int week, Day day, int start, int end, const QString &summary)
{
    return { week, day, start, end, summary };
}

} // namespace

// The edits behind the availability editor, Shift+drag and the busy-time import
// (core/edits/availabilityedits.h): what they change, their undo texts, and their inverses.
class TestAvailabilityEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // As the app does at start: plural forms ("1 busy time") come from the translation.
        Translations::install(u"en"_s);
    }

    void addWindowRestrictsTheDayAndMergesTouchingWindows()
    {
        Plan plan;
        const PlanEdit first
            = AvailabilityEdits::addWindow(plan, Day::Tue, window(7 * 60, 9 * 60), ClockFormat::H24);
        QCOMPARE(first.text, u"Add available time Tue 07:00–09:00"_s);
        plan = applied(plan, first);
        QVERIFY(plan.availability);
        QCOMPARE(*plan.availability->days.byDay[int(Day::Tue)],
                 (QList<TimeWindow> { window(7 * 60, 9 * 60) }));
        QVERIFY(!plan.availability->days.byDay[int(Day::Wed)]);

        // Touching, same kinds: one window. Other kinds: a window of its own.
        plan = applied(
            plan, AvailabilityEdits::addWindow(plan, Day::Tue, window(9 * 60, 10 * 60), ClockFormat::H24));
        plan = applied(plan,
                       AvailabilityEdits::addWindow(
                           plan, Day::Tue, window(18 * 60, 24 * 60, { Kind::Cardio }), ClockFormat::H12));
        QCOMPARE(*plan.availability->days.byDay[int(Day::Tue)],
                 (QList<TimeWindow> { window(7 * 60, 10 * 60), window(18 * 60, 24 * 60, { Kind::Cardio }) }));
        // A window inside one of the same kinds changes nothing.
        QVERIFY(
            AvailabilityEdits::addWindow(plan, Day::Tue, window(8 * 60, 9 * 60), ClockFormat::H24).isEmpty());
        // Backwards or past midnight: no edit.
        QVERIFY(
            AvailabilityEdits::addWindow(plan, Day::Tue, window(9 * 60, 8 * 60), ClockFormat::H24).isEmpty());
        QVERIFY(AvailabilityEdits::addWindow(plan, Day::Tue, window(9 * 60, 25 * 60), ClockFormat::H24)
                    .isEmpty());
    }

    void removingTheLastWindowLeavesTheDayUnrestricted()
    {
        Plan plan;
        plan = applied(
            plan, AvailabilityEdits::addWindow(plan, Day::Fri, window(6 * 60, 7 * 60), ClockFormat::H24));
        const PlanEdit remove = AvailabilityEdits::removeWindow(plan, Day::Fri, 0, ClockFormat::H12);
        QCOMPARE(remove.text, u"Remove available time Fri 6:00 AM–7:00 AM"_s);
        plan = applied(plan, remove);
        // Nothing restricted any more: the plan has no availability, as before.
        QVERIFY(!plan.availability);
        QVERIFY(AvailabilityEdits::removeWindow(plan, Day::Fri, 0, ClockFormat::H24).isEmpty());
    }

    void dayOffAndBackAgain()
    {
        Plan plan;
        const PlanEdit off = AvailabilityEdits::setDayUnavailable(plan, Day::Sun);
        QCOMPARE(off.text, u"Mark Sunday as not available"_s);
        plan = applied(plan, off);
        QCOMPARE(plan.availability->days.byDay[int(Day::Sun)],
                 std::optional<QList<TimeWindow>>(QList<TimeWindow> {}));
        QVERIFY(AvailabilityEdits::setDayUnavailable(plan, Day::Sun).isEmpty());
        const PlanEdit back = AvailabilityEdits::clearDay(plan, Day::Sun);
        QCOMPARE(back.text, u"Make Sunday available all day"_s);
        plan = applied(plan, back);
        QVERIFY(!plan.availability);
    }

    void importAddsNewBusyTimesAndTheDateOnce()
    {
        Plan plan;
        plan.weeks = 2;
        const QList<ImportedBusyTime> first { busy(0, Day::Tue, 540, 600, u"Team meeting"_s),
                                              busy(1, Day::Thu, 900, 960, u"Call"_s),
                                              busy(2, Day::Mon, 0, 1440, u"Beyond the plan"_s) };
        int added = -1;
        const PlanEdit edit = AvailabilityEdits::importBusyTimes(plan, QDate(2026, 3, 16), first, &added);
        QCOMPARE(added, 2);
        QCOMPARE(edit.text, u"Import 2 busy times"_s);
        plan = applied(plan, edit);
        QCOMPARE(plan.anchorDate, std::optional<QDate>(QDate(2026, 3, 16)));
        QCOMPARE(plan.availability->busy.size(), 2);
        QCOMPARE(plan.availability->busy[1].summary, u"Call"_s);

        // Again with one more: only that one is added; the date stays.
        const QList<ImportedBusyTime> second
            = first + QList<ImportedBusyTime> { busy(0, Day::Mon, 60, 120, u"Early"_s) };
        const PlanEdit again = AvailabilityEdits::importBusyTimes(plan, QDate(2030, 1, 7), second, &added);
        QCOMPARE(added, 1);
        QCOMPARE(again.text, u"Import 1 busy time"_s);
        plan = applied(plan, again);
        QCOMPARE(plan.anchorDate, std::optional<QDate>(QDate(2026, 3, 16)));
        QCOMPARE(plan.availability->busy.first().summary, u"Early"_s);
        QVERIFY(AvailabilityEdits::importBusyTimes(plan, QDate(2026, 3, 16), second, &added).isEmpty());
        QCOMPARE(added, 0);

        // The file format's limits: a summary is cut to its length; more busy times than a
        // plan holds give no edit.
        const QString longSummary(PlanLimits::kMaxBusySummaryLength + 40, u'x');
        const PlanEdit cut = AvailabilityEdits::importBusyTimes(plan, QDate(2026, 3, 16),
                                                                { busy(1, Day::Sun, 0, 60, longSummary) });
        QVERIFY(!cut.isEmpty());
        QCOMPARE(cut.header->availability->busy.last().summary.size(), PlanLimits::kMaxBusySummaryLength);
        QList<ImportedBusyTime> many;
        for (int i = 0; i <= PlanLimits::kMaxBusyIntervals; ++i)
            many.append(busy(0, Day(i % 7), (i / 7) % 1380, (i / 7) % 1380 + 60, QString::number(i)));
        QVERIFY(AvailabilityEdits::importBusyTimes(plan, QDate(2026, 3, 16), many, &added).isEmpty());
        QCOMPARE(added, PlanLimits::kMaxBusyIntervals + 1);

        const PlanEdit remove = AvailabilityEdits::removeBusyTimes(plan);
        QCOMPARE(remove.text, u"Remove busy times"_s);
        plan = applied(plan, remove);
        QVERIFY(!plan.availability);
        QCOMPARE(plan.anchorDate, std::optional<QDate>(QDate(2026, 3, 16)));
    }
};

QTEST_GUILESS_MAIN(TestAvailabilityEdits)
#include "tst_availabilityedits.moc"
