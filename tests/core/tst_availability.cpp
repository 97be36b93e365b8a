// SPDX-License-Identifier: GPL-3.0-or-later

#include "availability.h"
#include "edits/planedits.h"
#include "edits/sessionedits.h"
#include "plan.h"
#include "planio.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

// Availability, the anchor date and locked sessions (docs/plan-format.md, "Availability"):
// reading with errors that name their place, writing back byte for byte with unknown keys
// kept, the query functions, and the edits that change them.
class TestAvailability : public QObject
{
    Q_OBJECT

    static QByteArray fixture()
    {
        QFile f(QStringLiteral(ORDO_TEST_DATA_DIR "/plans/availability.ordo"));
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

    // A one-week plan with `extra` top-level JSON (ending in a comma) before the sessions.
    static QByteArray planWith(const QString &extra, int weeks = 2)
    {
        return (u"{\"format\":\"ordo-plan\",\"version\":1,\"weeks\":%1,"_s.arg(weeks) + extra
                + u"\"sessions\":[]}"_s)
            .toUtf8();
    }

    static TimeWindow window(int start, int end, QList<Kind> kinds = {})
    {
        TimeWindow w;
        w.startMinute = start;
        w.endMinute = end;
        w.kinds = kinds;
        return w;
    }

    static Session session(int week, Day day, int start, int duration, Kind kind = Kind::Strength)
    {
        Session s;
        s.id = u"x"_s;
        s.week = week;
        s.day = day;
        s.startMinute = start;
        s.durationMin = duration;
        s.kind = kind;
        return s;
    }

private slots:
    void readsTheFixture()
    {
        const Plan plan = read(fixture());
        QCOMPARE(plan.anchorDate, QDate(2027, 1, 4));
        QVERIFY(plan.availability);
        const Availability &a = *plan.availability;
        QCOMPARE(a.days.byDay[int(Day::Mon)]->size(), 2);
        QCOMPARE(a.days.byDay[int(Day::Mon)]->at(0).kinds, QList<Kind>({ Kind::Strength, Kind::Cardio }));
        QCOMPARE(a.days.byDay[int(Day::Mon)]->at(1).endMinute, 1440);
        QVERIFY(a.days.byDay[int(Day::Sun)] && a.days.byDay[int(Day::Sun)]->isEmpty());
        QVERIFY(!a.days.byDay[int(Day::Wed)]);
        QCOMPARE(a.days.unknownKeys.json(u"x-note"), QByteArray("{\"b\":1,\"a\":1.0}"));
        QCOMPARE(a.days.byDay[int(Day::Tue)]->at(0).unknownKeys.json(u"x-room"), QByteArray("\"gym 2\""));
        QCOMPARE(a.weeks.size(), 1);
        QCOMPARE(a.weeks[0].week, 1);
        QCOMPARE(a.weeks[0].unknownKeys.json(u"x-reason"), QByteArray("\"travel\""));
        QCOMPARE(a.busy.size(), 1);
        QCOMPARE(a.busy[0].summary, u"Team meeting"_s);
        QCOMPARE(a.busy[0].endMinute, 20 * 60 + 30);
        QCOMPARE(a.busy[0].unknownKeys.json(u"x-uid"), QByteArray("\"abc@example.org\""));
        QCOMPARE(a.unknownKeys.json(u"x-source"), QByteArray("\"calendar\""));
        QVERIFY(plan.find(u"s1"_s)->locked);
        QVERIFY(!plan.find(u"s2"_s)->locked);
    }

    void roundTripsByteForByte()
    {
        const QByteArray bytes = fixture();
        const Plan plan = read(bytes);
        QCOMPARE(serializePlan(plan), bytes);
        // The compact form reads back as the same plan, and is written the same way again.
        const QByteArray compact = serializePlanCompact(plan);
        QCOMPARE(read(compact), plan);
        QCOMPARE(serializePlanCompact(read(compact)), compact);
        QVERIFY(compact.size() < bytes.size());
    }

    void oldFilesStayAsTheyWere()
    {
        // No availability, no anchor date, nothing locked: none of the new keys is written.
        const QByteArray bytes = planWith(QString(), 1);
        const Plan plan = read(bytes);
        QVERIFY(!plan.availability);
        QVERIFY(!plan.anchorDate);
        const QByteArray written = serializePlan(plan);
        QVERIFY(!written.contains("availability"));
        QVERIFY(!written.contains("anchorDate"));
        QVERIFY(!written.contains("locked"));
        // An empty availability object is kept (present, unrestricted).
        const Plan empty = read(planWith(u"\"availability\":{},"_s));
        QVERIFY(empty.availability);
        QVERIFY(empty.availability->isUnrestricted());
        QVERIFY(serializePlan(empty).contains("\"availability\": {}"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("anchor not a Monday") << u"\"anchorDate\":\"2027-01-05\","_s << u"/anchorDate"_s
                                             << u"is a Tuesday; the anchor date is the Monday of week 0"_s;
        QTest::newRow("anchor not a date")
            << u"\"anchorDate\":\"2027-02-30\","_s << u"/anchorDate"_s << u"expected a date YYYY-MM-DD"_s;
        QTest::newRow("anchor with time") << u"\"anchorDate\":\"2027-01-04T00:00\","_s << u"/anchorDate"_s
                                          << u"expected a date YYYY-MM-DD"_s;
        QTest::newRow("anchor a number")
            << u"\"anchorDate\":20270104,"_s << u"/anchorDate"_s << u"expected a string"_s;
        QTest::newRow("availability not an object")
            << u"\"availability\":[],"_s << u"/availability"_s << u"expected an object"_s;
        QTest::newRow("day not a list")
            << u"\"availability\":{\"days\":{\"mon\":{}}},"_s << u"/availability/days/mon"_s
            << u"expected an array of time windows"_s;
        QTest::newRow("window backwards")
            << u"\"availability\":{\"days\":{\"tue\":[{\"start\":\"20:00\",\"end\":\"06:00\"}]}},"_s
            << u"/availability/days/tue/0/end"_s << u"must be after the start (20:00)"_s;
        QTest::newRow("window start 24:00")
            << u"\"availability\":{\"days\":{\"tue\":[{\"start\":\"24:00\",\"end\":\"24:00\"}]}},"_s
            << u"/availability/days/tue/0/start"_s << u"expected HH:MM"_s;
        QTest::newRow("window end 25:00")
            << u"\"availability\":{\"days\":{\"tue\":[{\"start\":\"06:00\",\"end\":\"25:00\"}]}},"_s
            << u"/availability/days/tue/0/end"_s << u"expected HH:MM or 24:00"_s;
        QTest::newRow("window missing end")
            << u"\"availability\":{\"days\":{\"wed\":[{\"start\":\"06:00\"}]}},"_s
            << u"/availability/days/wed/0/end"_s << u"missing required key"_s;
        QTest::newRow("unknown kind")
            << u"\"availability\":{\"days\":{\"mon\":[{\"start\":\"06:00\",\"end\":\"07:00\",\"kinds\":[\"cardio\",\"yoga\"]}]}},"_s
            << u"/availability/days/mon/0/kinds/1"_s << u"expected one of strength, cardio, mobility"_s;
        QTest::newRow("empty kinds")
            << u"\"availability\":{\"days\":{\"mon\":[{\"start\":\"06:00\",\"end\":\"07:00\",\"kinds\":[]}]}},"_s
            << u"/availability/days/mon/0/kinds"_s << u"expected a non-empty array of kinds"_s;
        QTest::newRow("override week too high")
            << u"\"availability\":{\"weeks\":[{\"week\":2,\"days\":{}}]},"_s
            << u"/availability/weeks/0/week"_s << u"must be between 0 and 1"_s;
        QTest::newRow("override week twice")
            << u"\"availability\":{\"weeks\":[{\"week\":1,\"days\":{}},{\"week\":1,\"days\":{}}]},"_s
            << u"/availability/weeks/1/week"_s << u"week 1 is given twice (first at /availability/weeks/0)"_s;
        QTest::newRow("override without days")
            << u"\"availability\":{\"weeks\":[{\"week\":1}]},"_s << u"/availability/weeks/0/days"_s
            << u"missing required key"_s;
        QTest::newRow("override day bad")
            << u"\"availability\":{\"weeks\":[{\"week\":1,\"days\":{\"fri\":[{\"start\":\"7am\",\"end\":\"08:00\"}]}}]},"_s
            << u"/availability/weeks/0/days/fri/0/start"_s << u"expected HH:MM, got \"7am\""_s;
        QTest::newRow("busy without day")
            << u"\"availability\":{\"busy\":[{\"start\":\"09:00\",\"end\":\"10:00\"}]},"_s
            << u"/availability/busy/0/day"_s << u"missing required key"_s;
        QTest::newRow("busy across midnight")
            << u"\"availability\":{\"busy\":[{\"day\":\"fri\",\"start\":\"23:00\",\"end\":\"01:00\"}]},"_s
            << u"/availability/busy/0/end"_s << u"busy time ends on its own day"_s;
        QTest::newRow("busy summary not text")
            << u"\"availability\":{\"busy\":[{\"day\":\"fri\",\"start\":\"08:00\",\"end\":\"09:00\",\"summary\":3}]},"_s
            << u"/availability/busy/0/summary"_s << u"expected a string, got 3"_s;
        QTest::newRow("busy week too high")
            << u"\"availability\":{\"busy\":[{\"week\":5,\"day\":\"fri\",\"start\":\"08:00\",\"end\":\"09:00\"}]},"_s
            << u"/availability/busy/0/week"_s << u"must be between 0 and 1"_s;
    }

    void badInput()
    {
        QFETCH(QString, json);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const ReadResult r = parsePlan(planWith(json));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().where, where);
        QVERIFY2(r.errors.first().what.contains(what), qPrintable(r.errors.first().toString()));
    }

    void lockedMustBeBoolean()
    {
        const ReadResult r = parsePlan(
            "{\"format\":\"ordo-plan\",\"version\":1,\"sessions\":[{\"id\":\"a\",\"day\":\"mon\",\"start\":"
            "\"07:00\",\"durationMin\":30,\"kind\":\"mobility\",\"locked\":\"yes\"}]}");
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().where, u"/sessions/0/locked"_s);
        // false is read and not written back (only true is).
        const Plan plan = read(
            "{\"format\":\"ordo-plan\",\"version\":1,\"sessions\":[{\"id\":\"a\",\"day\":"
            "\"mon\",\"start\":\"07:00\",\"durationMin\":30,\"kind\":\"mobility\",\"locked\":false}]}");
        QVERIFY(!plan.sessions[0].locked);
        QVERIFY(plan.sessions[0].unknownKeys.isEmpty());
        QVERIFY(!serializePlan(plan).contains("locked"));
    }

    void windowsOverridesAndBusyTime()
    {
        const Plan plan = read(fixture());
        const Availability &a = *plan.availability;
        // Wednesday is unrestricted; Sunday is closed; week 1 replaces Tuesday only.
        QVERIFY(!windowsOn(a, 0, Day::Wed));
        QCOMPARE(freeTime(a, 0, Day::Wed, Kind::Cardio), QList<MinuteRange>({ { 0, 1440 } }));
        QVERIFY(freeTime(a, 0, Day::Sun, Kind::Mobility).isEmpty());
        QCOMPARE(freeTime(a, 0, Day::Tue, Kind::Strength), QList<MinuteRange>({ { 17 * 60, 20 * 60 } }));
        QVERIFY(freeTime(a, 1, Day::Tue, Kind::Strength).isEmpty());
        // Busy time on Monday of week 0 only, cut out of the evening window.
        QCOMPARE(freeTime(a, 0, Day::Mon, Kind::Strength),
                 QList<MinuteRange>({ { 360, 480 }, { 18 * 60, 19 * 60 }, { 20 * 60 + 30, 1440 } }));
        QCOMPARE(freeTime(a, 1, Day::Mon, Kind::Strength),
                 QList<MinuteRange>({ { 360, 480 }, { 18 * 60, 1440 } }));
        // Mobility is not allowed in the morning window.
        QCOMPARE(freeTime(a, 1, Day::Mon, Kind::Mobility), QList<MinuteRange>({ { 18 * 60, 1440 } }));
        const QList<TimeWindow> windows = availableWindows(a, 0, Day::Mon);
        QCOMPARE(windows.size(), 3);
        QCOMPARE(windows[1].startMinute, 18 * 60);
        QCOMPARE(windows[1].endMinute, 19 * 60);
        QCOMPARE(windows[2].startMinute, 20 * 60 + 30);
        QVERIFY(windows[2].kinds.isEmpty());
        QCOMPARE(availableWindows(a, 0, Day::Thu).size(), 1);
        QCOMPARE(busyOverlapping(a, 0, Day::Mon, 19 * 60 + 30, 21 * 60).size(), 1);
        QVERIFY(busyOverlapping(a, 0, Day::Mon, 20 * 60 + 30, 21 * 60).isEmpty());

        QVERIFY(isAllowed(a, 0, Day::Mon, 360, 480, Kind::Cardio));
        QVERIFY(!isAllowed(a, 0, Day::Mon, 360, 481, Kind::Cardio));
        QVERIFY(!isAllowed(a, 0, Day::Mon, 360, 420, Kind::Mobility));
        QVERIFY(!isAllowed(a, 0, Day::Mon, 18 * 60 + 30, 19 * 60 + 15, Kind::Cardio)); // the meeting
        QVERIFY(isAllowed(a, 1, Day::Mon, 18 * 60 + 30, 19 * 60 + 15, Kind::Cardio));
    }

    void adjacentWindowsJoin()
    {
        Availability a;
        a.days.byDay[int(Day::Fri)]
            = QList<TimeWindow> { window(360, 480, { Kind::Strength }), window(480, 600) };
        QVERIFY(isAllowed(a, 0, Day::Fri, 420, 540, Kind::Strength));
        QVERIFY(!isAllowed(a, 0, Day::Fri, 420, 540, Kind::Cardio));
        QVERIFY(isAllowed(a, 0, Day::Fri, 480, 540, Kind::Cardio));
    }

    void sessionsAcrossMidnight()
    {
        Plan plan = read(fixture());
        // Monday 23:30 for 60 min runs into Tuesday 00:30, outside Tuesday's window.
        QVERIFY(!sessionFitsAvailability(plan, session(1, Day::Mon, 23 * 60 + 30, 60)));
        QVERIFY(sessionFitsAvailability(plan, session(1, Day::Mon, 23 * 60, 60)));
        // Saturday into Sunday (closed); Sunday of the last week wraps to Monday of week 0.
        QVERIFY(!sessionFitsAvailability(plan, session(0, Day::Sat, 23 * 60 + 30, 60)));
        plan.availability->days.byDay[int(Day::Sun)] = QList<TimeWindow> { window(22 * 60, 1440) };
        QVERIFY(!sessionFitsAvailability(plan, session(1, Day::Sun, 23 * 60, 120))); // Mon 00:00–01:00 closed
        QVERIFY(sessionFitsAvailability(plan, session(1, Day::Sun, 22 * 60, 120)));
        plan.repeat = false; // after the end of a one-off plan nothing is checked
        QVERIFY(sessionFitsAvailability(plan, session(1, Day::Sun, 23 * 60, 120)));
        plan.availability.reset();
        QVERIFY(sessionFitsAvailability(plan, session(0, Day::Sun, 3 * 60, 60)));
    }

    void nearestWindowPrefersTheSameDay()
    {
        const Plan plan = read(fixture());
        // A lift at Monday 12:00 of week 1: the morning window (06:00–08:00) is 4 h away, the
        // evening (18:00–24:00) 6 h: the morning is nearer.
        auto n = nearestWindow(plan, session(1, Day::Mon, 12 * 60, 60));
        QVERIFY(n);
        QCOMPARE(n->day, Day::Mon);
        QCOMPARE(n->range, (MinuteRange { 360, 480 }));
        QCOMPARE(n->startMinute, 420);
        // Sunday is closed: the nearest stretch is on Saturday (unrestricted), at the same time.
        n = nearestWindow(plan, session(0, Day::Sun, 9 * 60, 60));
        QVERIFY(n);
        QCOMPARE(n->day, Day::Sat);
        QCOMPARE(n->startMinute, 9 * 60);
        // Mobility fits only the evening on Monday of week 0, after the meeting.
        n = nearestWindow(plan, session(0, Day::Mon, 19 * 60, 120, Kind::Mobility));
        QVERIFY(n);
        QCOMPARE(n->range, (MinuteRange { 20 * 60 + 30, 1440 }));
        QCOMPARE(n->startMinute, 20 * 60 + 30);
        // No availability: nothing to suggest; nothing long enough: nothing either.
        Plan none = plan;
        none.availability.reset();
        QVERIFY(!nearestWindow(none, session(0, Day::Mon, 0, 60)));
        Plan closed = plan;
        for (auto &d : closed.availability->days.byDay)
            d = QList<TimeWindow> { window(360, 400) };
        QVERIFY(!nearestWindow(closed, session(0, Day::Mon, 360, 60)));
    }

    void indexAgreesWithTheQueries()
    {
        Plan plan = read(fixture());
        const AvailabilityIndex index(plan);
        QVERIFY(index.isRestricted());
        QRandomGenerator rng(19);
        for (int i = 0; i < 2000; ++i) {
            const Session s = session(rng.bounded(2), Day(rng.bounded(7)), rng.bounded(96) * 15,
                                      15 + rng.bounded(40) * 15, Kind(rng.bounded(3)));
            QCOMPARE(index.fits(s.axisStart(), s.durationMin, s.kind), sessionFitsAvailability(plan, s));
        }
        plan.availability.reset();
        QVERIFY(!AvailabilityIndex(plan).isRestricted());
        QVERIFY(AvailabilityIndex(plan).fits(0, 600, Kind::Cardio));
    }

    void edits()
    {
        Plan plan = read(fixture());
        const Plan before = plan;
        // Lock and unlock with readable texts, one undo step each.
        PlanEdit lock = SessionEdits::setLocked(plan, { u"s1"_s, u"s2"_s }, true);
        QCOMPARE(lock.upserts.size(), 1); // s1 already was
        QCOMPARE(lock.text, u"Lock “%1”"_s.arg(plan.find(u"s2"_s)->displayTitle()));
        PlanEdit undo = lock.apply(plan);
        QVERIFY(plan.find(u"s2"_s)->locked);
        QCOMPARE(SessionEdits::setLocked(plan, { u"s1"_s, u"s2"_s }, false).text, u"Unlock 2 sessions"_s);
        QVERIFY(SessionEdits::setLocked(plan, { u"s1"_s }, true).isEmpty());
        undo.apply(plan);
        QCOMPARE(plan, before);

        // The anchor date: a Monday only.
        QVERIFY(PlanEdits::setAnchorDate(plan, QDate(2027, 1, 5)).isEmpty());
        PlanEdit anchor = PlanEdits::setAnchorDate(plan, QDate(2027, 3, 1));
        QVERIFY(anchor.text.startsWith(u"Set the start of week 1 to"_s));
        undo = anchor.apply(plan);
        QCOMPARE(plan.anchorDate, QDate(2027, 3, 1));
        undo.apply(plan);
        QCOMPARE(plan, before);
        QCOMPARE(PlanEdits::setAnchorDate(plan, std::nullopt).text, u"Remove the plan's start date"_s);

        // Availability as a whole, and busy times on their own.
        Availability a = *plan.availability;
        a.days.byDay[int(Day::Wed)] = QList<TimeWindow> { window(7 * 60, 9 * 60) };
        PlanEdit change = PlanEdits::setAvailability(plan, a);
        QCOMPARE(change.text, u"Change available times"_s);
        QVERIFY(change.isValidFor(plan));
        undo = change.apply(plan);
        QCOMPARE(plan.availability, a);
        undo.apply(plan);
        QCOMPARE(plan, before);
        a.days.byDay[int(Day::Wed)] = QList<TimeWindow> { window(9 * 60, 7 * 60) };
        QVERIFY(PlanEdits::setAvailability(plan, a).isEmpty());
        Availability tooLate = *plan.availability;
        tooLate.weeks[0].week = 2;
        QVERIFY(PlanEdits::setAvailability(plan, tooLate).isEmpty());
        QCOMPARE(PlanEdits::setAvailability(plan, std::nullopt).text, u"Remove available times"_s);
        PlanEdit busy = PlanEdits::setBusyTimes(plan, {});
        QCOMPARE(busy.text, u"Remove busy times"_s);
        busy.apply(plan);
        QVERIFY(plan.availability->busy.isEmpty());
        QCOMPARE(plan.availability->days, before.availability->days);

        // Fewer weeks drop the overrides and busy times of the dropped weeks in the same step.
        plan = before;
        plan.availability->busy[0].week = 1;
        PlanEdit shorter = PlanEdits::setWeeks(plan, 1);
        QVERIFY(!shorter.isEmpty());
        shorter.apply(plan);
        QVERIFY(plan.availability->weeks.isEmpty());
        QVERIFY(plan.availability->busy.isEmpty());
        QVERIFY(plan.availability->days.byDay[int(Day::Mon)]);
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
