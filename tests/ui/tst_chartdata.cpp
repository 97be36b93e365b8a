// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartdata.h"

#include "../core/tst_analysis_support.h"
#include "../core/tst_propertygen.h"
#include "builtinplans.h"
#include "planio.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

#include <algorithm>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ordo;

Q_DECLARE_METATYPE(ordo::Plan)

// The numbers behind the charts: built from a known plan they must equal the analysis
// (per-day loads, carried fatigue, AMPK windows clipped per day across midnight) and the
// worked examples of docs/physiology.md 2.3.
class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadBarsEqualAnalysisDays();
    void loadBarsMatchWorkedExample();
    void loadSharesSplitSessionsAtMidnight();
    void highLoadThresholdFollowsRule37();
    void ampkWindowsAreClippedPerDayAcrossMidnight();
    void liftInsideWindowIsFlagged();
    void regionRecoveryAtLiftStartsMatchesWorkedExample();
    void regionRecoverySweepMatchesTheAnalysis();
    void findingQuotesWhatTheRecoveryChartDraws();
    void fitnessSeriesCoverEveryPlanDay();
    void weekIsClampedToThePlan();
    void chartFiguresAreTheAnalysisFigures_data();
    void chartFiguresAreTheAnalysisFigures();

private:
    static Plan load(const QString &relative);
    static Plan workedExample(bool withTuesday);
    Plan m_midnight;
    Analysis m_midnightAnalysis;
};

Plan TestChartData::load(const QString &relative)
{
    const ReadResult r = parsePlan(test::readFixture(test::dataDir() + u'/' + relative));
    if (!r.plan)
        qFatal("fixture %s does not load", qPrintable(relative));
    return *r.plan;
}

Plan TestChartData::workedExample(bool withTuesday)
{
    // docs/rules.md T16: a one-off plan with only Mon 07:00 strength lower heavy 60.
    Plan plan;
    plan.repeat = false;
    Session s;
    s.id = u"s1"_s;
    s.title = u"Heavy lower"_s;
    s.kind = Kind::Strength;
    s.focus = Focus::Lower;
    s.load = Load::Heavy;
    s.startMinute = 7 * 60;
    plan.sessions << s;
    if (withTuesday) {
        s.id = u"s2"_s;
        s.day = Day::Tue;
        plan.sessions << s;
    }
    return plan;
}

void TestChartData::initTestCase()
{
    m_midnight = load(u"export/midnight.ordo"_s);
    m_midnightAnalysis = analyze(m_midnight);
    QCOMPARE(m_midnightAnalysis.days.size(), 7);
}

void TestChartData::loadBarsEqualAnalysisDays()
{
    const LoadChartData data = buildLoadChartData(m_midnight, m_midnightAnalysis, 0);
    for (int d = 0; d < kDaysPerWeek; ++d) {
        const LoadBar &bar = data.days[size_t(d)];
        const DayFigures &f = m_midnightAnalysis.days[d];
        QCOMPARE(bar.day, Day(d));
        QCOMPARE(bar.strengthLoad, f.strengthLoad);
        QCOMPARE(bar.cardioLoad, f.cardioLoad);
        QCOMPARE(bar.load, f.load);
        QCOMPARE(bar.fatigue, f.fatigue);
        QCOMPARE(bar.highLoad, f.highLoad);
        // The sessions behind a bar add up to it.
        double sum = 0;
        for (const LoadShare &s : bar.shares)
            sum += s.load;
        QVERIFY2(std::abs(sum - f.load) < 1e-6,
                 qPrintable(u"day %1: %2 vs %3"_s.arg(d).arg(sum).arg(f.load)));
    }
    QCOMPARE(data.weekLoad, m_midnightAnalysis.weeks[0].load);
    QCOMPARE(data.monotony, m_midnightAnalysis.weeks[0].monotony);
}

