// SPDX-License-Identifier: GPL-3.0-or-later

#include "arrange/arranger.h"
#include "builtinplans.h"
#include "planio.h"
#include "tst_analysis_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

// "Arrange my week" (core/arrange/arranger.h): deliberately bad weeks it must clear, weeks it
// cannot clear with the reason it gives, and its promises — locked sessions never move, chains
// move together, the score never gets worse, sessions stay in their week with their duration,
// kind and intensity, and the same seed gives the same result.
class TestArrange : public QObject
{
    Q_OBJECT

    static Plan planWith(const QString &sessions, const QString &availability = QString(), int weeks = 1,
                         const QString &goal = u"general_fitness"_s)
    {
        Plan plan = test::makePlan(goal, sessions, true, weeks);
        if (!availability.isEmpty()) {
            const ReadResult r = parsePlan(
                u"{\"format\":\"ordo-plan\",\"version\":1,\"weeks\":%1,\"availability\":%2,\"sessions\":[]}"_s
                    .arg(weeks)
                    .arg(availability)
                    .toUtf8());
            if (!r.ok())
                qFatal("%s", qPrintable(r.errors.value(0).toString()));
            plan.availability = r.plan->availability;
        }
        return plan;
    }

    static int serious(const Plan &plan)
    {
        int n = 0;
        for (const Finding &f : analyze(plan).findings)
            n += f.severity != Severity::Info ? 1 : 0;
        return n;
    }

    // What arranging must never change, whatever it found.
    static void checkPromises(const Plan &before, const ArrangeResult &r, const ArrangeOptions &o)
    {
        QCOMPARE(r.plan.sessions.size(), before.sessions.size());
        QVERIFY(r.after.total <= r.before.total + 1e-9);
        for (const Session &s : before.sessions) {
            const Session *a = r.plan.find(s.id);
            QVERIFY(a);
            QCOMPARE(a->week, s.week);
            QCOMPARE(a->durationMin, s.durationMin);
            QCOMPARE(a->kind, s.kind);
            QCOMPARE(a->intensity, s.intensity);
            QCOMPARE(a->load, s.load);
            QCOMPARE(a->startMinute % 15, s.startMinute % 15);
            if (s.locked || s.missed || (o.week && *o.week != s.week))
                QCOMPARE(a->axisStart(), s.axisStart());
            if (o.sameDayOnly)
                QCOMPARE(a->day, s.day);
        }
        // The score it reports is the score of the plan it returns.
        QCOMPARE(arrangeScore(r.plan, before).total, r.after.total);
    }

private slots:
    // Weeks that moving sessions can fix: afterwards no warning and no critical finding.
    void clearsBadWeeks_data()
    {
        QTest::addColumn<QString>("sessions");
        QTest::addColumn<QString>("availability");
        QTest::addColumn<QString>("goal");
        const QString gf = u"general_fitness"_s;
        QTest::newRow("HIIT right before heavy legs")
            << u"Mon 17:00 cycling hiit 25; Mon 18:00 strength lower heavy 60; Thu 18:00 strength upper moderate 60"_s
            << QString() << gf;
        QTest::newRow("long run the evening of leg day")
            << u"Tue 12:00 strength lower heavy 60; Tue 18:00 running moderate 60; Fri 07:00 strength upper heavy 60"_s
            << QString() << u"muscle_growth"_s;
        QTest::newRow("overlapping sessions")
            << u"Wed 18:00 strength full moderate 60; Wed 18:30 rowing moderate 30"_s << QString() << gf;
        QTest::newRow("two HIIT sessions in a day")
            << u"Wed 07:00 running hiit 20; Wed 18:00 cycling hiit 20; Sat 10:00 strength upper moderate 45"_s
            << QString() << gf;
        QTest::newRow("sessions outside the windows")
            << u"Mon 07:00 strength lower heavy 60; Wed 12:00 cycling moderate 40; Fri 07:00 strength upper heavy 60"_s
            << u"{\"days\":{\"mon\":[{\"start\":\"18:00\",\"end\":\"21:00\"}],\"wed\":[{\"start\":\"06:00\",\"end\":\"08:00\"}],\"fri\":[{\"start\":\"17:00\",\"end\":\"22:00\"}]}}"_s
            << gf;
        QTest::newRow("session in a meeting")
            << u"Thu 09:00 running moderate 45; Mon 18:00 strength full moderate 60"_s
            << u"{\"busy\":[{\"day\":\"thu\",\"start\":\"08:30\",\"end\":\"10:30\",\"summary\":\"Planning\"}]}"_s
            << gf;
        QTest::newRow("cardio kept out of the strength window")
            << u"Tue 06:30 cycling easy 30; Tue 18:00 strength upper moderate 60"_s
            << u"{\"days\":{\"tue\":[{\"start\":\"06:00\",\"end\":\"08:00\",\"kinds\":[\"strength\"]},{\"start\":\"17:00\",\"end\":\"21:00\"}]}}"_s
            << gf;
        QTest::newRow("hard cardio right before lifting for strength")
            << u"Sat 09:00 running hiit 20; Sat 09:30 strength full heavy 60; Tue 18:00 strength upper heavy 60"_s
            << QString() << u"strength"_s;
        QTest::newRow("leg day in a crowded evening")
            << u"Mon 18:00 strength lower heavy 60; Mon 19:15 running hiit 20; Tue 07:00 running moderate 60; Wed 18:00 strength upper moderate 60"_s
            << u"{\"days\":{\"mon\":[{\"start\":\"17:00\",\"end\":\"21:00\"}],\"tue\":[{\"start\":\"06:00\",\"end\":\"09:00\"}],\"wed\":[{\"start\":\"17:00\",\"end\":\"21:00\"}]}}"_s
            << gf;
    }

