// SPDX-License-Identifier: GPL-3.0-or-later

#include "planedit.h"
#include "planlimits.h"
#include "timeaxis.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ordo;

Q_DECLARE_METATYPE(std::function<void(ordo::PlanHeader &, ordo::Session &)>)

// Plan time axis (docs/rules.md derived terms) and edits as values (apply returns the inverse).
class TestTimeAxis : public QObject
{
    Q_OBJECT

    static Session session(const QString &id, int week, Day day, int hh, int mm, int duration)
    {
        Session s;
        s.id = id;
        s.week = week;
        s.day = day;
        s.startMinute = hh * 60 + mm;
        s.durationMin = duration;
        s.kind = Kind::Mobility;
        return s;
    }

private slots:
    void gapAcrossMidnightAndWeekWrap_data()
    {
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<int>("aWeek");
        QTest::addColumn<int>("aDay");
        QTest::addColumn<int>("aStart");
        QTest::addColumn<int>("aDuration");
        QTest::addColumn<int>("bWeek");
        QTest::addColumn<int>("bDay");
        QTest::addColumn<int>("bStart");
        QTest::addColumn<int>("expectedGap");
        QTest::newRow("same day") << false << 1 << 0 << 0 << 360 << 60 << 0 << 0 << 600 << 180;
        QTest::newRow("across midnight")
            << false << 1 << 0 << 0 << 22 * 60 << 60 << 0 << 1 << 7 * 60 << 8 * 60;
        QTest::newRow("exactly touching") << false << 1 << 0 << 2 << 600 << 60 << 0 << 2 << 660 << 0;
        QTest::newRow("overlap is negative")
            << false << 1 << 0 << 0 << 18 * 60 << 60 << 0 << 0 << 18 * 60 + 45 << -15;
        QTest::newRow("week wrap, repeating")
            << true << 1 << 0 << 6 << 22 * 60 << 60 << 0 << 0 << 7 * 60 << 8 * 60;
        QTest::newRow("week wrap, one-off")
            << false << 1 << 0 << 6 << 22 * 60 << 60 << 0 << 0 << 7 * 60 << -(6 * 1440 + 16 * 60);
        QTest::newRow("last week wraps to week 0")
            << true << 2 << 1 << 6 << 23 * 60 << 30 << 0 << 0 << 30 << 60;
    }

    void gapAcrossMidnightAndWeekWrap()
    {
        QFETCH(bool, repeat);
        QFETCH(int, weeks);
        QFETCH(int, aWeek);
        QFETCH(int, aDay);
        QFETCH(int, aStart);
        QFETCH(int, aDuration);
        QFETCH(int, bWeek);
        QFETCH(int, bDay);
        QFETCH(int, bStart);
        QFETCH(int, expectedGap);
        const TimeAxis axis(weeks * kMinutesPerWeek, repeat);
        const Session a = session(u"a"_s, aWeek, Day(aDay), aStart / 60, aStart % 60, aDuration);
        const Session b = session(u"b"_s, bWeek, Day(bDay), bStart / 60, bStart % 60, 30);
        QCOMPARE(axis.gap(a, b), expectedGap);
    }

    void dayIndexWrapsOnCyclicPlans()
    {
        const TimeAxis cyclic(kMinutesPerWeek, true);
        QCOMPARE(cyclic.dayIndexAt(6 * 1440 + 1439), 6);
        QCOMPARE(cyclic.dayIndexAt(7 * 1440), 0); // Sunday 24:00 is Monday 00:00
        QCOMPARE(cyclic.dayIndexAt(-1), 6);
        const TimeAxis once(kMinutesPerWeek, false);
        QCOMPARE(once.dayIndexAt(7 * 1440), 7); // past the plan end
        QCOMPARE(TimeAxis::sessionDay(session(u"x"_s, 1, Day::Wed, 7, 0, 30)), 9);
    }

