// SPDX-License-Identifier: GPL-3.0-or-later

#include "arrange/arranger.h"
#include "benchplans.h"

#include <benchmark/benchmark.h>

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

} // namespace
