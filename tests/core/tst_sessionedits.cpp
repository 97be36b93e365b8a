// SPDX-License-Identifier: GPL-3.0-or-later

#include "autofix.h"
#include "edits/sessionedits.h"
#include "timeaxis.h"
#include "tst_analysis_support.h"
#include "tst_edits_support.h"

#include <QTest>

using namespace ordo;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ordo::Session)

// The edits behind gestures, keys, menus and auto-fixes: placement on the plan axis, wrapping
// on repeating plans, refusal past the end of one-off plans, the swap that keeps its gap across
// the wrap, readable undo texts, and undo back to the saved bytes.
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

    static Session at(const QString &id, int week, Day day, int hour, int minute, int duration)
    {
        Session s;
        s.id = id;
        s.title = id;
        s.week = week;
        s.day = day;
        s.startMinute = hour * 60 + minute;
        s.durationMin = duration;
        return s;
    }

private slots:
    void moveTextNamesTheNewPlace()
    {
        const Plan plan = twoSessions(true);
        const PlanEdit e = SessionEdits::move(plan, { u"s1"_s }, 60);
        QCOMPARE(e.text, u"Move “Heavy lower” to week 1 Tue 08:00"_s); // a multi-week plan names the week
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

    void swapPair_data()
    {
        QTest::addColumn<int>("weeks");
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<Session>("x");
        QTest::addColumn<Session>("y");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("text");
        // Expected plan-axis starts of A and B afterwards, which one now comes first, and the
        // gap from it to the other.
        QTest::addColumn<int>("aStart");
        QTest::addColumn<int>("bStart");
        QTest::addColumn<QString>("nowFirst");
        QTest::addColumn<int>("gap");
        const int tue = int(Day::Tue) * kMinutesPerDay;
        const int sun = int(Day::Sun) * kMinutesPerDay;
        const Session tueA = at(u"A"_s, 0, Day::Tue, 7, 0, 60);
        const Session tueB = at(u"B"_s, 0, Day::Tue, 9, 0, 30);
        const QString aThenB = u"Swap “A” and “B”"_s;
        QTest::newRow("same day, repeating") << 1 << true << tueA << tueB << true << aThenB
                                             << tue + 8 * 60 + 30 << tue + 7 * 60 << u"B"_s << 60;
        QTest::newRow("same day, one-off") << 1 << false << tueA << tueB << true << aThenB
                                           << tue + 8 * 60 + 30 << tue + 7 * 60 << u"B"_s << 60;
        QTest::newRow("later one named first") << 1 << false << tueB << tueA << true << aThenB
                                               << tue + 8 * 60 + 30 << tue + 7 * 60 << u"B"_s << 60;
        // On a repeating plan Sun 23:00 comes before Mon 00:30 of week 0, 30 min apart; the
        // swap keeps the 30 min and the follower wraps to Mon 00:15 of week 0.
        const Session sunA = at(u"A"_s, 0, Day::Sun, 23, 0, 60);
        const Session monB = at(u"B"_s, 0, Day::Mon, 0, 30, 45);
        QTest::newRow("across the wrap")
            << 1 << true << sunA << monB << true << aThenB << 15 << sun + 23 * 60 << u"B"_s << 30;
        QTest::newRow("across the wrap, Mon named first")
            << 1 << true << monB << sunA << true << aThenB << 15 << sun + 23 * 60 << u"B"_s << 30;
        QTest::newRow("across the wrap, 2 weeks")
            << 2 << true << at(u"A"_s, 1, Day::Sun, 23, 0, 60) << monB << true << aThenB << 15
            << kMinutesPerWeek + sun + 23 * 60 << u"B"_s << 30;
        // A one-off plan does not wrap: Mon 00:30 is the earlier of the two, 9945 min before.
        QTest::newRow("one-off, no wrap") << 1 << false << sunA << monB << true << u"Swap “B” and “A”"_s << 30
                                          << 30 + 60 + 9945 << u"A"_s << 9945;
        QTest::newRow("overlap becomes no gap")
            << 1 << true << at(u"A"_s, 0, Day::Tue, 7, 0, 90) << at(u"B"_s, 0, Day::Tue, 8, 0, 30) << true
            << aThenB << tue + 7 * 60 + 30 << tue + 7 * 60 << u"B"_s << 0;
        const Session lateA = at(u"A"_s, 0, Day::Sun, 23, 0, 30);
        const Session lateB = at(u"B"_s, 0, Day::Sun, 23, 45, 60);
        QTest::newRow("one-off: the follower would start past the end")
            << 1 << false << lateA << lateB << false << QString() << 0 << 0 << QString() << 0;
        QTest::newRow("repeating: the follower wraps instead")
            << 1 << true << lateA << lateB << true << aThenB << 15 << sun + 23 * 60 << u"B"_s << 15;
    }

    void swapPair()
    {
        QFETCH(int, weeks);
        QFETCH(bool, repeat);
        QFETCH(Session, x);
        QFETCH(Session, y);
        QFETCH(bool, valid);
        QFETCH(QString, nowFirst);
        Plan plan;
        plan.weeks = weeks;
        plan.repeat = repeat;
        plan.sessions = { x, y };
        plan.sortSessions();
        const PlanEdit e = SessionEdits::swap(plan, x.id, y.id);
        QCOMPARE(!e.isEmpty(), valid);
        if (!valid)
            return;
        QTEST(e.text, "text");
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        const Session *a = after.find(u"A"_s);
        const Session *b = after.find(u"B"_s);
        QTEST(a->axisStart(), "aStart");
        QTEST(b->axisStart(), "bStart");
        const TimeAxis axis(after);
        QTEST(nowFirst == u"A"_s ? axis.gap(*a, *b) : axis.gap(*b, *a), "gap");
    }

    void swapNeedsTwoSessions()
    {
        const Plan plan = twoSessions(true);
        QVERIFY(SessionEdits::swap(plan, u"s1"_s, u"s1"_s).isEmpty());
        QVERIFY(SessionEdits::swap(plan, u"s1"_s, u"nope"_s).isEmpty());
    }

    void autoFixSwapIsTheSameSwap()
    {
        // docs/rules.md example 3: HIIT before heavy lifting on a one-off plan; the fix lifts first
        // and keeps the 60 min between them.
        const Plan plan = test::makePlan(
            u"muscle_growth"_s, u"Mon 06:20 cycling hiit 25 rpe=9; Mon 07:45 strength upper heavy 60"_s);
        const Analysis analysis = analyze(plan);
        QCOMPARE(analysis.findings.value(0).rule, u"ampk-window"_s);
        const AutoFix fix = *analysis.findings[0].autoFix;
        QCOMPARE(fix.type, AutoFix::Type::Swap);
        const PlanEdit e = autoFixEdit(plan, fix);
        QCOMPARE(e.text, fix.description);
        QCOMPARE(e.upserts, SessionEdits::swap(plan, fix.sessionId, fix.otherSessionId).upserts);
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.find(u"s2"_s)->startMinute, 6 * 60 + 20);
        QCOMPARE(after.find(u"s1"_s)->startMinute, 6 * 60 + 20 + 60 + 60);
    }

    void everyEditUndoesToTheSavedBytes()
    {
        const Plan plan = test::savedPlan();
        const QStringList all { u"a1"_s, u"a2"_s, u"b"_s };
        Session changed = *plan.find(u"a2"_s);
        changed.title = u"Gym – heavy"_s;
        const QList<PlanEdit> edits {
            SessionEdits::move(plan, { u"a1"_s }, 45),
            SessionEdits::move(plan, all, -kMinutesPerDay),
            SessionEdits::copy(plan, { u"a1"_s, u"a2"_s }, kMinutesPerWeek),
            SessionEdits::place(plan, { plan.sessions.first() }, 3 * kMinutesPerDay),
            SessionEdits::resize(plan, u"a2"_s, 90),
            SessionEdits::changeDuration(plan, all, -15),
            SessionEdits::remove(plan, { u"a1"_s, u"b"_s }),
            SessionEdits::duplicate(plan, { u"a2"_s }),
            SessionEdits::setIntensity(plan, all, Intensity::Hiit),
            SessionEdits::setLoad(plan, all, Load::Heavy),
            SessionEdits::swap(plan, u"a1"_s, u"a2"_s),
            SessionEdits::forKey(plan, { u"a2"_s }, Qt::Key_Up, {}),
            SessionEdits::change(plan, changed, u"title"_s),
        };
        for (const PlanEdit &e : edits)
            ORDO_VERIFY_UNDO(plan, e, nullptr);
    }

    void undoTextsAreWords()
    {
        // Ids never reach the user: sessions are named by their title.
        const Plan plan = test::savedPlan();
        const QString text = SessionEdits::remove(plan, { u"a2"_s }).text;
        QCOMPARE(text, u"Delete “Gym”"_s);
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

    void pasteKeepsRelativeTimes_data()
    {
        QTest::addColumn<int>("span");
        QTest::addColumn<int>("target"); // plan-axis minute of the selected slot
        QTest::addColumn<int>("firstStart"); // where the pasted copy of s1 (Tue 07:00) lands
        const int thuNoon = int(Day::Thu) * kMinutesPerDay + 12 * 60;
        QTest::newRow("sessions: first at the slot") << int(DragSpan::Sessions) << thuNoon << thuNoon;
        QTest::newRow("day: same times on the slot's day")
            << int(DragSpan::Day) << thuNoon << int(Day::Thu) * kMinutesPerDay + 7 * 60;
        QTest::newRow("week: same days and times in the slot's week")
            << int(DragSpan::Week) << kMinutesPerWeek + thuNoon
            << kMinutesPerWeek + int(Day::Tue) * kMinutesPerDay + 7 * 60;
    }

    void pasteKeepsRelativeTimes()
    {
        QFETCH(int, span);
        QFETCH(int, target);
        const Plan plan = twoSessions(true);
        DragPayload payload;
        payload.origin = DragOrigin::Sessions;
        payload.span = DragSpan(span);
        payload.sessions = plan.sessions;
        const PlanEdit e = SessionEdits::paste(plan, payload, target);
        QCOMPARE(e.upserts.size(), 2);
        QVERIFY(!plan.find(e.upserts[0].id) && !plan.find(e.upserts[1].id));
        QTEST(e.upserts[0].axisStart(), "firstStart");
        QCOMPARE(e.upserts[1].axisStart() - e.upserts[0].axisStart(), 120);
        QCOMPARE(e.text, u"Paste 2 sessions"_s);
        QCOMPARE(test::undoProblem(plan, e), QString());
    }

    void pastePastTheEndOfAOneOffPlanIsEmpty()
    {
        const Plan plan = twoSessions(false);
        DragPayload payload;
        payload.span = DragSpan::Week;
        payload.sessions = plan.sessions;
        QVERIFY(SessionEdits::paste(plan, payload, 2 * kMinutesPerWeek + 60).isEmpty());
        // One session pasted once: the undo text names it.
        payload.span = DragSpan::Sessions;
        payload.sessions = { plan.sessions[1] };
        QCOMPARE(SessionEdits::paste(plan, payload, int(Day::Sun) * kMinutesPerDay + 8 * 60).text,
                 u"Paste “Bike” on week 1 Sun 08:00"_s);
    }

    void cutIsADeleteThatSaysCut()
    {
        const Plan plan = twoSessions(true);
        const PlanEdit one = SessionEdits::cut(plan, { u"s1"_s });
        QCOMPARE(one.removals, QStringList { u"s1"_s });
        QCOMPARE(one.text, u"Cut “Heavy lower”"_s);
        QCOMPARE(SessionEdits::cut(plan, { u"s1"_s, u"s2"_s }).text, u"Cut 2 sessions"_s);
        QVERIFY(SessionEdits::cut(plan, { u"nope"_s }).isEmpty());
    }

    void nextFreeStartSkipsTakenTime_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("duration");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("expected"); // -1: none
        const int tue = int(Day::Tue) * kMinutesPerDay;
        // s1 Tue 07:00–08:00, s2 Tue 09:00–09:30; days open 07:00–10:00.
        QTest::newRow("right after s1") << tue + 7 * 60 << 60 << 1 << tue + 8 * 60;
        QTest::newRow("too long for any gap that day") << tue + 7 * 60 << 75 << 1 << -1;
        QTest::newRow("then the next day") << tue + 7 * 60 << 75 << 2 << tue + kMinutesPerDay + 7 * 60;
        QTest::newRow("on the grid after s2") << tue + 9 * 60 + 10 << 30 << 1 << tue + 9 * 60 + 30;
        QTest::newRow("an empty day from its first hour") << 0 << 45 << 1 << 7 * 60;
        QTest::newRow("from a late hour: next day's gap") << 11 * 60 << 45 << 2 << tue + 8 * 60;
    }

    void nextFreeStartSkipsTakenTime()
    {
        QFETCH(int, from);
        QFETCH(int, duration);
        QFETCH(int, days);
        const Plan plan = twoSessions(true);
        const std::optional<int> found
            = SessionEdits::nextFreeStart(plan, from, duration, 7 * 60, 10 * 60, days);
        QTEST(found.value_or(-1), "expected");
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
