// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "planio.h"
#include "tst_analysis_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

// Rule 48, `outside-availability` (docs/rules.md 3.13): a warning per session outside the times
// the plan says the user can train, naming the session and the nearest free window; silent
// without availability.
class TestAvailabilityRule : public QObject
{
    Q_OBJECT

    // The plan of `sessions` (tst_analysis_support.h notation) with `availability` as JSON.
    static Plan planWith(const QString &sessions, const QString &availability, int weeks = 1)
    {
        Plan plan = test::makePlan(u"general_fitness"_s, sessions, true, weeks);
        if (!availability.isEmpty()) {
            const ReadResult r = parsePlan(
                u"{\"format\":\"ordo-plan\",\"version\":1,\"weeks\":%1,\"availability\":%2,\"sessions\":[]}"_s
                    .arg(weeks)
                    .arg(availability)
                    .toUtf8());
            if (!r.ok())
                qFatal("%s", qPrintable(r.errors.value(0).toString()));
            plan.availability = r.plan->availability;
        }
        return plan;
    }

    static QList<Finding> findingsOf(const Plan &plan)
    {
        QList<Finding> out;
        for (const Finding &f : analyze(plan).findings) {
            if (f.rule == u"outside-availability"_s)
                out.append(f);
        }
        return out;
    }

private slots:
    void rule_data()
    {
        QTest::addColumn<QString>("sessions");
        QTest::addColumn<QString>("availability");
        QTest::addColumn<QStringList>("flagged"); // session ids
        QTest::addColumn<QString>("message"); // a part of the first finding's message
        QTest::addColumn<QString>("fix");

        const QString evenings = u"{\"days\":{\"mon\":[{\"start\":\"18:00\",\"end\":\"21:00\"}]}}"_s;
        QTest::newRow("no availability")
            << u"Mon 07:00 strength lower heavy 60"_s << QString() << QStringList() << QString() << QString();
        QTest::newRow("empty availability")
            << u"Mon 07:00 strength lower heavy 60"_s << u"{}"_s << QStringList() << QString() << QString();
        QTest::newRow("inside") << u"Mon 18:00 strength lower heavy 60; Mon 20:00 running easy 60"_s
                                << evenings << QStringList() << QString() << QString();
        QTest::newRow("unrestricted day")
            << u"Tue 03:00 strength lower heavy 60"_s << evenings << QStringList() << QString() << QString();
        QTest::newRow("wholly outside")
            << u"Mon 07:00 strength lower heavy 60"_s << evenings << QStringList { u"s1"_s }
            << u"“Heavy lower” on Mon 07:00 lies outside the times you can train. The nearest free window is Mon 18:00–21:00."_s
            << u"Move it to Mon 18:00, or change your available times."_s;
        QTest::newRow("one minute over")
            << u"Mon 20:01 running easy 60"_s << evenings << QStringList { u"s1"_s }
            << u"lies outside the times you can train"_s << u"Move it to Mon 20:00"_s;
        QTest::newRow("kind not allowed")
            << u"Mon 06:30 mobility 30"_s
            << u"{\"days\":{\"mon\":[{\"start\":\"06:00\",\"end\":\"08:00\",\"kinds\":[\"strength\"]},{\"start\":\"18:00\",\"end\":\"19:00\"}]}}"_s
            << QStringList { u"s1"_s }
            << u"“Mobility” on Mon 06:30 falls in time you keep for other kinds of training."_s
            << u"Move it to Mon 18:00"_s;
        QTest::newRow("busy")
            << u"Wed 09:00 running moderate 45"_s
            << u"{\"busy\":[{\"day\":\"wed\",\"start\":\"09:30\",\"end\":\"10:30\",\"summary\":\"Team meeting\"}]}"_s
            << QStringList { u"s1"_s }
            << u"clashes with “Team meeting”. The nearest free window is Wed 00:00–09:30."_s
            << u"Move it to Wed 08:45"_s;
        QTest::newRow("busy without a summary")
            << u"Wed 09:00 running moderate 45"_s
            << u"{\"busy\":[{\"day\":\"wed\",\"start\":\"09:30\",\"end\":\"10:30\"}]}"_s
            << QStringList { u"s1"_s } << u"on Wed 09:00 falls in busy time."_s << QString();
        QTest::newRow("closed day") << u"Sun 10:00 strength upper moderate 60"_s
                                    << u"{\"days\":{\"sun\":[]}}"_s << QStringList { u"s1"_s }
                                    << u"The nearest free window is Sat 00:00–24:00."_s
                                    << u"Move it to Sat 10:00"_s;
        QTest::newRow("past midnight into a closed day")
            << u"Sat 23:30 cycling easy 60"_s << u"{\"days\":{\"sun\":[]}}"_s << QStringList { u"s1"_s }
            << u"lies outside the times you can train"_s << u"Move it to Sat 23:00"_s;
        QTest::newRow("nothing long enough")
            << u"Mon 18:00 strength full moderate 90"_s
            << u"{\"days\":{\"mon\":[{\"start\":\"18:00\",\"end\":\"19:00\"}],\"tue\":[],\"wed\":[],\"thu\":[],\"fri\":[],\"sat\":[],\"sun\":[]}}"_s
            << QStringList { u"s1"_s } << u"No free window of this week is long enough for it."_s
            << u"Shorten it, or change your available times."_s;
        QTest::newRow("two sessions, one outside")
            << u"Mon 18:00 strength lower heavy 60; Mon 21:00 running easy 20"_s << evenings
            << QStringList { u"s2"_s } << u"“Easy running” on Mon 21:00"_s << QString();
        QTest::newRow("week override")
            << u"Tue 18:00 strength lower heavy 60 w=1; Tue 18:00 strength lower heavy 60 w=0"_s
            << u"{\"weeks\":[{\"week\":1,\"days\":{\"tue\":[]}}]}"_s << QStringList { u"s1"_s }
            << u"on week 2 Tue 18:00"_s << u"Move it to week 2 Mon 18:00"_s;
    }

