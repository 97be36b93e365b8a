#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmarks in Release (own build directory) and prints the performance table of
# docs/performance.md: every benchmark median next to its budget, the startup and peak-memory
# ratios against a bare Qt window, and the callgrind instruction count of the 52-week analysis.
#
# Usage: tests/bench/run.sh            (BUILD_DIR=build/bench, RUNS=9 startup/memory runs)
#        BUILD_DIR=build/x RUNS=15 tests/bench/run.sh
#        tests/bench/run.sh --markdown out.md   (also writes the tables, with the date, the
#                                                commit and the load, ready for docs/performance.md)
# STEPS= hover steps and edits per chart tab in the whole window (default 100).
# DRAGS= drags with the pointer moving and as many with it still, per plan, until the best-slot
#        heat map is painted in the whole window (default 9).
# Needs: cmake, ninja, libbenchmark-dev, python3, valgrind, /usr/bin/time (Debian package time),
# xvfb-run (Debian package xvfb) for the X11 figures.
set -eu

MARKDOWN=
if [ "${1:-}" = "--markdown" ]; then
    MARKDOWN=${2:?usage: run.sh [--markdown FILE]}
    case $MARKDOWN in /*) ;; *) MARKDOWN=$(pwd)/$MARKDOWN ;; esac
fi

SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$SRC/build/bench}
RUNS=${RUNS:-9}
REPS=${REPS:-10}
JOBS=${JOBS:-2}
STEPS=${STEPS:-100}
DRAGS=${DRAGS:-9}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

export QT_QPA_PLATFORM=offscreen QT_QPA_OFFSCREEN_NO_GLX=1 LC_ALL=C.UTF-8 LANG=C.UTF-8

echo "== building ($BUILD, Release)" >&2
cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DORDO_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target ordo bench_analysis bench_arrange bench_planio bench_icsexport bench_weekedits bench_ui bench_barewindow \
    bench_makeplan bench_mainwindow ui_tst_weekview_bench >/dev/null

B=$BUILD/tests/bench
ORDO=$BUILD/app/ordo

echo "== Google Benchmark ($REPS repetitions)" >&2
for b in bench_analysis bench_planio bench_icsexport bench_weekedits; do
    "$B/$b" --benchmark_repetitions="$REPS" --benchmark_report_aggregates_only=true \
        --benchmark_format=json >"$OUT/$b.json" 2>/dev/null
done

echo "== best-slot hints ($REPS repetitions, wall time)" >&2
"$B/bench_arrange" --benchmark_filter=BestSlots --benchmark_repetitions="$REPS" \
    --benchmark_report_aggregates_only=true --benchmark_format=json >"$OUT/bench_bestslots.json" 2>/dev/null

echo "== Qt benchmarks (QBENCHMARK, median of 5 runs of at least 500 ms each)" >&2
QBENCH_OPTS="-median 5 -minimumtotal 500"
# shellcheck disable=SC2086
"$B/bench_ui" $QBENCH_OPTS -o "$OUT/ui1.txt,txt" >/dev/null 2>&1 || true
# shellcheck disable=SC2086
"$BUILD/tests/ui_tst_weekview_bench" hoverOnAYearPlan $QBENCH_OPTS -o "$OUT/hover1.txt,txt" >/dev/null 2>&1 || true

echo "== the whole main window: hover, edit, memory (docs/performance.md)" >&2
# On a 1366 x 768 screen: the offscreen platform's default screen (800 x 600) would shrink the window.
SCREEN_1366="offscreen:configfile=$SRC/tests/data/screens/laptop-1366x768.json"
# --heatmap: drags until the best-slot heat map is painted, with hover steps while its worker runs.
QT_QPA_PLATFORM=$SCREEN_1366 "$B/bench_mainwindow" --steps "$STEPS" --edits "$STEPS" --memory-edits 5000 \
    --heatmap "$DRAGS" 2>/dev/null \
    | tee "$OUT/mainwindow.txt" >&2
echo "== the whole main window against the number of sessions (load chart in front)" >&2
# Few edits: an edit of the 10,000-session plan takes seconds (docs/performance.md, "Scale").
QT_QPA_PLATFORM=$SCREEN_1366 "$B/bench_mainwindow" --scale --tab 1 --steps 40 --edits 5 2>/dev/null \
    | tee "$OUT/scale.txt" >&2
: >"$OUT/xmainwindow.txt"
if command -v xvfb-run >/dev/null 2>&1; then
    echo "== the whole main window under Xvfb (X11)" >&2
    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
        "$B/bench_mainwindow" --steps "$STEPS" --edits "$STEPS" --heatmap "$DRAGS" 2>/dev/null \
        | tee "$OUT/xmainwindow.txt" >&2 || true
fi

echo "== ordo check --json on 52 weeks ($RUNS runs)" >&2
"$B/bench_makeplan" 52 >"$OUT/year.ordo.json"
: >"$OUT/check.txt"
i=0
while [ $i -lt "$RUNS" ]; do
    t0=$(date +%s%N)
    "$ORDO" check --json "$OUT/year.ordo.json" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000 )) >>"$OUT/check.txt"
    i=$((i + 1))
done

echo "== startup and peak memory ($RUNS runs each, alternating)" >&2
: >"$OUT/startup_rc.txt"; : >"$OUT/startup_app.txt"; : >"$OUT/startup_docks.txt"; : >"$OUT/startup_bare.txt"; : >"$OUT/rss_app.txt"; : >"$OUT/rss_bare.txt"
i=0
while [ $i -lt "$RUNS" ]; do
    # Every start must also quit cleanly: a crash after the first paint would not show in the times.
    rc=0; /usr/bin/time -v -o "$OUT/time.txt" "$ORDO" --measure-startup template:fatloss >"$OUT/probe.txt" 2>/dev/null || rc=$?
    echo "$rc" >>"$OUT/startup_rc.txt"
    sed -n 's/.*"msToFirstPaint":\([0-9.]*\).*/\1/p' "$OUT/probe.txt" >>"$OUT/startup_app.txt"
    sed -n 's/.*"msToDocksPainted":\([0-9.]*\).*/\1/p' "$OUT/probe.txt" >>"$OUT/startup_docks.txt"
    sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/time.txt" >>"$OUT/rss_app.txt"
    /usr/bin/time -v -o "$OUT/time.txt" "$B/bench_barewindow" >"$OUT/probe.txt" 2>/dev/null
    sed -n 's/.*"msToFirstPaint":\([0-9.]*\).*/\1/p' "$OUT/probe.txt" >>"$OUT/startup_bare.txt"
    sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/time.txt" >>"$OUT/rss_bare.txt"
    i=$((i + 1))
