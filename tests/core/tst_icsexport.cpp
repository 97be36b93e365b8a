// SPDX-License-Identifier: GPL-3.0-or-later

#include "icsexport.h"

#include "icalsupport.h"
#include "planio.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace ordo;
using namespace ordo::test;

// The .ics writer: RFC 5545 escaping and folding, RRULEs for repeating plans, dated events for
// one-off plans, reminders and busy-only calendars, UIDs, and wall-clock times that no time
// zone can shift. Every export is read back with libical (restriction check, no X-LIC-ERROR,
// occurrences expanded by libical's recurrence iterator). CTest runs this executable once per
// time zone (TZ = UTC, Europe/Berlin, America/New_York, Asia/Beirut, Australia/Lord_Howe): the
// expected times are the same in all of them, because the calendar is in floating time.
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
    void calendarHasNoMethodAndNamesThePlan();
    void repeatingPlanGetsWeeklyRuleWithCount();
    void repeatingMultiWeekPlanUsesPlanPeriod();
    void untilDateReplacesCount();
    void oneOffPlanGetsDatedEvents();
    void midWeekStartSkipsEarlierOccurrences();
    void specialCharacterTitlesSurviveAThirdPartyParser();
    void descriptionNamesKindIntensityDurationAndFindings();
    void findingsAppearUnderEverySessionTheyConcern();
    void sessionOnADstChangeDayKeepsItsWallClockTimes_data();
    void sessionOnADstChangeDayKeepsItsWallClockTimes();
    void weeklyRuleKeepsEveryOccurrenceAcrossDstChanges_data();
    void weeklyRuleKeepsEveryOccurrenceAcrossDstChanges();
    void untilIncludesTheLastDstDay();
    void outputIsTheSameInEveryZone();
    void uidsAreUniquePerExportAndStableAcrossReExports_data();
    void uidsAreUniquePerExportAndStableAcrossReExports();
    void reExportCarriesHigherSequenceAndLastModified();
    void alarmRemindsBeforeEverySession_data();
    void alarmRemindsBeforeEverySession();
    void alarmOutsideItsRangeIsRefused_data();
    void alarmOutsideItsRangeIsRefused();
    void busyOnlyShowsNothingButTheTime();
    void datesOutsideYears1To9999AreRefused_data();
    void datesOutsideYears1To9999AreRefused();

private:
    static Plan fixture(const QString &name);
    static IcsOptions options(const QDate &start, int weeks = 12);
    static QString wall(const QDate &date, int minuteOfDay);
    static Plan oneSessionPlan(bool repeat, const QDate &monday0, const QDate &date, int startMinute,
                               int durationMin);
};

#define QVERIFY_LIBICAL(cal) QVERIFY2(icalProblems(cal).isEmpty(), qPrintable(icalProblems(cal)))

void TestIcsExport::initTestCase()
{
    // When CTest sets TZ, this process must really run in that zone, or the per-zone runs
    // would prove nothing.
    const QByteArray tz = qgetenv("TZ");
    qInfo("TZ=%s, system zone %s", tz.constData(), QTimeZone::systemTimeZoneId().constData());
    if (!tz.isEmpty() && tz != "UTC")
        QCOMPARE(QTimeZone::systemTimeZoneId(), tz);
}

