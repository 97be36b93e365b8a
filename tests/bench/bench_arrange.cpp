// SPDX-License-Identifier: GPL-3.0-or-later

#include "arrange/arranger.h"
#include "arrange/replan.h"
#include "arrange/slotscores.h"
#include "benchplans.h"
#include "builtinplans.h"

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace ordo;
using namespace ordo::bench;

// "Arrange my week" (core/arrange/arranger.h) on the benchmark plan made worse: every session
// moved by a different number of days and hours, so lifts land in AMPK windows, on leg days
// and on top of each other.
// Budgets (docs/performance.md): one week of 15 sessions ≤ 1 s; all weeks of a 12-week plan
// (228 sessions) ≤ 5 s.
namespace {

Plan scrambled(int weeks)
{
    Plan p = hybridPlan(weeks);
    int i = 0;
    for (Session &s : p.sessions) {
        s.day = Day((int(s.day) + i) % kDaysPerWeek);
        s.startMinute = 5 * 60 + (s.startMinute + 37 * 15 * i) % (17 * 60);
        ++i;
    }
    p.sortSessions();
    return p;
}

void BM_ArrangeWeek(benchmark::State &state)
{
    const Plan p = scrambled(1);
    ArrangeOptions options;
    options.week = 0;
    ArrangeResult r;
    for (auto _ : state) {
        r = arrange(p, options);
        benchmark::DoNotOptimize(r);
    }
    state.counters["sessions"] = double(p.sessions.size());
    state.counters["moves"] = double(r.moves.size());
    state.counters["scoreBefore"] = r.before.total;
    state.counters["scoreAfter"] = r.after.total;
    state.counters["evaluations"] = double(r.evaluations);
}
BENCHMARK(BM_ArrangeWeek)->Unit(benchmark::kMillisecond);

void BM_ArrangeAllWeeks(benchmark::State &state)
{
    const Plan p = scrambled(int(state.range(0)));
    ArrangeResult r;
    for (auto _ : state) {
        r = arrange(p, {});
        benchmark::DoNotOptimize(r);
    }
    state.counters["sessions"] = double(p.sessions.size());
    state.counters["moves"] = double(r.moves.size());
    state.counters["scoreBefore"] = r.before.total;
    state.counters["scoreAfter"] = r.after.total;
    state.counters["evaluations"] = double(r.evaluations);
}
BENCHMARK(BM_ArrangeAllWeeks)->Arg(12)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3);

// Re-plan Rest of Week (core/arrange/replan.h): the first three sessions of the benchmark
// plan's week 0 missed (one of them key) and placed again from Tuesday on, in a plan of 1 and
// of 52 weeks (every place tried is one analysis of the whole plan).
void BM_ReplanWeek(benchmark::State &state)
{
    Plan p = hybridPlan(int(state.range(0)));
    for (int i = 0; i < 3; ++i)
        p.sessions[i].missed = true;
    p.sessions[2].priority = Priority::Key;
    ReplanResult r;
    for (auto _ : state) {
        r = replanWeek(p, 0, kMinutesPerDay);
        benchmark::DoNotOptimize(r);
    }
    state.counters["sessions"] = double(p.sessions.size());
    state.counters["placed"] = double(r.arranged.moves.size());
}
BENCHMARK(BM_ReplanWeek)->Arg(1)->Arg(52)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3);

} // namespace

// Best-slot hints (core/arrange/slotscores.h): the score of a heavy lift dropped in each of the
// 672 quarter hours of a week, on the largest built-in plan (4 weeks) and on the 52-week plan.
// Budgets (docs/performance.md): ≤ 100 ms and ≤ 300 ms after the drag starts, wall time, with
// the threads the week view uses (QThread::idealThreadCount(), 2 on the reference machine).
namespace {

void bestSlots(benchmark::State &state, const Plan &plan, int week)
{
    Session lift;
    lift.id = u"t"_s;
    lift.kind = Kind::Strength;
    lift.durationMin = 60;
    lift.focus = Focus::Lower;
    lift.load = Load::Heavy;
    SlotScoreOptions options;
    options.threads = int(state.range(0));
    const SlotEdit editAt = placingEdit(plan, { lift });
    SlotScores scores;
    for (auto _ : state) {
        scores = scoreSlots(plan, week, editAt, options);
        benchmark::DoNotOptimize(scores);
    }
    state.counters["sessions"] = double(plan.sessions.size());
    state.counters["allowed"] = double(scores.allowed.count(true));
    state.counters["best"] = scores.best;
    state.counters["worst"] = scores.worst;
}

void BM_BestSlotsBuiltin(benchmark::State &state)
{
    // The largest built-in plan.
    const ReadResult r = readBuiltinPlan(u"hybrid4w"_s);
    bestSlots(state, *r.plan, 1);
}
BENCHMARK(BM_BestSlotsBuiltin)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_BestSlotsYear(benchmark::State &state)
{
    bestSlots(state, hybridPlan(52), 25);
}
BENCHMARK(BM_BestSlotsYear)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