    void rule()
    {
        QFETCH(QString, sessions);
        QFETCH(QString, availability);
        QFETCH(QStringList, flagged);
        QFETCH(QString, message);
        QFETCH(QString, fix);
        const int weeks = QString::fromUtf8(QTest::currentDataTag()) == u"week override"_s ? 2 : 1;
        const QList<Finding> findings = findingsOf(planWith(sessions, availability, weeks));
        QStringList ids;
        for (const Finding &f : findings) {
            QCOMPARE(f.severity, Severity::Warning);
            QCOMPARE(f.sessions.size(), 1);
            ids += f.sessions;
        }
        QCOMPARE(ids, flagged);
        if (!message.isEmpty())
            QVERIFY2(findings.first().message.contains(message), qPrintable(findings.first().message));
        if (!fix.isEmpty())
            QVERIFY2(findings.first().fix.contains(fix), qPrintable(findings.first().fix));
    }

    void lockedSessionsAreReportedToo()
    {
        Plan plan = planWith(u"Mon 07:00 strength lower heavy 60"_s,
                             u"{\"days\":{\"mon\":[{\"start\":\"18:00\",\"end\":\"21:00\"}]}}"_s);
        plan.sessions[0].locked = true;
        QCOMPARE(findingsOf(plan).size(), 1);
    }

    void canBeTurnedOff()
    {
        Plan plan = planWith(u"Mon 07:00 strength lower heavy 60"_s, u"{\"days\":{\"mon\":[]}}"_s);
        QCOMPARE(findingsOf(plan).size(), 1);
        plan.analysis.disabledRules.append(u"outside-availability"_s);
        QVERIFY(findingsOf(plan).isEmpty());
    }

    void twelveHourClock()
    {
        const Plan plan = planWith(u"Mon 07:00 strength lower heavy 60"_s,
                                   u"{\"days\":{\"mon\":[{\"start\":\"18:00\",\"end\":\"21:00\"}]}}"_s);
        const QList<Finding> f = [&] {
            QList<Finding> out;
            for (const Finding &x : analyze(plan, ClockFormat::H12).findings)
                if (x.rule == u"outside-availability"_s)
                    out.append(x);
            return out;
        }();
        QCOMPARE(f.size(), 1);
        QVERIFY2(f[0].message.contains(u"6:00 PM"_s), qPrintable(f[0].message));
    }
};

QTEST_GUILESS_MAIN(TestAvailabilityRule)
#include "tst_availabilityrule.moc"
