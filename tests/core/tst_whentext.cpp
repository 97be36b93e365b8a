// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "autofix.h"
#include "edits/sessionedits.h"
#include "whentext.h"

#include <QLocale>
#include <QTest>

using namespace ordo;
using namespace Qt::StringLiterals;

// One formatter for every time a person reads (core/whentext.h), in either clock, and the
// clock reaching the analysis messages, auto-fix texts and undo texts built in core.
class TestWhenText : public QObject
{
    Q_OBJECT

    static Plan overlapPlan(int weeks)
    {
        Plan plan;
        plan.weeks = weeks;
        Session lift;
        lift.id = u"lift"_s;
        lift.title = u"Full body"_s;
        lift.kind = Kind::Strength;
        lift.load = Load::Moderate;
        lift.focus = Focus::Full;
        lift.week = weeks - 1;
        lift.day = Day::Mon;
        lift.startMinute = 18 * 60;
        lift.durationMin = 60;
        Session ride = lift;
        ride.id = u"ride"_s;
        ride.title = u"Ride"_s;
        ride.kind = Kind::Cardio;
        ride.modality = Modality::Cycling;
        ride.intensity = Intensity::Moderate;
        ride.startMinute = 18 * 60 + 45;
        ride.durationMin = 30;
        plan.sessions = { lift, ride };
        return plan;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void clockTimes_data()
    {
        QTest::addColumn<int>("minute");
        QTest::addColumn<QString>("h24");
        QTest::addColumn<QString>("h12");
        QTest::newRow("midnight") << 0 << u"00:00"_s << u"12:00 AM"_s;
        QTest::newRow("morning") << 7 * 60 + 5 << u"07:05"_s << u"7:05 AM"_s;
        QTest::newRow("noon") << 12 * 60 << u"12:00"_s << u"12:00 PM"_s;
        QTest::newRow("evening") << 23 * 60 + 59 << u"23:59"_s << u"11:59 PM"_s;
        QTest::newRow("wraps") << 24 * 60 + 30 << u"00:30"_s << u"12:30 AM"_s;
    }

    void clockTimes()
    {
        QFETCH(int, minute);
        QTEST(formatTime(minute, ClockFormat::H24), "h24");
        QTEST(formatTime(minute, ClockFormat::H12), "h12");
    }

    void oneFormForEveryWhen()
    {
        QCOMPARE(formatDayTime(Day::Tue, 7 * 60, ClockFormat::H24), u"Tue 07:00"_s);
        QCOMPARE(formatWhen(1, Day::Tue, 7 * 60, 4, ClockFormat::H12), u"week 2 Tue 7:00 AM"_s);
        QCOMPARE(formatWhen(0, Day::Tue, 7 * 60, 1, ClockFormat::H12), u"Tue 7:00 AM"_s);
        Plan plan;
        plan.weeks = 2;
        const int axis = kMinutesPerWeek + int(Day::Wed) * kMinutesPerDay + 18 * 60 + 15;
        QCOMPARE(formatWhen(plan, axis, ClockFormat::H24), u"week 2 Wed 18:15"_s);
        QCOMPARE(formatWhen(plan, axis, ClockFormat::H12), u"week 2 Wed 6:15 PM"_s);
        QCOMPARE(formatWhen(plan, axis + 2 * kMinutesPerWeek, ClockFormat::H24),
                 u"week 2 Wed 18:15"_s); // wraps
        QCOMPARE(formatPlanDay(plan, 8), u"week 2 Tue"_s);
        QCOMPARE(formatTimeRange(23 * 60, 24 * 60, ClockFormat::H24), u"23:00–24:00"_s);
        QCOMPARE(formatTimeRange(9 * 60, 10 * 60 + 15, ClockFormat::H12), u"9:00 AM–10:15 AM"_s);
        QCOMPARE(formatDuration(125), u"2 h 05 min"_s);
        QCOMPARE(formatDuration(45), u"45 min"_s);
        QCOMPARE(formatDuration(180), u"3 h"_s);
        QCOMPARE(formatWeek(1), u"Week 2"_s);
    }

    void clockOfTheLocale()
    {
        QCOMPARE(clockFormatFor(QLocale(QLocale::English, QLocale::UnitedStates)), ClockFormat::H12);
        QCOMPARE(clockFormatFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), ClockFormat::H24);
        QCOMPARE(clockFormatFor(QLocale(QLocale::French, QLocale::France)), ClockFormat::H24);
    }

    void analysisWritesTheClockItIsGiven()
    {
        const Plan plan = overlapPlan(2);
        const Analysis h24 = analyze(plan);
        const Analysis h12 = analyze(plan, ClockFormat::H12);
        QCOMPARE(h12.clock, ClockFormat::H12);
        const auto overlap = [](const Analysis &a) -> const Finding * {
            for (const Finding &f : a.findings) {
                if (f.rule == u"overlap"_s)
                    return &f;
            }
            return nullptr;
        };
        QVERIFY(overlap(h24) && overlap(h12));
        QVERIFY2(overlap(h24)->fix.contains(u"week 2 Mon 19:00"_s), qPrintable(overlap(h24)->fix));
        QVERIFY2(overlap(h12)->fix.contains(u"week 2 Mon 7:00 PM"_s), qPrintable(overlap(h12)->fix));
        QVERIFY(overlap(h12)->autoFix);

        // The auto-fix's undo text and the session edits' texts in the same clock.
        const PlanEdit fix = autoFixEdit(plan, *overlap(h12)->autoFix, ClockFormat::H12);
        QVERIFY2(fix.text.contains(u"7:00 PM"_s), qPrintable(fix.text));
        const PlanEdit moved = SessionEdits::move(plan, { u"ride"_s }, 15, ClockFormat::H12);
        QCOMPARE(moved.text, u"Move “Ride” to week 2 Mon 7:00 PM"_s);
        const PlanEdit moved24 = SessionEdits::move(plan, { u"ride"_s }, 15, ClockFormat::H24);
        QCOMPARE(moved24.text, u"Move “Ride” to week 2 Mon 19:00"_s);
        const PlanEdit key = SessionEdits::forKey(plan, { u"ride"_s }, Qt::Key_Up, {}, ClockFormat::H12);
        QCOMPARE(key.text, u"Move “Ride” to week 2 Mon 6:30 PM"_s);
    }
};

QTEST_GUILESS_MAIN(TestWhenText)
#include "tst_whentext.moc"
