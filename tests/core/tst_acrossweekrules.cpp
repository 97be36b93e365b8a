// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "season.h"
#include "tst_analysis_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;
using namespace ordo::test;

// Rules 49 `load-ramp` and 50 `no-lighter-week` (docs/rules.md 3.8) at their boundaries: exactly
// at a threshold, just above and below, the first and the last week, one-off and repeating
// plans, and the weekly load they read being the one the charts and the season overview show.
class TestAcrossWeekRules : public QObject
{
    Q_OBJECT

    // One plan week of four moderate rides at RPE 5 of `minutes` each: a load of 20 × minutes.
    static QString week(int w, int minutes)
    {
        if (minutes == 0)
            return QString();
        QString s;
        for (const char *day : { "Mon", "Wed", "Fri", "Sat" })
            s += u"%1 18:00 cycling moderate %2 rpe=5 w=%3;"_s.arg(QLatin1String(day)).arg(minutes).arg(w);
        return s;
    }

    // A plan whose week k has four rides of minutes[k] (a weekly load of 20 × minutes[k]).
    static Plan plan(const QList<int> &minutes, bool repeat = false)
    {
        QString sessions;
        for (int w = 0; w < minutes.size(); ++w)
            sessions += week(w, minutes[w]);
        return makePlan(u"general_fitness"_s, sessions, repeat, int(minutes.size()));
    }

    static QList<const Finding *> of(const Analysis &a, const QString &rule)
    {
        QList<const Finding *> out;
        for (const Finding &f : a.findings) {
            if (f.rule == rule)
                out.append(&f);
        }
        return out;
    }

    // "week:severity" of each finding of the rule, e.g. "1:info".
    static QStringList weeks(const Analysis &a, const QString &rule)
    {
        QStringList out;
        for (const Finding *f : of(a, rule))
            out << u"%1:%2"_s.arg(f->week).arg(toId(f->severity));
        return out;
    }

private slots:
    void weeklyLoadIsTheChartsFigure()
    {
        const Analysis a = analyze(plan({ 60, 73 }));
        QCOMPARE(a.weeks.size(), 2);
        QCOMPARE(a.weeks[0].load, 1200.0);
        QCOMPARE(a.weeks[1].load, 1460.0);
        // The message quotes the same figures as the weekly load chart's bars.
        const QList<const Finding *> f = of(a, u"load-ramp"_s);
        QCOMPARE(f.size(), 1);
        QVERIFY2(f[0]->message.contains(u"1460 against 1200"_s), qPrintable(f[0]->message));
        QVERIFY2(f[0]->message.contains(u"22 %"_s), qPrintable(f[0]->message));
        QCOMPARE(fourWeekMeanLoad(a, 1), 1330.0);
    }

    void ramp_data()
    {
        QTest::addColumn<QList<int>>("minutes");
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        // 1,200 AU a week is 60 min per ride.
        QTest::newRow("exactly +20 %") << QList<int> { 60, 72 } << false << none;
        QTest::newRow("just above +20 %") << QList<int> { 60, 73 } << false << QStringList { u"1:info"_s };
        QTest::newRow("exactly +50 %") << QList<int> { 60, 90 } << false << QStringList { u"1:info"_s };
        QTest::newRow("just above +50 %") << QList<int> { 60, 91 } << false << QStringList { u"1:warning"_s };
        QTest::newRow("first week is never a rise") << QList<int> { 120, 60 } << false << none;
        QTest::newRow("last week") << QList<int> { 60, 60, 60, 91 } << false
                                   << QStringList { u"3:warning"_s };
        QTest::newRow("back after a lighter week") << QList<int> { 60, 30, 60 } << false << none;
        QTest::newRow("above the heaviest recent week")
            << QList<int> { 60, 30, 73 } << false << QStringList { u"2:info"_s };
        QTest::newRow("heaviest week three weeks back") << QList<int> { 90, 50, 50, 61 } << false << none;
        QTest::newRow("under the smallest judged week") << QList<int> { 40, 49 } << false << none;
        QTest::newRow("at the smallest judged week")
            << QList<int> { 40, 50 } << false << QStringList { u"1:info"_s };
        QTest::newRow("after an empty week") << QList<int> { 0, 60 } << false << none;
        QTest::newRow("repeating, inside the cycle")
            << QList<int> { 60, 73 } << true << QStringList { u"1:info"_s };
        QTest::newRow("repeating, across the wrap")
            << QList<int> { 73, 60 } << true << QStringList { u"0:info"_s };
        QTest::newRow("one-off, no wrap") << QList<int> { 73, 60 } << false << none;
        QTest::newRow("repeating one week") << QList<int> { 60 } << true << none;
    }

