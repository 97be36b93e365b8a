// SPDX-License-Identifier: GPL-3.0-or-later

#include "busyimport.h"

#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ordo;
using namespace ordo::test;

namespace {

// Plan week 0 starts on Monday 2026-03-16; four weeks reach Sunday 2026-04-12. Europe/Berlin
// moves to summer time on Sunday 2026-03-29 (week 1), New York on 2026-03-08, before week 0.
const BusyTimeRange kMarch { QDate(2026, 3, 16), 4 };

ImportedBusyTime busy(int week, Day day, int start, int end, const QString &summary)
{
    return { week, day, start, end, summary };
}

int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

QString text(const QList<ImportedBusyTime> &list)
{
    QStringList lines;
    for (const ImportedBusyTime &b : list) {
        lines << u"w%1 d%2 %3-%4 %5"_s.arg(b.week)
                     .arg(int(b.day))
                     .arg(b.startMinute)
                     .arg(b.endMinute)
                     .arg(b.summary);
    }
    return lines.join(u'\n');
}

BusyTimeImport importFixture(const QString &name, const BusyTimeRange &range = kMarch,
                             const QTimeZone &zone = QTimeZone::systemTimeZone())
{
    return importBusyTimes(readFixture(dataDir() + u"/busy/"_s + name), name, range, zone);
}

QByteArray calendar(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ordo tests//EN\r\n" + events + "END:VCALENDAR\r\n";
}

} // namespace

// Busy times from iCalendar files (core/busyimport.h): libical's recurrence expansion with
// EXDATE, moved and cancelled occurrences, transparent and cancelled events skipped, all-day
// events, midnight splits, time zones, and errors that name the file and line. CTest sets
// TZ=Europe/Berlin, so the computer's zone has a DST change inside the imported weeks.
class TestBusyImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void weeklyMeetingKeepsItsBerlinTimeAcrossDstAndSkipsExdate();
    void weeklyMeetingInAnotherZoneFollowsBothDstChanges();
    void allDayEventsBlockWholeDaysAndNightsSplitAtMidnight();
    void cancelledOccurrenceAndCancelledEventAreSkipped();
    void onlyFreeOrCancelledEventsIsAnError();
    void malformedLineIsNamedWithItsNumber();
    void fileThatIsNotICalendarIsRefused_data();
    void fileThatIsNotICalendarIsRefused();
    void truncatedCalendarIsRefused();
    void seriesStartedYearsAgoReachesTheRange();
    void rdateAndMultiValuedExdate();
    void floatingTimesAreLocalWallClock();
    void utcEventIsShiftedIntoLocalTime();
};

void TestBusyImport::initTestCase()
{
    // The expected local times below are Berlin's; CTest's environment sets the zone.
    QCOMPARE(QTimeZone::systemTimeZoneId(), "Europe/Berlin"_ba);
}

void TestBusyImport::weeklyMeetingKeepsItsBerlinTimeAcrossDstAndSkipsExdate()
{
    const BusyTimeImport result = importFixture(u"weekly-meeting.ics"_s);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const QList<ImportedBusyTime> expected {
        busy(0, Day::Tue, at(9), at(10), u"Team meeting"_s),
        // New York is already on summer time, Berlin not yet: the gap is five hours.
        busy(0, Day::Thu, at(15), at(16), u"Call with Boston"_s),
        // Week 1's meeting is excluded (EXDATE 2026-03-24).
        busy(1, Day::Thu, at(15), at(16), u"Call with Boston"_s),
        // After Berlin's change the meeting stays at 09:00 local, the call moves to 16:00.
        busy(2, Day::Tue, at(9), at(10), u"Team meeting"_s),
        busy(2, Day::Thu, at(16), at(17), u"Call with Boston"_s),
        // Week 3's meeting was moved from Tuesday 09:00 to Thursday 14:30 (RECURRENCE-ID).
        busy(3, Day::Thu, at(14, 30), at(15, 30), u"Team meeting (moved)"_s),
        busy(3, Day::Thu, at(16), at(17), u"Call with Boston"_s),
    };
    QCOMPARE(text(result.busyTimes), text(expected));
    QCOMPARE(result.busyTimes, expected);
    QCOMPARE(result.eventCount, 3);
}

void TestBusyImport::weeklyMeetingInAnotherZoneFollowsBothDstChanges()
{
    const BusyTimeImport result
        = importFixture(u"weekly-meeting.ics"_s, kMarch, QTimeZone(QByteArrayLiteral("America/New_York")));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const QList<ImportedBusyTime> expected {
        // 09:00 CET is 04:00 EDT; 09:00 CEST is 03:00 EDT.
        busy(0, Day::Tue, at(4), at(5), u"Team meeting"_s),
        busy(0, Day::Thu, at(10), at(11), u"Call with Boston"_s),
        busy(1, Day::Thu, at(10), at(11), u"Call with Boston"_s),
        busy(2, Day::Tue, at(3), at(4), u"Team meeting"_s),
        busy(2, Day::Thu, at(10), at(11), u"Call with Boston"_s),
        busy(3, Day::Thu, at(8, 30), at(9, 30), u"Team meeting (moved)"_s),
        busy(3, Day::Thu, at(10), at(11), u"Call with Boston"_s),
    };
    QCOMPARE(text(result.busyTimes), text(expected));
}

