// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "arrange/replan.h"
#include "planio.h"
#include "testsupport.h"
#include "translations.h"
#include "tst_analysis_support.h"
#include "tst_edits_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

// Re-planning the rest of a week (core/arrange/replan.h): missed sessions placed again in the
// week's free time, key first and optional last, never where they add a warning, and nothing
// else moved.
class TestReplan : public QObject
{
    Q_OBJECT

    static Plan withAvailability(Plan plan, const QString &availability)
    {
        const ReadResult r = parsePlan(
            u"{\"format\":\"ordo-plan\",\"version\":1,\"weeks\":%1,\"availability\":%2,\"sessions\":[]}"_s
                .arg(plan.weeks)
                .arg(availability)
                .toUtf8());
        if (!r.ok())
            qFatal("%s", qPrintable(r.errors.value(0).toString()));
        plan.availability = r.plan->availability;
        return plan;
    }

    static int serious(const Plan &plan)
    {
        int n = 0;
        for (const Finding &f : analyze(plan).findings)
            n += f.severity != Severity::Info && !f.hiddenByDefault ? 1 : 0;
        return n;
    }

    // What re-planning promises whatever it found: only missed sessions of the week move,
    // into the week at or after `from`, and no warning or critical finding is added.
    static void checkPromises(const Plan &before, const ReplanResult &r, int week, int from)
    {
        const Plan &after = r.arranged.plan;
        QCOMPARE(after.sessions.size(), before.sessions.size());
        QVERIFY(serious(after) <= serious(before));
        for (const Session &s : before.sessions) {
            const Session *a = after.find(s.id);
            QVERIFY(a);
            if (!s.missed || s.locked || s.week != week) {
                QCOMPARE(*a, s); // done, planned and locked sessions stay exactly as they were
                continue;
            }
            if (a->missed) {
                QCOMPARE(*a, s);
                continue;
            }
            Session moved = *a;
            QVERIFY(a->axisStart() >= from);
            QVERIFY(a->axisEnd() <= (week + 1) * kMinutesPerWeek);
            moved.week = s.week;
            moved.day = s.day;
            moved.startMinute = s.startMinute;
            moved.missed = true;
            QCOMPARE(moved, s); // only its time and mark changed
        }
        for (const Session &a : after.sessions) {
            if (a.missed)
                continue;
            for (const Session &b : after.sessions) {
                if (a.id != b.id && !b.missed)
                    QVERIFY2(!(a.axisStart() < b.axisEnd() && b.axisStart() < a.axisEnd()),
                             qPrintable(a.id + u" overlaps "_s + b.id));
            }
        }
    }

private slots:
    void initTestCase() { Translations::install(u"en"_s); }

    void keyBeforeNormal()
    {
        // Two missed lifts, room for one: the key one, although it came later in the week.
        Plan plan = test::makePlan(u"general_fitness"_s,
                                   u"Mon 07:00 strength upper moderate 60 id=normal; "
                                   u"Mon 18:00 strength lower moderate 60 id=key"_s,
                                   true);
        plan = withAvailability(plan,
                                u"{\"days\":{\"tue\":[{\"start\":\"18:00\",\"end\":\"19:00\"}],"
                                u"\"wed\":[],\"thu\":[],\"fri\":[],\"sat\":[],\"sun\":[]}}"_s);
        plan.find(u"normal"_s)->missed = true;
        plan.find(u"key"_s)->missed = true;
        plan.find(u"key"_s)->priority = Priority::Key;
        const int from = replanStart(plan, 0, QDateTime());
        QCOMPARE(from, kMinutesPerDay); // the day after the first missed session
        const ReplanResult r = replanWeek(plan, 0, from);
        checkPromises(plan, r, 0, from);
        QCOMPARE(r.arranged.moves.size(), 1);
        QCOMPARE(r.arranged.moves[0].sessionId, u"key"_s);
        QCOMPARE(r.arranged.moves[0].toAxis, kMinutesPerDay + 18 * 60);
        QCOMPARE(r.left.size(), 1);
        QCOMPARE(r.left[0].sessionId, u"normal"_s);
        QVERIFY(r.left[0].reason.startsWith(u"No free time is left this week for “"_s));
        QVERIFY(r.arranged.plan.find(u"normal"_s)->missed);
        QVERIFY(!r.arranged.plan.find(u"key"_s)->missed);
        QCOMPARE(replanSummary(r), u"1 missed session placed again; 1 left missed."_s);
    }