    void ramp()
    {
        QFETCH(QList<int>, minutes);
        QFETCH(bool, repeat);
        QFETCH(QStringList, expected);
        const Analysis a = analyze(plan(minutes, repeat));
        QCOMPARE(weeks(a, u"load-ramp"_s), expected);
    }

    void rampMessages()
    {
        const Analysis wrapped = analyze(plan({ 73, 60 }, true));
        const QList<const Finding *> f = of(wrapped, u"load-ramp"_s);
        QCOMPARE(f.size(), 1);
        QVERIFY2(f[0]->message.startsWith(
                     u"Week 1 carries 22 % more training load than week 2 before it as the plan "
                     u"repeats"_s),
                 qPrintable(f[0]->message));
        QVERIFY(f[0]->sessions.isEmpty());
        QVERIFY(!f[0]->fix.isEmpty());
        // Measured from the heaviest of the weeks before it, and named so.
        const Analysis a = analyze(plan({ 60, 30, 73 }));
        QVERIFY2(of(a, u"load-ramp"_s)
                     .value(0)
                     ->message.startsWith(u"Week 3 carries 22 % more training load than "
                                          u"week 1 "_s),
                 qPrintable(of(a, u"load-ramp"_s).value(0)->message));
    }

    void rampSettings()
    {
        Plan p = plan({ 60, 73 });
        p.analysis.thresholds.insert(u"ramp.infoPct"_s, 25);
        QCOMPARE(weeks(analyze(p), u"load-ramp"_s), QStringList());
        p.analysis.thresholds.insert(u"ramp.warnPct"_s, 21);
        p.analysis.thresholds.insert(u"ramp.infoPct"_s, 10);
        QCOMPARE(weeks(analyze(p), u"load-ramp"_s), QStringList { u"1:warning"_s });
        // One week back only: the lighter week is the base.
        Plan q = plan({ 60, 30, 60 });
        q.analysis.thresholds.insert(u"ramp.lookbackWeeks"_s, 1);
        QCOMPARE(weeks(analyze(q), u"load-ramp"_s), QStringList { u"2:warning"_s });
        // The heaviest week out of reach.
        Plan r = plan({ 90, 50, 50, 61 });
        r.analysis.thresholds.insert(u"ramp.lookbackWeeks"_s, 2);
        QCOMPARE(weeks(analyze(r), u"load-ramp"_s), QStringList { u"3:info"_s });
        q.analysis.disabledRules << u"load-ramp"_s;
        QCOMPARE(weeks(analyze(q), u"load-ramp"_s), QStringList());
    }

    void loadSpikeTakesItsWeek()
    {
        // Five one-off weeks, the last one doubled: rule 38 reports it, rule 49 leaves it.
        Plan p = plan({ 60, 60, 60, 60, 120 });
        Analysis a = analyze(p);
        QCOMPARE(weeks(a, u"load-spike"_s), QStringList { u"4:warning"_s });
        QCOMPARE(weeks(a, u"load-ramp"_s), QStringList());
        p.analysis.disabledRules << u"load-spike"_s;
        a = analyze(p);
        QCOMPARE(weeks(a, u"load-ramp"_s), QStringList { u"4:warning"_s });
    }

