// SPDX-License-Identifier: GPL-3.0-or-later

#include "../bench/benchplans.h"
#include "arrange/slotscores.h"
#include "availability.h"
#include "builtinplans.h"
#include "edits/sessionedits.h"
#include "planio.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

// Best-slot hints (core/arrange/slotscores.h): every score is the objective of "Arrange my
// week" on the whole plan after the drop's own edit, compared here with arrangeScore() of the
// plan with the session really placed there: on every slot of the built-in plans and on
// sampled picks (midnight, the week's wrap, occupied and unavailable time) of a 52-week plan.
class TestSlotScores : public QObject
{
    Q_OBJECT

    static Session session(const QString &id, Kind kind, int duration)
    {
        Session s;
        s.id = id;
        s.kind = kind;
        s.durationMin = duration;
        return s;
    }

    // Palette-like templates: a heavy lift, HIIT, and a warm-up with its lift (a chain).
    static QList<QList<Session>> templates()
    {
        Session lift = session(u"t1"_s, Kind::Strength, 60);
        lift.focus = Focus::Lower;
        lift.load = Load::Heavy;
        Session hiit = session(u"t2"_s, Kind::Cardio, 25);
        hiit.modality = Modality::Cycling;
        hiit.intensity = Intensity::Hiit;
        Session warmup = session(u"t3"_s, Kind::Cardio, 10);
        warmup.modality = Modality::Walking;
        warmup.intensity = Intensity::Easy;
        Session upper = session(u"t4"_s, Kind::Strength, 50);
        upper.focus = Focus::Upper;
        upper.startMinute = 15;
        return { { lift }, { hiit }, { warmup, upper } };
    }

    // What the drop does (WeekDropTarget::dropEdit, WeekGesture::editAt): the palette's
    // sessions placed, or the selection moved so the pressed session starts at the minute.
    struct Drop
    {
        QList<Session> placed;
        QStringList moved;
        QString pressed;
    };
    static Drop placing(const QList<Session> &sessions) { return { sessions, {}, {} }; }
    static Drop moving(const QString &id) { return { {}, { id }, id }; }

    static SlotEdit slotEdit(const Plan &plan, const Drop &drop)
    {
        return drop.placed.isEmpty() ? movingEdit(drop.moved, drop.pressed) : placingEdit(plan, drop.placed);
    }

    // arrangeScore() of the plan after the drop's edit, or nothing where the drop may not land.
    static std::optional<double> reference(const Plan &plan, const Drop &drop, int axisMinute)
    {
        PlanEdit edit;
        if (!drop.placed.isEmpty()) {
            edit = SessionEdits::place(plan, drop.placed, axisMinute);
        } else {
            const int delta = axisMinute - plan.find(drop.pressed)->axisStart();
            if (delta == 0)
                return arrangeScore(plan, plan).total; // released where it was: nothing changes
            edit = SessionEdits::move(plan, drop.moved, delta);
        }
        if (edit.isEmpty() || !edit.isValidFor(plan))
            return std::nullopt;
        Plan after = plan;
        edit.apply(after);
        return arrangeScore(after, plan).total;
    }

    static void compare(const Plan &plan, int week, const Drop &drop, const QList<int> &picks,
                        int threads = 2)
    {
        SlotScoreOptions options;
        options.threads = threads;
        const SlotScores scores = scoreSlots(plan, week, slotEdit(plan, drop), options);
        QVERIFY(scores.complete);
        QCOMPARE(scores.evaluated, SlotScores::kSlots);
        QCOMPARE(scores.current, arrangeScore(plan, plan).total);
        for (int slot : picks) {
            const std::optional<double> want = reference(plan, drop, scores.axisMinute(slot));
            QVERIFY2(scores.allowed[slot] == want.has_value(), qPrintable(u"slot %1"_s.arg(slot)));
            if (want)
                QVERIFY2(
                    scores.totals[slot] == *want,
                    qPrintable(u"slot %1: %2 instead of %3"_s.arg(slot).arg(scores.totals[slot]).arg(*want)));
        }
    }