void TestBusyImport::allDayEventsBlockWholeDaysAndNightsSplitAtMidnight()
{
    const BusyTimeImport result = importFixture(u"all-day.ics"_s);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const QList<ImportedBusyTime> expected {
        busy(0, Day::Fri, at(22), kMinutesPerDay, u"Night shift"_s),
        busy(0, Day::Sat, 0, at(6), u"Night shift"_s),
        busy(2, Day::Wed, 0, kMinutesPerDay, u"Conference"_s),
        busy(2, Day::Thu, 0, kMinutesPerDay, u"Conference"_s),
        busy(3, Day::Mon, 0, kMinutesPerDay, u"Easter Monday"_s),
    };
    QCOMPARE(text(result.busyTimes), text(expected));
    // The 2025 holiday lies outside the weeks and does not count.
    QCOMPARE(result.eventCount, 3);

    // All-day events are dates, not instants: they block the same local days in any zone.
    const BusyTimeImport tokyo
        = importFixture(u"all-day.ics"_s, kMarch, QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    QVERIFY(tokyo.busyTimes.contains(busy(2, Day::Wed, 0, kMinutesPerDay, u"Conference"_s)));
    QVERIFY(tokyo.busyTimes.contains(busy(3, Day::Mon, 0, kMinutesPerDay, u"Easter Monday"_s)));
    // Friday 22:00 in Berlin is Saturday 06:00 to 14:00 in Tokyo: one piece, no split.
    QVERIFY(tokyo.busyTimes.contains(busy(0, Day::Sat, at(6), at(14), u"Night shift"_s)));
}

void TestBusyImport::cancelledOccurrenceAndCancelledEventAreSkipped()
{
    const BusyTimeImport result = importFixture(u"cancelled-occurrence.ics"_s);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const QList<ImportedBusyTime> expected {
        busy(1, Day::Mon, at(8, 30), at(8, 45), u"Stand-up"_s),
        busy(1, Day::Tue, at(8, 30), at(8, 45), u"Stand-up"_s),
        busy(1, Day::Wed, at(8, 30), at(8, 45), u"Stand-up"_s),
        // Thursday's stand-up is cancelled; so is Wednesday's review.
        busy(1, Day::Fri, at(8, 30), at(8, 45), u"Stand-up"_s),
    };
    QCOMPARE(text(result.busyTimes), text(expected));
    QCOMPARE(result.eventCount, 1);
}

void TestBusyImport::onlyFreeOrCancelledEventsIsAnError()
{
    const BusyTimeImport result = importFixture(u"transparent.ics"_s);
    QVERIFY(result.busyTimes.isEmpty());
    QVERIFY2(result.error.contains(u"“transparent.ics” has no busy times between"_s),
             qPrintable(result.error));
    QCOMPARE(result.errorLine, 0);

    // The summer trip is a busy event: it counts once the weeks reach July.
    const BusyTimeImport summer = importFixture(u"transparent.ics"_s, { QDate(2026, 7, 13), 1 });
    QVERIFY2(summer.error.isEmpty(), qPrintable(summer.error));
    QCOMPARE(summer.busyTimes.size(), 7);
    QCOMPARE(summer.busyTimes.first(), busy(0, Day::Mon, 0, kMinutesPerDay, u"Summer trip"_s));
}

void TestBusyImport::malformedLineIsNamedWithItsNumber()
{
    const BusyTimeImport result = importFixture(u"malformed.ics"_s);
    QVERIFY(result.busyTimes.isEmpty());
    QCOMPARE(result.errorLine, 14);
    QVERIFY2(result.error.startsWith(u"“malformed.ics”, line 14"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"DTSTART:2026-03-18 17:00"_s), qPrintable(result.error));
}

void TestBusyImport::fileThatIsNotICalendarIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("blank lines") << QByteArray("\r\n\r\n  \n") << 0;
    QTest::newRow("plan file") << readFixture(dataDir() + u"/plans/format-example.ordo"_s) << 1;
    QTest::newRow("vCard") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n") << 1;
    QTest::newRow("binary") << QByteArray("BEGIN:VCALENDAR\r\n\0\x01\x02", 20) << 1;
    QTest::newRow("text after blank line") << QByteArray("\nhello world\n") << 2;
}

void TestBusyImport::fileThatIsNotICalendarIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    const BusyTimeImport result = importBusyTimes(bytes, u"notes.ics"_s, kMarch);
    QVERIFY(result.busyTimes.isEmpty());
    QCOMPARE(result.errorLine, line);
    QVERIFY2(result.error.startsWith(u"“notes.ics” is not an iCalendar file"_s), qPrintable(result.error));
}

void TestBusyImport::truncatedCalendarIsRefused()
{
    const QByteArray bytes = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
                             "DTSTART:20260317T100000Z\r\nDTEND:20260317T110000Z\r\n";
    const BusyTimeImport result = importBusyTimes(bytes, u"cut.ics"_s, kMarch);
    QVERIFY(result.busyTimes.isEmpty());
    QCOMPARE(result.errorLine, 6);
    QVERIFY2(result.error.startsWith(u"“cut.ics”, line 6"_s), qPrintable(result.error));
}