    void lighter_data()
    {
        QTest::addColumn<QList<int>>("minutes");
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("four weeks in a row") << QList<int> { 60, 60, 60, 60 } << false << none;
        QTest::newRow("five weeks in a row")
            << QList<int> { 60, 60, 60, 60, 60 } << false << QStringList { u"4:info"_s };
        // 15 % below the mean of the weeks before: 51 min against 60.
        QTest::newRow("exactly 15 % lighter") << QList<int> { 60, 60, 51, 60, 60 } << false << none;
        QTest::newRow("14 % lighter is not lighter")
            << QList<int> { 60, 60, 52, 60, 60 } << false << QStringList { u"4:info"_s };
        QTest::newRow("lighter in the last week") << QList<int> { 60, 60, 60, 60, 40 } << false << none;
        QTest::newRow("an empty week is lighter") << QList<int> { 60, 60, 60, 60, 0, 60 } << false << none;
        QTest::newRow("two long stretches") << QList<int> { 60, 60, 60, 60, 60, 30, 60, 60, 60, 60, 60 }
                                            << false << QStringList { u"4:info"_s, u"10:info"_s };
        QTest::newRow("repeating without a lighter week")
            << QList<int> { 60, 60 } << true << QStringList { u"1:info"_s };
        QTest::newRow("repeating with a lighter week") << QList<int> { 60, 60, 60, 40 } << true << none;
        QTest::newRow("repeating, stretch across the wrap")
            << QList<int> { 60, 60, 40, 60, 60, 60 } << true << QStringList { u"1:info"_s };
        QTest::newRow("repeating one week") << QList<int> { 60 } << true << none;
        QTest::newRow("one week") << QList<int> { 60 } << false << none;
    }

    void lighter()
    {
        QFETCH(QList<int>, minutes);
        QFETCH(bool, repeat);
        QFETCH(QStringList, expected);
        const Analysis a = analyze(plan(minutes, repeat));
        QCOMPARE(weeks(a, u"no-lighter-week"_s), expected);
    }

    void lighterMessages()
    {
        const Analysis a = analyze(plan({ 60, 60, 60, 60, 60, 60 }));
        const QList<const Finding *> f = of(a, u"no-lighter-week"_s);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0]->week, 4);
        QVERIFY2(
            f[0]->message.startsWith(u"Weeks 1 to 6 are 6 weeks in a row without a lighter week (one with at "
                                     u"least 15 % less"_s),
            qPrintable(f[0]->message));
        QVERIFY2(f[0]->fix.startsWith(u"Make week 5 lighter"_s), qPrintable(f[0]->fix));
        const Analysis wrap = analyze(plan({ 60, 60, 40, 60, 60, 60 }, true));
        QVERIFY2(of(wrap, u"no-lighter-week"_s).value(0)->message.startsWith(u"Weeks 4 to 2 are 5 weeks"_s),
                 qPrintable(of(wrap, u"no-lighter-week"_s).value(0)->message));
        const Analysis cycle = analyze(plan({ 60, 60 }, true));
        QVERIFY2(
            of(cycle, u"no-lighter-week"_s).value(0)->message.startsWith(u"The plan repeats its 2 weeks"_s),
            qPrintable(of(cycle, u"no-lighter-week"_s).value(0)->message));
    }

    void lighterSettings()
    {
        Plan p = plan({ 60, 60, 60, 60, 60 });
        p.analysis.thresholds.insert(u"lighter.maxRunWeeks"_s, 5);
        QCOMPARE(weeks(analyze(p), u"no-lighter-week"_s), QStringList());
        p.analysis.thresholds.insert(u"lighter.maxRunWeeks"_s, 2);
        QCOMPARE(weeks(analyze(p), u"no-lighter-week"_s), QStringList { u"2:info"_s });
        Plan q = plan({ 60, 60, 52, 60, 60 });
        q.analysis.thresholds.insert(u"lighter.dropPct"_s, 10);
        QCOMPARE(weeks(analyze(q), u"no-lighter-week"_s), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAcrossWeekRules)
#include "tst_acrossweekrules.moc"
