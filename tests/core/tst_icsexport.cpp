// SPDX-License-Identifier: GPL-3.0-or-later

#include "icsexport.h"

#include "planio.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

// The .ics writer: RFC 5545 escaping and folding, RRULEs for repeating plans, dated events for
// one-off plans, checked both byte by byte and through Debian's python3-icalendar parser.
class TestIcsExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void escapesTextSpecials_data();
    void escapesTextSpecials();
    void foldsLongLinesAt75Octets();
    void neverSplitsUtf8Sequences();
    void usesCrlfEverywhere();
    void repeatingPlanGetsWeeklyRuleWithCount();
    void repeatingMultiWeekPlanUsesPlanPeriod();
    void untilDateReplacesCount();
    void oneOffPlanGetsDatedEvents();
    void midWeekStartSkipsEarlierOccurrences();
    void specialCharacterTitlesSurviveAThirdPartyParser();
    void descriptionNamesKindIntensityDurationAndFindings();
    void uidsAreStableAndUnique();

private:
    QJsonObject parseWithIcalendar(const QByteArray &ics);
    static Plan fixture(const QString &name);
    static IcsOptions options(const QDate &start, int weeks = 12);

    QString m_python;
    QTemporaryDir m_dir;
};

void TestIcsExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Debian's interpreter carries python3-icalendar; another python3 on PATH may not.
    for (const QString &candidate : { u"/usr/bin/python3"_s, u"python3"_s }) {
        QProcess p;
        p.start(candidate, { u"-c"_s, u"import icalendar"_s });
        if (p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
            m_python = candidate;
            break;
        }
    }
}

Plan TestIcsExport::fixture(const QString &name)
{
    const ReadResult r = parsePlan(test::readFixture(test::dataDir() + u"/plans/"_s + name));
    if (!r.plan)
        qFatal("fixture %s does not load", qPrintable(name));
    return *r.plan;
}

IcsOptions TestIcsExport::options(const QDate &start, int weeks)
{
    IcsOptions o;
    o.startDate = start;
    o.repeatWeeks = weeks;
    o.stamp = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    return o;
}

QJsonObject TestIcsExport::parseWithIcalendar(const QByteArray &ics)
{
    if (m_python.isEmpty())
        return {};
    const QString path = m_dir.filePath(u"out.ics"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(ics);
    f.close();
    QProcess p;
    p.start(m_python, { test::dataDir() + u"/export/icsdump.py"_s, path });
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("%s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

void TestIcsExport::escapesTextSpecials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("comma") << u"Legs, glutes"_s << u"Legs\\, glutes"_s;
    QTest::newRow("semicolon") << u"A;B"_s << u"A\\;B"_s;
    QTest::newRow("backslash") << u"C:\\gym"_s << u"C:\\\\gym"_s;
    QTest::newRow("newline") << u"one\ntwo"_s << u"one\\ntwo"_s;
    QTest::newRow("crlf") << u"one\r\ntwo"_s << u"one\\ntwo"_s;
    QTest::newRow("colon kept") << u"Note: easy"_s << u"Note: easy"_s;
    QTest::newRow("control dropped") << u"a\u0007b"_s << u"ab"_s;
}

void TestIcsExport::escapesTextSpecials()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(icsEscapeText(text), escaped);
}

void TestIcsExport::foldsLongLinesAt75Octets()
{
    const QByteArray line = "SUMMARY:" + QByteArray(200, 'x');
    const QByteArray folded = icsFoldLine(line);
    const QList<QByteArray> parts = folded.split('\n');
    QCOMPARE(parts.last(), QByteArray());
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        QVERIFY(parts[i].endsWith('\r'));
        QVERIFY2(parts[i].size() - 1 <= 75, parts[i].constData());
        if (i > 0)
            QVERIFY(parts[i].startsWith(' '));
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    QCOMPARE(unfolded, line + "\r\n");
    QCOMPARE(icsFoldLine("SHORT:x"), QByteArray("SHORT:x\r\n"));
    QCOMPARE(icsFoldLine(QByteArray(75, 'a')), QByteArray(75, 'a') + "\r\n");
}

void TestIcsExport::neverSplitsUtf8Sequences()
{
    // Emoji are 4 octets, umlauts 2: every fold point must fall between characters.
    const QString text = u"SUMMARY:"_s + QString(u"Bein💪tag ä "_s).repeated(20);
    const QByteArray folded = icsFoldLine(text.toUtf8());
    for (const QByteArray &physical : folded.split('\n')) {
        QByteArray content = physical;
        if (content.endsWith('\r'))
            content.chop(1);
        QVERIFY(content.size() <= 75);
        QVERIFY2(QString::fromUtf8(content).toUtf8() == content, content.constData()); // valid UTF-8
        QVERIFY(!QString::fromUtf8(content).contains(QChar::ReplacementCharacter));
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    QCOMPARE(QString::fromUtf8(unfolded.chopped(2)), text);
}

void TestIcsExport::usesCrlfEverywhere()
{
    const QByteArray ics = exportIcs(fixture(u"format-example.ordo"_s), {}, options(QDate(2026, 1, 5))).bytes;
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(ics.count('\n'), ics.count("\r\n"));
    for (const QByteArray &line : ics.split('\n'))
        QVERIFY(line.size() <= 76); // 75 octets + CR
}

void TestIcsExport::repeatingPlanGetsWeeklyRuleWithCount()
{
    const Plan plan = fixture(u"format-example.ordo"_s);
    const IcsExport out = exportIcs(plan, {}, options(QDate(2026, 1, 5)));
    QCOMPARE(out.eventCount, 3);
    QCOMPARE(out.bytes.count("BEGIN:VEVENT"), 3);
    QVERIFY(out.bytes.contains("RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=12\r\n"));
    QVERIFY(out.bytes.contains("DTSTART:20260105T070000\r\nDTEND:20260105T080000\r\n"));
    QVERIFY(out.bytes.contains("DTSTAMP:20260101T120000Z\r\n"));

    const QJsonObject parsed = parseWithIcalendar(out.bytes);
    if (m_python.isEmpty())
        QSKIP("python3-icalendar is not installed");
    QCOMPARE(parsed[u"version"_s].toString(), u"2.0"_s);
    const QJsonArray events = parsed[u"events"_s].toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0][u"summary"_s].toString(), u"Heavy lower"_s);
    QCOMPARE(events[0][u"dtstart"_s].toString(), u"2026-01-05T07:00:00"_s);
    QCOMPARE(events[0][u"dtend"_s].toString(), u"2026-01-05T08:00:00"_s);
    QVERIFY(events[0][u"floating"_s].toBool());
    QCOMPARE(events[2][u"summary"_s].toString(), u"Bike sprints"_s);
    QCOMPARE(events[2][u"dtstart"_s].toString(), u"2026-01-07T18:00:00"_s);
    QCOMPARE(events[2][u"dtend"_s].toString(), u"2026-01-07T18:25:00"_s);
    QCOMPARE(events[2][u"rrule"_s].toString(), u"FREQ=WEEKLY;COUNT=12;INTERVAL=1"_s);
}