done

# The same under X11 (Xvfb), one server for all runs: the issue's start-up budget holds on both.
if command -v xvfb-run >/dev/null 2>&1; then
    echo "== startup under Xvfb ($RUNS runs each, alternating)" >&2
    cat >"$OUT/xstartup.sh" <<XEOF
i=0
while [ \$i -lt $RUNS ]; do
    "$ORDO" --measure-startup template:fatloss >"$OUT/xprobe.txt" 2>/dev/null; echo \$? >>"$OUT/startup_rc.txt"
    sed -n 's/.*"msToFirstPaint":\([0-9.]*\).*/\1/p' "$OUT/xprobe.txt" >>"$OUT/xstartup_app.txt"
    "$B/bench_barewindow" 2>/dev/null | sed -n 's/.*"msToFirstPaint":\([0-9.]*\).*/\1/p' >>"$OUT/xstartup_bare.txt"
    i=\$((i + 1))
done
XEOF
    : >"$OUT/xstartup_app.txt"; : >"$OUT/xstartup_bare.txt"
    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb sh "$OUT/xstartup.sh" || true
fi

echo "== callgrind: one analyze() of the 52-week plan" >&2
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" \
    "--toggle-collect=ordo::analyze(ordo::Plan const&, ordo::ClockFormat)" \
    "$B/bench_analysis" --benchmark_filter='BM_Analyze/52$' --benchmark_min_time=0.000001 \
    >/dev/null 2>&1

echo "== callgrind: one best-slot heat map of the 52-week plan (one thread)" >&2
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind-bestslots.out" \
    "--toggle-collect=ordo::scoreSlots(ordo::Plan const&, int, std::function<std::optional<ordo::PlanEdit> (ordo::Plan const&, int)> const&, ordo::SlotScoreOptions const&)" \
    "$B/bench_arrange" --benchmark_filter='BM_BestSlotsYear/1/' --benchmark_min_time=0.000001 \
    >/dev/null 2>&1 || true