    void editApplyReturnsItsInverse()
    {
        Plan plan;
        plan.weeks = 2;
        plan.sessions = { session(u"s1"_s, 0, Day::Mon, 7, 0, 60), session(u"s2"_s, 0, Day::Tue, 7, 0, 60) };
        const Plan original = plan;

        Session moved = plan.sessions[0];
        moved.day = Day::Fri;
        PlanEdit edit = PlanEdit::changeSessions({ moved }, u"Move"_s);
        edit.upserts.append(session(u"s3"_s, 1, Day::Sun, 23, 0, 90));
        edit.removals.append(u"s2"_s);
        PlanHeader header = PlanHeader::of(plan);
        header.name = u"Renamed"_s;
        edit.header = header;
        QVERIFY(edit.isValidFor(plan));

        const PlanEdit inverse = edit.apply(plan);
        QCOMPARE(plan.name, u"Renamed"_s);
        QCOMPARE(plan.sessions.size(), 2);
        QCOMPARE(plan.find(u"s1"_s)->day, Day::Fri);
        QVERIFY(plan.find(u"s3"_s));
        QVERIFY(!plan.find(u"s2"_s));
        const Plan edited = plan;

        const PlanEdit redo = inverse.apply(plan);
        QCOMPARE(plan, original);
        redo.apply(plan);
        QCOMPARE(plan, edited);
    }

    void invalidEditsAreRecognised()
    {
        Plan plan;
        plan.sessions = { session(u"s1"_s, 0, Day::Mon, 7, 0, 60) };
        QVERIFY(!PlanEdit::removeSessions({ u"nope"_s }, {}).isValidFor(plan));
        QVERIFY(!PlanEdit::addSessions({ session(u"s9"_s, 1, Day::Mon, 7, 0, 60) }, {}).isValidFor(plan));
        QVERIFY(!PlanEdit::addSessions({ session(u"s9"_s, 0, Day::Mon, 7, 0, 601) }, {}).isValidFor(plan));
        QCOMPARE(plan.nextSessionId(), u"s2"_s);
    }

    // An edit never makes a plan the file format would refuse (planlimits.h).
    void editsOutsideThePlanLimitsAreInvalid_data()
    {
        using namespace PlanLimits;
        QTest::addColumn<std::function<void(PlanHeader &, Session &)>>("change");
        QTest::addColumn<bool>("valid");
        using Change = std::function<void(PlanHeader &, Session &)>;
        QTest::newRow("at every limit") << Change([](PlanHeader &h, Session &s) {
            h.weeks = kMaxWeeks;
            h.profile.age = kMinAge;
            h.profile.bodyMassKg = kMaxBodyMassKg;
            h.profile.cycle = CycleSettings { kMaxWeeks - 1, Day::Sun, kMinCycleLengthDays, {}, {} };
            s.title = QString(kMaxTitleLength, u't');
            s.rpe = kMaxRpe;
            s.durationMin = kMinDurationMin;
        }) << true;
        QTest::newRow("weeks") << Change([](PlanHeader &h, Session &) { h.weeks = kMaxWeeks + 1; }) << false;
        QTest::newRow("age") << Change([](PlanHeader &h, Session &) { h.profile.age = kMinAge - 1; })
                             << false;
        QTest::newRow("mass") << Change([](PlanHeader &h, Session &) { h.profile.bodyMassKg = 29.9; })
                              << false;
        QTest::newRow("cycle length") << Change([](PlanHeader &h, Session &) {
            h.profile.cycle = CycleSettings { 0, Day::Mon, kMaxCycleLengthDays + 1, {}, {} };
        }) << false;
        QTest::newRow("name") << Change([](PlanHeader &h, Session &) {
            h.name = QString(kMaxNameLength + 1, u'n');
        }) << false;
        QTest::newRow("title") << Change([](PlanHeader &, Session &s) {
            s.title = QString(kMaxTitleLength + 1, u't');
        }) << false;
        QTest::newRow("rpe") << Change([](PlanHeader &, Session &s) { s.rpe = kMaxRpe + 0.5; }) << false;
        QTest::newRow("duration") << Change([](PlanHeader &, Session &s) {
            s.durationMin = kMinDurationMin - 1;
        }) << false;
    }

    void editsOutsideThePlanLimitsAreInvalid()
    {
        QFETCH(std::function<void(PlanHeader &, Session &)>, change);
        QFETCH(bool, valid);
        Plan plan;
        plan.sessions = { session(u"s1"_s, 0, Day::Mon, 7, 0, 60) };
        PlanHeader header = PlanHeader::of(plan);
        Session s = plan.sessions[0];
        change(header, s);
        PlanEdit edit = PlanEdit::changeSessions({ s }, u"Change"_s);
        edit.header = header;
        QCOMPARE(edit.isValidFor(plan), valid);
    }
};

QTEST_GUILESS_MAIN(TestTimeAxis)
#include "tst_timeaxis.moc"