void TestChartData::loadBarsMatchWorkedExample()
{
    // docs/physiology.md 2.3 / docs/rules.md T16: Mon 07:00 heavy lower 60 min → 480 AU; fatigue
    // Mon 287.8, Tue 133.6, Wed 62.0, Thu 28.8.
    const Plan plan = workedExample(false);
    const LoadChartData data = buildLoadChartData(plan, analyze(plan), 0);
    QCOMPARE(data.days[0].strengthLoad, 480.0);
    QCOMPARE(data.days[0].cardioLoad, 0.0);
    const double expected[] = { 287.8, 133.6, 62.0, 28.8 };
    for (int d = 0; d < 4; ++d)
        QVERIFY2(std::abs(data.days[size_t(d)].fatigue - expected[d]) < 0.06,
                 qPrintable(QString::number(data.days[size_t(d)].fatigue)));
    QCOMPARE(data.days[0].shares.size(), 1);
    QCOMPARE(data.days[0].shares[0].title, u"Heavy lower"_s);
}

void TestChartData::loadSharesSplitSessionsAtMidnight()
{
    // Night spin Wed 23:30–00:30, moderate (RPE 5): 150 AU on Wednesday, 150 on Thursday.
    const LoadChartData data = buildLoadChartData(m_midnight, m_midnightAnalysis, 0);
    const LoadBar &wed = data.days[size_t(Day::Wed)];
    const LoadBar &thu = data.days[size_t(Day::Thu)];
    QCOMPARE(wed.cardioLoad, 150.0);
    QCOMPARE(thu.cardioLoad, 150.0);
    QCOMPARE(wed.shares.size(), 1);
    QCOMPARE(wed.shares[0].minutes, 30);
    QCOMPARE(wed.shares[0].startMinute, 23 * 60 + 30);
    QCOMPARE(thu.shares.size(), 2);
    QCOMPARE(thu.shares[0].sessionId, u"s4"_s); // the continuation first, at 00:00
    QCOMPARE(thu.shares[0].startMinute, 0);
    QCOMPARE(thu.shares[0].load, 150.0);
    QCOMPARE(thu.shares[1].sessionId, u"s5"_s);
}

void TestChartData::highLoadThresholdFollowsRule37()
{
    const LoadChartData data = buildLoadChartData(m_midnight, m_midnightAnalysis, 0);
    // docs/rules.md rule 37 (R2): never below load.highDayMinAU (720), and the chart marks exactly
    // the days the analysis marks.
    QVERIFY(data.highLoadThreshold >= 720);
    for (const DayFigures &d : m_midnightAnalysis.days)
        QCOMPARE(d.highLoad, d.load > 0 && d.load >= data.highLoadThreshold);
    for (const LoadBar &bar : data.days)
        QCOMPARE(bar.highLoad, bar.load >= data.highLoadThreshold);
}

void TestChartData::ampkWindowsAreClippedPerDayAcrossMidnight()
{
    // Sun 22:00 HIIT 30 min: W = min(240, 120 + 6·30) = 240 → 22:30–02:30, so Sunday
    // 22:30–24:00 and (repeating plan) Monday 00:00–02:30.
    const AmpkChartData data = buildAmpkChartData(m_midnight, m_midnightAnalysis, 0);
    for (int d = 0; d < kDaysPerWeek; ++d) {
        const AmpkDayRow &row = data.rows[size_t(d)];
        QCOMPARE(row.ranges.size(), m_midnightAnalysis.days[d].ampkWindows.size());
        for (int i = 0; i < row.ranges.size(); ++i) {
            QCOMPARE(row.ranges[i].startMinute, m_midnightAnalysis.days[d].ampkWindows[i].startMinute);
            QCOMPARE(row.ranges[i].endMinute, m_midnightAnalysis.days[d].ampkWindows[i].endMinute);
        }
    }
    const AmpkDayRow &sun = data.rows[size_t(Day::Sun)];
    QCOMPARE(sun.ranges.size(), 1);
    QCOMPARE(sun.ranges[0].startMinute, 22 * 60 + 30);
    QCOMPARE(sun.ranges[0].endMinute, kMinutesPerDay);
    QCOMPARE(sun.ranges[0].windowMinutes, 240);
    QCOMPARE(sun.ranges[0].minutesAfterCardio, 0);
    QCOMPARE(sun.ranges[0].cardioTitle, u"Late bike sprints"_s);
    const AmpkDayRow &mon = data.rows[size_t(Day::Mon)];
    QCOMPARE(mon.ranges.size(), 1);
    QCOMPARE(mon.ranges[0].startMinute, 0);
    QCOMPARE(mon.ranges[0].endMinute, 2 * 60 + 30);
    QCOMPARE(mon.ranges[0].minutesAfterCardio, 90); // the fade continues where Sunday stopped
    QCOMPARE(data.rangeCount(), 3);
    QVERIFY(sun.ranges[0].formula.contains(u"240"_s));
    QCOMPARE(sun.ranges[0].formula, ampkFormula(m_midnightAnalysis.thresholds, sun.ranges[0]));
}

