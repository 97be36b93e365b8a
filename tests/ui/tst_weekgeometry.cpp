// SPDX-License-Identifier: GPL-3.0-or-later

#include "week/weekgeometry.h"
#include "week/weeklayout.h"

#include <QTest>

using namespace ordo;
using namespace Qt::StringLiterals;

// Pixel ↔ (day, minute) mapping of the week grid, both directions, with snapping,
// midnight and a week starting on Sunday; and the side-by-side layout of overlaps.
class TestWeekGeometry : public QObject
{
    Q_OBJECT

private:
    // 700 px wide body at x = 50 (100 px per day), top at y = 40, 1 px per minute from 05:00.
    static WeekGeometry geometry(Day weekStart = Day::Mon)
    {
        return WeekGeometry(QRectF(50, 40, 700, 1440), 300, 1.0, weekStart);
    }

private slots:
    void pointMapsToSnappedPosition_data()
    {
        QTest::addColumn<int>("weekStart");
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<bool>("inside");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("minute");

        QTest::newRow("monday 05:00") << 0 << QPointF(51, 40) << true << 0 << 0 << 300;
        QTest::newRow("tuesday 07:00") << 0 << QPointF(150, 40 + 120) << true << 1 << 1 << 420;
        QTest::newRow("snap down 07:07") << 0 << QPointF(150, 40 + 127) << true << 1 << 1 << 420;
        QTest::newRow("snap up 07:08") << 0 << QPointF(150, 40 + 128) << true << 1 << 1 << 435;
        QTest::newRow("sunday last column") << 0 << QPointF(749, 40) << true << 6 << 6 << 300;
        QTest::newRow("left of grid") << 0 << QPointF(49, 100) << false << 0 << 0 << 0;
        QTest::newRow("right of grid") << 0 << QPointF(750, 100) << false << 0 << 0 << 0;
        QTest::newRow("before midnight clamps to 23:45")
            << 0 << QPointF(400, 40 + 1139) << true << 3 << 3 << 1425;
        QTest::newRow("past midnight clamps") << 0 << QPointF(400, 40 + 1200) << true << 3 << 3 << 1425;
        QTest::newRow("above 00:00 clamps") << 0 << QPointF(400, 40 - 400) << true << 3 << 3 << 0;
        QTest::newRow("sunday start: first column is sunday")
            << 6 << QPointF(60, 40) << true << 0 << 6 << 300;
        QTest::newRow("sunday start: second column is monday")
            << 6 << QPointF(160, 40) << true << 1 << 0 << 300;
        QTest::newRow("sunday start: last column is saturday")
            << 6 << QPointF(700, 40) << true << 6 << 5 << 300;
    }

    void pointMapsToSnappedPosition()
    {
        QFETCH(int, weekStart);
        QFETCH(QPointF, point);
        QFETCH(bool, inside);
        const std::optional<GridPosition> p = geometry(Day(weekStart)).positionAt(point);
        QCOMPARE(p.has_value(), inside);
        if (!inside)
            return;
        QTEST(p->column, "column");
        QTEST(int(p->day), "day");
        QTEST(p->minute, "minute");
    }

    void positionMapsToPixels_data()
    {
        QTest::addColumn<int>("weekStart");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("minute");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");

        QTest::newRow("monday 05:00") << 0 << 0 << 300 << 50.0 << 40.0;
        QTest::newRow("wednesday 12:30") << 0 << 2 << 750 << 250.0 << 490.0;
        QTest::newRow("midnight end of day") << 0 << 4 << 1440 << 450.0 << 1180.0;
        QTest::newRow("before first visible") << 0 << 0 << 0 << 50.0 << -260.0;
        QTest::newRow("sunday start: sunday") << 6 << 6 << 300 << 50.0 << 40.0;
        QTest::newRow("sunday start: monday") << 6 << 0 << 300 << 150.0 << 40.0;
    }

    void positionMapsToPixels()
    {
        QFETCH(int, weekStart);
        QFETCH(int, day);
        QFETCH(int, minute);
        const WeekGeometry g = geometry(Day(weekStart));
        const QRectF r = g.rectFor(g.columnOfDay(Day(day)), minute, minute + 15);
        QTEST(r.left(), "x");
        QTEST(r.top(), "y");
        QCOMPARE(r.height(), 15.0);
        // And back: the top-left corner maps to the same day and minute.
        if (minute < 1440 && r.top() >= 40) {
            const auto p = g.positionAt(r.topLeft() + QPointF(1, 0));
            QVERIFY(p);
            QCOMPARE(int(p->day), day);
            QCOMPARE(p->minute, minute);
        }
    }

    void zoomScalesMinutes()
    {
        const WeekGeometry g(QRectF(0, 0, 700, 500), 0, 2.5, Day::Mon);
        QCOMPARE(g.yOfMinute(60), 150.0);
        QCOMPARE(g.minuteAtY(150), 60.0);
        QCOMPARE(g.positionAt(QPointF(10, 150 + 2.5 * 7))->minute, 60);
        QCOMPARE(g.positionAt(QPointF(10, 150 + 2.5 * 8))->minute, 75);
    }

    void overlappingSessionsGetLanes()
    {
        Plan plan;
        Session a;
        a.id = u"a"_s;
        a.startMinute = 420;
        a.durationMin = 60;
        Session b = a;
        b.id = u"b"_s;
        b.startMinute = 450;
        Session c = a;
        c.id = u"c"_s;
        c.startMinute = 600;
        plan.sessions = { a, b, c };
        const WeekLayout layout = WeekLayout::build(plan.sessions, plan, 0);
        QCOMPARE(layout.blocks().size(), 3);
        QCOMPARE(layout.blocks()[0].laneCount, 2);
        QCOMPARE(layout.blocks()[1].lane, 1);
        QCOMPARE(layout.blocks()[2].laneCount, 1);
        QCOMPARE(layout.blocks()[2].lane, 0);
    }

    void sessionPastMidnightContinuesNextDay_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<int>("blocks");
        QTest::addColumn<int>("secondDay");

        QTest::newRow("tuesday into wednesday") << 1 << true << 2 << 2;
        QTest::newRow("sunday wraps to monday") << 6 << true << 2 << 0;
        QTest::newRow("sunday one-off plan ends") << 6 << false << 1 << -1;
    }

    void sessionPastMidnightContinuesNextDay()
    {
        QFETCH(int, day);
        QFETCH(bool, repeat);
        Plan plan;
        plan.repeat = repeat;
        Session s;
        s.id = u"late"_s;
        s.day = Day(day);
        s.startMinute = 23 * 60;
        s.durationMin = 90;
        plan.sessions = { s };
        const WeekLayout layout = WeekLayout::build(plan.sessions, plan, 0);
        QTEST(int(layout.blocks().size()), "blocks");
        const WeekBlock *second = nullptr;
        const WeekBlock *first = nullptr;
        for (const WeekBlock &b : layout.blocks())
            (b.continuesFromPreviousDay ? second : first) = &b;
        QVERIFY(first);
        QCOMPARE(first->endMinute, 1440);
        QCOMPARE(first->continuesToNextDay, true);
        QFETCH(int, secondDay);
        if (secondDay >= 0) {
            QVERIFY(second);
            QCOMPARE(int(second->day), secondDay);
            QCOMPARE(second->startMinute, 0);
            QCOMPARE(second->endMinute, 30);
        }
    }
};

QTEST_GUILESS_MAIN(TestWeekGeometry)
#include "tst_weekgeometry.moc"