Plan TestIcsExport::fixture(const QString &name)
{
    const ReadResult r = parsePlan(readFixture(dataDir() + u"/plans/"_s + name));
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

// The expected floating time, by the test's own arithmetic: the date plus whole days, and
// the rest of the minutes as a time of day.
QString TestIcsExport::wall(const QDate &date, int minuteOfDay)
{
    const QDate d = date.addDays(minuteOfDay / kMinutesPerDay);
    const int m = minuteOfDay % kMinutesPerDay;
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:00", d.year(), d.month(), d.day(), m / 60, m % 60);
}

Plan TestIcsExport::oneSessionPlan(bool repeat, const QDate &monday0, const QDate &date, int startMinute,
                                   int durationMin)
{
    Plan plan;
    plan.name = u"DST"_s;
    plan.repeat = repeat;
    plan.weeks = repeat ? 1 : 52;
    Session s;
    s.id = u"s1"_s;
    s.title = u"Night session"_s;
    const qint64 offset = monday0.daysTo(date);
    s.week = repeat ? 0 : int(offset / kDaysPerWeek);
    s.day = Day(offset % kDaysPerWeek);
    s.startMinute = startMinute;
    s.durationMin = durationMin;
    plan.sessions << s;
    return plan;
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

void TestIcsExport::calendarHasNoMethodAndNamesThePlan()
{
    // METHOD:PUBLISH without an ORGANIZER fails libical's iTIP check: a calendar to import
    // carries no METHOD at all.
    const Plan plan = fixture(u"format-example.ordo"_s);
    const IcalCalendar cal = parseIcal(exportIcs(plan, {}, options(QDate(2026, 1, 5))).bytes);
    QVERIFY_LIBICAL(cal);
    QCOMPARE(cal.version, u"2.0"_s);
    QCOMPARE(cal.method, QString());
    QCOMPARE(cal.name, plan.name);
}

void TestIcsExport::repeatingPlanGetsWeeklyRuleWithCount()
{
    const Plan plan = fixture(u"format-example.ordo"_s);
    const IcsExport out = exportIcs(plan, {}, options(QDate(2026, 1, 5)));
    QVERIFY(out.error.isEmpty());
    QCOMPARE(out.eventCount, 3);
    QCOMPARE(out.bytes.count("BEGIN:VEVENT"), 3);
    QVERIFY(out.bytes.contains("RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=12\r\n"));
    QVERIFY(out.bytes.contains("DTSTART:20260105T070000\r\nDTEND:20260105T080000\r\n"));
    QVERIFY(out.bytes.contains("DTSTAMP:20260101T120000Z\r\n"));

    const IcalCalendar cal = parseIcal(out.bytes);
    QVERIFY_LIBICAL(cal);
    QCOMPARE(cal.events.size(), 3);
    QCOMPARE(cal.events[0].summary, u"Heavy lower"_s);
    QCOMPARE(cal.events[0].start, u"2026-01-05T07:00:00"_s);
    QCOMPARE(cal.events[0].end, u"2026-01-05T08:00:00"_s);
    QVERIFY(cal.events[0].floating);
    QCOMPARE(cal.events[2].summary, u"Bike sprints"_s);
    QCOMPARE(cal.events[2].start, u"2026-01-07T18:00:00"_s);
    QCOMPARE(cal.events[2].end, u"2026-01-07T18:25:00"_s);
    const QList<IcalOccurrence> &bike = cal.events[2].occurrences;
    QCOMPARE(bike.size(), 12);
    QCOMPARE(bike.last(), (IcalOccurrence { u"2026-03-25T18:00:00"_s, u"2026-03-25T18:25:00"_s }));
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
    const IcalCalendar cal = parseIcal(out.bytes);
    QVERIFY_LIBICAL(cal);
    QCOMPARE(cal.events[0].occurrences,
             (QList<IcalOccurrence> { { u"2026-01-11T23:30:00"_s, u"2026-01-12T01:00:00"_s },
                                      { u"2026-02-01T23:30:00"_s, u"2026-02-02T01:00:00"_s },
                                      { u"2026-02-22T23:30:00"_s, u"2026-02-23T01:00:00"_s },
                                      { u"2026-03-15T23:30:00"_s, u"2026-03-16T01:00:00"_s } }));
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
    const IcalCalendar cal = parseIcal(out.bytes);
    QVERIFY_LIBICAL(cal);
    QVERIFY(cal.events[0].rrule.contains(u"UNTIL=20260329T235959"_s));
    // Mondays 5 Jan to 23 Mar: 12; Wednesdays 7 Jan to 25 Mar: 12.
    QCOMPARE(cal.events[0].occurrences.size(), 12);
    QCOMPARE(cal.events[0].occurrences.last().start, u"2026-03-23T07:00:00"_s);
    QCOMPARE(cal.events[2].occurrences.last().start, u"2026-03-25T18:00:00"_s);
}

void TestIcsExport::oneOffPlanGetsDatedEvents()
{
    const Plan plan = fixture(u"unicode-multiweek.ordo"_s);
    QVERIFY(!plan.repeat);
    const IcsExport out = exportIcs(plan, {}, options(QDate(2026, 3, 2)));
    QCOMPARE(out.eventCount, 3);
    QVERIFY(!out.bytes.contains("RRULE"));
    const IcalCalendar cal = parseIcal(out.bytes);
    QVERIFY_LIBICAL(cal);
    QCOMPARE(cal.events.size(), 3);
    QCOMPARE(cal.events[0].start, u"2026-03-08T23:30:00"_s);
    QCOMPARE(cal.events[1].summary, u"Gym"_s);
    QCOMPARE(cal.events[1].start, u"2026-03-09T00:00:00"_s);
    QCOMPARE(cal.events[2].start, u"2026-03-22T23:59:00"_s);
    QCOMPARE(cal.events[2].end, u"2026-03-23T09:59:00"_s);
    for (const IcalEvent &e : cal.events)
        QCOMPARE(e.occurrences.size(), 1);
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
    QVERIFY_LIBICAL(parseIcal(dated.bytes));
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
    const IcalCalendar cal = parseIcal(out.bytes);
    QVERIFY_LIBICAL(cal);
    QCOMPARE(cal.name, plan.name);
    QCOMPARE(cal.events.size(), titles.size());
    for (int i = 0; i < titles.size(); ++i)
        QCOMPARE(cal.events[i].summary, titles[i]);
    QVERIFY(cal.events[0].description.contains(plan.name));
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
    const IcalCalendar cal = parseIcal(exportIcs(plan, analysis, options(QDate(2026, 1, 5))).bytes);
    QVERIFY_LIBICAL(cal);
    const QString bike = cal.events[2].description;
    QVERIFY2(bike.contains(u"Cardio"_s) && bike.contains(u"HIIT"_s, Qt::CaseInsensitive), qPrintable(bike));
    QVERIFY2(bike.contains(u"25 min"_s), qPrintable(bike));
    QVERIFY2(bike.contains(u"RPE 9"_s), qPrintable(bike));
    QVERIFY2(bike.contains(f.message) && bike.contains(f.fix), qPrintable(bike));
    QVERIFY(!cal.events[0].description.contains(f.message));
    QCOMPARE(cal.events[2].categories, u"Cardio"_s);
}

void TestIcsExport::findingsAppearUnderEverySessionTheyConcern()
{
    // Findings are looked up by session: one naming two sessions shows under both, in the
    // analysis order, once even if it names a session twice; hidden badges show nowhere.
    const Plan plan = fixture(u"format-example.ordo"_s);
    Analysis analysis;
    auto finding = [&](const QString &message, const QStringList &sessions, bool hidden = false) {
        Finding f;
        f.rule = u"test"_s;
        f.severity = Severity::Info;
        f.sessions = sessions;
        f.message = message;
        f.hiddenByDefault = hidden;
        analysis.findings << f;
    };
    finding(u"First about s1 and s3."_s, { u"s1"_s, u"s3"_s });
    finding(u"Names s3 twice."_s, { u"s3"_s, u"s1"_s, u"s3"_s });
    finding(u"A hidden badge."_s, { u"s3"_s }, true);
    finding(u"Only s2."_s, { u"s2"_s });
    finding(u"About a session that is not in the plan."_s, { u"gone"_s });
    const IcalCalendar cal = parseIcal(exportIcs(plan, analysis, options(QDate(2026, 1, 5))).bytes);
    QVERIFY_LIBICAL(cal);
    auto findingLines = [](const QString &description) {
        QStringList lines;
        for (const QString &line : description.split(u'\n')) {
            if (line.startsWith(u"- "_s))
                lines << line;
        }
        return lines;
    };
    QCOMPARE(findingLines(cal.events[0].description),
             (QStringList { u"- Info: First about s1 and s3."_s, u"- Info: Names s3 twice."_s }));
    QCOMPARE(findingLines(cal.events[1].description), (QStringList { u"- Info: Only s2."_s }));
    QCOMPARE(findingLines(cal.events[2].description),
             (QStringList { u"- Info: First about s1 and s3."_s, u"- Info: Names s3 twice."_s }));
}

void TestIcsExport::sessionOnADstChangeDayKeepsItsWallClockTimes_data()
{
    // One-off plan from Monday 2 March 2026; each row is one session on or around a day on
    // which one of the test zones changes its clocks.
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("startMinute");
    QTest::addColumn<int>("durationMin");
    QTest::addColumn<QString>("end");
    auto row = [](const char *name, QDate date, int hh, int mm, int duration, const QString &end) {
        QTest::newRow(name) << date << hh * 60 + mm << duration << end;
    };
    row("New York spring forward, 02:30 does not exist there", { 2026, 3, 8 }, 2, 30, 60,
        u"2026-03-08T03:30:00"_s);
    row("Berlin spring forward, 02:30 does not exist there", { 2026, 3, 29 }, 2, 30, 60,
        u"2026-03-29T03:30:00"_s);
    row("Berlin spring forward, 60 min over the gap", { 2026, 3, 29 }, 1, 30, 60, u"2026-03-29T02:30:00"_s);
    row("Beirut spring forward at midnight, 00:00", { 2026, 3, 29 }, 0, 0, 60, u"2026-03-29T01:00:00"_s);
    row("Beirut spring forward at midnight, 00:30", { 2026, 3, 29 }, 0, 30, 60, u"2026-03-29T01:30:00"_s);
    row("into the Berlin spring-forward night", { 2026, 3, 28 }, 23, 30, 180, u"2026-03-29T02:30:00"_s);
    row("Lord Howe autumn, repeated half hour", { 2026, 4, 5 }, 1, 45, 60, u"2026-04-05T02:45:00"_s);
    row("Lord Howe spring, skipped half hour", { 2026, 10, 4 }, 2, 0, 60, u"2026-10-04T03:00:00"_s);
    row("Berlin fall back, 02:30 happens twice", { 2026, 10, 25 }, 2, 30, 60, u"2026-10-25T03:30:00"_s);
    row("Berlin fall back, 60 min from 02:00", { 2026, 10, 25 }, 2, 0, 60, u"2026-10-25T03:00:00"_s);
    row("Beirut fall back at midnight, crossing it", { 2026, 10, 24 }, 23, 30, 60, u"2026-10-25T00:30:00"_s);
    row("New York fall back, 01:30 happens twice", { 2026, 11, 1 }, 1, 30, 60, u"2026-11-01T02:30:00"_s);
    row("ten hours across midnight", { 2026, 6, 14 }, 23, 59, 600, u"2026-06-15T09:59:00"_s);
    row("across the year end", { 2026, 12, 31 }, 23, 0, 120, u"2027-01-01T01:00:00"_s);
}

void TestIcsExport::sessionOnADstChangeDayKeepsItsWallClockTimes()
{
    QFETCH(QDate, date);
    QFETCH(int, startMinute);
    QFETCH(int, durationMin);
    QFETCH(QString, end);
    const QDate monday0(2026, 3, 2);
    const Plan plan = oneSessionPlan(false, monday0, date, startMinute, durationMin);
    const IcsExport out = exportIcs(plan, {}, options(monday0));
    QVERIFY(out.error.isEmpty());
    const IcalCalendar cal = parseIcal(out.bytes);
    QVERIFY_LIBICAL(cal);
    QCOMPARE(cal.events.size(), 1);
    const IcalEvent &e = cal.events[0];
    QVERIFY(e.floating);
    QCOMPARE(e.start, wall(date, startMinute));
    QCOMPARE(e.end, end);
    QCOMPARE(e.end, wall(date, startMinute + durationMin));
    QCOMPARE(e.occurrences, (QList<IcalOccurrence> { { e.start, end } }));
}

void TestIcsExport::weeklyRuleKeepsEveryOccurrenceAcrossDstChanges_data()
{
    // 53 weeks from Monday 5 January 2026 hold every 2026 clock change of all test zones; the
    // rows from 23 March start with an occurrence on Berlin's and Beirut's spring-forward day,
    // whose length every later occurrence inherits.
    QTest::addColumn<QDate>("monday0");
    QTest::addColumn<Day>("day");
    QTest::addColumn<int>("startMinute");
    QTest::addColumn<int>("durationMin");
    const QDate january(2026, 1, 5);
    const QDate march(2026, 3, 23);
    QTest::newRow("Sunday 02:30, 60 min") << january << Day::Sun << 2 * 60 + 30 << 60;
    QTest::newRow("Sunday 01:30, 60 min") << january << Day::Sun << 1 * 60 + 30 << 60;
    QTest::newRow("Sunday 00:00, 60 min") << january << Day::Sun << 0 << 60;
    QTest::newRow("Sunday 02:00, 30 min") << january << Day::Sun << 2 * 60 << 30;
    QTest::newRow("Saturday 23:30, 180 min into Sunday") << january << Day::Sat << 23 * 60 + 30 << 180;
    QTest::newRow("Sunday 23:00, 120 min into Monday") << january << Day::Sun << 23 * 60 << 120;
    QTest::newRow("from a spring-forward day, 01:30, 60 min") << march << Day::Sun << 1 * 60 + 30 << 60;
    QTest::newRow("from a spring-forward day, 00:30, 60 min") << march << Day::Sun << 30 << 60;
    QTest::newRow("from the night before it, 23:30, 180 min") << march << Day::Sat << 23 * 60 + 30 << 180;
}

void TestIcsExport::weeklyRuleKeepsEveryOccurrenceAcrossDstChanges()
{
    QFETCH(QDate, monday0);
    QFETCH(Day, day);
    QFETCH(int, startMinute);
    QFETCH(int, durationMin);
    const QDate first = monday0.addDays(int(day));
    const Plan plan = oneSessionPlan(true, monday0, first, startMinute, durationMin);
    const IcsExport out = exportIcs(plan, {}, options(monday0, 53));
    QVERIFY(out.bytes.contains("RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=53\r\n"));
    const IcalCalendar cal = parseIcal(out.bytes);
    QVERIFY_LIBICAL(cal);
    QCOMPARE(cal.events.size(), 1);
    const QList<IcalOccurrence> &occurrences = cal.events[0].occurrences;
    QCOMPARE(occurrences.size(), 53);
    QSet<QDate> dates;
    for (int i = 0; i < occurrences.size(); ++i) {
        const QDate date = first.addDays(7 * i);
        dates << date;
        QCOMPARE(occurrences[i].start, wall(date, startMinute));
        QCOMPARE(occurrences[i].end, wall(date, startMinute + durationMin));
    }
    const QDate changes[] = { { 2026, 3, 8 },   { 2026, 3, 29 }, { 2026, 4, 5 }, { 2026, 10, 4 },
                              { 2026, 10, 25 }, { 2026, 11, 1 }, { 2027, 3, 14 } };
    int covered = 0;
    for (const QDate &sunday : changes) {
        const QDate date = day == Day::Sat ? sunday.addDays(-1) : sunday;
        if (date >= first && date <= first.addDays(7 * 52)) {
            QVERIFY(dates.contains(date));
            ++covered;
        }
    }
    QCOMPARE(covered, 6);
}

void TestIcsExport::untilIncludesTheLastDstDay()
{
    const QDate monday0(2026, 9, 28);
    const Plan plan = oneSessionPlan(true, monday0, QDate(2026, 10, 4), 2 * 60 + 30, 60);
    IcsOptions o = options(monday0);
    o.untilDate = QDate(2026, 11, 1);
    const IcalCalendar cal = parseIcal(exportIcs(plan, {}, o).bytes);
    QVERIFY_LIBICAL(cal);
    const QList<IcalOccurrence> &occurrences = cal.events[0].occurrences;
    QCOMPARE(occurrences.size(), 5); // 4, 11, 18, 25 October, 1 November
    QCOMPARE(occurrences.first(), (IcalOccurrence { u"2026-10-04T02:30:00"_s, u"2026-10-04T03:30:00"_s }));
    QCOMPARE(occurrences[3], (IcalOccurrence { u"2026-10-25T02:30:00"_s, u"2026-10-25T03:30:00"_s }));
    QCOMPARE(occurrences.last(), (IcalOccurrence { u"2026-11-01T02:30:00"_s, u"2026-11-01T03:30:00"_s }));
}

void TestIcsExport::outputIsTheSameInEveryZone()
{
    // The export reads no clock and no zone: switching this process's zone between exports
    // changes nothing. The local offset in July shows that each switch took effect.
    Plan plan = fixture(u"unicode-multiweek.ordo"_s);
    for (const QDate &date : { QDate(2026, 3, 8), QDate(2026, 3, 29), QDate(2026, 4, 5) }) {
        for (const int minute : { 0, 30, 90, 120, 150 }) {
            Session s = oneSessionPlan(false, QDate(2026, 3, 2), date, minute, 60).sessions[0];
            s.id = plan.nextSessionId();
            plan.sessions << s;
        }
    }
    plan.sortSessions();
    const QByteArray original = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    const QByteArray reference = exportIcs(plan, {}, options(QDate(2026, 3, 2))).bytes;
    const struct
    {
        const char *zone;
        int julyOffset;
    } zones[] = { { "UTC", 0 },
                  { "Europe/Berlin", 7200 },
                  { "America/New_York", -4 * 3600 },
                  { "Asia/Beirut", 3 * 3600 },
                  { "Australia/Lord_Howe", 10 * 3600 + 1800 } };
    for (const auto &z : zones) {
        qputenv("TZ", z.zone);
        tzset();
        QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0)).offsetFromUtc(), z.julyOffset);
        const QByteArray bytes = exportIcs(plan, {}, options(QDate(2026, 3, 2))).bytes;
        QVERIFY2(bytes == reference, z.zone);
    }
    if (hadTz)
        qputenv("TZ", original);
    else
        qunsetenv("TZ");
    tzset();
}

