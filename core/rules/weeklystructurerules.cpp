// SPDX-License-Identifier: GPL-3.0-or-later

#include "weeklystructurerules.h"

#include "enums.h"
#include "findingtext.h"
#include "physiology.h"
#include "ruletable.h"

namespace ordo {

QList<int> WeeklyStructureRules::rules() const
{
    return { rule::NoRestDay,        rule::CardioFrequency,        rule::CardioDuration,
             rule::LiftingFrequency, rule::EnduranceVolumeBalance, rule::AerobicMinimum,
             rule::BeginnerVolume };
}

void WeeklyStructureRules::evaluate(RuleContext &ctx) const
{
    noRestDay(ctx);
    longSessions(ctx);
    cardioFrequency(ctx);
    dayWindows(ctx);
}

// 30: runs of days without a rest day.
void WeeklyStructureRules::noRestDay(RuleContext &ctx) const
{
    if (!ctx.wants(rule::NoRestDay))
        return;
    const PlanFacts &facts = ctx.facts();
    const Thresholds &t = ctx.thresholds();
    QList<bool> training(facts.dayCount);
    for (int d = 0; d < facts.dayCount; ++d)
        training[d] = !facts.restDay[d] && !facts.activeRestDay[d]; // R2: active rest breaks a run
    for (const auto &[startDay, length] : ctx.dayRuns(training)) {
        const bool endless = facts.axis.isCyclic() && length >= facts.dayCount;
        if (!endless && length < t.restMaxRunDays)
            continue;
        const Severity sev
            = endless || length >= t.restCriticalRunDays ? Severity::Critical : Severity::Warning;
        const QList<int> ids
            = ctx.sessionsOnDays(endless ? 0 : startDay, length, [](const SessionFacts &) { return true; });
        if (Finding *f = ctx.add(rule::NoRestDay, sev, ids, (endless ? 0 : startDay) * kMinutesPerDay)) {
            ctx.noteDayRun(f, endless ? 0 : startDay, endless ? facts.dayCount : length);
            f->message = endless
                ? tr("The week has no rest day and the plan repeats, so there is never a day off. Recovery "
                     "breaks down without rest days.")
                : tr("%1 days in a row without a rest day (no lifting and no moderate or hard cardio; easy "
                     "cardio up to %2, or up to %3 as active rest, is fine). Recovery breaks down without "
                     "rest days.")
                      .arg(length)
                      .arg(formatDuration(int(t.restMaxEasyMin)),
                           formatDuration(int(t.restActiveMaxEasyMin)));
            f->fix = tr("Make one day a rest day: no lifting, and at most easy cardio (up to %1 of Zone 1).")
                         .arg(formatDuration(int(t.restActiveMaxEasyMin)));
        }
    }
}

// 32: long hard cardio; 36: long lifting for beginners.
void WeeklyStructureRules::longSessions(RuleContext &ctx) const
{
    const Thresholds &t = ctx.thresholds();
    for (int i = 0; i < ctx.itemCount(); ++i) {
        const SessionFacts &x = ctx.item(i);
        if (x.excluded)
            continue;
        if (ctx.wants(rule::CardioDuration) && x.hard && x.s->durationMin > t.cardioMaxHardMin
            && ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength, Goal::FatLoss })) {
            if (Finding *f = ctx.add(rule::CardioDuration, { i }); f && !ctx.texts()) {
                ctx.mergeLater(f, RuleContext::MergeInto::PairNamingSession, QString());
            } else if (f) {
                const QString d = formatDuration(x.s->durationMin);
                const QString limit = formatDuration(int(t.cardioMaxHardMin));
                f->message = ctx.goal() == Goal::FatLoss
                    ? tr("%1 is %2; beside lifting, hard cardio under %3 costs less recovery — extra easy "
                         "minutes add energy use without that cost.")
                          .arg(ctx.title(i), d, limit)
                    : tr("%1 is %2; for muscle or strength gains, hard cardio under %3 interferes less with "
                         "lifting.")
                          .arg(ctx.title(i), d, limit);
                f->fix = tr("Shorten it, or make part of it easy.");
                // docs/rules.md 3.10.4 b: shown inside the first pair finding that names the session.
                ctx.mergeLater(
                    f, RuleContext::MergeInto::PairNamingSession,
                    tr("At %1 it is also longer than the %2 that interferes least.").arg(d, limit));
            }
        }
        if (ctx.wants(rule::BeginnerVolume) && ctx.beginner() && x.strength
            && x.s->durationMin > t.beginnerMaxStrengthMin) {
            if (Finding *f = ctx.add(rule::BeginnerVolume, { i })) {
                f->message
                    = tr("In the first months, 2–3 lifting days of 30–45 min are enough; consistency beats "
                         "volume.");
                f->fix = tr("Trim to 2–3 sessions of ≤ 45–60 min.");
            }
        }
    }
}

