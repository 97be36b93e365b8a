// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartspanel.h"
#include "charts/loadchart.h"
#include "docks/findingsdock.h"
#include "docks/inspector.h"
#include "document/document.h"
#include "shell/appsettings.h"
#include "shell/filecommands.h"
#include "shell/mainwindow.h"
#include "shell/windowplacement.h"
#include "uitestsupport.h"
#include "week/weekview.h"

#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QProcess>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// The main window on real screen sizes: a 1366×768 laptop, a 1920×1080 desktop and a
// 1366×768 (logical) screen at scale factor 2. Each screen needs its own process (the
// offscreen platform reads its screens once), so the test runs itself once per screen with
// ORDO_TEST_SCREEN set; TestScreenSizes drives those runs, TestOnScreen is what each checks.

namespace {

struct ScreenSpec
{
    int width = 0;
    int height = 0;
    int scale = 1;
};

// "1366x768" or "2732x1536@2" (physical pixels at a scale factor).
ScreenSpec parseScreen(const QByteArray &text)
{
    ScreenSpec s;
    const QList<QByteArray> parts = text.split('@');
    const QList<QByteArray> size = parts.value(0).split('x');
    s.width = size.value(0).toInt();
    s.height = size.value(1).toInt();
    s.scale = parts.size() > 1 ? parts[1].toInt() : 1;
    return s;
}

ScreenSpec screenUnderTest()
{
    return parseScreen(qgetenv("ORDO_TEST_SCREEN"));
}

} // namespace

class TestOnScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openWindow(const QString &plan = u"template:fatloss"_s)
    {
        auto w = std::make_unique<MainWindow>();
        w->fileCommands()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        if (!w->fileCommands()->openSource(plan))
            return {};
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return {};
        w->findingsDock(); // the docks' contents, as after the first paint
        QCoreApplication::processEvents();
        return w;
    }

    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        const ScreenSpec spec = screenUnderTest();
        QVERIFY(spec.width > 0);
        // The platform describes the screen asked for, in logical pixels.
        QCOMPARE(available().size(), QSize(spec.width / spec.scale, spec.height / spec.scale));
        QCOMPARE(qRound(QGuiApplication::primaryScreen()->devicePixelRatio()), spec.scale);
    }

    void init()
    {
        // Every case starts as a first run.
        QSettings().remove(u"window"_s);
    }

    void firstRunFitsTheScreen()
    {
        auto w = openWindow();
        QVERIFY(w);
        QTRY_VERIFY(available().contains(w->frameGeometry()));
        const bool small = available().width() < WindowPlacement::kRoomyScreen.width()
            || available().height() < WindowPlacement::kRoomyScreen.height();
        QCOMPARE(w->isMaximized(), small);
        if (!small) {
            // 85 % of the screen (the contents; the frame adds its margins), centred.
            QCOMPARE(w->width(), qRound(available().width() * 0.85));
            QVERIFY(qAbs(w->frameGeometry().center().x() - available().center().x()) <= 2);
        }
        // The window can always be made smaller than the screen.
        QVERIFY(w->minimumSize().width() <= available().width());
        QVERIFY(w->minimumSizeHint().width() <= available().width());
        QVERIFY(w->minimumSizeHint().height() <= available().height());
        // What is drawn has the screen's resolution.
        QCOMPARE(w->grab().deviceIndependentSize().toSize(), w->size());
        QCOMPARE(w->grab().size(), w->size() * screenUnderTest().scale);
    }

    void docksFitTheWindow()
    {
        auto w = openWindow();
        QVERIFY(w);
        // The week keeps most of the width and a good part of the height.
        const QRect week = static_cast<QWidget *>(w->weekView())->geometry();
        QVERIFY2(week.width() >= w->width() / 2, qPrintable(QString::number(week.width())));
        QVERIFY2(week.height() >= w->height() / 2, qPrintable(QString::number(week.height())));

        // Six findings at least, below the filter bar and the header.
        QTreeView *findings = w->findingsDock()->view();
        QVERIFY(findings->isVisible());
        QVERIFY(findings->model()->rowCount() > 0);
        const int rows = findings->viewport()->height() / findings->sizeHintForRow(0);
        QVERIFY2(rows >= 6, qPrintable(QString::number(rows)));

        // The plan inspector fits its dock: no sideways scrolling.
        auto *scroll = w->inspector()->findChild<QScrollArea *>();
        QVERIFY(scroll && scroll->isVisible());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());

        // Each palette entry shows in full: text, icon and the item's margins fit its row.
        auto *palette = w->findChild<QDockWidget *>(u"PaletteDock"_s)->findChild<QTreeView *>();
        QVERIFY(palette);
        const QAbstractItemModel *model = palette->model();
        for (int group = 0; group < model->rowCount(); ++group) {
            const QModelIndex parent = model->index(group, 0);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                const QString text = index.data().toString();
                const int needed
                    = palette->fontMetrics().horizontalAdvance(text) + palette->iconSize().width() + 12;
                const QRect rect = palette->visualRect(index);
                QVERIFY2(rect.left() + needed <= palette->viewport()->width(), qPrintable(text));
            }
        }

        // The chart behind the Charts tab shows its axes and legend, not cut by the dock.
        w->findChild<QDockWidget *>(u"ChartsDock"_s)->raise();
        QTRY_VERIFY(w->findChild<LoadChart *>() && w->findChild<LoadChart *>()->isVisible());
        auto *view = w->findChild<LoadChart *>()->findChild<QChartView *>();
        QVERIFY(view);
        QTRY_VERIFY(view->chart()->plotArea().height() > 40);
        QChart *chart = view->chart();
        const QRectF scene = QRectF(view->rect());
        QVERIFY(scene.contains(chart->plotArea()));
        QVERIFY(chart->legend()->isVisible());
        const QRectF legend = chart->legend()->geometry();
        QVERIFY2(scene.contains(legend) && legend.top() > chart->plotArea().bottom(),
                 qPrintable(u"legend %1,%2 %3x%4"_s.arg(legend.x())
                                .arg(legend.y())
                                .arg(legend.width())
                                .arg(legend.height())));
        // The view itself lies inside the visible panel (a dock smaller than the view's
        // minimum would clip its bottom, the legend first).
        QWidget *panel = w->charts();
        const QRect inPanel(view->mapTo(panel, QPoint(0, 0)), view->size());
        QVERIFY(panel->rect().contains(inPanel));
    }

    void toolbarNeverOverflows()
    {
        auto w = openWindow(u"template:hybrid4w"_s);
        QVERIFY(w);
        auto *bar = w->findChild<QToolBar *>(u"MainToolBar"_s);
        QVERIFY(bar);
        // Every button shows; the overflow (extension) button does not.
        for (QAction *a : bar->actions()) {
            QWidget *button = bar->widgetForAction(a);
            if (a->isSeparator())
                continue;
            QVERIFY2(button && button->isVisible(), qPrintable(a->text()));
            QVERIFY2(bar->rect().contains(button->geometry()), qPrintable(a->text()));
        }
        for (auto *button : bar->findChildren<QToolButton *>(u"qt_toolbar_ext_button"_s))
            QVERIFY(!button->isVisible());
        // Week navigation works by mouse, and undoing does not change the buttons' width.
        const QString first = w->weekLabel()->text();
        QToolButton *next = nullptr;
        for (QAction *a : bar->actions()) {
            if (a->text().remove(u'&') == u"Next Week"_s)
                next = qobject_cast<QToolButton *>(bar->widgetForAction(a));
        }
        QVERIFY(next);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(w->weekView()->week(), 1);
        QVERIFY(w->weekLabel()->text() != first);
    }

    void savedPositionOnTheScreenIsRestored()
    {
        const QRect saved(40, 30, 900, 560);
        AppSettings().setWindowLayout(saved, false, {});
        auto w = openWindow();
        QVERIFY(w);
        QVERIFY(!w->isMaximized());
        QCOMPARE(w->pos(), saved.topLeft());
        QCOMPARE(w->size(), saved.size());
    }

    void savedPositionOffTheScreenIsNot()
    {
        // Saved on a second screen to the right, which is gone now.
        AppSettings().setWindowLayout(QRect(available().right() + 200, 100, 900, 560), false, {});
        auto w = openWindow();
        QVERIFY(w);
        QCOMPARE(w->size(), QSize(900, 560));
        QVERIFY(available().contains(w->frameGeometry()));
    }

    void closingRemembersWhereTheWindowWas()
    {
        {
            auto w = openWindow();
            QVERIFY(w);
            w->setWindowState(Qt::WindowNoState);
            w->resize(820, 540);
            w->move(60, 50);
            QTRY_COMPARE(w->pos(), QPoint(60, 50));
            QVERIFY(w->close());
        }
        auto w = openWindow();
        QVERIFY(w);
        QCOMPARE(w->pos(), QPoint(60, 50));
        QCOMPARE(w->size(), QSize(820, 540));
    }
};

