// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchplans.h"
#include "planio.h"

#include <benchmark/benchmark.h>

using namespace ordo;
using namespace ordo::bench;

// Loading and saving plan files (parsePlan / serializePlan) of 1 and 52 weeks: opening a
// year-long plan has a budget of 30 ms (docs/performance.md). Bytes processed are the file
// size, so the report also shows the throughput.
namespace {

void BM_ParsePlan(benchmark::State &state)
{
    const QByteArray bytes = serializePlan(hybridPlan(int(state.range(0))));
    for (auto _ : state) {
        ReadResult r = parsePlan(bytes);
        if (!r.ok()) {
            state.SkipWithError("the benchmark plan does not parse");
            break;
        }
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
    state.counters["bytes"] = double(bytes.size());
}
BENCHMARK(BM_ParsePlan)->Arg(1)->Arg(52)->Unit(benchmark::kMicrosecond);

void BM_SerializePlan(benchmark::State &state)
{
    const Plan plan = hybridPlan(int(state.range(0)));
    qsizetype size = 0;
    for (auto _ : state) {
        const QByteArray bytes = serializePlan(plan);
        size = bytes.size();
        benchmark::DoNotOptimize(bytes.constData());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * size);
    state.counters["bytes"] = double(size);
}
BENCHMARK(BM_SerializePlan)->Arg(1)->Arg(52)->Unit(benchmark::kMicrosecond);

} // namespace