enum class UidCase { SameAgain, LaterReExport, MovedSession, OtherStart, OtherPlanName, BusyOnly };

void TestIcsExport::uidsAreUniquePerExportAndStableAcrossReExports_data()
{
    QTest::addColumn<UidCase>("change");
    QTest::addColumn<bool>("sameUids");
    QTest::newRow("the same export again") << UidCase::SameAgain << true;
    QTest::newRow("re-exported a week later") << UidCase::LaterReExport << true;
    QTest::newRow("a session moved, then re-exported") << UidCase::MovedSession << true;
    QTest::newRow("another start date") << UidCase::OtherStart << false;
    QTest::newRow("another plan name (another athlete)") << UidCase::OtherPlanName << false;
    QTest::newRow("busy only") << UidCase::BusyOnly << false;
}

void TestIcsExport::uidsAreUniquePerExportAndStableAcrossReExports()
{
    QFETCH(UidCase, change);
    QFETCH(bool, sameUids);
    const Plan plan = fixture(u"format-example.ordo"_s);
    const IcsOptions o = options(QDate(2026, 1, 5));
    Plan otherPlan = plan;
    IcsOptions otherOptions = o;
    switch (change) {
    case UidCase::SameAgain:
        break;
    case UidCase::LaterReExport:
        otherOptions.stamp = o.stamp.addDays(7);
        break;
    case UidCase::MovedSession:
        otherPlan.sessions[1].startMinute += 45;
        break;
    case UidCase::OtherStart:
        otherOptions.startDate = QDate(2026, 2, 2);
        break;
    case UidCase::OtherPlanName:
        otherPlan.name = u"Another athlete"_s;
        break;
    case UidCase::BusyOnly:
        otherOptions.busyOnly = true;
        break;
    }
    auto uids = [](const QByteArray &ics) {
        const IcalCalendar cal = parseIcal(ics);
        QStringList list;
        for (const IcalEvent &e : cal.events)
            list << e.uid;
        return list;
    };
    const QStringList a = uids(exportIcs(plan, {}, o).bytes);
    const QStringList b = uids(exportIcs(otherPlan, {}, otherOptions).bytes);
    QCOMPARE(a.size(), 3);
    QCOMPARE(b.size(), 3);
    QCOMPARE(QSet<QString>(a.begin(), a.end()).size(), 3); // unique within the export
    QCOMPARE(QSet<QString>(b.begin(), b.end()).size(), 3);
    const QRegularExpression form(u"^s[1-3]\\.2026\\d{4}\\.[0-9a-f]{16}@ordo$"_s);
    for (const QString &uid : a + b)
        QVERIFY2(form.match(uid).hasMatch(), qPrintable(uid));
    QCOMPARE(a[0], icsUid(plan, plan.sessions[0], o));
    if (sameUids) {
        QCOMPARE(b, a);
    } else {
        const QSet<QString> setA(a.begin(), a.end());
        QVERIFY(!setA.intersects(QSet<QString>(b.begin(), b.end())));
    }
}

