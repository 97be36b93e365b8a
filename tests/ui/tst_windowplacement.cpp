// SPDX-License-Identifier: GPL-3.0-or-later

#include "shell/windowplacement.h"

#include <QTest>

using namespace ordo;

// Where the main window opens: first runs per screen size, saved positions on the screens
// there are now (a second screen unplugged, a laptop instead of a desktop monitor).
class TestWindowPlacement : public QObject
{
    Q_OBJECT

private slots:
    void firstRunTakesAShareOfTheScreen_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("geometry");
        QTest::addColumn<bool>("maximized");
        // 85 % centred; small screens start maximized (the normal size is still 85 %).
        QTest::newRow("1920x1080") << QRect(0, 0, 1920, 1080) << QRect(144, 81, 1632, 918) << false;
        QTest::newRow("1920x1052 below a panel")
            << QRect(0, 28, 1920, 1052) << QRect(144, 107, 1632, 894) << false;
        QTest::newRow("2560x1440 right of another screen")
            << QRect(1920, 0, 2560, 1440) << QRect(2112, 108, 2176, 1224) << false;
        QTest::newRow("1366x768 laptop") << QRect(0, 0, 1366, 768) << QRect(102, 57, 1161, 653) << true;
        QTest::newRow("1440x900") << QRect(0, 0, 1440, 900) << QRect(108, 67, 1224, 765) << false;
        QTest::newRow("1280x800") << QRect(0, 0, 1280, 800) << QRect(96, 60, 1088, 680) << true;
        // Smaller than the minimum window: the screen, not more.
        QTest::newRow("800x480") << QRect(0, 0, 800, 480) << QRect(20, 0, 760, 480) << true;
    }

    void firstRunTakesAShareOfTheScreen()
    {
        QFETCH(QRect, available);
        QFETCH(QRect, geometry);
        QFETCH(bool, maximized);
        const WindowPlacement p = WindowPlacement::firstRun(available);
        QCOMPARE(p.geometry, geometry);
        QCOMPARE(p.maximized, maximized);
        QVERIFY(available.contains(p.geometry));
    }

    void savedPositionIsKeptOnlyOnAScreen_data()
    {
        QTest::addColumn<QRect>("saved");
        QTest::addColumn<QList<QRect>>("screens");
        QTest::addColumn<QRect>("expected");
        const QRect laptop(0, 0, 1366, 768);
        const QRect monitor(1366, 0, 1920, 1080);
        QTest::newRow("on the screen")
            << QRect(100, 50, 1000, 600) << QList { laptop } << QRect(100, 50, 1000, 600);
        QTest::newRow("on the second screen")
            << QRect(1500, 100, 1400, 900) << QList { laptop, monitor } << QRect(1500, 100, 1400, 900);
        // The monitor is gone: centred on the laptop, no larger than it.
        QTest::newRow("second screen unplugged")
            << QRect(1500, 100, 1400, 900) << QList { laptop } << QRect(0, 0, 1366, 768);
        QTest::newRow("second screen unplugged, small window")
            << QRect(1500, 100, 1000, 600) << QList { laptop } << QRect(183, 84, 1000, 600);
        QTest::newRow("above the screen")
            << QRect(100, -700, 1000, 600) << QList { laptop } << QRect(183, 84, 1000, 600);
        QTest::newRow("title bar left of the screen")
            << QRect(-950, 100, 1000, 600) << QList { laptop } << QRect(183, 84, 1000, 600);
        // Mostly on the screen: kept there, pulled in so the whole frame shows.
        QTest::newRow("sticks out at the right")
            << QRect(800, 100, 1000, 600) << QList { laptop } << QRect(366, 100, 1000, 600);
        QTest::newRow("saved on a larger desktop")
            << QRect(0, 0, 1920, 1080) << QList { laptop } << QRect(0, 0, 1366, 768);
        // Never saved: a first run.
        QTest::newRow("nothing saved") << QRect() << QList { laptop } << QRect(102, 57, 1161, 653);
    }

    void savedPositionIsKeptOnlyOnAScreen()
    {
        QFETCH(QRect, saved);
        QFETCH(QList<QRect>, screens);
        QFETCH(QRect, expected);
        const WindowPlacement p = WindowPlacement::restore(saved, false, screens, screens.first());
        QCOMPARE(p.geometry, expected);
        bool onAScreen = false;
        for (const QRect &s : screens)
            onAScreen = onAScreen || s.contains(p.geometry);
        QVERIFY(onAScreen);
    }

    void maximizedStaysMaximized()
    {
        const QRect laptop(0, 0, 1366, 768);
        QVERIFY(WindowPlacement::restore(QRect(10, 10, 900, 600), true, { laptop }, laptop).maximized);
        QVERIFY(!WindowPlacement::restore(QRect(10, 10, 900, 600), false, { laptop }, laptop).maximized);
    }

    void smallSavedWindowGrowsToTheMinimum()
    {
        const QRect desktop(0, 0, 1920, 1080);
        const WindowPlacement p
            = WindowPlacement::restore(QRect(10, 10, 300, 200), false, { desktop }, desktop);
        QCOMPARE(p.geometry, QRect(QPoint(10, 10), WindowPlacement::kMinimumSize));
    }
};

QTEST_GUILESS_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
