// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "tst_analysis_support.h"
#include "tst_rulecases.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;
using ordo::test::makePlan;

// Every implemented rule of docs/rules.md: a case that fires, a near miss and the exact boundary
// (tst_rulecases.h); the goal × level severity matrices of rules 10, 15 and 18; the week wrap with repeat on
// and off; settings overrides, disabled rules and the per-rule cap.
class TestAnalysisRules : public QObject
{
    Q_OBJECT

    // Severity of the finding of `rule`: "" if absent, "related" if only listed as related.
    static QString outcome(const Analysis &a, const QString &rule)
    {
        Severity best = Severity::Info;
        bool found = false;
        for (const Finding &f : a.findings) {
            if (f.rule == rule) {
                best = found ? std::max(best, f.severity) : f.severity;
                found = true;
            }
        }
        if (found)
            return toId(best);
        for (const Finding &f : a.findings) {
            if (f.related.contains(rule))
                return u"related"_s;
        }
        return QString();
    }

    static QString dump(const Analysis &a)
    {
        QStringList out;
        for (const Finding &f : a.findings)
            out << f.rule + u':' + toId(f.severity) + u" also="_s + f.related.join(u',');
        return out.join(u"; "_s);
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<QString>("sessions");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expected"); // severity, "related", or "" (no finding)
        for (const test::RuleCase &c : test::ruleCases())
            QTest::newRow(c.name) << c.goal << c.level << c.repeat << c.weeks << c.sessions << c.rule
                                  << c.expected;
    }

    void rules()
    {
        QFETCH(QString, goal);
        QFETCH(QString, level);
        QFETCH(bool, repeat);
        QFETCH(int, weeks);
        QFETCH(QString, sessions);
        QFETCH(QString, rule);
        QFETCH(QString, expected);
        const Plan p = makePlan(goal, sessions, repeat, weeks, *fromId<Experience>(level));
        const Analysis a = analyze(p);
        QVERIFY2(outcome(a, rule) == expected,
                 qPrintable(u"got '"_s + outcome(a, rule) + u"': "_s + dump(a)));
    }