    void clearsBadWeeks()
    {
        QFETCH(QString, sessions);
        QFETCH(QString, availability);
        QFETCH(QString, goal);
        const Plan plan = planWith(sessions, availability, 1, goal);
        QVERIFY2(serious(plan) > 0, "the week is not bad to begin with");
        ArrangeOptions options;
        options.week = 0;
        const ArrangeResult r = arrange(plan, options);
        checkPromises(plan, r, options);
        QStringList left;
        for (const RemainingFinding &f : r.remaining)
            left << f.finding.message;
        QVERIFY2(r.remaining.isEmpty(), qPrintable(left.join(u" | "_s)));
        QCOMPARE(serious(r.plan), 0);
        QVERIFY(!r.moves.isEmpty());
        QCOMPARE(r.after.outside, 0);
        QVERIFY(r.clearedWarnings + r.clearedCritical > 0);
    }

    // A missed session keeps its place, and its time is free for the others; its findings are
    // gone, so it gives arranging nothing to clear (docs/plan-format.md, "Session").
    void missedSessionsStay()
    {
        Plan plan = planWith(u"Mon 17:00 cycling hiit 25; Mon 18:00 strength lower heavy 60; "
                             u"Thu 18:00 strength upper moderate 60"_s);
        QVERIFY(serious(plan) > 0);
        plan.sessions[0].missed = true; // the HIIT before the lift did not happen
        QCOMPARE(serious(plan), 0);
        ArrangeOptions options;
        const ArrangeResult r = arrange(plan, options);
        checkPromises(plan, r, options);
        QVERIFY(r.moves.isEmpty());

        // A missed session overlapping another is no overlap, and is not moved out of the way.
        Plan crowded = planWith(u"Wed 18:00 strength full moderate 60; Wed 18:30 rowing moderate 30"_s);
        crowded.sessions[1].missed = true;
        const ArrangeResult c = arrange(crowded, options);
        checkPromises(crowded, c, options);
        QVERIFY(c.moves.isEmpty());
        QCOMPARE(c.after.warning + c.after.critical, 0);
    }