void TestIcsExport::repeatingMultiWeekPlanUsesPlanPeriod()
{
    Plan plan = fixture(u"unicode-multiweek.ordo"_s);
    plan.repeat = true;
    const IcsExport out = exportIcs(plan, {}, options(QDate(2026, 1, 5), 12));
    QCOMPARE(out.eventCount, 3);
    // 3-week period over 12 weeks: 4 occurrences of each session.
    QCOMPARE(out.bytes.count("RRULE:FREQ=WEEKLY;INTERVAL=3;COUNT=4\r\n"), 3);
    // a1: week 0 Sunday 23:30 for 90 min ends on Monday 01:00.
    QVERIFY(out.bytes.contains("DTSTART:20260111T233000\r\nDTEND:20260112T010000\r\n"));
    // 10 weeks do not divide by 3: weeks 0, 3, 6, 9 → 4 for week-0 sessions, 3 for week 1 and 2.
    const IcsExport ten = exportIcs(plan, {}, options(QDate(2026, 1, 5), 10));
    QCOMPARE(ten.bytes.count("COUNT=4\r\n"), 1);
    QCOMPARE(ten.bytes.count("COUNT=3\r\n"), 2);
}

void TestIcsExport::untilDateReplacesCount()
{
    IcsOptions o = options(QDate(2026, 1, 5));
    o.untilDate = QDate(2026, 3, 29);
    const IcsExport out = exportIcs(fixture(u"format-example.ordo"_s), {}, o);
    QCOMPARE(out.bytes.count("RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20260329T235959\r\n"), 3);
    QVERIFY(!out.bytes.contains("COUNT="));
    const QJsonObject parsed = parseWithIcalendar(out.bytes);
    if (m_python.isEmpty())
        QSKIP("python3-icalendar is not installed");
    QVERIFY(parsed[u"events"_s].toArray()[0][u"rrule"_s].toString().contains(u"UNTIL=20260329T235959"_s));
}

void TestIcsExport::oneOffPlanGetsDatedEvents()
{
    const Plan plan = fixture(u"unicode-multiweek.ordo"_s);
    QVERIFY(!plan.repeat);
    const IcsExport out = exportIcs(plan, {}, options(QDate(2026, 3, 2)));
    QCOMPARE(out.eventCount, 3);
    QVERIFY(!out.bytes.contains("RRULE"));
    const QJsonObject parsed = parseWithIcalendar(out.bytes);
    if (m_python.isEmpty())
        QSKIP("python3-icalendar is not installed");
    const QJsonArray events = parsed[u"events"_s].toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0][u"dtstart"_s].toString(), u"2026-03-08T23:30:00"_s);
    QCOMPARE(events[1][u"summary"_s].toString(), u"Gym"_s);
    QCOMPARE(events[1][u"dtstart"_s].toString(), u"2026-03-09T00:00:00"_s);
    QCOMPARE(events[2][u"dtstart"_s].toString(), u"2026-03-22T23:59:00"_s);
    QCOMPARE(events[2][u"dtend"_s].toString(), u"2026-03-23T09:59:00"_s);
}