    static QList<int> everySlot()
    {
        QList<int> all;
        for (int k = 0; k < SlotScores::kSlots; ++k)
            all.append(k);
        return all;
    }

    // Midnight and the last quarter hour of every day, the picks where sessions of `week`
    // start (occupied), and a spread of the rest.
    static QList<int> sampled(const Plan &plan, int week)
    {
        QList<int> picks;
        for (int d = 0; d < kDaysPerWeek; ++d)
            picks << d * SlotScores::kSlotsPerDay << (d + 1) * SlotScores::kSlotsPerDay - 1;
        for (const Session &s : plan.sessions) {
            if (s.week == week)
                picks << SlotScores::slotOf(s.day, s.startMinute);
        }
        for (int k = 7; k < SlotScores::kSlots; k += 53)
            picks << k;
        return picks;
    }

private slots:
    void builtinPlansEverySlot()
    {
        const QList<BuiltinPlan> plans = builtinPlans();
        QVERIFY(plans.size() >= 5);
        for (const BuiltinPlan &b : plans) {
            const ReadResult r = readBuiltinPlan(b.name);
            QVERIFY(r.plan);
            const Plan &plan = *r.plan;
            for (const QList<Session> &t : templates())
                compare(plan, plan.weeks - 1, placing(t), everySlot());
            // Moving a session of the first week, and the same session locked.
            Plan locked = plan;
            const Session first = plan.sessions.first();
            compare(plan, first.week, moving(first.id), everySlot());
            locked.find(first.id)->locked = true;
            compare(locked, first.week, moving(first.id), everySlot());
        }
    }

    void yearPlanSampledSlots()
    {
        const Plan plan = bench::hybridPlan(52);
        QVERIFY(!plan.repeat);
        for (int week : { 0, 25, 51 }) {
            const QList<int> picks = sampled(plan, week);
            compare(plan, week, placing(templates().first()), picks);
            compare(plan, week, placing(templates().last()), picks);
            const Session *moved = nullptr;
            for (const Session &s : plan.sessions) {
                if (s.week == week && s.kind == Kind::Strength) {
                    moved = &s;
                    break;
                }
            }
            QVERIFY(moved);
            compare(plan, week, moving(moved->id), picks);
        }
        // The same with one thread: the threads only share out the picks.
        compare(plan, 51, placing(templates().first()), sampled(plan, 51), 1);
    }