void TestChartData::liftInsideWindowIsFlagged()
{
    // Night spin ends Thu 00:30 with W = 60 + (60 − 45) = 75 min: Early upper at 01:00 is inside.
    const AmpkChartData data = buildAmpkChartData(m_midnight, m_midnightAnalysis, 0);
    const AmpkDayRow &thu = data.rows[size_t(Day::Thu)];
    QCOMPARE(thu.ranges.size(), 1);
    QCOMPARE(thu.ranges[0].startMinute, 30);
    QCOMPARE(thu.ranges[0].endMinute, 105);
    const TimelineSession *upper = nullptr;
    for (const TimelineSession &s : thu.sessions) {
        if (s.sessionId == u"s5"_s)
            upper = &s;
    }
    QVERIFY(upper);
    QVERIFY(upper->insideWindow);
    QCOMPARE(upper->windowCardioTitle, u"Night spin"_s);
    for (const TimelineSession &s : data.rows[size_t(Day::Mon)].sessions)
        QVERIFY2(!s.insideWindow, qPrintable(s.title)); // 07:00 is after the 02:30 end
    QCOMPARE(data.liftCount(), 3);
}

void TestChartData::regionRecoveryAtLiftStartsMatchesWorkedExample()
{
    // docs/physiology.md 2.3: after Mon 07:00 heavy lower, legs are at 47.9 % on Tue 07:00.
    const Plan worked = workedExample(true);
    const RegionRecoveryData example = buildRegionRecoveryData(worked, analyze(worked), 0);
    QCOMPARE(example.thresholdPercent, 40.0);
    QCOMPARE(example.points.size(), 2);
    const RegionPoint &tue = example.points[1];
    QCOMPARE(tue.sessionId, u"s2"_s);
    QCOMPARE(tue.mainRegion, Region::Legs);
    QVERIFY2(std::abs(tue.percent[size_t(Region::Legs)] - 47.9) < 0.06,
             qPrintable(QString::number(tue.percent[size_t(Region::Legs)])));
    QVERIFY(tue.notRecovered);
    QCOMPARE(example.points[0].percent[size_t(Region::Legs)], 0.0);

    // Every point equals the analysis' own residual at the session's start.
    const RegionRecoveryData data = buildRegionRecoveryData(m_midnight, m_midnightAnalysis, 0);
    QCOMPARE(data.points.size(), 3);
    for (const RegionPoint &p : data.points) {
        const Session *s = m_midnight.find(p.sessionId);
        QVERIFY(s);
        for (int r = 0; r < kRegionCount; ++r) {
            const double direct = regionFatiguePercent(m_midnight, Region(r), s->axisStart());
            QVERIFY2(std::abs(p.percent[size_t(r)] - direct) < 1e-9,
                     qPrintable(u"%1: %2 vs %3"_s.arg(p.title).arg(p.percent[size_t(r)]).arg(direct)));
        }
    }
    QVERIFY(data.points[1].notRecovered);
    QVERIFY(!data.points[2].notRecovered); // Early upper: upper body is fresh
}

