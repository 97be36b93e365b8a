// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "autofix.h"
#include "tst_analysis_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;
using ordo::test::makePlan;

// Figures behind the public examples of docs/rules.md (the findings of T1–T44 are data rows
// in tst_vectors.cpp), sorting of findings and auto-fixes that remove their finding.
class TestAnalysis : public QObject
{
    Q_OBJECT

    // Rules 30–39 look at the whole week; the examples list them only where they are the topic.
    static bool isWeeklyRule(const QString &id)
    {
        static const QStringList weekly = { u"no-rest-day"_s,
                                            u"cardio-frequency"_s,
                                            u"cardio-duration"_s,
                                            u"lifting-frequency"_s,
                                            u"endurance-volume-balance"_s,
                                            u"aerobic-minimum"_s,
                                            u"beginner-volume"_s,
                                            u"high-load-day"_s,
                                            u"load-spike"_s,
                                            u"monotony"_s };
        return weekly.contains(id);
    }

    static QStringList describe(const Analysis &a)
    {
        QStringList out;
        for (const Finding &f : a.findings)
            out << f.rule + u':' + toId(f.severity) + u'[' + f.sessions.join(u',') + u"] also="_s
                    + f.related.join(u',');
        return out;
    }

    static Experience level(const QString &id) { return *fromId<Experience>(id); }

private slots:
    void t37HighLoadDay()
    {
        // docs/rules.md T37 (R2): Sat 945 ≥ max(720, 1.5 × 408.8) with 2 training sessions.
        const Plan p
            = makePlan(u"muscle_growth"_s,
                       u"Mon 18:00 strength upper moderate 45; Wed 18:00 strength lower moderate 45; "
                       u"Thu 18:00 cycling moderate 30; Sat 08:00 cycling hiit 25 rpe=9 title=Sprints; "
                       u"Sat 16:00 strength upper heavy 90"_s,
                       true);
        const Analysis a = analyze(p);
        int found = 0;
        for (const Finding &f : a.findings) {
            QVERIFY2(f.rule != u"monotony"_s && f.rule != u"ampk-window"_s && f.rule != u"split-gap"_s,
                     qPrintable(f.rule));
            if (f.rule != u"high-load-day"_s)
                continue;
            ++found;
            QCOMPARE(f.day, Day::Sat);
            QVERIFY2(f.message.contains(u"945"_s) && f.message.contains(u"2.3×"_s)
                         && f.message.contains(u"from 2 sessions"_s),
                     qPrintable(f.message));
            QVERIFY2(f.fix.contains(u"Sprints"_s) && f.fix.contains(u"Tue"_s), qPrintable(f.fix));
        }
        QCOMPARE(found, 1);
        // T16's one-session plan: no high-load-day (R1: "7× your average day").
        const Analysis one = analyze(makePlan(u"muscle_growth"_s, u"Mon 07:00 strength lower heavy 60"_s));
        for (const Finding &f : one.findings)
            QVERIFY(f.rule != u"high-load-day"_s);
    }