    void optionalLeftOutFirst()
    {
        Plan plan
            = test::makePlan(u"general_fitness"_s,
                             u"Mon 07:00 mobility 45 id=opt; Mon 18:00 running moderate 45 id=run"_s, true);
        plan = withAvailability(plan,
                                u"{\"days\":{\"tue\":[{\"start\":\"18:00\",\"end\":\"19:00\"}],"
                                u"\"wed\":[],\"thu\":[],\"fri\":[],\"sat\":[],\"sun\":[]}}"_s);
        plan.find(u"opt"_s)->missed = true;
        plan.find(u"opt"_s)->priority = Priority::Optional;
        plan.find(u"run"_s)->missed = true;
        const ReplanResult r = replanWeek(plan, 0, kMinutesPerDay);
        checkPromises(plan, r, 0, kMinutesPerDay);
        QCOMPARE(r.arranged.moves.size(), 1);
        QCOMPARE(r.arranged.moves[0].sessionId, u"run"_s);
        QCOMPARE(r.left.size(), 1);
        QCOMPARE(r.left[0].sessionId, u"opt"_s);
    }

    void neverAddsAWarningItCouldAvoid()
    {
        // The only free time is right before heavy legs: HIIT there would add a warning, so the
        // missed HIIT stays missed.
        Plan plan
            = test::makePlan(u"general_fitness"_s,
                             u"Mon 07:00 cycling hiit 25 id=hiit; Wed 18:00 strength lower heavy 60 id=legs; "
                             u"Fri 18:00 strength upper moderate 60 id=upper"_s,
                             true);
        plan.find(u"hiit"_s)->missed = true;
        plan.find(u"hiit"_s)->priority = Priority::Key;
        const Plan narrow = withAvailability(
            plan,
            u"{\"days\":{\"tue\":[],\"wed\":[{\"start\":\"17:00\",\"end\":\"19:00\"}],\"thu\":[],"
            u"\"fri\":[{\"start\":\"18:00\",\"end\":\"19:00\"}],\"sat\":[],\"sun\":[]}}"_s);
        const ReplanResult stuck = replanWeek(narrow, 0, kMinutesPerDay);
        checkPromises(narrow, stuck, 0, kMinutesPerDay);
        QVERIFY(stuck.arranged.moves.isEmpty());
        QCOMPARE(stuck.left.size(), 1);
        QVERIFY(stuck.left[0].reason.startsWith(u"Every free time left this week adds a warning"_s));
        QVERIFY(replanEdit(narrow, stuck, 0).isEmpty());

        // With the whole week free it finds a time that adds nothing.
        const ReplanResult r = replanWeek(plan, 0, kMinutesPerDay);
        checkPromises(plan, r, 0, kMinutesPerDay);
        QCOMPARE(r.arranged.moves.size(), 1);
        QVERIFY(r.left.isEmpty());
        QCOMPARE(serious(r.arranged.plan), serious(plan));
    }

    void neverMovesDoneOrLockedSessions()
    {
        // A crowded week: planned sessions before and after the start, a locked one, a missed
        // locked one and missed sessions of another week.
        Plan plan = test::makePlan(
            u"general_fitness"_s,
            u"Mon 07:00 strength lower heavy 60 id=a; Mon 18:00 running easy 30 id=b; "
            u"Tue 18:00 strength upper moderate 60 id=c; Wed 07:00 cycling moderate 40 id=d; "
            u"Thu 18:00 strength full moderate 60 id=e; Sat 10:00 running hiit 20 id=f; "
            u"Tue 18:00 strength upper moderate 60 id=g w=1; Wed 07:00 cycling hiit 20 id=h w=1"_s,
            true, 2);
        plan.find(u"a"_s)->missed = true;
        plan.find(u"a"_s)->priority = Priority::Key;
        plan.find(u"b"_s)->missed = true;
        plan.find(u"b"_s)->locked = true;
        plan.find(u"e"_s)->locked = true;
        plan.find(u"g"_s)->missed = true;
        const int from = kMinutesPerDay + 12 * 60; // Tuesday noon: Monday and Tuesday morning are done
        const ReplanResult r = replanWeek(plan, 0, from);
        checkPromises(plan, r, 0, from);
        QVERIFY(r.arranged.plan.find(u"b"_s)->missed);
        QVERIFY(r.arranged.plan.find(u"g"_s)->missed); // another week
        QVERIFY(!r.arranged.plan.find(u"a"_s)->missed);
        QCOMPARE(r.left.size(), 1);
        QCOMPARE(r.left[0].sessionId, u"b"_s);
        QVERIFY(r.left[0].reason.contains(u"locked"_s));

        // One undo step that restores the plan byte for byte.
        const PlanEdit edit = replanEdit(plan, r, 0);
        QCOMPARE(edit.text, u"Re-plan week 1 (1 session)"_s);
        Plan applied;
        QCOMPARE(test::undoProblem(plan, edit, &applied), QString());
        QCOMPARE(applied, r.arranged.plan);
    }