class TestScreenSizes : public QObject
{
    Q_OBJECT

private slots:
    void mainWindowOnScreen_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::newRow("1366x768 laptop") << u"1366x768"_s;
        QTest::newRow("1920x1080 desktop") << u"1920x1080"_s;
        QTest::newRow("1366x768 at scale factor 2") << u"2732x1536@2"_s;
    }

    void mainWindowOnScreen()
    {
        QFETCH(QString, screen);
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ORDO_TEST_SCREEN"_s, screen);
        // Settings of its own: a first run, whatever other tests saved.
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(p.waitForFinished(180000));
        const QByteArray output = p.readAll();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("Totals:"), output.constData());
    }
};

int main(int argc, char *argv[])
{
    const QByteArray screen = qgetenv("ORDO_TEST_SCREEN");
    if (screen.isEmpty()) {
        QCoreApplication app(argc, argv);
        TestScreenSizes driver;
        return QTest::qExec(&driver, argc, argv);
    }
    // The screen goes to the offscreen platform as a configuration file, before Qt starts.
    const ScreenSpec spec = parseScreen(screen);
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screens.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(QStringLiteral(R"({"screens":[{"name":"s","x":0,"y":0,"width":%1,"height":%2,)"
                              R"("logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})")
                   .arg(spec.width)
                   .arg(spec.height)
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", (u"offscreen:configfile="_s + config).toLocal8Bit());
    if (spec.scale != 1)
        qputenv("QT_SCALE_FACTOR", QByteArray::number(spec.scale));
    QApplication app(argc, argv);
    TestOnScreen onScreen;
    return QTest::qExec(&onScreen, argc, argv);
}

#include "tst_screensizes.moc"