echo "== callgrind: startup up to the first paint, ordo and the bare window" >&2
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind-startup-app.out" '--dump-before=*firstPaintNs*' \
    "$ORDO" --measure-startup template:fatloss >/dev/null 2>&1 || true
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind-startup-bare.out" '--dump-before=*firstPaintNs*' \
    "$B/bench_barewindow" >/dev/null 2>&1 || true

echo "== callgrind: chart updates of the 52-week plan (20 minus 10 iterations)" >&2
for n in 10 20; do
    valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind-charts$n.out" \
        "--toggle-collect=ordo::ChartsPanel::setPlan(ordo::Plan const&, ordo::Analysis const&)" \
        "$B/bench_ui" chartUpdateAfterEdit -iterations $n >/dev/null 2>&1 || true
    callgrind_annotate --inclusive=yes --tree=caller "$OUT/callgrind-charts$n.out" \
        >"$OUT/callgrind-charts$n.txt" 2>/dev/null || true
done
echo "== callgrind: one hover step and one edit in the whole window, 52 weeks (10 of each)" >&2
for tab in 0 1; do
    QT_QPA_PLATFORM=$SCREEN_1366 valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind-hover$tab.out" \
        '--toggle-collect=*hoverStep*' "$B/bench_mainwindow" --plan 52-weeks --steps 10 --edits 0 --tab $tab \
        >/dev/null 2>&1 || true
    QT_QPA_PLATFORM=$SCREEN_1366 valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind-edit$tab.out" \
        '--toggle-collect=*editStep*' "$B/bench_mainwindow" --plan 52-weeks --steps 0 --edits 10 --tab $tab \
        >/dev/null 2>&1 || true
done
uptime | sed 's/.*load average: */load average (1, 5, 15 min): /' >"$OUT/load.txt"
git -C "$SRC" rev-parse --short HEAD >"$OUT/commit.txt" 2>/dev/null || echo unknown >"$OUT/commit.txt"

python3 - "$OUT" "$MARKDOWN" "$RUNS" "$REPS" "$STEPS" <<'PY'
import datetime, json, os, re, statistics, sys
out, markdown, runs, reps, steps = sys.argv[1:6]

def gbench(name):
    data = json.load(open(os.path.join(out, name + ".json")))
    res = {}
    for b in data["benchmarks"]:
        if b.get("aggregate_name") == "median":
            scale = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}[b["time_unit"]]
            res[b["run_name"]] = (b["cpu_time"] * scale, b.get("bytes_per_second"))
    return res

def gbench_real(name):
    data = json.load(open(os.path.join(out, name + ".json")))
    res = {}
    for b in data["benchmarks"]:
        if b.get("aggregate_name") == "median":
            scale = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}[b["time_unit"]]
            res[b["run_name"]] = b["real_time"] * scale
    return res

def qbench(prefix, runs=1):
    per = {}
    for i in range(1, runs + 1):
        path = os.path.join(out, "%s%d.txt" % (prefix, i))
        if not os.path.exists(path):
            continue
        text = open(path).read()
        for m in re.finditer(r"RESULT : \w+::(\w+)\(\):\s*\n\s*([0-9.]+) msecs per iteration", text):
            per.setdefault(m.group(1), []).append(float(m.group(2)))
    return {k: statistics.median(v) for k, v in per.items()}

def ints(name):
    return [int(x) for x in open(os.path.join(out, name)).read().split() if x.strip()]

def floats(name):
    return [float(x) for x in open(os.path.join(out, name)).read().split() if x.strip()]

def us(v):
    return "%.1f µs" % v if v < 1000 else "%.2f ms" % (v / 1000)

a = gbench("bench_analysis")
io = gbench("bench_planio")
ics = gbench("bench_icsexport")
weeks = gbench("bench_weekedits")
ui = qbench("ui")
hover = qbench("hover")
check = statistics.median(ints("check.txt"))
sa, sb = statistics.median(floats("startup_app.txt")), statistics.median(floats("startup_bare.txt"))
sd = statistics.median(floats("startup_docks.txt"))
ra, rb = statistics.median(ints("rss_app.txt")), statistics.median(ints("rss_bare.txt"))
def callgrind(name):
    ir = None
    path = os.path.join(out, name)
    if os.path.exists(path):
        for line in open(path):
            if line.startswith("totals:") or line.startswith("summary:"):
                ir = int(line.split()[1])
    return ir