    void startsNowWhenTheWeekIsThisWeek()
    {
        Plan plan
            = test::makePlan(u"general_fitness"_s, u"Mon 07:00 strength lower heavy 60 id=a w=1"_s, true, 2);
        plan.find(u"a"_s)->missed = true;
        // Without dates: the day after the missed session.
        QCOMPARE(replanStart(plan, 1, QDateTime(QDate(2027, 1, 12), QTime(9, 5))),
                 kMinutesPerWeek + kMinutesPerDay);
        plan.anchorDate = QDate(2027, 1, 4);
        // Tuesday 12 January 2027 09:05 is Tuesday of week 2: from 09:15 that day.
        QCOMPARE(replanStart(plan, 1, QDateTime(QDate(2027, 1, 12), QTime(9, 5))),
                 kMinutesPerWeek + kMinutesPerDay + 9 * 60 + 15);
        // A date in another week: the day after the missed session again.
        QCOMPARE(replanStart(plan, 1, QDateTime(QDate(2027, 1, 5), QTime(9, 5))),
                 kMinutesPerWeek + kMinutesPerDay);
        // Nothing missed: nothing to place.
        QCOMPARE(replanStart(plan, 0, QDateTime()), kMinutesPerWeek);
        const ReplanResult none = replanWeek(plan, 0, 0);
        QVERIFY(none.arranged.moves.isEmpty() && none.left.isEmpty());
        QCOMPARE(replanSummary(none), u"Nothing to place again: no session of this week is marked missed."_s);
    }

    // The dialog's progress bar and Stop: the work is counted in times tried, and a stop keeps
    // what was placed before it; the session being placed and the ones after it stay missed.
    void stopsBetweenTimesAndKeepsWhatWasPlaced()
    {
        Plan plan = test::makePlan(u"general_fitness"_s,
                                   u"Mon 07:00 strength upper moderate 60 id=lift; "
                                   u"Mon 18:00 running easy 30 id=run"_s,
                                   true);
        plan.find(u"lift"_s)->missed = true;
        plan.find(u"run"_s)->missed = true;
        // From Tuesday 00:00 to the week's end: 573 starts for the hour, 575 for the half hour.
        const int total = 573 + 575;
        QList<int> done;
        const ReplanResult whole = replanWeek(plan, 0, kMinutesPerDay, [&](int d, int t) {
            done << d;
            return t == total;
        });
        QVERIFY(!whole.arranged.cancelled);
        QCOMPARE(done.size(), total);
        QCOMPARE(done.first(), 0);
        QCOMPARE(done.last(), total - 1);
        QCOMPARE(whole.arranged.moves.size(), 2);
        QCOMPARE(whole.arranged.plan, replanWeek(plan, 0, kMinutesPerDay).arranged.plan);

        // Stopped on the run's first time: the lift is placed where the whole run put it.
        const ReplanResult stopped = replanWeek(plan, 0, kMinutesPerDay, [](int d, int) { return d < 573; });
        QVERIFY(stopped.arranged.cancelled);
        checkPromises(plan, stopped, 0, kMinutesPerDay);
        QCOMPARE(stopped.arranged.moves.size(), 1);
        QCOMPARE(stopped.arranged.moves[0].toAxis, whole.arranged.moves[0].toAxis);
        QCOMPARE(stopped.left.size(), 1);
        QCOMPARE(stopped.left[0].sessionId, u"run"_s);
        QVERIFY2(stopped.left[0].reason.startsWith(u"Stopped before a time was found for “"_s),
                 qPrintable(stopped.left[0].reason));
        QVERIFY(stopped.arranged.plan.find(u"run"_s)->missed);
        QCOMPARE(replanSummary(stopped), u"1 missed session placed again; 1 left missed."_s);

        // Stopped at once: nothing moves, and the summary does not blame the week.
        const ReplanResult none = replanWeek(plan, 0, kMinutesPerDay, [](int, int) { return false; });
        QVERIFY(none.arranged.cancelled);
        QVERIFY(none.arranged.moves.isEmpty());
        checkPromises(plan, none, 0, kMinutesPerDay); // both stay missed, untouched
        QCOMPARE(none.left.size(), 2);
        QCOMPARE(replanSummary(none), u"No missed session placed again."_s);
    }
};

QTEST_GUILESS_MAIN(TestReplan)
#include "tst_replan.moc"
