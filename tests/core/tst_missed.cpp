// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "icsexport.h"
#include "planio.h"
#include "season.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ordo;

// Missed sessions and session priority (docs/plan-format.md, "Session"): reading with errors
// that name their place, writing back byte for byte, and a missed session left out of every
// finding and figure and of the calendar export.
class TestMissed : public QObject
{
    Q_OBJECT

    static QByteArray fixture()
    {
        QFile f(QStringLiteral(ORDO_TEST_DATA_DIR "/plans/missed.ordo"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("fixture missing");
        return f.readAll();
    }

    static Plan read(const QByteArray &bytes)
    {
        const ReadResult r = parsePlan(bytes);
        if (!r.ok())
            qFatal("%s", qPrintable(r.errors.value(0).toString()));
        return *r.plan;
    }

    static QByteArray oneSession(const QByteArray &extra)
    {
        return "{\"format\":\"ordo-plan\",\"version\":1,\"sessions\":[{\"id\":\"a\",\"day\":\"mon\","
               "\"start\":"
               "\"07:00\",\"durationMin\":30,\"kind\":\"mobility\""
            + extra + "}]}";
    }

    // Heavy lower Monday 07:00, HIIT cycling right before it and a second lift the same day: a
    // plan full of findings, AMPK windows and load.
    static Plan busyMonday()
    {
        Plan p;
        p.weeks = 2;
        p.repeat = false;
        Session hiit;
        hiit.id = u"c1"_s;
        hiit.kind = Kind::Cardio;
        hiit.modality = Modality::Cycling;
        hiit.intensity = Intensity::Hiit;
        hiit.startMinute = 6 * 60;
        hiit.durationMin = 30;
        Session lift;
        lift.id = u"l1"_s;
        lift.kind = Kind::Strength;
        lift.focus = Focus::Lower;
        lift.load = Load::Heavy;
        lift.startMinute = 6 * 60 + 45;
        lift.durationMin = 75;
        Session lift2 = lift;
        lift2.id = u"l2"_s;
        lift2.startMinute = 18 * 60;
        Session walk;
        walk.id = u"w1"_s;
        walk.kind = Kind::Cardio;
        walk.modality = Modality::Walking;
        walk.day = Day::Wed;
        walk.startMinute = 12 * 60;
        walk.durationMin = 40;
        p.sessions = { hiit, lift, lift2, walk };
        p.sortSessions();
        return p;
    }

private slots:
    void readsTheNewKeys()
    {
        const Plan plan = read(fixture());
        QVERIFY(plan.find(u"s1"_s)->missed);
        QCOMPARE(plan.find(u"s1"_s)->priority, Priority::Key);
        QVERIFY(!plan.find(u"s2"_s)->missed);
        QCOMPARE(plan.find(u"s2"_s)->priority, Priority::Optional);
        QCOMPARE(plan.find(u"s3"_s)->priority, Priority::Normal);
        QVERIFY(plan.find(u"s3"_s)->unknownKeys.isEmpty());
        QVERIFY(plan.hasMissed());
    }

    void roundTripsByteForByte()
    {
        const QByteArray bytes = fixture();
        const Plan plan = read(bytes);
        QCOMPARE(serializePlan(plan), bytes);
        const QByteArray compact = serializePlanCompact(plan);
        QCOMPARE(read(compact), plan);
        QCOMPARE(serializePlanCompact(read(compact)), compact);
    }

    void defaultsAreNotWritten()
    {
        const Plan plan = read(oneSession(",\"missed\":false,\"priority\":\"normal\""));
        QVERIFY(!plan.sessions[0].missed);
        QCOMPARE(plan.sessions[0].priority, Priority::Normal);
        QVERIFY(plan.sessions[0].unknownKeys.isEmpty());
        const QByteArray written = serializePlan(plan);
        QVERIFY(!written.contains("missed"));
        QVERIFY(!written.contains("priority"));
        QVERIFY(!plan.hasMissed());
    }

    void errorsNameTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("missed a string")
            << QByteArray(",\"missed\":\"yes\"") << u"/sessions/0/missed"_s << u"expected true or false"_s;
        QTest::newRow("priority unknown") << QByteArray(",\"priority\":\"high\"") << u"/sessions/0/priority"_s
                                          << u"expected one of key, normal, optional, got \"high\""_s;
        QTest::newRow("priority a number")
            << QByteArray(",\"priority\":1") << u"/sessions/0/priority"_s << u"expected one of key"_s;
    }

    void errorsNameTheirPlace()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const ReadResult r = parsePlan(oneSession(extra));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().where, where);
        QVERIFY2(r.errors.first().what.contains(what), qPrintable(r.errors.first().toString()));
    }

    void missedSessionIsInNoFigure()
    {
        // The plan with l1 missed is analysed exactly like the plan without l1, in every figure.
        Plan marked = busyMonday();
        marked.find(u"l1"_s)->missed = true;
        Plan without = busyMonday();
        without.sessions.removeAt(without.indexOf(u"l1"_s));
        const Analysis a = analyze(marked);
        const Analysis b = analyze(without);
        QCOMPARE(a.findings, b.findings);
        QCOMPARE(a.days, b.days);
        QCOMPARE(a.weeks, b.weeks);
        QCOMPARE(a.windows, b.windows);
        QCOMPARE(a.summary, b.summary);
        QCOMPARE(a.liftFatigue, b.liftFatigue);
        QCOMPARE(a.highLoadThresholdAU, b.highLoadThresholdAU);
        for (int minute : { 7 * 60, 20 * 60, kMinutesPerDay + 8 * 60 })
            QCOMPARE(regionFatiguePercent(marked, Region::Legs, minute),
                     regionFatiguePercent(without, Region::Legs, minute));
        QCOMPARE(worstFindingPerWeek(a, marked.weeks), worstFindingPerWeek(b, without.weeks));
        QCOMPARE(fourWeekMeanLoad(a, 1), fourWeekMeanLoad(b, 1));

        // And it does change them: the missed lift was not nothing.
        const Analysis all = analyze(busyMonday());
        QVERIFY(all.days[0].strengthLoad > a.days[0].strengthLoad);
        QVERIFY(all.weeks[0].liftingSessions == a.weeks[0].liftingSessions + 1);
        QVERIFY(all.findings != a.findings);
        for (const Finding &f : a.findings)
            QVERIFY2(!f.sessions.contains(u"l1"_s), qPrintable(f.rule));
        QVERIFY(!a.days[0].sessionIds.contains(u"l1"_s));
    }

    void everySessionMissedIsAnEmptyWeek()
    {
        Plan plan = busyMonday();
        for (Session &s : plan.sessions)
            s.missed = true;
        Plan empty = busyMonday();
        empty.sessions.clear();
        const Analysis a = analyze(plan);
        QCOMPARE(a, analyze(empty));
        QCOMPARE(a.summary.strengthSessions, 0);
        QCOMPARE(a.weeks[0].load, 0.0);
    }

    void calendarLeavesMissedOut()
    {
        Plan plan = busyMonday();
        plan.find(u"l1"_s)->missed = true;
        IcsOptions options;
        options.startDate = QDate(2027, 1, 4);
        options.stamp = QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC);
        const IcsExport withMissed = exportIcs(plan, analyze(plan), options);
        QVERIFY2(withMissed.error.isEmpty(), qPrintable(withMissed.error));
        QCOMPARE(withMissed.eventCount, 3);
        QCOMPARE(withMissed.skippedSessions, 0);
        QVERIFY(!withMissed.bytes.contains(icsUid(plan, *plan.find(u"l1"_s), options).toUtf8()));
        QVERIFY(withMissed.bytes.contains(icsUid(plan, *plan.find(u"l2"_s), options).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestMissed)
#include "tst_missed.moc"
