// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "autofix.h"
#include "benchplans.h"

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ordo;
using namespace ordo::bench;

// analyze() on realistic plans of 1, 4, 12 and 52 weeks, and on a crowded pathological
// plan. Targets (docs/performance.md): 1 week ≤ 50 µs, 52 weeks ≤ 5 ms, about linear.
namespace {

void BM_Analyze(benchmark::State &state)
{
    const Plan p = hybridPlan(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(analyze(p));
    state.counters["sessions"] = double(p.sessions.size());
}
BENCHMARK(BM_Analyze)->Arg(1)->Arg(4)->Arg(12)->Arg(52)->Unit(benchmark::kMicrosecond);

// 10,000 sessions at one time, alternating kinds: the cap on findings per rule and on pair
// neighbours keeps this from emitting millions of findings.
void BM_AnalyzeCrowded(benchmark::State &state)
{
    Plan p;
    p.weeks = 1;
    const Kind kinds[] = { Kind::Strength, Kind::Cardio, Kind::Mobility };
    for (int i = 0; i < state.range(0); ++i) {
        Session s = make(i + 1, 0, Day::Wed, 10, 0, 60, kinds[i % 3]);
        s.focus = Focus(i % 4);
        s.modality = Modality(i % 10);
        s.intensity = Intensity(i % 3);
        p.sessions.append(s);
    }
    p.sortSessions();
    qsizetype findings = 0;
    for (auto _ : state) {
        const Analysis a = analyze(p);
        findings = a.findings.size();
        benchmark::DoNotOptimize(a);
    }
    state.counters["findings"] = double(findings);
}
BENCHMARK(BM_AnalyzeCrowded)->Arg(10000)->Unit(benchmark::kMillisecond);

// 10,000 overlapping sessions one minute apart over a week: every pair walk is bounded.
void BM_AnalyzeDense(benchmark::State &state)
{
    Plan p;
    p.weeks = 1;
    for (int i = 0; i < state.range(0); ++i) {
        Session s = make(i + 1, 0, Day(i / kMinutesPerDay), (i % kMinutesPerDay) / 60, i % 60, 60,
                         i % 2 ? Kind::Strength : Kind::Cardio);
        s.load = Load::Heavy;
        s.focus = Focus::Lower;
        s.modality = Modality::Running;
        s.intensity = Intensity::Hiit;
        p.sessions.append(s);
    }
    p.sortSessions();
    qsizetype findings = 0;
    for (auto _ : state) {
        const Analysis a = analyze(p);
        findings = a.findings.size();
        benchmark::DoNotOptimize(a);
    }
    state.counters["findings"] = double(findings);
}
BENCHMARK(BM_AnalyzeDense)->Arg(10000)->Unit(benchmark::kMillisecond);

// The 52-week plan filled to N sessions (about 27 a day at 10,000): the plan the whole-window
// scale figures use. `findings` and `autoFixes` count what the document checks after an edit.
void BM_AnalyzeCrowdedYear(benchmark::State &state)
{
    const Plan p = crowdedYear(int(state.range(0)));
    qsizetype findings = 0, fixes = 0;
    for (auto _ : state) {
        const Analysis a = analyze(p);
        findings = a.findings.size();
        fixes = std::count_if(a.findings.cbegin(), a.findings.cend(),
                              [](const Finding &f) { return f.autoFix.has_value(); });
        benchmark::DoNotOptimize(a);
    }
    state.counters["findings"] = double(findings);
    state.counters["autoFixes"] = double(fixes);
}
BENCHMARK(BM_AnalyzeCrowdedYear)->Arg(988)->Arg(2500)->Arg(5000)->Arg(10000)->Unit(benchmark::kMillisecond);

// docs/rules.md 3.10.8: checking every offered automatic fix, as `ordo check` does (one analysis
// per fix; 50 fixes at 2,500 sessions). The desktop app checks only the fixes it shows.
void BM_KeepHelpfulFixes(benchmark::State &state)
{
    const Plan p = crowdedYear(int(state.range(0)));
    const Analysis a = analyze(p);
    for (auto _ : state) {
        Analysis copy = a;
        keepHelpfulFixes(p, copy);
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_KeepHelpfulFixes)->Arg(2500)->Unit(benchmark::kMillisecond);

} // namespace
