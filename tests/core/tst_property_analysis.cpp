// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "autofix.h"
#include "builtinplans.h"
#include "planio.h"
#include "tst_propertygen.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ordo;

// Seeded invariants of analyze() over random valid plans (docs/rules.md, docs/physiology.md): every
// finding names sessions that exist, every day of every week is present, loads, kcal and
// fatigue are finite and non-negative, the same plan gives the same analysis, and each
// auto-fix is one valid, exactly undoable edit. ORDO_PROPERTY_SEED=<seed> reproduces a failure.
class TestPropertyAnalysis : public QObject
{
    Q_OBJECT

private:
    static constexpr int kPlans = test::iterations(300);

    static QString context(quint64 seed, const QString &what) { return u"seed %1: %2"_s.arg(seed).arg(what); }

private slots:
    // docs/rules.md 3.10.8: every auto-fix left by keepHelpfulFixes removes its finding and adds no
    // warning or critical finding, on 1,000 generated plans.
    void autoFixesNeverMakeThePlanWorse()
    {
        const quint64 base = test::propertySeed() + 9000;
        const auto key = [](const Finding &f) { return f.rule + u'|' + f.sessions.join(u','); };
        int kept = 0, dropped = 0;
        for (int i = 0; i < test::iterations(1000); ++i) {
            const quint64 seed = base + quint64(i);
            test::PlanGenerator gen(seed);
            const Plan plan = gen.plan(gen.chance(50) ? 30 : 10, 2);
            Analysis a = analyze(plan);
            int offered = 0;
            for (const Finding &f : std::as_const(a.findings))
                offered += f.autoFix ? 1 : 0;
            keepHelpfulFixes(plan, a);
            QSet<QString> before;
            for (const Finding &f : std::as_const(a.findings))
                before.insert(key(f));
            for (const Finding &f : std::as_const(a.findings)) {
                if (!f.autoFix)
                    continue;
                ++kept;
                --offered;
                Plan edited = plan;
                autoFixEdit(plan, *f.autoFix).apply(edited);
                for (const Finding &g : analyze(edited).findings) {
                    QVERIFY2(key(g) != key(f), qPrintable(context(seed, u"fix keeps "_s + key(f))));
                    QVERIFY2(g.severity < Severity::Warning || before.contains(key(g)),
                             qPrintable(context(seed, f.autoFix->description + u" adds "_s + key(g))));
                }
            }
            dropped += offered;
        }
        // Both outcomes occur, so the test can fail either way.
        QVERIFY(kept > 0);
        QVERIFY(dropped > 0);
    }

    // analyzeCounts() (the scorers' analysis) finds exactly what analyze() finds, words aside:
    // the same rules, severities, sessions, times and figures, on generated plans and the
    // built-in ones (docs/performance.md, "A cheaper analysis for the scorer").
    void countsOnlyAnalysisFindsTheSame()
    {
        const auto wordless = [](Analysis a) {
            for (Finding &f : a.findings) {
                f.message.clear();
                f.fix.clear();
            }
            return a;
        };
        QList<Plan> plans;
        for (const BuiltinPlan &b : builtinPlans()) {
            const ReadResult r = readBuiltinPlan(b.name);
            QVERIFY(r.plan);
            plans.append(*r.plan);
        }
        const quint64 base = test::propertySeed() + 7000;
        for (int i = 0; i < kPlans; ++i) {
            test::PlanGenerator gen(base + quint64(i));
            plans.append(gen.plan(gen.chance(50) ? 60 : 15, 3));
        }
        int findings = 0, emptied = 0;
        for (qsizetype i = 0; i < plans.size(); ++i) {
            const Analysis full = analyze(plans[i]);
            const Analysis counts = analyzeCounts(plans[i]);
            findings += int(full.findings.size());
            for (const Finding &f : counts.findings)
                emptied += f.message.isEmpty() ? 1 : 0;
            QVERIFY2(wordless(counts) == wordless(full), qPrintable(u"plan %1"_s.arg(i)));
        }
        // The rules fired, and some of them did leave their words out.
        QVERIFY(findings > 100);
        QVERIFY(emptied > 0);
    }