ir = callgrind("callgrind.out")
# --dump-before writes the part up to the first paint as <name>.1.
ir_start_app, ir_start_bare = callgrind("callgrind-startup-app.out.1"), callgrind("callgrind-startup-bare.out.1")
# The benchmark sets a first plan before its loop, and QTest may run the function more than
# once: the per-update figure is the difference of two runs over the difference of calls.
def setplan_calls(name):
    path = os.path.join(out, name)
    if not os.path.exists(path):
        return None
    m = re.search(r"\((\d+)x\)[^\n]*\n[^\n]*\*  \S*ordo::ChartsPanel::setPlan", open(path).read())
    return int(m.group(1)) if m else None
c10, c20 = callgrind("callgrind-charts10.out"), callgrind("callgrind-charts20.out")
n10, n20 = setplan_calls("callgrind-charts10.txt"), setplan_calls("callgrind-charts20.txt")
ir_charts = (c20 - c10) / (n20 - n10) if c10 and c20 and n10 and n20 and n20 > n10 else None

rows = []
def row(what, value, budget, ok):
    rows.append((what, value, budget, "yes" if ok else ("NO" if ok is not None else "")))

def g(name):
    return a.get(name, (float("nan"),))[0]
row("analysis, 1 week (15 sessions)", us(g("BM_Analyze/1")), "≤ 50 µs", g("BM_Analyze/1") <= 50)
row("analysis, 4 weeks (76 sessions)", us(g("BM_Analyze/4")), "", None)
row("analysis, 12 weeks (228 sessions)", us(g("BM_Analyze/12")), "", None)
row("analysis, 52 weeks (988 sessions)", us(g("BM_Analyze/52")), "≤ 5 ms", g("BM_Analyze/52") <= 5000)
row("analysis, 10,000 sessions at one time", us(g("BM_AnalyzeCrowded/10000")), "", None)
row("analysis, 10,000 overlapping sessions", us(g("BM_AnalyzeDense/10000")), "", None)
# The 52-week plan filled to 2,500-10,000 sessions: once every session has its full share of
# neighbours, the cost per session stays flat (linear growth; budget: 10,000 within 1.5x of
# 2,500 per session).
for n in (2500, 5000, 10000):
    t = g("BM_AnalyzeCrowdedYear/%d" % n)
    row("analysis, 52 weeks filled to %s sessions" % format(n, ","), "%s (%.2f µs a session)" % (us(t), t / n), "", None)
per = [g("BM_AnalyzeCrowdedYear/%d" % n) / n for n in (2500, 10000)]
row("analysis cost per session, 10,000 against 2,500 sessions", "%.2f×" % (per[1] / per[0]), "≤ 1.5× (linear)",
    per[1] / per[0] <= 1.5)
row("checking every automatic fix as `ordo check` does, 2,500 sessions", us(g("BM_KeepHelpfulFixes/2500")), "", None)
for n in (1, 52):
    t, bps = io.get("BM_ParsePlan/%d" % n, (float("nan"), 0))
    row("load (parsePlan), %d week%s" % (n, "s" if n > 1 else ""),
        "%s (%.0f MB/s)" % (us(t), (bps or 0) / 1e6), "≤ 30 ms" if n == 52 else "", t <= 30000 if n == 52 else None)
for n in (1, 52):
    t, bps = io.get("BM_SerializePlan/%d" % n, (float("nan"), 0))
    row("save (serializePlan), %d week%s" % (n, "s" if n > 1 else ""),
        "%s (%.0f MB/s)" % (us(t), (bps or 0) / 1e6), "", None)
t = ics.get("BM_ExportIcsYear", (float("nan"),))[0]
row("calendar export (.ics), 52 weeks (988 sessions)", us(t), "", None)
t = ics.get("BM_ExportIcsCrowded/10000", (float("nan"),))[0]
row("calendar export (.ics), 10,000 sessions with 24,654 findings", us(t), "≤ 2 s", t <= 2e6)
for name, what in (("BM_WeekCopyToAll", "copy week 1 to the 51 others"), ("BM_WeekDuplicate", "duplicate week 1 of 51"),
                   ("BM_WeekInsertEmpty", "insert an empty week before week 1 of 51"),
                   ("BM_WeekDelete", "delete week 1"), ("BM_WeekMoveDown", "move week 1 down"),
                   ("BM_WeekClear", "clear all 52 weeks")):
    t = weeks.get(name, (float("nan"),))[0]
    row("week operation (edit + apply), 52 weeks: " + what, us(t), "≤ 16 ms", t <= 16000)
