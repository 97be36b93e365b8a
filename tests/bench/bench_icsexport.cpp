// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "benchplans.h"
#include "icsexport.h"

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace ordo;
using namespace ordo::bench;

// exportIcs() on the 52-week benchmark plan and on a 10,000-session plan with thousands of
// findings (docs/performance.md). Each session's description lists the findings that concern
// it, so the writer must look findings up by session rather than scan them all per session.
namespace {

// The crowded year analysed without the per-rule cap, so every finding is listed.
Plan uncappedCrowdedYear(int sessions)
{
    Plan p = bench::crowdedYear(sessions);
    p.analysis.thresholds.insert(u"findings.maxPerRule"_s, 100000);
    return p;
}

IcsOptions benchOptions()
{
    IcsOptions o;
    o.startDate = QDate(2026, 1, 5);
    o.stamp = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    return o;
}

void BM_ExportIcsYear(benchmark::State &state)
{
    const Plan p = hybridPlan(52);
    const Analysis a = analyze(p);
    const IcsOptions o = benchOptions();
    for (auto _ : state)
        benchmark::DoNotOptimize(exportIcs(p, a, o));
    state.counters["sessions"] = double(p.sessions.size());
    state.counters["findings"] = double(a.findings.size());
}
BENCHMARK(BM_ExportIcsYear)->Unit(benchmark::kMillisecond);

void BM_ExportIcsCrowded(benchmark::State &state)
{
    const Plan p = uncappedCrowdedYear(int(state.range(0)));
    const Analysis a = analyze(p);
    const IcsOptions o = benchOptions();
    qsizetype bytes = 0;
    for (auto _ : state) {
        const IcsExport out = exportIcs(p, a, o);
        bytes = out.bytes.size();
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
    state.counters["sessions"] = double(p.sessions.size());
    state.counters["findings"] = double(a.findings.size());
}
BENCHMARK(BM_ExportIcsCrowded)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