    void unavailableTimeAndWrap()
    {
        const ReadResult r = parsePlan([] {
            QFile f(QStringLiteral(ORDO_TEST_DATA_DIR "/plans/availability.ordo"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }());
        QVERIFY(r.plan);
        const Plan &plan = *r.plan;
        QVERIFY(plan.repeat);
        const AvailabilityIndex index(plan);
        QVERIFY(index.isRestricted());
        // On a repeating plan a session late on the last Sunday wraps into the first Monday.
        for (const QList<Session> &t : templates())
            compare(plan, plan.weeks - 1, placing(t), everySlot());
        const Session &first = plan.sessions.first();
        compare(plan, first.week, moving(first.id), everySlot());
        // Unavailable time costs 1,000 a session: a slot in it scores worse than the best.
        const SlotScores scores = scoreSlots(plan, 0, placingEdit(plan, templates().first()));
        int outside = 0;
        for (int k = 0; k < SlotScores::kSlots; ++k) {
            const int minute = scores.axisMinute(k);
            if (!index.fits(minute, 60, Kind::Strength)) {
                ++outside;
                QVERIFY(scores.totals[k] >= scores.best + 1000);
            }
        }
        QVERIFY(outside > 0);
    }

    void pastTheEndOfAOneOffPlanIsNotAllowed()
    {
        Plan plan = bench::hybridPlan(12);
        plan.repeat = false;
        // The warm-up and its lift: a drop whose lift would start after the plan's last minute
        // may not land (SessionEdits::place), everywhere else it may.
        Session warmup = session(u"w"_s, Kind::Cardio, 10);
        warmup.intensity = Intensity::Easy;
        Session lift = session(u"l"_s, Kind::Strength, 60);
        lift.startMinute = 30;
        const Drop drop = placing({ warmup, lift });
        const SlotScores scores = scoreSlots(plan, plan.weeks - 1, slotEdit(plan, drop));
        QVERIFY(scores.complete);
        const int last = SlotScores::kSlots - 1;
        QVERIFY(!scores.allowed[last]);
        QVERIFY(!scores.allowed[last - 1]);
        QVERIFY(scores.allowed[last - 2]); // Sun 23:15: the lift starts at 23:45
        QVERIFY(!scores.isAllowed(last));
        QVERIFY(!scores.rank(last));
        QVERIFY(scores.rank(0));
        compare(plan, plan.weeks - 1, drop, { 0, last - 3, last - 2, last - 1, last });
        // The week after the plan's end has no picks at all.
        QVERIFY(!scoreSlots(plan, plan.weeks, slotEdit(plan, drop)).allowed.contains(true));
    }

    void cancelling()
    {
        const Plan plan = bench::hybridPlan(4);
        std::atomic_bool cancel = true;
        SlotScoreOptions options;
        options.cancel = &cancel;
        const SlotScores scores = scoreSlots(plan, 0, placingEdit(plan, templates().first()), options);
        QVERIFY(!scores.complete);
        QCOMPARE(scores.evaluated, 0);
        QVERIFY(!scores.isAllowed(0));
        QVERIFY(!scores.bestNear(0, 3));
    }

    void bestNearAndRank()
    {
        SlotScores s;
        s.week = 0;
        s.complete = true;
        s.totals.fill(50.0, SlotScores::kSlots);
        s.allowed.fill(true, SlotScores::kSlots);
        const int tue8 = SlotScores::slotOf(Day::Tue, 8 * 60);
        // Two equal best picks: 10:00 is nearer to 08:00 than 05:00 is.
        s.totals[SlotScores::slotOf(Day::Tue, 10 * 60)] = 10;
        s.totals[SlotScores::slotOf(Day::Tue, 5 * 60)] = 10;
        // Better, but on another day, and farther than three hours.
        s.totals[SlotScores::slotOf(Day::Mon, 8 * 60)] = 0;
        s.totals[SlotScores::slotOf(Day::Tue, 11 * 60 + 15)] = 0;
        s.finish();
        QCOMPARE(s.best, 0.0);
        QCOMPARE(s.worst, 50.0);
        QCOMPARE(s.levels, (QList<double> { 0, 10, 50 }));
        QCOMPARE(s.bestNear(tue8, 3), SlotScores::slotOf(Day::Tue, 10 * 60));
        QCOMPARE(s.bestNear(tue8, 4), SlotScores::slotOf(Day::Tue, 11 * 60 + 15));
        // A best slot that may not be taken is passed over.
        s.allowed[SlotScores::slotOf(Day::Tue, 10 * 60)] = false;
        QCOMPARE(s.bestNear(tue8, 3), SlotScores::slotOf(Day::Tue, 5 * 60));
        // All equal: the pointer's own slot.
        SlotScores flat = s;
        flat.totals.fill(7.0);
        flat.allowed.fill(true);
        QCOMPARE(flat.bestNear(tue8, 3), tue8);
        // Near midnight the search stays on the day.
        QCOMPARE(flat.bestNear(SlotScores::slotOf(Day::Sun, 23 * 60 + 45), 3),
                 SlotScores::slotOf(Day::Sun, 23 * 60 + 45));
        QCOMPARE(s.rank(SlotScores::slotOf(Day::Mon, 8 * 60)), 0.0);
        QCOMPARE(s.rank(tue8), 1.0);
        QCOMPARE(s.rank(SlotScores::slotOf(Day::Tue, 5 * 60)), 0.5);
        QVERIFY(!s.rank(SlotScores::slotOf(Day::Tue, 10 * 60))); // not allowed
        flat.finish();
        QCOMPARE(flat.rank(tue8), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSlotScores)
#include "tst_slotscores.moc"