slots = gbench_real("bench_bestslots")
for name, what, budget in (("BM_BestSlotsBuiltin/2/real_time", "best-slot heat map, largest built-in plan (4 weeks), 2 threads", 100e3),
                           ("BM_BestSlotsBuiltin/1/real_time", "best-slot heat map, largest built-in plan (4 weeks), 1 thread", None),
                           ("BM_BestSlotsYear/2/real_time", "best-slot heat map, 52 weeks, 2 threads", 300e3),
                           ("BM_BestSlotsYear/1/real_time", "best-slot heat map, 52 weeks, 1 thread", None)):
    t = slots.get(name, float("nan"))
    row(what, us(t), "≤ %.0f ms" % (budget / 1000) if budget else "", t <= budget if budget else None)
h = hover.get("hoverOnAYearPlan", float("nan"))
row("drag hover (hit test + analysis + repaint), 52 weeks", "%.2f ms" % h, "≤ 16 ms", h <= 16)
c = ui.get("chartUpdateAfterEdit", float("nan"))
row("chart update after an edit, 52 weeks", "%.2f ms" % c, "≤ 10 ms", c <= 10)
row("chart week change, 52 weeks", "%.2f ms" % ui.get("chartWeekChange", float("nan")), "", None)
for name, what in (("seasonOverviewOpens", "season overview of 52 weeks: open and paint"),
                   ("seasonOverviewRepaint", "season overview of 52 weeks: repaint")):
    t = ui.get(name, float("nan"))
    row(what, "%.2f ms" % t, "≤ 50 ms", t <= 50)
p1 = ui.get("pdfOneWeek", float("nan"))
row("PDF export, 1 week", "%.0f ms" % p1, "≤ 500 ms", p1 <= 500)
row("PDF export, 12 weeks", "%.0f ms" % ui.get("pdfTwelveWeeks", float("nan")), "", None)
p52 = ui.get("pdfFiftyTwoWeeks", float("nan"))
row("PDF export, 52 weeks", "%.0f ms" % p52, "< 1 s", p52 < 1000)
# The whole window (bench_mainwindow): the worst tab of each plan, offscreen and under Xvfb.
def mainwindow(name):
    per = {}
    path = os.path.join(out, name)
    for line in open(path) if os.path.exists(path) else []:
        m = re.match(r"(hover|edit) plan=(\S+) tab=(\S+) median_ms=([0-9.]+) p95_ms=([0-9.]+)", line)
        if m:
            per.setdefault((m.group(1), m.group(2)), []).append((float(m.group(4)), float(m.group(5)), m.group(3)))
    return per
for line in open(os.path.join(out, "mainwindow.txt")):
    m = re.match(r"memory plan=(\S+) .* growth_pct=([-0-9.]+)", line)
    if m:
        row("memory after 5,000 edits vs after 100, %s" % m.group(1), "%+.1f %%" % float(m.group(2)), "≤ 10 %",
            float(m.group(2)) <= 10)