void TestIcsExport::reExportCarriesHigherSequenceAndLastModified()
{
    const Plan plan = fixture(u"format-example.ordo"_s);
    IcsOptions o = options(QDate(2026, 1, 5));
    const IcalCalendar first = parseIcal(exportIcs(plan, {}, o).bytes);
    o.stamp = QDateTime(QDate(2026, 1, 8), QTime(9, 30), Qt::UTC);
    const IcalCalendar second = parseIcal(exportIcs(plan, {}, o).bytes);
    QVERIFY_LIBICAL(first);
    QVERIFY_LIBICAL(second);
    for (int i = 0; i < 3; ++i) {
        const IcalEvent &a = first.events[i];
        const IcalEvent &b = second.events[i];
        QVERIFY(a.hasSequence && b.hasSequence);
        QCOMPARE(a.lastModified, u"2026-01-01T12:00:00Z"_s);
        QCOMPARE(a.dtstamp, a.lastModified);
        QCOMPARE(b.lastModified, u"2026-01-08T09:30:00Z"_s);
        QVERIFY(a.sequence >= 0);
        // 6 days 21.5 hours later, in minutes.
        QCOMPARE(b.sequence - a.sequence, 6 * 1440 + 21 * 60 + 30);
    }
    // A stamp in another zone means the same instant.
    o.stamp = QDateTime(QDate(2026, 1, 8), QTime(10, 30), Qt::OffsetFromUTC, 3600);
    const IcalCalendar third = parseIcal(exportIcs(plan, {}, o).bytes);
    QCOMPARE(third.events[0].lastModified, u"2026-01-08T09:30:00Z"_s);
    QCOMPARE(third.events[0].sequence, second.events[0].sequence);
}