    void t38MonotonyHardWeeksOnly()
    {
        // docs/rules.md T38 (R2): the 1,800 AU week is judged, the 900 AU deload week is not.
        QString sessions;
        for (const char *d : { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" })
            sessions += QString::fromLatin1(d) + u" 18:00 cycling moderate 60;"_s + QString::fromLatin1(d)
                + u" 18:00 cycling moderate 30 w=1;"_s;
        const Analysis a = analyze(makePlan(u"general_fitness"_s, sessions, false, 2));
        // Week 1 has the same monotony (2.449) but is a deload week (900 < 1,500 and < 80 % of 1,350).
        QVERIFY(std::abs(a.weeks[1].monotony - 2.449) < 0.001);
        int found = 0;
        for (const Finding &f : a.findings) {
            QVERIFY2(f.rule != u"no-rest-day"_s && f.rule != u"high-load-day"_s && f.rule != u"load-spike"_s,
                     qPrintable(f.rule));
            if (f.rule == u"monotony"_s) {
                ++found;
                QCOMPARE(f.week, 0);
                QVERIFY2(f.message.contains(u"2.4"_s), qPrintable(f.message));
            }
        }
        QCOMPARE(found, 1);
    }

    void t41DuplicatesInNoFigure()
    {
        // docs/rules.md T14 and T41 (R2): the later duplicate counts in no rule and no figure.
        const Analysis a
            = analyze(makePlan(u"strength"_s,
                               u"Tue 07:00 strength lower heavy 60 id=s1; Tue 07:00 strength lower "
                               u"heavy 60 id=s2; Thu 09:00 strength lower heavy 60 id=s3"_s));
        int duplicates = 0;
        for (const Finding &f : a.findings) {
            QVERIFY2(f.rule != u"muscle-not-recovered"_s, qPrintable(f.message));
            duplicates += f.rule == u"duplicate"_s ? 1 : 0;
        }
        QCOMPARE(duplicates, 1);
        QCOMPARE(a.days[1].load, 480.0);
        QCOMPARE(std::lround(a.days[1].kcal), 492);
        QCOMPARE(a.summary.strengthSessions, 2);
        const Analysis t14 = analyze(
            makePlan(u"general_fitness"_s,
                     u"Tue 07:00 strength lower heavy 60 id=s4; Tue 07:00 strength lower heavy 45 id=s9"_s));
        QCOMPARE(t14.days[1].load, 480.0);
    }

    void t3Details()
    {
        const Plan p = makePlan(u"muscle_growth"_s,
                                u"Mon 06:20 cycling hiit 25 rpe=9; Mon 07:45 strength upper heavy 60"_s);
        const Analysis a = analyze(p);
        const auto it = std::find_if(a.findings.cbegin(), a.findings.cend(),
                                     [](const Finding &x) { return x.rule == u"ampk-window"; });
        QVERIFY(it != a.findings.cend());
        const Finding &f = *it;
        QCOMPARE(f.sessions, (QStringList { u"s1"_s, u"s2"_s }));
        QCOMPARE(f.day, Day::Mon);
        QVERIFY2(f.fix.contains(u"10:45 or later"_s), qPrintable(f.fix));
        QVERIFY2(f.message.contains(u"until Mon 10:45"_s), qPrintable(f.message));
        QVERIFY2(f.message.contains(u"1 h"_s), qPrintable(f.message));
        // docs/rules.md 3.11.2: the article by title, then the papers as "Author Year".
        QCOMPARE(f.source,
                 u"Cardio before or after weights? (Exercise Menu article); Eddens 2018; Murlasits 2018; "
                 u"Wojtaszewski 2000; Lee-Young 2008; Sabag 2018; Huiberts 2024"_s);
        QVERIFY(f.autoFix);
        QCOMPARE(f.autoFix->type, AutoFix::Type::Swap);
        QCOMPARE(a.windows.size(), 1);
        QCOMPARE(a.windows[0].start, 6 * 60 + 45);
        QCOMPARE(a.windows[0].end, 10 * 60 + 45);
    }

    void t12NoRestDay_data()
    {
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<QString>("severity");
        QTest::newRow("repeat: endless") << true << u"critical"_s;
        QTest::newRow("one-off: 7 days") << false << u"warning"_s;
    }
    void t12NoRestDay()
    {
        QFETCH(bool, repeat);
        QFETCH(QString, severity);
        QString sessions;
        for (const char *d : { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" })
            sessions += QString::fromLatin1(d) + u" 07:00 strength upper light 30;"_s;
        const Analysis a = analyze(makePlan(u"muscle_growth"_s, sessions, repeat));
        QStringList rules;
        for (const Finding &f : a.findings)
            rules << f.rule + u':' + toId(f.severity);
        QVERIFY2(rules.contains(u"no-rest-day:"_s + severity), qPrintable(rules.join(u' ')));
        // R2: the week's hard-session load, 840, is below monotony.minWeekAU (1,500).
        QVERIFY2(!rules.contains(u"monotony:info"_s), qPrintable(rules.join(u' ')));
        QVERIFY(!rules.join(u' ').contains(u"muscle-not-recovered"_s));
        QCOMPARE(a.findings.first().rule, u"no-rest-day"_s);
    }

    void t13OverlapFix()
    {
        const Plan p = makePlan(u"general_fitness"_s,
                                u"Mon 18:00 strength full moderate 60; Mon 18:45 cycling moderate 30"_s);
        const Analysis a = analyze(p);
        const Finding &f = a.findings.first();
        QCOMPARE(f.rule, u"overlap"_s);
        QVERIFY(f.message.contains(u"15 min"_s));
        QVERIFY(f.autoFix);
        QCOMPARE(f.autoFix->type, AutoFix::Type::Move);
        QCOMPARE(f.autoFix->sessionId, u"s2"_s);
        QCOMPARE(f.autoFix->newAxisStart, 19 * 60);
        const PlanEdit e = autoFixEdit(p, *f.autoFix);
        QCOMPARE(e.text, u"Move “Moderate cycling” to Mon 19:00"_s);
    }

    void t14DuplicateFix()
    {
        const Plan p
            = makePlan(u"general_fitness"_s,
                       u"Tue 07:00 strength lower heavy 60 id=s4; Tue 07:00 strength lower heavy 45 id=s9"_s);
        const Analysis a = analyze(p);
        int count = 0;
        for (const Finding &f : a.findings) {
            if (f.rule == u"duplicate"_s) {
                ++count;
                QCOMPARE(f.sessions, (QStringList { u"s4"_s, u"s9"_s }));
                QCOMPARE(f.autoFix->type, AutoFix::Type::Delete);
                QCOMPARE(f.autoFix->sessionId, u"s9"_s);
            }
        }
        QCOMPARE(count, 1);
        // "later id" is natural order: s10 is later than s9.
        const Plan q = makePlan(
            u"general_fitness"_s,
            u"Tue 07:00 strength lower heavy 60 id=s10; Tue 07:00 strength lower heavy 45 id=s9"_s);
        QCOMPARE(analyze(q).findings.first().autoFix->sessionId, u"s10"_s);
    }

    void t16Messages()
    {
        const Plan p = makePlan(u"muscle_growth"_s,
                                u"Mon 07:00 strength lower heavy 60; Tue 07:00 strength lower heavy 60"_s);
        const Finding f = analyze(p).findings.first();
        // R2 clause A names the day; both clauses hold (47.9 %); the fix is S's clock time two
        // session days after P.
        QVERIFY2(f.message.contains(u"yesterday"_s), qPrintable(f.message));
        QVERIFY2(f.message.contains(u"48 %"_s), qPrintable(f.message));
        QVERIFY2(f.fix.contains(u"Wed 07:00 or later"_s), qPrintable(f.fix));
        // Residual clause without a heavy session in the last 48 h: two moderate sessions.
        const Plan q
            = makePlan(u"muscle_growth"_s,
                       u"Mon 07:00 strength lower moderate 90; Mon 19:00 strength lower moderate 90"_s);
        bool residual = false;
        for (const Finding &g : analyze(q).findings)
            residual = residual || (g.rule == u"muscle-not-recovered"_s && g.severity == Severity::Info);
        QVERIFY(residual);
    }

    void findingsSorted()
    {
        const Plan p = makePlan(
            u"general_fitness"_s,
            u"Sat 08:00 running hiit 25; Sat 17:00 cycling hiit 25; Sat 10:00 strength lower heavy 60;"
            u"Mon 18:00 strength full moderate 60; Mon 18:45 cycling moderate 30"_s);
        const Analysis a = analyze(p);
        for (int i = 1; i < a.findings.size(); ++i) {
            const Finding &x = a.findings[i - 1];
            const Finding &y = a.findings[i];
            QVERIFY(x.severity > y.severity || (x.severity == y.severity && x.axisMinute <= y.axisMinute));
        }
        QCOMPARE(a.findings[0].rule, u"overlap"_s);
        QCOMPARE(a.findings[1].rule, u"double-hiit-day"_s);
    }

    void autoFixRemovesFinding_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QString>("sessions");
        QTest::addColumn<QString>("rule");
        QTest::newRow("overlap") << u"general_fitness"_s
                                 << u"Mon 18:00 strength full moderate 60; Mon 18:45 cycling moderate 30"_s
                                 << u"overlap"_s;
        QTest::newRow("overlap, snapped")
            << u"general_fitness"_s << u"Mon 18:00 strength full moderate 50; Mon 18:45 cycling moderate 30"_s
            << u"overlap"_s;
        QTest::newRow("overlap across week wrap")
            << u"general_fitness"_s << u"Sun 23:00 strength full moderate 90; Sun 23:30 mobility 30"_s
            << u"overlap"_s;
        QTest::newRow("duplicate")
            << u"general_fitness"_s
            << u"Tue 07:00 strength lower heavy 60 id=s4; Tue 07:00 strength lower heavy 45 id=s9"_s
            << u"duplicate"_s;
        QTest::newRow("ampk-window")
            << u"muscle_growth"_s << u"Mon 06:20 cycling hiit 25 rpe=9; Mon 07:45 strength upper heavy 60"_s
            << u"ampk-window"_s;
        QTest::newRow("endurance-order")
            << u"endurance"_s << u"Tue 17:00 strength upper moderate 45; Tue 18:00 running moderate 60"_s
            << u"endurance-order"_s;
    }
    void autoFixRemovesFinding()
    {
        QFETCH(QString, goal);
        QFETCH(QString, sessions);
        QFETCH(QString, rule);
        Plan p = makePlan(goal, sessions, true);
        const Analysis before = analyze(p);
        const Finding *f = nullptr;
        for (const Finding &x : before.findings) {
            if (x.rule == rule)
                f = &x;
        }
        QVERIFY(f);
        QVERIFY(f->autoFix);
        const PlanEdit e = autoFixEdit(p, *f->autoFix);
        QVERIFY(!e.isEmpty());
        QVERIFY(!e.text.isEmpty());
        QVERIFY(e.isValidFor(p));
        const Plan original = p;
        const PlanEdit inverse = e.apply(p);
        const QStringList pair = f->sessions;
        for (const Finding &x : analyze(p).findings)
            QVERIFY2(!(x.rule == rule && x.sessions == pair), qPrintable(x.message));
        inverse.apply(p);
        QCOMPARE(p, original);
    }

    void autoFixGoneSession()
    {
        const Plan p = makePlan(u"general_fitness"_s, u"Mon 07:00 mobility 30"_s);
        AutoFix fix;
        fix.type = AutoFix::Type::Delete;
        fix.sessionId = u"nope"_s;
        QVERIFY(autoFixEdit(p, fix).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