    void ampkSeverityMatrix_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("intensity");
        QTest::addColumn<QString>("expected");
        const QStringList goals
            = { u"fat_loss"_s, u"muscle_growth"_s, u"strength"_s, u"endurance"_s, u"general_fitness"_s };
        for (const QString &g : goals) {
            for (const QString &l : { u"beginner"_s, u"intermediate"_s, u"advanced"_s }) {
                const bool en = g == u"endurance"_s;
                const QString hiit = en ? QString() : u"warning"_s; // R2: none for endurance
                QString moderate;
                if (en)
                    moderate = QString();
                else if (l == u"beginner"_s)
                    moderate = u"info"_s;
                else
                    moderate = (g == u"muscle_growth"_s || g == u"strength"_s) ? u"warning"_s : u"info"_s;
                QTest::addRow("%s %s hiit", qPrintable(g), qPrintable(l)) << g << l << u"hiit"_s << hiit;
                QTest::addRow("%s %s moderate", qPrintable(g), qPrintable(l))
                    << g << l << u"moderate"_s << moderate;
            }
        }
    }
    void ampkSeverityMatrix()
    {
        QFETCH(QString, goal);
        QFETCH(QString, level);
        QFETCH(QString, intensity);
        QFETCH(QString, expected);
        // 60 min of cardio ends 06:45; lifting at 07:50 is inside both windows (75 and 240 min),
        // more than 60 min after the end (no rule 12) and more than 15 min (no rule 9).
        const Plan p
            = makePlan(goal, u"Tue 05:45 swimming %1 60; Tue 07:50 strength upper heavy 60"_s.arg(intensity),
                       false, 1, *fromId<Experience>(level));
        const Analysis a = analyze(p);
        QVERIFY2(outcome(a, u"ampk-window"_s) == expected, qPrintable(dump(a)));
        // Light lifting: one step lower.
        const Plan q
            = makePlan(goal, u"Tue 05:45 swimming %1 60; Tue 07:50 strength upper light 60"_s.arg(intensity),
                       false, 1, *fromId<Experience>(level));
        const QString lowered = expected == u"warning"_s ? u"info"_s : QString();
        QVERIFY2(outcome(analyze(q), u"ampk-window"_s) == lowered, qPrintable(dump(analyze(q))));
    }

    void postLiftHiitMatrix_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("expected");
        for (const QString &l : { u"beginner"_s, u"intermediate"_s, u"advanced"_s }) {
            QTest::addRow("FL %s", qPrintable(l)) << u"fat_loss"_s << l << u"info"_s;
            QTest::addRow("MG %s", qPrintable(l)) << u"muscle_growth"_s << l << u"warning"_s;
            QTest::addRow("ST %s", qPrintable(l)) << u"strength"_s << l << u"warning"_s;
            QTest::addRow("EN %s", qPrintable(l)) << u"endurance"_s << l << QString();
            QTest::addRow("GF %s", qPrintable(l)) << u"general_fitness"_s << l << u"info"_s;
        }
    }
    void postLiftHiitMatrix()
    {
        QFETCH(QString, goal);
        QFETCH(QString, level);
        QFETCH(QString, expected);
        const Plan p = makePlan(goal, u"Thu 18:00 strength upper heavy 60; Thu 19:05 cycling hiit 20"_s,
                                false, 1, *fromId<Experience>(level));
        QVERIFY2(outcome(analyze(p), u"post-lift-hiit"_s) == expected, qPrintable(dump(analyze(p))));
    }

    void legDayCardioMatrix_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("liftAt");
        QTest::addColumn<QString>("expected");
        for (const QString &l : { u"beginner"_s, u"intermediate"_s, u"advanced"_s }) {
            for (const QString &g : { u"muscle_growth"_s, u"strength"_s, u"fat_loss"_s }) {
                QTest::addRow("%s %s close", qPrintable(g), qPrintable(l))
                    << g << l << u"12:00"_s << u"warning"_s;
                QTest::addRow("%s %s far", qPrintable(g), qPrintable(l)) << g << l << u"17:00"_s << u"info"_s;
            }
            for (const QString &g : { u"general_fitness"_s, u"endurance"_s }) {
                QTest::addRow("%s %s close", qPrintable(g), qPrintable(l))
                    << g << l << u"12:00"_s << u"info"_s;
                QTest::addRow("%s %s far", qPrintable(g), qPrintable(l)) << g << l << u"17:00"_s << QString();
            }
        }
    }
    void legDayCardioMatrix()
    {
        QFETCH(QString, goal);
        QFETCH(QString, level);
        QFETCH(QString, liftAt);
        QFETCH(QString, expected);
        // Cycling moderate 60 min ends 07:00: lifting at 12:00 is 5 h later, at 17:00 10 h later.
        const Plan p
            = makePlan(goal, u"Wed 06:00 cycling moderate 60; Wed %1 strength lower heavy 60"_s.arg(liftAt),
                       false, 1, *fromId<Experience>(level));
        QVERIFY2(outcome(analyze(p), u"leg-day-cardio"_s) == expected, qPrintable(dump(analyze(p))));
    }

    void thresholdOverride()
    {
        Plan p = makePlan(u"muscle_growth"_s,
                          u"Mon 06:20 rowing hiit 25 rpe=9; Mon 07:45 strength upper heavy 60"_s);
        QCOMPARE(outcome(analyze(p), u"ampk-window"_s), u"warning"_s);
        p.analysis.thresholds.insert(u"ampk.hiit.maxMin"_s, 60);
        QCOMPARE(outcome(analyze(p), u"ampk-window"_s), QString());
        // A longer warm-up limit turns T2's 25 min walk into a warm-up.
        Plan q
            = makePlan(u"muscle_growth"_s, u"Mon 17:30 walking easy 25; Mon 18:00 strength upper heavy 60"_s);
        q.analysis.thresholds.insert(u"warmup.maxMin"_s, 25);
        QCOMPARE(outcome(analyze(q), u"warmup"_s), u"info"_s);
        QCOMPARE(analyze(q).summary.cardioSessions, 0);
    }

    void backToBackSetting()
    {
        // T16 on Wed 07:00: not back-to-back at the default 36 h; a 48 h 1 min limit makes it so.
        Plan p = makePlan(u"muscle_growth"_s,
                          u"Mon 07:00 strength lower heavy 60; Wed 07:00 strength lower heavy 60"_s);
        // The R1 spacing settings still load but no rule reads them any more.
        p.analysis.thresholds.insert(u"fatigue.sameMuscleMinGapMin"_s, 10080);
        p.analysis.thresholds.insert(u"hiit.minSpacingMin"_s, 10080);
        QCOMPARE(outcome(analyze(p), u"muscle-not-recovered"_s), QString());
        p.analysis.thresholds.insert(u"spacing.backToBackMaxStartGapMin"_s, 2881);
        QCOMPARE(outcome(analyze(p), u"muscle-not-recovered"_s), u"warning"_s);
        Plan h = makePlan(u"general_fitness"_s, u"Mon 18:00 cycling hiit 20; Wed 18:00 cycling hiit 20"_s);
        h.analysis.thresholds.insert(u"hiit.minSpacingMin"_s, 10080);
        QCOMPARE(outcome(analyze(h), u"hiit-spacing"_s), QString());
        h.analysis.thresholds.insert(u"spacing.backToBackMaxStartGapMin"_s, 2881);
        QCOMPARE(outcome(analyze(h), u"hiit-spacing"_s), u"info"_s);
    }

    void t23Message()
    {
        const Analysis a = analyze(
            makePlan(u"strength"_s,
                     u"Mon 07:00 strength lower heavy 60 title=Squats; Tue 18:00 strength lower heavy 60"_s));
        for (const Finding &f : a.findings) {
            if (f.rule != u"muscle-not-recovered"_s)
                continue;
            QVERIFY2(f.message.contains(u"yesterday"_s), qPrintable(f.message));
            QVERIFY2(!f.message.contains(u'%'), qPrintable(f.message)); // legs 33.7 % < 40 %
            QVERIFY2(f.fix.contains(u"Wed 18:00 or later"_s), qPrintable(f.fix));
            return;
        }
        QFAIL(qPrintable(dump(a)));
    }

    void disabledRules()
    {
        // T18 without rule 19: endurance-order takes over the pair.
        Plan p = makePlan(u"endurance"_s, u"Tue 17:00 strength lower heavy 45; Tue 17:50 running hiit 30"_s);
        p.analysis.disabledRules = { u"leg-day-hiit"_s };
        const Analysis a = analyze(p);
        QCOMPARE(outcome(a, u"leg-day-hiit"_s), QString());
        QCOMPARE(outcome(a, u"endurance-order"_s), u"warning"_s);
        for (const Finding &f : a.findings)
            QVERIFY(!f.related.contains(u"leg-day-hiit"_s));
        p.analysis.disabledRules = { u"leg-day-hiit"_s, u"endurance-order"_s, u"combined-too-long"_s,
                                     u"lifting-frequency"_s, u"high-load-day"_s };
        for (const Finding &f : analyze(p).findings)
            QVERIFY2(f.rule == u"muscle-not-recovered"_s, qPrintable(f.rule));
    }

    void capRepeatedFindings()
    {
        // 200 identical sessions: 199 duplicates, capped at findings.maxPerRule plus one summary.
        QString sessions;
        for (int i = 0; i < 200; ++i)
            sessions += u"Wed 10:00 strength upper heavy 60;"_s;
        Plan p = makePlan(u"general_fitness"_s, sessions);
        p.analysis.thresholds.insert(u"findings.maxPerRule"_s, 10);
        const Analysis a = analyze(p);
        int duplicates = 0;
        bool summary = false;
        for (const Finding &f : a.findings) {
            if (f.rule == u"duplicate"_s) {
                ++duplicates;
                summary = summary || f.sessions.isEmpty();
            }
            QVERIFY(f.rule != u"overlap"_s);
        }
        QCOMPARE(duplicates, 11);
        QVERIFY(summary);
    }

    void crowdedPlanStaysSmall()
    {
        // Many different sessions at one time: overlaps are capped per rule.
        QString sessions;
        const char *kinds[] = { "strength upper heavy",    "cycling moderate", "mobility",
                                "strength lower moderate", "running hiit",     "rowing easy" };
        for (int i = 0; i < 600; ++i)
            sessions += u"Wed 10:00 %1 60;"_s.arg(QString::fromLatin1(kinds[i % 6]));
        const Analysis a = analyze(makePlan(u"general_fitness"_s, sessions));
        QVERIFY2(a.findings.size() < 2000, qPrintable(QString::number(a.findings.size())));
    }

    void windowsOfWarmupsAndDuplicates()
    {
        const Analysis a = analyze(makePlan(
            u"muscle_growth"_s,
            u"Mon 06:20 cycling hiit 25; Mon 06:20 cycling hiit 25; Mon 07:45 strength upper heavy 60"_s));
        QCOMPARE(a.windows.size(), 1); // the later duplicate has no window of its own
    }

    void summaryOfOneWeek()
    {
        const Analysis a = analyze(makePlan(
            u"muscle_growth"_s,
            u"Mon 17:45 walking easy 15; Mon 18:00 strength upper heavy 60; Tue 06:00 cycling hiit 20;"
            u"Wed 18:00 mobility 30; Thu 07:00 running moderate 40"_s));
        QCOMPARE(a.summary.strengthSessions, 1);
        QCOMPARE(a.summary.cardioSessions, 2); // the warm-up is not a cardio session
        QCOMPARE(a.summary.mobilitySessions, 1);
        QCOMPARE(a.summary.cardioMinutesEasy, 15); // but its minutes count
        QCOMPARE(a.summary.cardioMinutesModerate, 40);
        QCOMPARE(a.summary.cardioMinutesHiit, 20);
        QCOMPARE(a.summary.restDays, 4); // Wed (mobility only), Fri, Sat, Sun
    }

    void summaryIsAverageWeek()
    {
        const Analysis a = analyze(makePlan(
            u"muscle_growth"_s,
            u"Mon 18:00 strength upper heavy 60; Mon 18:00 strength lower heavy 60 w=1; Wed 18:00 strength lower heavy 60 w=1"_s,
            true, 2));
        QCOMPARE(a.summary.strengthSessions, 2); // 3 sessions over 2 weeks, rounded half away from zero
        QCOMPARE(a.days.size(), 14);
    }

    void cyclePhase()
    {
        Plan p = makePlan(u"general_fitness"_s, u"Mon 18:00 cycling hiit 20; Sat 18:00 cycling hiit 20 w=3"_s,
                          true, 4);
        p.profile.sex = Sex::Female;
        CycleSettings c;
        c.firstWeek = 0;
        c.firstDay = Day::Mon;
        c.lengthDays = 28;
        p.profile.cycle = c;
        const Analysis a = analyze(p);
        QStringList hits;
        for (const Finding &f : a.findings) {
            if (f.rule == u"cycle-phase"_s)
                hits << f.sessions;
        }
        QCOMPARE(hits, QStringList { u"s2"_s }); // cycle day 27 > 14; day 1 is not luteal
        p.profile.sex = Sex::Male;
        QCOMPARE(outcome(analyze(p), u"cycle-phase"_s), QString());
    }

    void loadSpike()
    {
        QString sessions;
        for (int w = 0; w < 4; ++w)
            sessions
                += u"Mon 07:00 strength upper moderate 60 w=%1; Thu 07:00 strength lower moderate 60 w=%1;"_s
                       .arg(w);
        const QString base = sessions;
        sessions += u"Mon 07:00 strength upper moderate 60 w=4; Tue 07:00 strength lower moderate 60 w=4;"
                    u"Thu 07:00 strength upper moderate 60 w=4; Fri 07:00 strength lower moderate 60 w=4"_s;
        QCOMPARE(outcome(analyze(makePlan(u"muscle_growth"_s, sessions, false, 5)), u"load-spike"_s),
                 u"warning"_s);
        QCOMPARE(outcome(analyze(makePlan(u"muscle_growth"_s, sessions, true, 5)), u"load-spike"_s),
                 QString());
        const QString info
            = base + u"Mon 07:00 strength upper moderate 60 w=4; Thu 07:00 strength lower moderate 120 w=4"_s;
        QCOMPARE(outcome(analyze(makePlan(u"muscle_growth"_s, info, false, 5)), u"load-spike"_s), u"info"_s);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisRules)
#include "tst_analysis_rules.moc"
