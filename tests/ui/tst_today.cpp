// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/document.h"
#include "edits/planedits.h"
#include "season/seasonview.h"
#include "shell/mainwindow.h"
#include "shell/viewcommands.h"
#include "uitestsupport.h"
#include "week/weekview.h"

#include <QAction>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// Go to Today in the main window: Ctrl+T and the toolbar button open the week that holds today
// (by the week view's clock, which the test sets), from the week or the season overview; the
// command is disabled with a reason when the plan has no start date or today is outside it, and
// it follows the clock across midnight.
class TestToday : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;

    QAction *today() const { return m_window->findChild<ViewCommands *>()->todayAction(); }
    Document *doc() const { return m_window->document(); }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        m_window = std::make_unique<MainWindow>();
        m_window->setWindowState(Qt::WindowNoState);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_now = QDateTime(QDate(2027, 1, 20), QTime(9, 30)); // a Wednesday
        m_window->weekView()->clock()->setClock([this] { return m_now; });
    }

    void cleanupTestCase() { m_window.reset(); }

    void opensTheWeekThatHoldsToday()
    {
        QVERIFY(doc()->open(u"template:hybrid4w"_s).ok());
        // No start date: disabled, and the tooltip says what to do.
        QVERIFY(!today()->isEnabled());
        QVERIFY2(today()->toolTip().contains(u"no start date"_s), qPrintable(today()->toolTip()));

        // Week 1 starts on Monday 4 January 2027: 20 January is in week 3.
        QVERIFY(doc()->apply(PlanEdits::setAnchorDate(doc()->plan(), QDate(2027, 1, 4))));
        QVERIFY(today()->isEnabled());
        QCOMPARE(today()->toolTip(), u"Open the week that holds today, Wednesday, 20 January 2027"_s);
        QCOMPARE(today()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));

        // From the season overview: Ctrl+T shows the week view at week 3.
        auto *views = m_window->findChild<QStackedWidget *>(u"Views"_s);
        views->setCurrentWidget(m_window->seasonView());
        m_window->seasonView()->setFocus();
        QCOMPARE(m_window->weekView()->week(), 0);
        QTest::keyClick(m_window->seasonView(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(views->currentWidget(), m_window->weekView());
        QCOMPARE(m_window->weekView()->week(), 2);

        // The toolbar's Today button does the same.
        m_window->weekView()->setWeek(0);
        QToolButton *button = nullptr;
        for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(today())))
                button = b;
        }
        QVERIFY(button);
        QCOMPARE(button->text(), u"Today"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_window->weekView()->week(), 2);
    }

    void isDisabledOutsideThePlanAndFollowsTheClock()
    {
        QVERIFY(doc()->open(u"template:hybrid4w"_s).ok());
        QVERIFY(doc()->apply(PlanEdits::setAnchorDate(doc()->plan(), QDate(2027, 1, 25))));
        // 20 January is before the plan.
        QVERIFY(!today()->isEnabled());
        QVERIFY2(today()->toolTip().contains(u"before the plan, which starts on Monday, 25 January 2027"_s),
                 qPrintable(today()->toolTip()));
        QTest::keyClick(m_window->weekView(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_window->weekView()->week(), 0);

        // Five days later the clock's tick makes it today: week 1.
        const auto restore = qScopeGuard([this] { m_now = QDateTime(QDate(2027, 1, 20), QTime(9, 30)); });
        m_now = QDateTime(QDate(2027, 1, 25), QTime(0, 0, 5));
        m_window->weekView()->clock()->timer()->start(0);
        QTRY_VERIFY(today()->isEnabled());
        // And after its four weeks (ending Sunday 21 February) it is past.
        m_now = QDateTime(QDate(2027, 2, 22), QTime(8, 0));
        m_window->weekView()->clock()->timer()->start(0);
        QTRY_VERIFY(!today()->isEnabled());
        QVERIFY2(today()->toolTip().contains(u"after the plan, which ended on Sunday, 21 February 2027"_s),
                 qPrintable(today()->toolTip()));
    }
};

QTEST_MAIN(TestToday)
#include "tst_today.moc"
