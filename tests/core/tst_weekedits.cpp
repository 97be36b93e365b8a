// SPDX-License-Identifier: GPL-3.0-or-later

#include "edits/weekedits.h"
#include "phase.h"
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

    // A week's phase goes with the week; a copy onto other weeks and a clear leave phases be.
    void phasesTravelWithTheirWeeks()
    {
        Plan plan = season();
        plan.phases = { { 0, Phase::Base, {}, {} }, { 3, Phase::Custom, u"Race"_s, {} } };
        Plan after;
        ORDO_VERIFY_UNDO(plan, WeekEdits::move(plan, 2, 2, -1), &after);
        QCOMPARE(after.phases.size(), 2);
        QCOMPARE(after.phaseOf(2)->label, u"Race"_s);
        QVERIFY(!after.phaseOf(3));
        ORDO_VERIFY_UNDO(plan, WeekEdits::duplicate(plan, 0), &after);
        QCOMPARE(after.phaseOf(1)->phase, Phase::Base);
        QCOMPARE(after.phaseOf(4)->label, u"Race"_s);
        ORDO_VERIFY_UNDO(plan, WeekEdits::remove(plan, 0), &after);
        QCOMPARE(after.phases.size(), 1);
        QCOMPARE(after.phaseOf(2)->label, u"Race"_s);
        ORDO_VERIFY_UNDO(plan, WeekEdits::copyTo(plan, 1, { 0, 3 }), &after);
        QCOMPARE(after.phases, plan.phases);
        ORDO_VERIFY_UNDO(plan, WeekEdits::clear(plan, 3), &after);
        QCOMPARE(after.phases, plan.phases);
        ORDO_VERIFY_UNDO(plan, WeekEdits::insertEmpty(plan, 0), &after);
        QVERIFY(!after.phaseOf(0));
        QCOMPARE(after.phaseOf(1)->phase, Phase::Base);
        QVERIFY(roundTrips(after));
    }

    void setPhaseMarksAndClears()
    {
        const Plan plan = season();
        Plan after;
        const PlanEdit build = WeekEdits::setPhase(plan, 0, 3, Phase::Build);
        QCOMPARE(build.text, u"Mark weeks 1–3 as “Build”"_s);
        ORDO_VERIFY_UNDO(plan, build, &after);
        QCOMPARE(after.phases.size(), 3);
        QCOMPARE(after.sessions, plan.sessions);
        QVERIFY(roundTrips(after));
        const PlanEdit custom = WeekEdits::setPhase(after, 1, 1, Phase::Custom, u"  Camp  "_s);
        QCOMPARE(custom.text, u"Mark week 2 as “Camp”"_s);
        Plan camp;
        ORDO_VERIFY_UNDO(after, custom, &camp);
        QCOMPARE(camp.phaseOf(1)->label, u"Camp"_s);
        QCOMPARE(phaseLabel(*camp.phaseOf(1)), u"Camp"_s);
        QCOMPARE(phaseLabel(*camp.phaseOf(0)), u"Build"_s);
        const PlanEdit none = WeekEdits::setPhase(camp, 0, 2, std::nullopt);
        QCOMPARE(none.text, u"Clear the phase of weeks 1–2"_s);
        Plan cleared;
        ORDO_VERIFY_UNDO(camp, none, &cleared);
        QCOMPARE(cleared.phases.size(), 1);
        QCOMPARE(cleared.phaseOf(2)->phase, Phase::Build);
        // Nothing to change, a custom phase without a name or with too long a one, no weeks.
        QVERIFY(WeekEdits::setPhase(after, 0, 1, Phase::Build).isEmpty());
        QVERIFY(WeekEdits::setPhase(plan, 0, 1, std::nullopt).isEmpty());
        QVERIFY(WeekEdits::setPhase(plan, 0, 1, Phase::Custom, u" "_s).isEmpty());
        QVERIFY(WeekEdits::setPhase(plan, 0, 1, Phase::Custom, QString(41, u'x')).isEmpty());
        QVERIFY(!WeekEdits::setPhase(plan, 0, 1, Phase::Custom, QString(40, u'x')).isEmpty());
        QVERIFY(WeekEdits::setPhase(plan, 3, 2, Phase::Peak).isEmpty());
    }

    // Bosquet 2007 (docs/physiology.md, "Deload weeks"): the same sessions, days, times and
    // intensities; strength and cardio shorter by the share; HIIT kept, shorter; mobility kept.
    void deloadRows_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("intensity");
        QTest::addColumn<int>("duration");
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("expected");
        const int strength = int(Kind::Strength), cardio = int(Kind::Cardio), mobility = int(Kind::Mobility);
        const int easy = int(Intensity::Easy), hiit = int(Intensity::Hiit);
        QTest::newRow("strength 60, 40 %") << strength << easy << 60 << 40 << 35; // 36 → 35
        QTest::newRow("strength 45, 40 %") << strength << easy << 45 << 40 << 25; // 27 → 25
        QTest::newRow("strength 60, 20 %") << strength << easy << 60 << 20 << 50; // 48 → 50
        QTest::newRow("strength 60, 60 %") << strength << easy << 60 << 60 << 25; // 24 → 25
        QTest::newRow("cardio easy 90, 40 %") << cardio << easy << 90 << 40 << 55; // 54 → 55
        QTest::newRow("cardio easy 5, 60 %: not below 5") << cardio << easy << 5 << 60 << 5;
        QTest::newRow("HIIT 25, 40 %") << cardio << hiit << 25 << 40 << 15;
        QTest::newRow("HIIT 20, 60 %: at least 10") << cardio << hiit << 20 << 60 << 10;
        QTest::newRow("HIIT 8, 40 %: a short one stays") << cardio << hiit << 8 << 40 << 8;
        QTest::newRow("mobility 30, 40 %: kept") << mobility << easy << 30 << 40 << 30;
    }

    void deloadRows()
    {
        QFETCH(int, kind);
        QFETCH(int, intensity);
        QFETCH(int, duration);
        QFETCH(int, percent);
        QFETCH(int, expected);
        Session s = make(u"x"_s, 0, Day::Mon, 0, duration, Kind(kind));
        s.intensity = Intensity(intensity);
        QCOMPARE(WeekEdits::deloadDuration(s, percent), expected);
    }

    void generateDeloadInsertsALighterCopy()
    {
        Plan plan = season();
        plan.phases = { { 0, Phase::Build, {}, {} }, { 1, Phase::Peak, {}, {} } };
        const PlanEdit e = WeekEdits::generateDeload(plan, 0);
        QCOMPARE(e.text, u"Generate a deload week after week 1 (40 % less volume)"_s);
        QCOMPARE(WeekEdits::deletedSessions(plan, e), 0);
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.weeks, 5);
        QCOMPARE(after.phaseOf(1)->phase, Phase::Deload);
        QCOMPARE(after.phaseOf(2)->phase, Phase::Peak);
        QList<Session> original = contentOf(plan, 0), deload = contentOf(after, 1);
        QCOMPARE(deload.size(), original.size());
        for (int i = 0; i < original.size(); ++i) {
            QCOMPARE(deload[i].day, original[i].day);
            QCOMPARE(deload[i].startMinute, original[i].startMinute);
            QCOMPARE(deload[i].kind, original[i].kind);
            QCOMPARE(deload[i].intensity, original[i].intensity);
            QCOMPARE(deload[i].load, original[i].load);
            QCOMPARE(deload[i].durationMin, WeekEdits::deloadDuration(original[i], 40));
            QVERIFY(deload[i].durationMin < original[i].durationMin);
        }
        // The week it follows and the later ones are untouched, ids and all.
        QCOMPARE(idsOf(after, 0), idsOf(plan, 0));
        QCOMPARE(idsOf(after, 4), QStringList { u"late"_s });
        QVERIFY(roundTrips(after));
        QCOMPARE(WeekEdits::generateDeload(plan, 1, 25).text,
                 u"Generate a deload week after week 2 (25 % less volume)"_s);
        QVERIFY(WeekEdits::generateDeload(plan, 0, 19).isEmpty());
        QVERIFY(WeekEdits::generateDeload(plan, 0, 61).isEmpty());
        QVERIFY(WeekEdits::generateDeload(plan, 4).isEmpty());
        Plan full = plan;
        full.weeks = 52;
        QVERIFY(WeekEdits::generateDeload(full, 0).isEmpty());
    }

    // A locked session is fixed in its week: it moves and is copied with the week, keeps its
    // lock, and deleting its week counts it like any other. Available times stay on the calendar.
    void lockedSessionsAndAvailability()
    {
        Plan plan = season();
        plan.sessions[0].locked = true; // s1, week 1 Mon
        Availability a;
        BusyInterval busy;
        busy.week = 3;
        busy.day = Day::Tue;
        busy.startMinute = 9 * 60;
        busy.endMinute = 10 * 60;
        a.busy = { busy };
        WeekOverride away;
        away.week = 1;
        away.days.byDay[0] = QList<TimeWindow> {};
        a.weeks = { away };
        plan.availability = a;
        Plan after;
        ORDO_VERIFY_UNDO(plan, WeekEdits::move(plan, 0, 1, 1), &after);
        QVERIFY(after.find(u"s1"_s)->locked);
        QCOMPARE(after.find(u"s1"_s)->week, 1);
        QCOMPARE(after.availability, plan.availability);
        ORDO_VERIFY_UNDO(plan, WeekEdits::duplicate(plan, 0), &after);
        QCOMPARE(contentOf(after, 1), contentOf(plan, 0));
        QVERIFY(after.sessions[1].locked || after.sessions[2].locked);
        // Deleting the last week drops the busy time of the week that is gone.
        const PlanEdit e = WeekEdits::remove(plan, 0);
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.weeks, 3);
        QVERIFY(after.availability->busy.isEmpty());
        QCOMPARE(after.availability->weeks.size(), 1);
        QVERIFY(roundTrips(after));
        plan.anchorDate = QDate(2027, 1, 4);
        ORDO_VERIFY_UNDO(plan, WeekEdits::insertEmpty(plan, 0), &after);
        QCOMPARE(after.anchorDate, plan.anchorDate);
    }

    // A, B, C over Mon/Wed/Fri of weeks 2–4: the order continues across weeks (A B C | A B C |
    // A B C with three days, A B C A | B C A B … with four).
    void rotationContinuesAcrossWeeks()
    {
        Plan plan = season();
        plan.sessions.removeIf([](const Session &s) { return s.week != 0; });
        plan.repeat = false;
        const QList<Session> abc = {
            make(u"a"_s, 3, Day::Sun, 7 * 60, 60),
            make(u"b"_s, 0, Day::Tue, 12 * 60, 40, Kind::Cardio),
            make(u"c"_s, 0, Day::Mon, 17 * 60, 30, Kind::Mobility),
        };
        // Days in any order: they are taken in week order.
        const PlanEdit e
            = WeekEdits::fillRotation(plan, abc, { Day::Fri, Day::Mon, Day::Wed, Day::Sat }, 1, 3);
        QCOMPARE(e.text, u"Fill weeks 2–4 with a rotation (12 sessions)"_s);
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        QVERIFY(roundTrips(after));
        QCOMPARE(idsOf(after, 0), idsOf(plan, 0));
        QString order;
        for (int week = 1; week <= 3; ++week) {
            for (const Session &s : after.sessions) {
                if (s.week != week)
                    continue;
                const Session &from = s.kind == Kind::Strength ? abc[0]
                    : s.kind == Kind::Cardio                   ? abc[1]
                                                               : abc[2];
                order += s.kind == Kind::Strength ? u'A' : s.kind == Kind::Cardio ? u'B' : u'C';
                order += QString::number(int(s.day));
                // Its own time and length, a fresh id, never locked.
                QCOMPARE(s.startMinute, from.startMinute);
                QCOMPARE(s.durationMin, from.durationMin);
                QVERIFY(!s.locked);
                QVERIFY(plan.find(s.id) == nullptr && s.id != from.id);
            }
            order += u'|';
        }
        // Mon = 0, Wed = 2, Fri = 4, Sat = 5 (sessions sorted by day within a week).
        QCOMPARE(order, u"A0B2C4A5|B0C2A4B5|C0A2B4C5|"_s);
        // One week, one turn each.
        QCOMPARE(WeekEdits::fillRotation(plan, abc, { Day::Tue }, 2, 1).text,
                 u"Fill week 3 with a rotation (1 session)"_s);
    }

    // An occupied time is skipped and keeps its session (locked or not); the turn passes to
    // the next day, so the order stays A, B, A, B.
    void rotationSkipsTakenTimesAndKeepsTheOrder()
    {
        Plan plan = season();
        plan.repeat = false;
        plan.sessions = {
            make(u"keep"_s, 0, Day::Wed, 12 * 60 + 15, 30), // overlaps B (12:00–12:45)
            make(u"pin"_s, 1, Day::Mon, 12 * 60, 30), // overlaps B, locked
            make(u"free"_s, 1, Day::Wed, 9 * 60, 30), // beside B: no overlap
        };
        plan.sessions[1].locked = true;
        plan.sortSessions();
        const QList<Session> ab
            = { make(u"a"_s, 0, Day::Mon, 7 * 60, 60), make(u"b"_s, 0, Day::Mon, 12 * 60, 45, Kind::Cardio) };
        Plan after;
        ORDO_VERIFY_UNDO(plan, WeekEdits::fillRotation(plan, ab, { Day::Mon, Day::Wed }, 0, 2), &after);
        // Week 1 Mon: A. Week 1 Wed and week 2 Mon: B's time is taken, skipped. Week 2 Wed: B.
        QStringList placed;
        for (const Session &s : after.sessions) {
            if (plan.find(s.id) == nullptr)
                placed << u"%1%2%3"_s.arg(s.kind == Kind::Strength ? u"A"_s : u"B"_s)
                              .arg(s.week)
                              .arg(int(s.day));
        }
        QCOMPARE(placed, (QStringList { u"A00"_s, u"B12"_s }));
        // Every session that was there is still there, unchanged.
        for (const Session &s : plan.sessions)
            QCOMPARE(*after.find(s.id), s);

        // Where A's time is taken, the next day takes A; B has no day left in the range.
        plan.sessions.append(make(u"early"_s, 0, Day::Wed, 7 * 60 + 30, 30));
        plan.sortSessions();
        ORDO_VERIFY_UNDO(plan, WeekEdits::fillRotation(plan, ab, { Day::Wed, Day::Fri }, 0, 1), &after);
        QStringList turns;
        for (const Session &s : after.sessions) {
            if (plan.find(s.id) == nullptr)
                turns << u"%1@%2"_s.arg(s.kind == Kind::Strength ? u"A"_s : u"B"_s).arg(int(s.day));
        }
        QCOMPARE(turns, QStringList { u"A@4"_s });
    }

    void rotationRefusesWhatCannotBe()
    {
        const Plan plan = season();
        const QList<Session> a = { make(u"a"_s, 0, Day::Mon, 7 * 60, 60) };
        QVERIFY(WeekEdits::fillRotation(plan, {}, { Day::Mon }, 0, 1).isEmpty());
        QVERIFY(WeekEdits::fillRotation(plan, a, {}, 0, 1).isEmpty());
        QVERIFY(WeekEdits::fillRotation(plan, a, { Day::Mon }, 3, 2).isEmpty());
        QVERIFY(WeekEdits::fillRotation(plan, a, { Day::Mon }, -1, 1).isEmpty());
        // Nothing to place: the only day's time is taken.
        QVERIFY(WeekEdits::fillRotation(plan, a, { Day::Mon }, 0, 1).isEmpty());
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
