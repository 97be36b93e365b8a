// SPDX-License-Identifier: GPL-3.0-or-later

#include "edits/sessionedits.h"

#include <QTest>

using namespace ordo;
using namespace Qt::StringLiterals;

// The edits behind gestures, keys and menus: placement on the plan axis, wrapping on
// repeating plans, refusal past the end of one-off plans, readable undo texts.
class TestSessionEdits : public QObject
{
    Q_OBJECT

private:
    static Plan twoSessions(bool repeat)
    {
        Plan plan;
        plan.weeks = 2;
        plan.repeat = repeat;
        Session a;
        a.id = u"s1"_s;
        a.title = u"Heavy lower"_s;
        a.day = Day::Tue;
        a.startMinute = 7 * 60;
        a.durationMin = 60;
        Session b = a;
        b.id = u"s2"_s;
        b.title = u"Bike"_s;
        b.kind = Kind::Cardio;
        b.startMinute = 9 * 60;
        b.durationMin = 30;
        plan.sessions = { a, b };
        return plan;
    }

private slots:
    void moveTextNamesTheNewPlace()
    {
        const Plan plan = twoSessions(true);
        const PlanEdit e = SessionEdits::move(plan, { u"s1"_s }, 60);
        QCOMPARE(e.text, u"Move “Heavy lower” to Tue 08:00"_s);
        QCOMPARE(e.upserts.value(0).startMinute, 8 * 60);
    }

    void moveAcrossTheEnd_data()
    {
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<int>("delta");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("week");
        QTest::addColumn<int>("day");
        QTest::newRow("next day") << false << kMinutesPerDay << true << 0 << int(Day::Wed);
        QTest::newRow("into week 2") << false << kMinutesPerWeek << true << 1 << int(Day::Tue);
        QTest::newRow("past the end of a one-off plan") << false << 2 * kMinutesPerWeek << false << 0 << 0;
        QTest::newRow("wraps on a repeating plan")
            << true << 2 * kMinutesPerWeek << true << 0 << int(Day::Tue);
        QTest::newRow("before the start wraps back")
            << true << -2 * kMinutesPerDay << true << 1 << int(Day::Sun);
        QTest::newRow("before the start of a one-off plan")
            << false << -2 * kMinutesPerDay << false << 0 << 0;
    }

    void moveAcrossTheEnd()
    {
        QFETCH(bool, repeat);
        QFETCH(int, delta);
        QFETCH(bool, valid);
        const PlanEdit e = SessionEdits::move(twoSessions(repeat), { u"s1"_s }, delta);
        QCOMPARE(!e.isEmpty(), valid);
        if (!valid)
            return;
        QTEST(e.upserts[0].week, "week");
        QTEST(int(e.upserts[0].day), "day");
    }

    void duplicateLandsRightAfter()
    {
        const Plan plan = twoSessions(true);
        const PlanEdit e = SessionEdits::duplicate(plan, { u"s2"_s });
        QCOMPARE(e.upserts.size(), 1);
        QVERIFY(e.upserts[0].id != u"s2"_s);
        QCOMPARE(e.upserts[0].startMinute, 9 * 60 + 30);
        QCOMPARE(e.text, u"Duplicate “Bike”"_s);
    }

    void swapKeepsTheGap()
    {
        Plan plan = twoSessions(true);
        const PlanEdit e = SessionEdits::swapWithAdjacent(plan, u"s1"_s);
        QCOMPARE(e.text, u"Swap “Heavy lower” and “Bike”"_s);
        e.apply(plan);
        QCOMPARE(plan.find(u"s2"_s)->startMinute, 7 * 60);
        QCOMPARE(plan.find(u"s1"_s)->startMinute, 7 * 60 + 30 + 60); // the hour between them kept
        // Swapping again from the other one restores the original order.
        SessionEdits::swapWithAdjacent(plan, u"s1"_s).apply(plan);
        QCOMPARE(plan.find(u"s1"_s)->startMinute, 7 * 60);
    }

    void placeKeepsRelativeOffsetsAndFreshIds()
    {
        const Plan plan = twoSessions(true);
        QList<Session> dropped = plan.sessions; // ids s1, s2 already exist
        const PlanEdit e
            = SessionEdits::place(plan, dropped, kMinutesPerWeek + int(Day::Fri) * kMinutesPerDay + 600);
        QCOMPARE(e.upserts.size(), 2);
        QVERIFY(!plan.find(e.upserts[0].id) && !plan.find(e.upserts[1].id));
        QVERIFY(e.upserts[0].id != e.upserts[1].id);
        QCOMPARE(e.upserts[0].week, 1);
        QCOMPARE(e.upserts[0].day, Day::Fri);
        QCOMPARE(e.upserts[1].startMinute - e.upserts[0].startMinute, 120);
        QCOMPARE(e.text, u"Add 2 sessions"_s);
    }

    void keysMapToEdits()
    {
        const Plan plan = twoSessions(true);
        QCOMPARE(SessionEdits::forKey(plan, { u"s1"_s }, Qt::Key_Up, {}).upserts.value(0).startMinute,
                 7 * 60 - 15);
        QCOMPARE(SessionEdits::forKey(plan, { u"s1"_s }, Qt::Key_Down, Qt::ShiftModifier)
                     .upserts.value(0)
                     .durationMin,
                 75);
        QCOMPARE(SessionEdits::forKey(plan, { u"s1"_s }, Qt::Key_Right, {}).upserts.value(0).day, Day::Wed);
        QCOMPARE(SessionEdits::forKey(plan, { u"s1"_s }, Qt::Key_Delete, {}).removals,
                 QStringList { u"s1"_s });
        QVERIFY(SessionEdits::forKey(plan, { u"s1"_s }, Qt::Key_D, {}).isEmpty());
        QVERIFY(SessionEdits::forKey(plan, {}, Qt::Key_Up, {}).isEmpty());
    }

    void intensityOnlyTouchesCardio()
    {
        const Plan plan = twoSessions(true);
        const PlanEdit e = SessionEdits::setIntensity(plan, { u"s1"_s, u"s2"_s }, Intensity::Hiit);
        QCOMPARE(e.upserts.size(), 1);
        QCOMPARE(e.upserts[0].id, u"s2"_s);
        QCOMPARE(e.text, u"Make “Bike” HIIT"_s);
    }
};

QTEST_GUILESS_MAIN(TestSessionEdits)
#include "tst_sessionedits.moc"