// The chart sweeps the sessions once (docs/reliability.md, item 13); every value must still
// be the analysis's own regionFatiguePercent(), on built-in and random plans, every week.
void TestChartData::regionRecoverySweepMatchesTheAnalysis()
{
    QList<Plan> plans;
    for (const BuiltinPlan &b : builtinPlans())
        plans << *readBuiltinPlan(b.name).plan;
    for (quint64 seed = 1; seed <= 40; ++seed)
        plans << test::PlanGenerator(20261201 + seed).plan(60, 4);
    int points = 0;
    for (const Plan &plan : plans) {
        const Analysis analysis = analyze(plan);
        for (int week = 0; week < plan.weeks; ++week) {
            for (const RegionPoint &p : buildRegionRecoveryData(plan, analysis, week).points) {
                const Session *s = plan.find(p.sessionId);
                QVERIFY(s);
                for (int r = 0; r < kRegionCount; ++r) {
                    const double expected = regionFatiguePercent(plan, Region(r), s->axisStart());
                    QVERIFY2(std::abs(p.percent[size_t(r)] - expected) <= 1e-9 * std::max(1.0, expected),
                             qPrintable(u"%1 %2: %3 vs %4"_s.arg(p.sessionId)
                                            .arg(r)
                                            .arg(p.percent[size_t(r)])
                                            .arg(expected)));
                }
                ++points;
            }
        }
    }
    QVERIFY(points > 100);
}

void TestChartData::fitnessSeriesCoverEveryPlanDay()
{
    const Plan plan = load(u"plans/unicode-multiweek.ordo"_s);
    const Analysis analysis = analyze(plan);
    const FitnessChartData data = buildFitnessChartData(plan, analysis);
    QCOMPARE(data.weekCount, 3);
    QCOMPARE(data.ctl.size(), 21);
    for (int i = 0; i < 21; ++i) {
        QCOMPARE(data.ctl[i], analysis.days[i].ctl);
        QCOMPARE(data.atl[i], analysis.days[i].atl);
        QCOMPARE(data.tsb[i], analysis.days[i].tsb);
    }
}

void TestChartData::weekIsClampedToThePlan()
{
    const Plan plan = load(u"plans/unicode-multiweek.ordo"_s);
    const Analysis analysis = analyze(plan);
    QCOMPARE(buildLoadChartData(plan, analysis, 7).week, 2);
    QCOMPARE(buildAmpkChartData(plan, analysis, -1).week, 0);
    const LoadChartData week1 = buildLoadChartData(plan, analysis, 1);
    QCOMPARE(week1.days[0].strengthLoad, analysis.days[7].strengthLoad);
    // Sunday 23:30 swim of week 0 runs into Monday of week 1 (one-off plan: no wrap).
    QVERIFY(week1.days[0].cardioLoad > 0);
    QCOMPARE(week1.days[0].cardioLoad, analysis.days[7].cardioLoad);
}

void TestChartData::chartFiguresAreTheAnalysisFigures_data()
{
    QTest::addColumn<Plan>("plan");
    for (const BuiltinPlan &b : builtinPlans()) {
        const ReadResult r = parsePlan(builtinPlanBytes(b.name));
        QVERIFY(r.ok());
        QTest::newRow(qPrintable(b.name)) << *r.plan;
    }
    // The plan's own settings reach the charts through the analysis, not through their names.
    Plan tuned = load(u"export/midnight.ordo"_s);
    tuned.analysis.thresholds.insert(u"load.highDayMinAU"_s, 100);
    tuned.analysis.thresholds.insert(u"monotony.max"_s, 1.2);
    tuned.analysis.thresholds.insert(u"fatigue.notRecoveredPct"_s, 15);
    QTest::newRow("tuned settings") << tuned;
}