    // Weeks it cannot clear, and the reason it gives.
    void explainsWhatRemains_data()
    {
        QTest::addColumn<QString>("sessions");
        QTest::addColumn<QString>("availability");
        QTest::addColumn<QStringList>("locked");
        QTest::addColumn<bool>("sameDayOnly");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("reason");
        QTest::newRow("locked HIIT before locked heavy legs")
            << u"Mon 17:00 cycling hiit 25; Mon 18:00 strength lower heavy 60"_s << QString()
            << QStringList { u"s1"_s, u"s2"_s } << false << u"leg-day-hiit"_s
            << u"“HIIT cycling”, “Heavy lower” are locked, so they stay where they are."_s;
        QTest::newRow("too many HIIT sessions")
            << u"Mon 07:00 running hiit 20; Tue 18:00 cycling hiit 20; Thu 07:00 rowing hiit 20; Sat 10:00 cycling hiit 20"_s
            << QString() << QStringList() << false << u"hiit-weekly"_s
            << u"It is about how many, how long or how hard the sessions are, not when they are: moving them cannot clear it."_s;
        QTest::newRow("no window long enough")
            << u"Mon 18:00 strength full moderate 90"_s
            << u"{\"days\":{\"mon\":[{\"start\":\"18:00\",\"end\":\"19:00\"}],\"tue\":[],\"wed\":[],\"thu\":[],\"fri\":[],\"sat\":[],\"sun\":[]}}"_s
            << QStringList() << false << u"outside-availability"_s
            << u"No free time in week 1 is long enough for “Moderate full body”."_s;
        QTest::newRow("locked outside the windows")
            << u"Mon 07:00 strength lower heavy 60"_s
            << u"{\"days\":{\"mon\":[{\"start\":\"18:00\",\"end\":\"21:00\"}]}}"_s << QStringList { u"s1"_s }
            << false << u"outside-availability"_s
            << u"“Heavy lower” is locked, so it stays outside your available times."_s;
        QTest::newRow("only within the day")
            << u"Mon 06:00 running hiit 25; Mon 07:00 strength lower heavy 60"_s
            << u"{\"days\":{\"mon\":[{\"start\":\"06:00\",\"end\":\"09:00\"}]}}"_s << QStringList() << true
            << u"leg-day-hiit"_s
            << u"Sessions could only move within their day, and no time of the day clears it."_s;
    }

    void explainsWhatRemains()
    {
        QFETCH(QString, sessions);
        QFETCH(QString, availability);
        QFETCH(QStringList, locked);
        QFETCH(bool, sameDayOnly);
        QFETCH(QString, rule);
        QFETCH(QString, reason);
        Plan plan = planWith(sessions, availability);
        for (const QString &id : locked)
            plan.find(id)->locked = true;
        ArrangeOptions options;
        options.sameDayOnly = sameDayOnly;
        const ArrangeResult r = arrange(plan, options);
        checkPromises(plan, r, options);
        QStringList seen;
        const RemainingFinding *match = nullptr;
        for (const RemainingFinding &f : r.remaining) {
            seen << f.finding.rule + u": "_s + f.reason;
            if (f.finding.rule == rule)
                match = &f;
        }
        QVERIFY2(match, qPrintable(seen.join(u" | "_s)));
        QCOMPARE(match->reason, reason);
    }

    void lockedSessionsNeverMove()
    {
        Plan plan = planWith(
            u"Mon 17:00 cycling hiit 25; Mon 18:00 strength lower heavy 60; Tue 18:00 running moderate 60"_s);
        plan.find(u"s2"_s)->locked = true;
        const ArrangeResult r = arrange(plan, {});
        QCOMPARE(r.plan.find(u"s2"_s)->axisStart(), plan.find(u"s2"_s)->axisStart());
        QVERIFY(!r.moves.isEmpty()); // the HIIT moved away instead
        checkPromises(plan, r, {});
    }