details = []
for platform, name in (("offscreen", "mainwindow.txt"), ("Xvfb", "xmainwindow.txt")):
    mw = mainwindow(name)
    if not mw:
        row("hover and edit in the whole window, %s" % platform, "not measured", "", False)
    for (kind, plan), values in sorted(mw.items(), key=lambda kv: (kv[0][1], kv[0][0] != "hover")):
        worst_median = max(values)
        worst_p95 = max(values, key=lambda v: v[1])
        if kind == "hover":
            row("hover step in the whole window, %s, %s, worst tab: median" % (plan, platform),
                "%.2f ms (%s)" % (worst_median[0], worst_median[2]), "≤ 8 ms", worst_median[0] <= 8)
            row("hover step in the whole window, %s, %s, worst tab: p95" % (plan, platform),
                "%.2f ms (%s)" % (worst_p95[1], worst_p95[2]), "≤ 16 ms", worst_p95[1] <= 16)
        elif plan == "52-weeks":
            row("edit in the whole window, %s, %s, worst tab: p95" % (plan, platform),
                "%.2f ms (%s)" % (worst_p95[1], worst_p95[2]), "≤ 16 ms", worst_p95[1] <= 16)
        for median, p95, tab in values:
            details.append((platform, plan, tab, kind, median, p95))
    # The best-slot heat map in the whole window: from the drag enter until its tints are
    # painted, with the pointer moving (one hover step every 8 ms) and still; hover steps while
    # its worker runs and after.
    path = os.path.join(out, name)
    for line in open(path) if os.path.exists(path) else []:
        m = re.match(r"heatmap plan=(\S+) .*", line)
        if not m:
            continue
        plan = m.group(1)
        f = dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)
        if "ready_moving_median_ms" not in f:
            row("best-slot heat map ready in the whole window, %s, %s: median" % (plan, platform),
                "not measured (hints off)", "", False)
            continue
        moving, still = float(f["ready_moving_median_ms"]), float(f["ready_still_median_ms"])
        budget = 300 if plan == "52-weeks" else 100
        row("best-slot heat map ready in the whole window, %s, %s: median" % (plan, platform),
            "%.0f ms pointer moving, %.0f ms still (%s drags each%s)"
            % (moving, still, f["drags"], ", %s never ready" % f["not_ready"] if f["not_ready"] != "0" else ""),
            "≤ %d ms" % budget, moving <= budget and f["not_ready"] == "0")
        if plan == "52-weeks":
            dm, dp = float(f["during_median_ms"]), float(f["during_p95_ms"])
            row("hover step while the hints worker runs, %s, %s: median / p95" % (plan, platform),
                "%.2f / %.2f ms (%s steps)" % (dm, dp, f["during_steps"]), "≤ 8 / ≤ 16 ms", dm <= 8 and dp <= 16)
            row("hover step after the heat map is in, %s, %s: median / p95" % (plan, platform),
                "%.2f / %.2f ms (%s steps)" % (float(f["after_median_ms"]), float(f["after_p95_ms"]), f["after_steps"]),
                "", None)
row("`ordo check --json`, 52 weeks, whole process", "%.0f ms" % (check / 1000), "", None)
row("startup to first paint, offscreen: ordo / bare window", "%.1f / %.1f ms = %.2f×" % (sa, sb, sa / sb), "≤ 1.2×",
    sa / sb <= 1.2)
if os.path.exists(os.path.join(out, "xstartup_app.txt")) and floats("xstartup_app.txt") and floats("xstartup_bare.txt"):
    xa, xb = statistics.median(floats("xstartup_app.txt")), statistics.median(floats("xstartup_bare.txt"))
    row("startup to first paint, Xvfb: ordo / bare window", "%.1f / %.1f ms = %.2f×" % (xa, xb, xa / xb), "≤ 1.2×",
        xa / xb <= 1.2)
codes = ints("startup_rc.txt")
row("starts of the app (offscreen and Xvfb) that quit cleanly", "%d of %d" % (codes.count(0), len(codes)), "all",
    bool(codes) and codes.count(0) == len(codes))
row("startup until the docks are filled and painted: ordo / bare window", "%.1f / %.1f ms = %.2f×" % (sd, sb, sd / sb),
    "", None)
if ir_start_app and ir_start_bare:
    row("callgrind Ir up to the first paint: ordo / bare window", "%.1f / %.1f million = %.2f×"
        % (ir_start_app / 1e6, ir_start_bare / 1e6, ir_start_app / ir_start_bare), "", None)
row("peak memory (max RSS): ordo / bare window", "%.1f / %.1f MiB = %.2f×" % (ra / 1024, rb / 1024, ra / rb), "≤ 1.5×", ra / rb <= 1.5)
row("callgrind Ir, one analyze() of 52 weeks", "%.2f million" % (ir / 1e6) if ir else "n/a", "regression reference", None)
ir_slots = callgrind("callgrind-bestslots.out")
row("callgrind Ir, one best-slot heat map of 52 weeks (672 analyses)", "%.0f million" % (ir_slots / 1e6) if ir_slots else "n/a",
    "regression reference", None)
row("callgrind Ir, one chart update (setPlan), 52 weeks", "%.1f million" % (ir_charts / 1e6) if ir_charts else "n/a",
    "regression reference", None)

