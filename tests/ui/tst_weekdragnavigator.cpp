// SPDX-License-Identifier: GPL-3.0-or-later

#include "week/weekdragnavigator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ordo;

// Where a drag over the week scrolls or changes week, how fast, and that it stops: the zones
// of a 1000×800 viewport whose day columns start 50 px right and 40 px down.
class TestWeekDragNavigator : public QObject
{
    Q_OBJECT

private:
    using Zone = WeekDragNavigator::Zone;

    static WeekDragNavigator::Area area(bool previous = true, bool next = true)
    {
        return { QRect(0, 0, 1000, 800), QRectF(50, 40, 950, 760), previous, next };
    }

private slots:
    void zones_data()
    {
        QTest::addColumn<QPoint>("pos");
        QTest::addColumn<bool>("previous");
        QTest::addColumn<bool>("next");
        QTest::addColumn<Zone>("zone");
        QTest::newRow("middle") << QPoint(500, 400) << true << true << Zone::None;
        QTest::newRow("day header") << QPoint(500, 10) << true << true << Zone::Top;
        QTest::newRow("first rows") << QPoint(500, 60) << true << true << Zone::Top;
        QTest::newRow("below the top zone") << QPoint(500, 90) << true << true << Zone::None;
        QTest::newRow("last rows") << QPoint(500, 790) << true << true << Zone::Bottom;
        QTest::newRow("time axis") << QPoint(20, 400) << true << true << Zone::PreviousWeek;
        QTest::newRow("time axis, first week") << QPoint(20, 400) << false << true << Zone::None;
        QTest::newRow("right edge") << QPoint(990, 400) << true << true << Zone::NextWeek;
        QTest::newRow("right edge, last week") << QPoint(990, 400) << true << false << Zone::None;
        QTest::newRow("right edge, low") << QPoint(990, 790) << true << true << Zone::NextWeek;
        QTest::newRow("outside") << QPoint(500, 900) << true << true << Zone::None;
    }

    void zones()
    {
        QFETCH(QPoint, pos);
        QFETCH(bool, previous);
        QFETCH(bool, next);
        QTEST(WeekDragNavigator::zoneAt(pos, area(previous, next)), "zone");
    }

    void scrollsFasterNearerTheEdge()
    {
        WeekDragNavigator navigator;
        QSignalSpy scrolls(&navigator, &WeekDragNavigator::scrollRequested);
        navigator.track(QPoint(500, 770), area());
        QCOMPARE(navigator.zone(), Zone::Bottom);
        QTRY_VERIFY(!scrolls.isEmpty());
        const int slow = scrolls.last().first().toInt();
        QVERIFY(slow > 0);
        navigator.track(QPoint(500, 799), area());
        scrolls.clear();
        QTRY_VERIFY(!scrolls.isEmpty());
        const int fast = scrolls.last().first().toInt();
        QVERIFY(fast > slow);
        QCOMPARE(fast, WeekDragNavigator::kMaxScrollStep);
        // Up near the top.
        navigator.track(QPoint(500, 45), area());
        scrolls.clear();
        QTRY_VERIFY(!scrolls.isEmpty());
        QVERIFY(scrolls.last().first().toInt() < 0);
        // Stopped: nothing more.
        navigator.stop();
        QVERIFY(!navigator.isTracking());
        QCOMPARE(navigator.zone(), Zone::None);
        scrolls.clear();
        QTest::qWait(5 * WeekDragNavigator::kScrollIntervalMs);
        QVERIFY(scrolls.isEmpty());
    }

    void weekChangesOnlyAfterADwell()
    {
        WeekDragNavigator navigator;
        QSignalSpy steps(&navigator, &WeekDragNavigator::weekStepRequested);
        QElapsedTimer clock;
        clock.start();
        navigator.track(QPoint(20, 400), area());
        QCOMPARE(navigator.zone(), Zone::PreviousWeek);
        // Passing through does nothing.
        navigator.track(QPoint(500, 400), area());
        QTest::qWait(WeekDragNavigator::kDwellMs + 100);
        QVERIFY(steps.isEmpty());
        // Resting does, once per dwell, and again while it rests.
        clock.restart();
        navigator.track(QPoint(990, 400), area());
        QTRY_VERIFY(!steps.isEmpty());
        QVERIFY(clock.elapsed() >= WeekDragNavigator::kDwellMs - 20);
        QCOMPARE(steps.first().first().toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() >= 2, WeekDragNavigator::kRepeatMs + 1000);
        navigator.stop();
        const qsizetype stepped = steps.size();
        QTest::qWait(WeekDragNavigator::kRepeatMs + 100);
        QCOMPARE(steps.size(), stepped);
    }
};

QTEST_MAIN(TestWeekDragNavigator)
#include "tst_weekdragnavigator.moc"