void TestIcsExport::alarmRemindsBeforeEverySession_data()
{
    QTest::addColumn<int>("minutes");
    QTest::newRow("at the start") << 0;
    QTest::newRow("15 min before") << 15;
    QTest::newRow("90 min before") << 90;
    QTest::newRow("a day before") << 1440;
}

void TestIcsExport::alarmRemindsBeforeEverySession()
{
    QFETCH(int, minutes);
    const Plan plan = fixture(u"format-example.ordo"_s);
    IcsOptions o = options(QDate(2026, 1, 5));
    o.alarmMinutes = minutes;
    const IcsExport out = exportIcs(plan, {}, o);
    QVERIFY(out.error.isEmpty());
    const IcalCalendar cal = parseIcal(out.bytes);
    QVERIFY_LIBICAL(cal);
    QCOMPARE(cal.events.size(), 3);
    for (const IcalEvent &e : cal.events) {
        QCOMPARE(e.alarms.size(), 1);
        QCOMPARE(e.alarms[0].action, u"DISPLAY"_s);
        QCOMPARE(e.alarms[0].triggerMinutes, -minutes);
        QVERIFY(!e.alarms[0].relatedToEnd);
        QCOMPARE(e.alarms[0].description, e.summary);
    }
    QVERIFY(!exportIcs(plan, {}, options(QDate(2026, 1, 5))).bytes.contains("VALARM"));
}

