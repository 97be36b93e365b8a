// SPDX-License-Identifier: GPL-3.0-or-later

#include "edits/weekedits.h"
#include "translations.h"
#include "tst_edits_support.h"

#include <QTest>

using namespace ordo;
using namespace Qt::StringLiterals;

namespace {

Session make(const QString &id, int week, Day day, int start, int duration, Kind kind = Kind::Strength)
{
    Session s;
    s.id = id;
    s.week = week;
    s.day = day;
    s.startMinute = start;
    s.durationMin = duration;
    s.kind = kind;
    if (kind == Kind::Cardio) {
        s.modality = Modality::Running;
        s.intensity = Intensity::Moderate;
    }
    return s;
}

// Four repeating weeks: two sessions in week 1, one in week 2 that runs into week 3, none in
// week 3, and in week 4 a long ride from Sunday night over the end of the plan into week 1.
Plan season()
{
    Plan p;
    p.name = u"Season"_s;
    p.weeks = 4;
    p.repeat = true;
    p.sessions = {
        make(u"s1"_s, 0, Day::Mon, 7 * 60, 60),
        make(u"s2"_s, 0, Day::Wed, 18 * 60, 45, Kind::Cardio),
        make(u"s7"_s, 1, Day::Sun, 23 * 60, 90, Kind::Cardio),
        make(u"late"_s, 3, Day::Sun, 22 * 60 + 30, 180, Kind::Cardio),
    };
    p.sortSessions();
    // Canonical: what a save and a load give.
    const ReadResult r = parsePlan(serializePlan(p));
    if (!r.ok())
        qFatal("the season plan does not load");
    return *r.plan;
}

// The ids of week `week`'s sessions, in plan order.
QStringList idsOf(const Plan &plan, int week)
{
    QStringList ids;
    for (const Session &s : plan.sessions) {
        if (s.week == week)
            ids.append(s.id);
    }
    return ids;
}

// Week `week`'s sessions without their ids and weeks: what a copy must reproduce.
QList<Session> contentOf(const Plan &plan, int week)
{
    QList<Session> out;
    for (Session s : plan.sessions) {
        if (s.week == week) {
            s.id.clear();
            s.week = 0;
            out.append(s);
        }
    }
    return out;
}

// The plan saves and opens again as itself.
bool roundTrips(const Plan &plan)
{
    const ReadResult r = parsePlan(serializePlan(plan));
    return r.ok() && *r.plan == plan;
}

} // namespace