// 31: hard cardio sessions in rolling 7 days.
void WeeklyStructureRules::cardioFrequency(RuleContext &ctx) const
{
    if (!ctx.wants(rule::CardioFrequency)
        || !ctx.isGoal({ Goal::FatLoss, Goal::MuscleGrowth, Goal::Strength }))
        return;
    const Thresholds &t = ctx.thresholds();
    QList<int> hard;
    for (int i = 0; i < ctx.itemCount(); ++i) {
        const SessionFacts &x = ctx.item(i);
        if (!x.excluded && x.hard && !x.warmup && !x.activeRecovery
            && x.s->durationMin >= t.cardioMinCountedMin)
            hard.append(i);
    }
    ctx.rolling(hard, int(t.cardioMaxHardPerWeek) + 1, [&](const QList<int> &window) {
        if (Finding *f = ctx.add(rule::CardioFrequency, window)) {
            f->message = tr("%1 moderate or hard cardio sessions this week; 2–3 (under 30 min) usually fits "
                            "alongside lifting.")
                             .arg(window.size());
            f->fix = tr("Turn some into easy Zone 1 sessions (no interference), or drop one.");
        }
    });
}

// Rules 33–36 over calendar-aligned rolling 7-day windows (one per plan day; on one-off
// plans only windows that fit inside the plan). One finding per run of failing windows.
void WeeklyStructureRules::dayWindows(RuleContext &ctx) const
{
    namespace phys = physiology;
    const PlanFacts &facts = ctx.facts();
    const Thresholds &t = ctx.thresholds();
    const int days = facts.dayCount;
    struct DayCount
    {
        int strength = 0, heavy = 0, hard = 0, hardMin = 0, mvpaMin = 0;
    };
    QList<DayCount> per(days);
    for (const SessionFacts &x : facts.items) {
        if (x.excluded || x.dayIndex < 0 || x.dayIndex >= days)
            continue;
        DayCount &c = per[x.dayIndex];
        if (x.strength) {
            ++c.strength;
            c.heavy += x.heavy ? 1 : 0;
        }
        if (x.hard && !x.warmup && !x.activeRecovery) {
            if (x.s->durationMin >= t.cardioMinCountedMin)
                ++c.hard;
            c.hardMin += x.s->durationMin;
        }
        if (x.cardio) {
            // docs/rules.md 35: MET ≥ 3 counts once, MET ≥ 6 twice (docs/physiology.md 2.4).
            const double met = phys::metValue(*x.s);
            if (met >= t.aerobicVigorousMet)
                c.mvpaMin += 2 * x.s->durationMin;
            else if (met >= t.aerobicModerateMet)
                c.mvpaMin += x.s->durationMin;
        }
    }
    const bool cyclic = facts.axis.isCyclic();
    const int anchors = cyclic ? days : std::max(0, days - kDaysPerWeek + 1);
    QList<DayCount> window(anchors);
    for (int a = 0; a < anchors; ++a) {
        for (int k = 0; k < kDaysPerWeek; ++k) {
            const DayCount &c = per[(a + k) % days];
            window[a].strength += c.strength;
            window[a].heavy += c.heavy;
            window[a].hard += c.hard;
            window[a].hardMin += c.hardMin;
            window[a].mvpaMin += c.mvpaMin;
        }
    }
    const auto each = [&](int number, auto failing, auto report) {
        if (!ctx.wants(number))
            return;
        QList<bool> flag(anchors);
        for (int a = 0; a < anchors; ++a)
            flag[a] = failing(window[a]);
        QList<QPair<int, int>> runs;
        for (int a = 0; a < anchors; ++a) {
            if (!flag[a])
                continue;
            if (!runs.isEmpty() && runs.last().first + runs.last().second == a)
                ++runs.last().second;
            else
                runs.append({ a, 1 });
        }
        if (cyclic && runs.size() > 1 && runs.first().first == 0
            && runs.last().first + runs.last().second == anchors) {
            runs.last().second += runs.first().second;
            runs.removeFirst();
        }
        for (const auto &[first, length] : std::as_const(runs))
            report(first % std::max(1, anchors), length);
    };
    const auto ids = [&](int anchor, auto pred) { return ctx.sessionsOnDays(anchor, kDaysPerWeek, pred); };
    const auto isStrength = [](const SessionFacts &x) { return x.strength; };
    // 33: lifting frequency.
    const bool endurance = ctx.goal() == Goal::Endurance;
    const int minLift = int(endurance ? t.liftingMinPerWeekEndurance : t.liftingMinPerWeek);
    each(
        rule::LiftingFrequency, [&](const DayCount &c) { return c.strength < minLift; },
        [&](int a, int) {
            if (Finding *f = ctx.add(rule::LiftingFrequency, ids(a, isStrength), a * kMinutesPerDay)) {
                const int minimum = int(t.liftingMinPerWeek);
                if (endurance) {
                    // R2: endurance athletes gain from 2–3 short strength sessions a week (info only).
                    f->message = tr("%n strength session(s) this week. For endurance, 2–3 short strength "
                                    "sessions a week improve running economy and time-trial performance.",
                                    nullptr, window[a].strength);
                    f->fix = tr(
                        "Add a short session (30–45 min, compound lifts) after an easy day's cardio, not "
                        "before a key session.");
                    return;
                }
                f->message = window[a].strength == 1
                    ? tr("1 lifting session this week (below the usual minimum of %1).").arg(minimum)
                    : tr("%1 lifting sessions this week (below the usual minimum of %2).")
                          .arg(window[a].strength)
                          .arg(minimum);
                f->fix = tr("Add a session.");
            }
        });
    each(
        rule::LiftingFrequency,
        [&](const DayCount &c) {
            return c.strength > t.liftingMaxPerWeek && c.hard > t.cardioMaxHardPerWeek;
        },
        [&](int a, int) {
            if (Finding *f = ctx.add(rule::LiftingFrequency, ids(a, isStrength), a * kMinutesPerDay)) {
                f->message = tr("%1 lifting sessions this week (more than the 3–4 lifting + 2–3 cardio "
                                "template).")
                                 .arg(window[a].strength);
                f->fix = tr("Remove a session.");
            }
        });
    // 34: high cardio volume with heavy lifting.
    each(
        rule::EnduranceVolumeBalance,
        [&](const DayCount &c) {
            return c.hardMin > t.volumeMaxHardCardioMin && c.strength >= t.volumeMinStrength
                && c.heavy >= t.volumeMinHeavy;
        },
        [&](int a, int) {
            const QList<int> s = ids(a, [](const SessionFacts &x) { return x.strength || x.hard; });
            if (Finding *f = ctx.add(rule::EnduranceVolumeBalance, s, a * kMinutesPerDay)) {
                f->message
                    = tr("High cardio volume (%1 min): reduce lifting volume proportionally so recovery "
                         "keeps up.")
                          .arg(window[a].hardMin);
                f->fix = tr("Drop a heavy session or make it moderate.");
            }
        });
    // 35: aerobic minimum for health.
    if (ctx.isGoal({ Goal::GeneralFitness, Goal::FatLoss })) {
        each(
            rule::AerobicMinimum, [&](const DayCount &c) { return c.mvpaMin < t.aerobicMinWeeklyMin; },
            [&](int a, int) {
                const QList<int> s = ids(a, [](const SessionFacts &x) { return x.cardio; });
                if (Finding *f = ctx.add(rule::AerobicMinimum, s, a * kMinutesPerDay)) {
                    f->message
                        = tr("About %1 min of moderate-equivalent activity this week; health guidelines "
                             "suggest 150–300.")
                              .arg(window[a].mvpaMin);
                    f->fix = tr("Add easy walks; they don't interfere with lifting.");
                }
            });
    }
    // 36: too many lifting sessions for a beginner.
    if (ctx.beginner()) {
        each(
            rule::BeginnerVolume,
            [&](const DayCount &c) { return c.strength > t.beginnerMaxStrengthPerWeek; },
            [&](int a, int) {
                if (Finding *f = ctx.add(rule::BeginnerVolume, ids(a, isStrength), a * kMinutesPerDay)) {
                    f->message
                        = tr("In the first months, 2–3 lifting days of 30–45 min are enough; consistency "
                             "beats volume.");
                    f->fix = tr("Trim to 2–3 sessions of ≤ 45–60 min.");
                }
            });
    }
}

} // namespace ordo