def ir_per_step(name, count):
    total = callgrind(name)
    return "%.1f M" % (total / count / 1e6) if total else "n/a"
for tab, what in ((0, "findings"), (1, "load chart")):
    row("callgrind Ir, one hover step in the whole window, 52 weeks, %s in front" % what,
        ir_per_step("callgrind-hover%d.out" % tab, 10), "regression reference", None)
    row("callgrind Ir, one edit in the whole window, 52 weeks, %s in front" % what,
        ir_per_step("callgrind-edit%d.out" % tab, 10), "regression reference", None)

# Against the number of sessions: the hover step and the edit with the load chart in front.
sessions = {"1-week": 15, "4-weeks": 76, "12-weeks": 228, "52-weeks": 988, "2500-sessions": 2500,
            "5000-sessions": 5000, "10000-sessions": 10000}
scale = {}
for line in open(os.path.join(out, "scale.txt")):
    m = re.match(r"(hover|edit) plan=(\S+) tab=\S+ median_ms=([0-9.]+) p95_ms=([0-9.]+)", line)
    if m and m.group(2) in sessions:
        scale.setdefault(m.group(2), {})[m.group(1)] = (float(m.group(3)), float(m.group(4)))
# Linear growth in the whole window too: the 52 weeks filled to 2,500 and to 10,000 sessions.
for kind, what in (("hover", "hover step"), ("edit", "edit")):
    low, high = scale.get("2500-sessions", {}).get(kind), scale.get("10000-sessions", {}).get(kind)
    if low and high:
        ratio = (high[0] / 10000) / (low[0] / 2500)
        row("%s in the whole window per session, 10,000 against 2,500 sessions" % what,
            "%.2f× (%.1f ms against %.1f ms)" % (ratio, high[0], low[0]), "≤ 1.5× (linear)", ratio <= 1.5)

lines = []
lines.append("Measured %s with `tests/bench/run.sh` at %s (Release; RUNS=%s, REPS=%s, STEPS=%s), %s."
             % (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC"),
                open(os.path.join(out, "commit.txt")).read().strip(), runs, reps, steps,
                open(os.path.join(out, "load.txt")).read().strip()))
lines.append("")
lines.append("| measurement | median | budget | met |")
lines.append("|---|---|---|---|")
for r in rows:
    lines.append("| %s | %s | %s | %s |" % r)
lines.append("")
lines.append("The whole window per chart tab (ms; 1366 × 768; \"none\": the findings in front):")
lines.append("")
lines.append("| platform | plan | tab | hover median | hover p95 | edit median | edit p95 |")
lines.append("|---|---|---|---|---|---|---|")
table = {}
for platform, plan, tab, kind, median, p95 in details:
    table.setdefault((platform, plan, tab), {})[kind] = (median, p95)
for (platform, plan, tab), kinds in table.items():
    h = kinds.get("hover", (float("nan"),) * 2)
    e = kinds.get("edit", (float("nan"),) * 2)
    lines.append("| %s | %s | %s | %.2f | %.2f | %.2f | %.2f |" % (platform, plan, tab, h[0], h[1], e[0], e[1]))
lines.append("")
lines.append("Against the number of sessions (offscreen, load chart in front; analysis from `bench_analysis`):")
lines.append("")
lines.append("| plan | sessions | analysis | hover median | hover p95 | edit median | edit p95 |")
lines.append("|---|---|---|---|---|---|---|")
analysis_of = {"1-week": "BM_Analyze/1", "4-weeks": "BM_Analyze/4", "12-weeks": "BM_Analyze/12",
               "52-weeks": "BM_Analyze/52", "2500-sessions": "BM_AnalyzeCrowdedYear/2500",
               "5000-sessions": "BM_AnalyzeCrowdedYear/5000", "10000-sessions": "BM_AnalyzeCrowdedYear/10000"}
for plan, n in sessions.items():
    h = scale.get(plan, {}).get("hover", (float("nan"),) * 2)
    e = scale.get(plan, {}).get("edit", (float("nan"),) * 2)
    t = us(g(analysis_of[plan])) if plan in analysis_of else "—"
    lines.append("| %s | %d | %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |" % (plan, n, t, h[0], h[1], e[0], e[1]))
text = "\n".join(lines) + "\n"
sys.stdout.write(text)
if markdown:
    open(markdown, "w").write(text)
PY