void TestBusyImport::seriesStartedYearsAgoReachesTheRange()
{
    // A daily series without an end since 2015, and one with a COUNT that ends inside week 0:
    // libical walks them to the weeks, not one occurrence past them.
    const QByteArray bytes
        = calendar("BEGIN:VEVENT\r\nUID:gym@x\r\nDTSTART;TZID=Europe/Berlin:20150105T063000\r\n"
                   "DTEND;TZID=Europe/Berlin:20150105T071500\r\nRRULE:FREQ=DAILY\r\n"
                   "SUMMARY:School run\r\nEND:VEVENT\r\n"
                   "BEGIN:VEVENT\r\nUID:course@x\r\nDTSTART:20260302T180000\r\n"
                   "DURATION:PT1H30M\r\nRRULE:FREQ=DAILY;COUNT=16\r\n"
                   "SUMMARY:Course\r\nEND:VEVENT\r\n");
    const BusyTimeImport result = importBusyTimes(bytes, u"long.ics"_s, kMarch);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    int schoolRuns = 0;
    QList<ImportedBusyTime> courses;
    for (const ImportedBusyTime &b : result.busyTimes) {
        if (b.summary == u"School run"_s) {
            ++schoolRuns;
            QCOMPARE(b.startMinute, at(6, 30));
            QCOMPARE(b.endMinute, at(7, 15));
        } else {
            courses << b;
        }
    }
    QCOMPARE(schoolRuns, 28);
    // 16 days from 2026-03-02 end on 2026-03-17: Monday and Tuesday of week 0.
    QCOMPARE(courses,
             (QList<ImportedBusyTime> { busy(0, Day::Mon, at(18), at(19, 30), u"Course"_s),
                                        busy(0, Day::Tue, at(18), at(19, 30), u"Course"_s) }));
}

void TestBusyImport::rdateAndMultiValuedExdate()
{
    const QByteArray bytes
        = calendar("BEGIN:VEVENT\r\nUID:rd@x\r\nDTSTART;TZID=Europe/Berlin:20260316T120000\r\n"
                   "DTEND;TZID=Europe/Berlin:20260316T123000\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n"
                   "EXDATE;TZID=Europe/Berlin:20260323T120000,20260330T120000\r\n"
                   "RDATE;TZID=Europe/Berlin:20260401T070000\r\n"
                   "RDATE;VALUE=PERIOD:20260403T100000Z/20260403T113000Z\r\n"
                   "SUMMARY:Lunch talk\r\nEND:VEVENT\r\n");
    const BusyTimeImport result = importBusyTimes(bytes, u"rdate.ics"_s, kMarch);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const QList<ImportedBusyTime> expected {
        busy(0, Day::Mon, at(12), at(12, 30), u"Lunch talk"_s),
        busy(2, Day::Wed, at(7), at(7, 30), u"Lunch talk"_s),
        // The period's own length, in summer time: 12:00 to 13:30.
        busy(2, Day::Fri, at(12), at(13, 30), u"Lunch talk"_s),
        busy(3, Day::Mon, at(12), at(12, 30), u"Lunch talk"_s),
    };
    QCOMPARE(text(result.busyTimes), text(expected));
}

void TestBusyImport::floatingTimesAreLocalWallClock()
{
    // No TZID and no Z: the time reads the same in any zone, also across DST midnight.
    const QByteArray bytes = calendar("BEGIN:VEVENT\r\nUID:f@x\r\nDTSTART:20260328T230000\r\n"
                                      "DTEND:20260329T030000\r\nSUMMARY:Late train\r\nEND:VEVENT\r\n");
    for (const char *zone : { "Europe/Berlin", "America/New_York", "UTC" }) {
        const BusyTimeImport result = importBusyTimes(bytes, u"f.ics"_s, kMarch, QTimeZone(zone));
        QCOMPARE(text(result.busyTimes),
                 text({ busy(1, Day::Sat, at(23), kMinutesPerDay, u"Late train"_s),
                        busy(1, Day::Sun, 0, at(3), u"Late train"_s) }));
    }
}

void TestBusyImport::utcEventIsShiftedIntoLocalTime()
{
    // 23:30 UTC on Saturday 2026-03-28 for two hours: 00:30 to 02:30 CET on Sunday, but 02:00
    // does not exist that night, so it ends at 03:30 summer time.
    const QByteArray bytes = calendar("BEGIN:VEVENT\r\nUID:u@x\r\nDTSTART:20260328T233000Z\r\n"
                                      "DTEND:20260329T013000Z\r\nSUMMARY:Server update\r\nEND:VEVENT\r\n");
    const BusyTimeImport result = importBusyTimes(bytes, u"u.ics"_s, kMarch);
    QCOMPARE(text(result.busyTimes), text({ busy(1, Day::Sun, at(0, 30), at(3, 30), u"Server update"_s) }));
}

QTEST_GUILESS_MAIN(TestBusyImport)
#include "tst_busyimport.moc"