void TestIcsExport::midWeekStartSkipsEarlierOccurrences()
{
    // Thursday 2026-01-08: week 0 begins Monday 2026-01-05; Monday's session first occurs on
    // the 12th, Wednesday's on the 14th, both one fewer times within the 12 weeks.
    const Plan plan = fixture(u"format-example.ordo"_s);
    const IcsExport out = exportIcs(plan, {}, options(QDate(2026, 1, 8)));
    QCOMPARE(out.eventCount, 3);
    QVERIFY(out.bytes.contains("DTSTART:20260112T070000\r\n"));
    QVERIFY(out.bytes.contains("DTSTART:20260114T180000\r\n"));
    QCOMPARE(out.bytes.count("COUNT=11\r\n"), 3);

    Plan oneOff = plan;
    oneOff.repeat = false;
    const IcsExport dated = exportIcs(oneOff, {}, options(QDate(2026, 1, 8)));
    QCOMPARE(dated.eventCount, 0);
    QCOMPARE(dated.skippedSessions, 3);
}

void TestIcsExport::specialCharacterTitlesSurviveAThirdPartyParser()
{
    Plan plan;
    plan.name = u"Coach's plan; v2, \"final\""_s;
    const QStringList titles = {
        u"Squats, lunges; core \\ stretch"_s,
        u"Two\nlines"_s,
        u"Beintag 💪🏽 mit Übungen — ✓"_s,
        QString(u"Long title with many words "_s).repeated(7).trimmed(),
        QString(u"💪"_s).repeated(60),
    };
    for (int i = 0; i < titles.size(); ++i) {
        Session s;
        s.id = u"s"_s + QString::number(i + 1);
        s.title = titles[i];
        s.day = Day(i);
        s.startMinute = 6 * 60 + i * 15;
        plan.sessions << s;
    }
    const IcsExport out = exportIcs(plan, {}, options(QDate(2026, 1, 5)));
    for (const QByteArray &line : out.bytes.split('\n'))
        QVERIFY(line.size() <= 76);
    const QJsonObject parsed = parseWithIcalendar(out.bytes);
    if (m_python.isEmpty())
        QSKIP("python3-icalendar is not installed");
    const QJsonArray events = parsed[u"events"_s].toArray();
    QCOMPARE(events.size(), titles.size());
    for (int i = 0; i < titles.size(); ++i)
        QCOMPARE(events[i][u"summary"_s].toString(), titles[i]);
    QVERIFY(events[0][u"description"_s].toString().contains(plan.name));
}

void TestIcsExport::descriptionNamesKindIntensityDurationAndFindings()
{
    const Plan plan = fixture(u"format-example.ordo"_s);
    Analysis analysis;
    Finding f;
    f.rule = u"ampk-window"_s;
    f.severity = Severity::Warning;
    f.sessions = { u"s3"_s };
    f.message = u"Heavy lower starts 1 h after Bike sprints; AMPK stays elevated up to 4 h."_s;
    f.fix = u"Move lifting to 10:45 or later."_s;
    analysis.findings << f;
    const IcsExport out = exportIcs(plan, analysis, options(QDate(2026, 1, 5)));
    const QJsonObject parsed = parseWithIcalendar(out.bytes);
    if (m_python.isEmpty())
        QSKIP("python3-icalendar is not installed");
    const QJsonArray events = parsed[u"events"_s].toArray();
    const QString bike = events[2][u"description"_s].toString();
    QVERIFY2(bike.contains(u"Cardio"_s) && bike.contains(u"HIIT"_s, Qt::CaseInsensitive), qPrintable(bike));
    QVERIFY2(bike.contains(u"25 min"_s), qPrintable(bike));
    QVERIFY2(bike.contains(u"RPE 9"_s), qPrintable(bike));
    QVERIFY2(bike.contains(f.message) && bike.contains(f.fix), qPrintable(bike));
    QVERIFY(!events[0][u"description"_s].toString().contains(f.message));
}

void TestIcsExport::uidsAreStableAndUnique()
{
    const Plan plan = fixture(u"format-example.ordo"_s);
    const IcsExport a = exportIcs(plan, {}, options(QDate(2026, 1, 5)));
    const IcsExport b = exportIcs(plan, {}, options(QDate(2026, 2, 2)));
    QStringList uidsA, uidsB;
    for (const QByteArray &line : a.bytes.split('\n')) {
        if (line.startsWith("UID:"))
            uidsA << QString::fromUtf8(line.trimmed());
    }
    for (const QByteArray &line : b.bytes.split('\n')) {
        if (line.startsWith("UID:"))
            uidsB << QString::fromUtf8(line.trimmed());
    }
    QCOMPARE(uidsA.size(), 3);
    QCOMPARE(uidsA, uidsB);
    QCOMPARE(QSet<QString>(uidsA.begin(), uidsA.end()).size(), 3);
    QVERIFY(uidsA[0].startsWith(u"UID:s1."_s) && uidsA[0].endsWith(u"@ordo"_s));
    Plan renamed = plan;
    renamed.name = u"Another plan"_s;
    QVERIFY(icsUid(renamed, plan.sessions[0]) != icsUid(plan, plan.sessions[0]));
}

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