void TestIcsExport::alarmOutsideItsRangeIsRefused_data()
{
    QTest::addColumn<int>("minutes");
    QTest::newRow("after the start") << -1;
    QTest::newRow("more than a day before") << kIcsMaxAlarmMinutes + 1;
}

void TestIcsExport::alarmOutsideItsRangeIsRefused()
{
    QFETCH(int, minutes);
    IcsOptions o = options(QDate(2026, 1, 5));
    o.alarmMinutes = minutes;
    const Plan plan = fixture(u"format-example.ordo"_s);
    const IcsExport out = exportIcs(plan, {}, o);
    QVERIFY(!out.error.isEmpty());
    QCOMPARE(out.error, icsOptionsError(plan, o));
    QVERIFY(out.bytes.isEmpty());
    QCOMPARE(out.eventCount, 0);
}

void TestIcsExport::busyOnlyShowsNothingButTheTime()
{
    Plan plan = fixture(u"format-example.ordo"_s);
    plan.name = u"Anna's secret plan"_s;
    plan.sessions[0].notes = u"Knee still hurts"_s;
    Analysis analysis;
    Finding f;
    f.severity = Severity::Warning;
    f.sessions = { u"s1"_s };
    f.message = u"Heavy lower right after HIIT."_s;
    analysis.findings << f;
    IcsOptions o = options(QDate(2026, 1, 5));
    o.busyOnly = true;
    o.alarmMinutes = 30;
    const IcsExport out = exportIcs(plan, analysis, o);
    for (const QByteArray &secret : { QByteArray("Anna"), QByteArray("Knee"), QByteArray("HIIT"),
                                      QByteArray("Heavy"), QByteArray("Bike"), QByteArray("Cardio") })
        QVERIFY2(!out.bytes.contains(secret), secret.constData());
    const IcalCalendar cal = parseIcal(out.bytes);
    QVERIFY_LIBICAL(cal);
    QCOMPARE(cal.name, u"Training"_s);
    QCOMPARE(cal.events.size(), 3);
    const IcalCalendar full = parseIcal(exportIcs(plan, analysis, options(QDate(2026, 1, 5))).bytes);
    for (int i = 0; i < 3; ++i) {
        const IcalEvent &e = cal.events[i];
        QCOMPARE(e.summary, u"Training"_s);
        QVERIFY(!e.hasDescription);
        QCOMPARE(e.categories, QString());
        QCOMPARE(e.alarms.size(), 1);
        QCOMPARE(e.alarms[0].description, u"Training"_s);
        // Busy time is the same as in the full export.
        QCOMPARE(e.occurrences, full.events[i].occurrences);
    }
    QVERIFY(out.bytes.contains("TRANSP:OPAQUE"));
}

