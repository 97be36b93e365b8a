// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "checkreport.h"
#include "tst_analysis_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;
using ordo::test::makePlan;

// The `ordo check` report (docs/cli.md) as golden text and as JSON, without a process.
class TestCheckReport : public QObject
{
    Q_OBJECT

private slots:
    void goldenText()
    {
        Plan p = makePlan(
            u"muscle_growth"_s,
            u"Mon 06:20 cycling hiit 25 rpe=9 title=Bike_sprints; Mon 07:45 strength upper heavy 60 title=Heavy_upper"_s);
        p.analysis.disabledRules = { u"lifting-frequency"_s, u"high-load-day"_s };
        const QString text = checkText(p, analyze(p));
        const QString expected
            = u"info     ampk-window     Mon 06:20 Bike sprints — Heavy upper starts 1 h "
              u"after Bike sprints. After HIIT, AMPK is "
              u"estimated to stay raised until Mon 10:45 (4 h), which "
              u"may blunt the lifting stimulus; "
              u"tired muscles also manage fewer reps. The effect is smaller for an upper-body "
              u"session, because the legs did the cardio. Fix: Swap the order (lift "
              u"first), or move Heavy upper to Mon 10:45 "
              u"or later.\n"
              u"\n"
              u"Weekly summary:\n"
              u"  Sessions: 1 strength, 1 cardio, 0 mobility\n"
              u"  Cardio minutes: 0 easy, 0 moderate, 25 HIIT\n"
              u"  Rest days: 6\n"
              u"  Estimated energy: ≈ 760 kcal\n"_s; // to the nearest 10, as everywhere
        QCOMPARE(text, expected);
    }

    void noFindings()
    {
        Plan p = makePlan(u"general_fitness"_s, u"Mon 07:00 mobility 30"_s);
        p.analysis.disabledRules = { u"lifting-frequency"_s, u"aerobic-minimum"_s };
        QVERIFY(checkText(p, analyze(p)).startsWith(u"No findings.\n\nWeekly summary:\n"_s));
    }

    void multiWeekText()
    {
        const Plan p = makePlan(
            u"muscle_growth"_s,
            u"Mon 07:00 strength lower heavy 60 w=1; Tue 07:00 strength lower heavy 60 w=1"_s, true, 2);
        const QString text = checkText(p, analyze(p));
        QVERIFY2(text.contains(u"week 2 Mon 07:00 Heavy lower — "_s), qPrintable(text));
        QVERIFY(text.contains(u"Weekly summary (average of 2 weeks):"_s));
    }

    void jsonIsStable()
    {
        const Plan p
            = makePlan(u"muscle_growth"_s, u"Mon 20:00 running hiit 30; Tue 07:00 strength lower heavy 60"_s);
        const Analysis a = analyze(p);
        const QByteArray json = checkJson(p, a);
        QCOMPARE(checkJson(p, analyze(p)), json);
        QVERIFY(json.endsWith("}\n"));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonArray days = root[u"days"_s].toArray();
        QCOMPARE(days.size(), 7);
        QCOMPARE(days[0].toObject()[u"ampkWindows"_s].toArray()[0].toObject()[u"end"_s].toString(),
                 u"24:00"_s);
        QCOMPARE(days[0].toObject()[u"fatigue"_s].toDouble(), std::round(a.days[0].fatigue * 10) / 10);
        QCOMPARE(days[1].toObject()[u"kcal"_s].toInt(), int(std::lround(a.days[1].kcal)));
        // Key order of a finding follows docs/cli.md.
        const int rule = json.indexOf("\"rule\""), severity = json.indexOf("\"severity\""),
                  sessions = json.indexOf("\"sessions\""), source = json.indexOf("\"source\"");
        QVERIFY(rule < severity && severity < sessions && sessions < source);
    }

    void strictIgnoresHiddenAndInfo()
    {
        Analysis a;
        Finding f;
        f.severity = Severity::Warning;
        f.hiddenByDefault = true;
        a.findings = { f };
        QVERIFY(!hasStrictFindings(a));
        a.findings[0].hiddenByDefault = false;
        QVERIFY(hasStrictFindings(a));
        a.findings[0].severity = Severity::Info;
        QVERIFY(!hasStrictFindings(a));
    }
};

QTEST_GUILESS_MAIN(TestCheckReport)
#include "tst_checkreport.moc"