// The week operations of the season overview: each gives the expected plan, moves sessions
// with their weeks (also across the end of a week and of the plan), names what it does and how
// many sessions it deletes, refuses what the format cannot hold, and undoes to the saved bytes.
class TestWeekEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The English plural forms ("1 session").
        Translations::install(u"en"_s);
    }

    void copyToReplacesTheTargetWeeks()
    {
        const Plan plan = season();
        const PlanEdit e = WeekEdits::copyTo(plan, 0, { 1 });
        QCOMPARE(e.text, u"Copy week 1 to week 2 (deletes 1 session)"_s);
        QCOMPARE(WeekEdits::deletedSessions(plan, e), 1);
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.weeks, 4);
        QCOMPARE(contentOf(after, 1), contentOf(plan, 0));
        QCOMPARE(idsOf(after, 0), idsOf(plan, 0));
        // Fresh ids, none taken before.
        for (const QString &id : idsOf(after, 1))
            QVERIFY(!plan.find(id));
        QCOMPARE(after.find(u"s7"_s), nullptr);
        QVERIFY(roundTrips(after));

        // Several targets at once; an empty target deletes nothing.
        const PlanEdit many = WeekEdits::copyTo(plan, 1, { 0, 2, 2, 1 });
        QCOMPARE(many.text, u"Copy week 2 to 2 weeks (deletes 2 sessions)"_s);
        ORDO_VERIFY_UNDO(plan, many, &after);
        QCOMPARE(contentOf(after, 0), contentOf(plan, 1));
        QCOMPARE(contentOf(after, 2), contentOf(plan, 1));
        QCOMPARE(WeekEdits::copyTo(plan, 0, { 2 }).text, u"Copy week 1 to week 3"_s);

        QVERIFY(WeekEdits::copyTo(plan, 0, {}).isEmpty());
        QVERIFY(WeekEdits::copyTo(plan, 0, { 0 }).isEmpty());
        QVERIFY(WeekEdits::copyTo(plan, 0, { 4 }).isEmpty());
        QVERIFY(WeekEdits::copyTo(plan, -1, { 1 }).isEmpty());
        // Copying an empty week onto an empty week changes nothing.
        Plan emptyWeeks = plan;
        emptyWeeks.weeks = 6;
        QVERIFY(WeekEdits::copyTo(emptyWeeks, 4, { 5 }).isEmpty());
    }

    void duplicateInsertsCopiesAfterTheSelection()
    {
        const Plan plan = season();
        const PlanEdit e = WeekEdits::duplicate(plan, 1);
        QCOMPARE(e.text, u"Duplicate week 2"_s);
        QCOMPARE(WeekEdits::deletedSessions(plan, e), 0);
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.weeks, 5);
        QCOMPARE(idsOf(after, 1), idsOf(plan, 1));
        QCOMPARE(contentOf(after, 2), contentOf(plan, 1));
        // Later weeks move down with their sessions and ids, the one over the plan end too.
        QCOMPARE(idsOf(after, 4), QStringList { u"late"_s });
        QVERIFY(roundTrips(after));

        const PlanEdit range = WeekEdits::duplicate(plan, 0, 2);
        QCOMPARE(range.text, u"Duplicate weeks 1–2"_s);
        ORDO_VERIFY_UNDO(plan, range, &after);
        QCOMPARE(after.weeks, 6);
        QCOMPARE(contentOf(after, 2), contentOf(plan, 0));
        QCOMPARE(contentOf(after, 3), contentOf(plan, 1));
        QCOMPARE(idsOf(after, 5), QStringList { u"late"_s });

        QVERIFY(WeekEdits::duplicate(plan, 3, 2).isEmpty());
        QVERIFY(WeekEdits::duplicate(plan, 0, 0).isEmpty());
        Plan full = plan;
        full.weeks = 52;
        QVERIFY(WeekEdits::duplicate(full, 0).isEmpty());
    }

    void insertEmptyWeeks()
    {
        const Plan plan = season();
        Plan after;
        const PlanEdit front = WeekEdits::insertEmpty(plan, 0);
        QCOMPARE(front.text, u"Insert 1 empty week before week 1"_s);
        ORDO_VERIFY_UNDO(plan, front, &after);
        QCOMPARE(after.weeks, 5);
        QVERIFY(idsOf(after, 0).isEmpty());
        QCOMPARE(idsOf(after, 1), idsOf(plan, 0));
        QCOMPARE(idsOf(after, 4), QStringList { u"late"_s });

        const PlanEdit middle = WeekEdits::insertEmpty(plan, 2, 3);
        QCOMPARE(middle.text, u"Insert 3 empty weeks after week 2"_s);
        ORDO_VERIFY_UNDO(plan, middle, &after);
        QCOMPARE(after.weeks, 7);
        QCOMPARE(idsOf(after, 1), idsOf(plan, 1));
        QCOMPARE(idsOf(after, 6), QStringList { u"late"_s });

        // At the end only the number of weeks changes.
        const PlanEdit end = WeekEdits::insertEmpty(plan, 4);
        ORDO_VERIFY_UNDO(plan, end, &after);
        QVERIFY(end.upserts.isEmpty() && end.removals.isEmpty());
        QCOMPARE(after.sessions, plan.sessions);

        QVERIFY(WeekEdits::insertEmpty(plan, 5).isEmpty());
        QVERIFY(WeekEdits::insertEmpty(plan, 0, 49).isEmpty());
        QVERIFY(!WeekEdits::insertEmpty(plan, 0, 48).isEmpty());
    }

    void removeWeeks()
    {
        const Plan plan = season();
        Plan after;
        const PlanEdit e = WeekEdits::remove(plan, 0);
        QCOMPARE(e.text, u"Delete week 1 (deletes 2 sessions)"_s);
        QCOMPARE(WeekEdits::deletedSessions(plan, e), 2);
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.weeks, 3);
        QCOMPARE(idsOf(after, 0), idsOf(plan, 1));
        QCOMPARE(idsOf(after, 2), QStringList { u"late"_s });
        QVERIFY(roundTrips(after));

        // An empty week goes without a count.
        const PlanEdit empty = WeekEdits::remove(plan, 2);
        QCOMPARE(empty.text, u"Delete week 3"_s);
        QCOMPARE(WeekEdits::deletedSessions(plan, empty), 0);

        const PlanEdit range = WeekEdits::remove(plan, 1, 3);
        QCOMPARE(range.text, u"Delete weeks 2–4 (deletes 2 sessions)"_s);
        ORDO_VERIFY_UNDO(plan, range, &after);
        QCOMPARE(after.weeks, 1);
        QCOMPARE(after.sessions, plan.sessions.mid(0, 2));

        // One week always stays.
        QVERIFY(WeekEdits::remove(plan, 0, 4).isEmpty());
        QVERIFY(WeekEdits::remove(plan, 3, 2).isEmpty());
    }

    void moveWeeksUpAndDown()
    {
        const Plan plan = season();
        Plan after;
        const PlanEdit up = WeekEdits::move(plan, 1, 1, -1);
        QCOMPARE(up.text, u"Move week 2 up"_s);
        QCOMPARE(WeekEdits::deletedSessions(plan, up), 0);
        ORDO_VERIFY_UNDO(plan, up, &after);
        QCOMPARE(idsOf(after, 0), idsOf(plan, 1));
        QCOMPARE(idsOf(after, 1), idsOf(plan, 0));
        QCOMPARE(after.sessions.size(), plan.sessions.size());

        // The last week, with its session over the end of the plan, moves up past week 3.
        const PlanEdit range = WeekEdits::move(plan, 2, 2, -1);
        QCOMPARE(range.text, u"Move weeks 3–4 up"_s);
        ORDO_VERIFY_UNDO(plan, range, &after);
        QCOMPARE(idsOf(after, 2), QStringList { u"late"_s });
        QCOMPARE(idsOf(after, 3), idsOf(plan, 1));
        QVERIFY(roundTrips(after));

        const PlanEdit down = WeekEdits::move(plan, 0, 2, 1);
        QCOMPARE(down.text, u"Move weeks 1–2 down"_s);
        ORDO_VERIFY_UNDO(plan, down, &after);
        QCOMPARE(idsOf(after, 1), idsOf(plan, 0));
        QCOMPARE(idsOf(after, 2), idsOf(plan, 1));
        QVERIFY(idsOf(after, 0).isEmpty());

        QVERIFY(WeekEdits::move(plan, 0, 1, -1).isEmpty());
        QVERIFY(WeekEdits::move(plan, 3, 1, 1).isEmpty());
        QVERIFY(WeekEdits::move(plan, 0, 1, 2).isEmpty());
        // Two empty weeks swap to the same plan.
        Plan emptyWeeks = plan;
        emptyWeeks.weeks = 6;
        QVERIFY(WeekEdits::move(emptyWeeks, 4, 1, 1).isEmpty());
    }

    void clearWeeks()
    {
        const Plan plan = season();
        Plan after;
        const PlanEdit e = WeekEdits::clear(plan, 0, 2);
        QCOMPARE(e.text, u"Clear weeks 1–2 (deletes 3 sessions)"_s);
        QCOMPARE(WeekEdits::deletedSessions(plan, e), 3);
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.weeks, 4);
        QVERIFY(!e.header);
        QCOMPARE(after.sessions.size(), 1);
        QCOMPARE(WeekEdits::clear(plan, 3).text, u"Clear week 4 (deletes 1 session)"_s);
        QVERIFY(WeekEdits::clear(plan, 2).isEmpty());
    }

    // The saved fixture (unicode, unknown keys, a one-off plan, sessions over the end of a
    // week and of the plan): every operation undoes and redoes to the same bytes.
    void everyOperationUndoesToTheSavedBytes()
    {
        const Plan plan = test::savedPlan();
        const QList<PlanEdit> edits = {
            WeekEdits::copyTo(plan, 0, { 1, 2 }), WeekEdits::duplicate(plan, 0, 3),
            WeekEdits::insertEmpty(plan, 1, 2),   WeekEdits::remove(plan, 0),
            WeekEdits::remove(plan, 1, 2),        WeekEdits::move(plan, 0, 1, 1),
            WeekEdits::move(plan, 1, 2, -1),      WeekEdits::clear(plan, 0, 3),
        };
        for (const PlanEdit &e : edits) {
            Plan after;
            ORDO_VERIFY_UNDO(plan, e, &after);
            QVERIFY2(roundTrips(after), qPrintable(e.text));
            // Unknown keys travel with their sessions.
            for (const Session &s : after.sessions) {
                if (s.kind == Kind::Mobility)
                    QVERIFY(!s.unknownKeys.isEmpty());
            }
            QCOMPARE(after.unknownKeys, plan.unknownKeys);
        }
    }

    void theCycleStaysInsideThePlan()
    {
        Plan plan = season();
        plan.profile.sex = Sex::Female;
        plan.profile.cycle = CycleSettings { 3, Day::Thu, 28, {}, {} };
        Plan after;
        ORDO_VERIFY_UNDO(plan, WeekEdits::remove(plan, 0), &after);
        QCOMPARE(after.profile.cycle->firstWeek, 2);
        QVERIFY(roundTrips(after));
        ORDO_VERIFY_UNDO(plan, WeekEdits::insertEmpty(plan, 0), &after);
        QCOMPARE(after.profile.cycle->firstWeek, 3);
    }

    void rearrangeRefusesWhatCannotBe()
    {
        const Plan plan = season();
        using WeekEdits::WeekSource;
        // A week moved to two places, a week that does not exist, no week at all.
        QVERIFY(WeekEdits::rearrange(plan, { { 0, false }, { 0, false } }, u"x"_s).isEmpty());
        QVERIFY(WeekEdits::rearrange(plan, { { 7, false } }, u"x"_s).isEmpty());
        QVERIFY(WeekEdits::rearrange(plan, {}, u"x"_s).isEmpty());
        // The same weeks in the same order change nothing.
        QVERIFY(WeekEdits::rearrange(plan, { { 0, false }, { 1, false }, { 2, false }, { 3, false } }, u"x"_s)
                    .isEmpty());
        // A copy of a week as often as the session limit allows.
        Plan big = plan;
        big.weeks = 2;
        big.sessions.clear();
        for (int i = 0; i < 6000; ++i)
            big.sessions.append(make(u"b%1"_s.arg(i), 0, Day(i % 7), (i % 96) * 15, 15));
        big.sortSessions();
        QVERIFY(WeekEdits::copyTo(big, 0, { 1 }).isEmpty());
        big.sessions.resize(5000);
        QVERIFY(!WeekEdits::copyTo(big, 0, { 1 }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWeekEdits)
#include "tst_weekedits.moc"