    void analysisInvariantsOnRandomPlans()
    {
        const quint64 base = test::propertySeed() + 5000;
        int findings = 0, fixes = 0;
        for (int i = 0; i < kPlans; ++i) {
            const quint64 seed = base + quint64(i);
            test::PlanGenerator gen(seed);
            // Dense plans too, so that rules fire: up to 60 sessions in up to 3 weeks.
            const Plan plan = gen.plan(gen.chance(50) ? 60 : 15, 3);
            const Analysis a = analyze(plan);

            QVERIFY2(a.days.size() == qsizetype(plan.weeks) * kDaysPerWeek,
                     qPrintable(context(seed, u"day count"_s)));
            for (int d = 0; d < a.days.size(); ++d) {
                const DayFigures &day = a.days.at(d);
                QVERIFY2(day.week == d / kDaysPerWeek && int(day.day) == d % kDaysPerWeek,
                         qPrintable(context(seed, u"day %1 out of order"_s.arg(d))));
                for (double v : { day.strengthLoad, day.cardioLoad, day.load, day.kcal, day.fatigue }) {
                    QVERIFY2(
                        std::isfinite(v) && v >= 0,
                        qPrintable(context(seed,
                                           u"week %1 day %2: negative or non-finite figure %3"_s.arg(day.week)
                                               .arg(int(day.day))
                                               .arg(v))));
                }
                for (double f : day.regionFatigue)
                    QVERIFY2(std::isfinite(f) && f >= 0,
                             qPrintable(context(seed, u"region fatigue %1"_s.arg(f))));
                for (double v : { day.ctl, day.atl, day.tsb })
                    QVERIFY2(std::isfinite(v), qPrintable(context(seed, u"CTL/ATL/TSB not finite"_s)));
                QVERIFY(std::fabs(day.load - day.strengthLoad - day.cardioLoad)
                        <= 1e-9 * std::max(1.0, day.load));
                for (const QString &id : day.sessionIds)
                    QVERIFY2(plan.find(id),
                             qPrintable(context(seed, u"day lists unknown session %1"_s.arg(id))));
            }
            // The region fatigue at each lift (what the recovery chart draws) is the direct sum
            // of docs/physiology.md 2.3, for every lift and region.
            int lifts = 0;
            for (const Session &s : plan.sessions)
                lifts += s.kind == Kind::Strength && !s.missed ? 1 : 0; // missed ones count nowhere
            QCOMPARE(a.liftFatigue.size(), qsizetype(lifts));
            for (const LiftFatigue &lift : a.liftFatigue) {
                for (int r = 0; r < kRegionCount; ++r) {
                    const double direct = regionFatiguePercent(plan, Region(r), lift.axisStart);
                    QVERIFY2(std::fabs(lift.percent[size_t(r)] - direct) <= 1e-9 * std::max(1.0, direct),
                             qPrintable(context(seed,
                                                u"lift %1 region %2: %3 vs %4"_s.arg(lift.sessionId)
                                                    .arg(r)
                                                    .arg(lift.percent[size_t(r)])
                                                    .arg(direct))));
                }
            }
            QCOMPARE(a.weeks.size(), qsizetype(plan.weeks));
            for (const WeekFigures &w : a.weeks)
                QVERIFY2(std::isfinite(w.load) && w.load >= 0, qPrintable(context(seed, u"week load"_s)));

            Severity previous = Severity::Critical;
            for (const Finding &f : a.findings) {
                QVERIFY2(!f.rule.isEmpty() && !f.message.isEmpty(),
                         qPrintable(context(seed, u"empty finding"_s)));
                for (const QString &id : f.sessions) {
                    QVERIFY2(
                        plan.find(id),
                        qPrintable(context(seed, u"finding %1 names unknown session %2"_s.arg(f.rule, id))));
                    QVERIFY2(
                        !plan.find(id)->missed,
                        qPrintable(context(seed, u"finding %1 names missed session %2"_s.arg(f.rule, id))));
                }
                QVERIFY2(f.week >= 0 && f.week < plan.weeks,
                         qPrintable(context(seed, u"finding %1 in week %2"_s.arg(f.rule).arg(f.week))));
                QVERIFY2(int(f.severity) <= int(previous),
                         qPrintable(context(seed, u"findings not most severe first"_s)));
                previous = f.severity;
            }
            for (const AmpkWindow &w : a.windows) {
                QVERIFY2(plan.find(w.sessionId), qPrintable(context(seed, u"window of unknown session"_s)));
                QVERIFY(w.end >= w.start && w.start >= w.cardioStart);
            }
            findings += int(a.findings.size());

            // Same plan, same analysis: analysing twice, and after a save/load round trip.
            QVERIFY2(analyze(plan) == a, qPrintable(context(seed, u"analysis not deterministic"_s)));
            const ReadResult reread = parsePlan(serializePlan(plan));
            QVERIFY(reread.ok());
            QVERIFY2(analyze(*reread.plan) == a,
                     qPrintable(context(seed, u"analysis changed by save/load"_s)));

            // Every auto-fix is one valid edit whose inverse restores the plan exactly.
            const QByteArray before = serializePlan(plan);
            for (const Finding &f : a.findings) {
                if (!f.autoFix)
                    continue;
                const PlanEdit edit = autoFixEdit(plan, *f.autoFix);
                if (edit.isEmpty())
                    continue;
                QVERIFY2(edit.isValidFor(plan),
                         qPrintable(context(seed, u"auto-fix for %1 is not a valid edit"_s.arg(f.rule))));
                Plan fixed = plan;
                const PlanEdit inverse = edit.apply(fixed);
                const ReadResult r = parsePlan(serializePlan(fixed));
                QVERIFY2(r.ok(),
                         qPrintable(context(seed,
                                            u"auto-fix for %1 made an invalid plan: %2"_s.arg(
                                                f.rule, r.errors.value(0).toString()))));
                analyze(fixed);
                inverse.apply(fixed);
                QVERIFY2(serializePlan(fixed) == before,
                         qPrintable(context(seed, u"undoing auto-fix %1"_s.arg(f.rule))));
                ++fixes;
            }
        }
        qInfo("%d random plans analysed: %d findings, %d auto-fixes applied and undone", kPlans, findings,
              fixes);
        QVERIFY(findings > 0);
    }
};

QTEST_GUILESS_MAIN(TestPropertyAnalysis)
#include "tst_property_analysis.moc"