void TestIcsExport::datesOutsideYears1To9999AreRefused_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<bool>("repeat");
    QTest::addColumn<bool>("refused");
    QTest::newRow("first day of year 1") << QDate(1, 1, 1) << 12 << QDate() << true << false;
    QTest::newRow("year 0") << QDate(0, 12, 31) << 12 << QDate() << true << true;
    QTest::newRow("before year 1") << QDate(-5, 6, 1) << 12 << QDate() << true << true;
    QTest::newRow("12 weeks ending in 9999") << QDate(9999, 10, 4) << 12 << QDate() << true << false;
    QTest::newRow("12 weeks reaching 10000") << QDate(9999, 12, 27) << 12 << QDate() << true << true;
    QTest::newRow("until in 10000") << QDate(9999, 12, 6) << 12 << QDate(10000, 1, 2) << true << true;
    QTest::newRow("one-off within 9999") << QDate(9999, 12, 20) << 12 << QDate() << false << false;
    QTest::newRow("one-off past midnight into 10000")
        << QDate(9999, 12, 27) << 12 << QDate() << false << true;
    QTest::newRow("year 10000") << QDate(10000, 1, 3) << 1 << QDate() << true << true;
    QTest::newRow("invalid date") << QDate() << 1 << QDate() << true << true;
}