// Charts and findings agree because the charts draw the analysis' own figures: rule 37's
// threshold, the settings it used, and the region fatigue at every lift.
void TestChartData::chartFiguresAreTheAnalysisFigures()
{
    QFETCH(Plan, plan);
    const Analysis analysis = analyze(plan);
    QCOMPARE(analysis.thresholds, Thresholds::forPlan(plan));
    QSet<int> flaggedDays;
    for (const Finding &f : analysis.findings) {
        if (f.rule == u"high-load-day"_s)
            flaggedDays.insert(f.week * kDaysPerWeek + int(f.day));
    }
    int lifts = 0;
    for (int week = 0; week < plan.weeks; ++week) {
        const LoadChartData load = buildLoadChartData(plan, analysis, week);
        QCOMPARE(load.highLoadThreshold, analysis.highLoadThresholdAU);
        QCOMPARE(load.monotonyLimit, analysis.thresholds.monotonyMax);
        for (int d = 0; d < kDaysPerWeek; ++d) {
            const LoadBar &bar = load.days[size_t(d)];
            QCOMPARE(bar.highLoad, bar.load > 0 && bar.load >= analysis.highLoadThresholdAU);
            QCOMPARE(bar.highLoad, flaggedDays.contains(week * kDaysPerWeek + d));
        }
        const RegionRecoveryData regions = buildRegionRecoveryData(plan, analysis, week);
        QCOMPARE(regions.thresholdPercent, analysis.thresholds.fatigueNotRecoveredPct);
        for (const RegionPoint &p : regions.points) {
            const auto lift = std::find_if(analysis.liftFatigue.cbegin(), analysis.liftFatigue.cend(),
                                           [&p](const LiftFatigue &l) { return l.sessionId == p.sessionId; });
            QVERIFY(lift != analysis.liftFatigue.cend());
            QCOMPARE(p.percent, lift->percent);
            QCOMPARE(p.notRecovered, lift->percent[size_t(p.mainRegion)] >= regions.thresholdPercent);
        }
        lifts += int(regions.points.size());
    }
    QCOMPARE(lifts, analysis.liftFatigue.size());
    if (QTest::currentDataTag() == QByteArray("tuned settings")) {
        QCOMPARE(analysis.thresholds.loadHighDayMinAU, 100.0);
        QCOMPARE(analysis.thresholds.monotonyMax, 1.2);
        QCOMPARE(analysis.thresholds.fatigueNotRecoveredPct, 15.0);
    }
}

// docs/rules.md 3.10 and T24: the per-region figure a muscle-not-recovered finding quotes is the
// value the region recovery chart draws at that lift (one computation read by both).
void TestChartData::findingQuotesWhatTheRecoveryChartDraws()
{
    for (const QString &extra :
         { QString(), u"; Tue 18:45 cycling easy 120"_s, u"; Tue 18:45 running easy 120"_s }) {
        const Plan plan = test::makePlan(u"muscle_growth"_s,
                                         u"Mon 07:00 strength lower heavy 60; Tue 18:00 running "
                                         u"hiit 30 rpe=9; Wed 09:00 strength lower heavy 60"_s
                                             + extra);
        const Analysis analysis = analyze(plan);
        const RegionRecoveryData chart = buildRegionRecoveryData(plan, analysis, 0);
        const auto point = std::find_if(chart.points.cbegin(), chart.points.cend(),
                                        [](const RegionPoint &p) { return p.sessionId == u"s3"; });
        QVERIFY(point != chart.points.cend());
        const double drawn = point->percent[size_t(Region::Legs)];
        QVERIFY(point->notRecovered);
        const auto finding
            = std::find_if(analysis.findings.cbegin(), analysis.findings.cend(), [](const Finding &f) {
                  return f.rule == u"muscle-not-recovered" && f.sessions.last() == u"s3";
              });
        QVERIFY(finding != analysis.findings.cend());
        QVERIFY2(finding->message.contains(u"about %1 %"_s.arg(std::lround(drawn))),
                 qPrintable(QString::number(drawn) + u" drawn; "_s + finding->message));
    }
}

QTEST_MAIN(TestChartData)
#include "tst_chartdata.moc"