    void chainsMoveTogether()
    {
        // A warm-up walk, the lift and a cool-down ride on Thursday morning, which is closed for
        // strength: the lift moves and takes its warm-up and cool-down along.
        const Plan plan = planWith(
            u"Thu 06:50 walking easy 10; Thu 07:00 strength lower heavy 60; Thu 08:00 cycling easy 15; Mon 18:00 strength upper moderate 60"_s,
            u"{\"days\":{\"thu\":[{\"start\":\"06:00\",\"end\":\"09:00\",\"kinds\":[\"cardio\"]},{\"start\":\"17:00\",\"end\":\"21:00\"}]}}"_s);
        const ArrangeResult r = arrange(plan, {});
        checkPromises(plan, r, {});
        const Session *warm = r.plan.find(u"s1"_s);
        const Session *lift = r.plan.find(u"s2"_s);
        const Session *cool = r.plan.find(u"s3"_s);
        QVERIFY(lift->axisStart() != plan.find(u"s2"_s)->axisStart());
        QCOMPARE(lift->axisStart() - warm->axisStart(), 10);
        QCOMPARE(cool->axisStart() - lift->axisStart(), 60);
        QCOMPARE(r.moves.size(), 3);
        QCOMPARE(r.after.outside, 0);
    }

    void sameSeedSameResult()
    {
        const ReadResult t = readBuiltinPlan(u"hybrid4w"_s);
        QVERIFY(t.ok());
        Plan plan = *t.plan;
        // Make it worse: every session one and a half hours later.
        for (Session &s : plan.sessions)
            s.startMinute = std::min(s.startMinute + 90, 23 * 60);
        ArrangeOptions options;
        options.seed = 7;
        const ArrangeResult a = arrange(plan, options);
        const ArrangeResult b = arrange(plan, options);
        QCOMPARE(a.plan, b.plan);
        QCOMPARE(a.after, b.after);
        QCOMPARE(a.evaluations, b.evaluations);
        checkPromises(plan, a, options);
        options.week = 1;
        const ArrangeResult w = arrange(plan, options);
        checkPromises(plan, w, options);
    }

    void nothingToDo()
    {
        const ReadResult t = readBuiltinPlan(u"strength"_s);
        QVERIFY(t.ok());
        const ArrangeResult r = arrange(*t.plan, {});
        checkPromises(*t.plan, r, {});
        QVERIFY(r.remaining.isEmpty());
        QVERIFY(arrangeEdit(*t.plan, r, {}).isEmpty() == r.moves.isEmpty());
    }

    void cancelKeepsTheBestSoFar()
    {
        const Plan plan = planWith(u"Mon 17:00 cycling hiit 25; Mon 18:00 strength lower heavy 60"_s);
        ArrangeOptions options;
        int calls = 0;
        options.progress = [&](int, int) { return ++calls < 2; };
        const ArrangeResult r = arrange(plan, options);
        QVERIFY(r.cancelled);
        checkPromises(plan, r, options);
    }

    void oneUndoStep()
    {
        Plan plan = planWith(
            u"Mon 17:00 cycling hiit 25; Mon 18:00 strength lower heavy 60; Wed 07:00 running hiit 20; Wed 18:00 cycling hiit 20"_s);
        const Plan before = plan;
        ArrangeOptions options;
        options.week = 0;
        const ArrangeResult r = arrange(plan, options);
        QVERIFY(r.moves.size() >= 2);
        const PlanEdit edit = arrangeEdit(plan, r, options);
        QCOMPARE(edit.text, u"Arrange week 1 (%1 moves)"_s.arg(r.moves.size()));
        const PlanEdit undo = edit.apply(plan);
        QCOMPARE(plan, r.plan);
        undo.apply(plan);
        QCOMPARE(plan, before);
        QVERIFY(arrangeSummary(r).startsWith(u"%1 moves clear "_s.arg(r.moves.size())));
    }
};

QTEST_GUILESS_MAIN(TestArrange)
#include "tst_arrange.moc"