void TestIcsExport::datesOutsideYears1To9999AreRefused()
{
    QFETCH(QDate, start);
    QFETCH(int, weeks);
    QFETCH(QDate, until);
    QFETCH(bool, repeat);
    QFETCH(bool, refused);
    // Monday 07:00 for an hour and Sunday 23:30 for 90 minutes, which ends on the next day.
    Plan plan = fixture(u"format-example.ordo"_s);
    plan.repeat = repeat;
    Session late = plan.sessions[0];
    late.id = u"late"_s;
    late.day = Day::Sun;
    late.startMinute = 23 * 60 + 30;
    late.durationMin = 90;
    plan.sessions << late;
    plan.sortSessions();
    IcsOptions o = options(start, weeks);
    if (until.isValid())
        o.untilDate = until;
    const IcsExport out = exportIcs(plan, {}, o);
    QCOMPARE(!out.error.isEmpty(), refused);
    QCOMPARE(icsOptionsError(plan, o), out.error);
    if (refused) {
        QVERIFY(out.bytes.isEmpty());
        return;
    }
    const IcalCalendar cal = parseIcal(out.bytes);
    QVERIFY_LIBICAL(cal);
    QVERIFY(!cal.events.isEmpty());
    for (const QByteArray &line : out.bytes.split('\n')) {
        if (line.startsWith("DTSTART:") || line.startsWith("DTEND:"))
            QVERIFY2(QRegularExpression(u"^DT(START|END):\\d{8}T\\d{6}\\r$"_s)
                         .match(QString::fromLatin1(line))
                         .hasMatch(),
                     line.constData());
    }
}

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
