// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchplans.h"
#include "edits/weekedits.h"

#include <benchmark/benchmark.h>

using namespace ordo;
using namespace ordo::bench;

// The week operations of the season overview on a year-long plan (19 sessions a week): building
// the edit and applying it, as the document does for one undo step. Budget 16 ms each
// (docs/performance.md). Operations that add a week start from 51 weeks (52 is the limit).
namespace {

template<typename Make> void run(benchmark::State &state, int weeks, Make make)
{
    const Plan plan = hybridPlan(weeks);
    for (auto _ : state) {
        Plan p = plan;
        const PlanEdit edit = make(p);
        if (edit.isEmpty()) {
            state.SkipWithError("the operation does not apply");
            break;
        }
        PlanEdit inverse = edit.apply(p);
        benchmark::DoNotOptimize(inverse);
    }
    state.counters["sessions"] = double(plan.sessions.size());
}

void BM_WeekCopyToAll(benchmark::State &state)
{
    run(state, 52, [](const Plan &p) {
        QList<int> targets;
        for (int w = 1; w < p.weeks; ++w)
            targets.append(w);
        return WeekEdits::copyTo(p, 0, targets);
    });
}
BENCHMARK(BM_WeekCopyToAll)->Unit(benchmark::kMicrosecond);

void BM_WeekDuplicate(benchmark::State &state)
{
    run(state, 51, [](const Plan &p) { return WeekEdits::duplicate(p, 0); });
}
BENCHMARK(BM_WeekDuplicate)->Unit(benchmark::kMicrosecond);

void BM_WeekInsertEmpty(benchmark::State &state)
{
    run(state, 51, [](const Plan &p) { return WeekEdits::insertEmpty(p, 0); });
}
BENCHMARK(BM_WeekInsertEmpty)->Unit(benchmark::kMicrosecond);

void BM_WeekDelete(benchmark::State &state)
{
    run(state, 52, [](const Plan &p) { return WeekEdits::remove(p, 0); });
}
BENCHMARK(BM_WeekDelete)->Unit(benchmark::kMicrosecond);

void BM_WeekMoveDown(benchmark::State &state)
{
    run(state, 52, [](const Plan &p) { return WeekEdits::move(p, 0, 1, 1); });
}
BENCHMARK(BM_WeekMoveDown)->Unit(benchmark::kMicrosecond);

void BM_WeekClear(benchmark::State &state)
{
    run(state, 52, [](const Plan &p) { return WeekEdits::clear(p, 0, 52); });
}
BENCHMARK(BM_WeekClear)->Unit(benchmark::kMicrosecond);

} // namespace
