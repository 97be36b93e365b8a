// SPDX-License-Identifier: GPL-3.0-or-later

#include "docks/findingsdock.h"
#include "docks/findingsmodel.h"
#include "docks/inspector.h"
#include "docks/sessioninspector.h"
#include "document/document.h"
#include "shell/appsettings.h"
#include "shell/filecommands.h"
#include "shell/mainwindow.h"
#include "uitestsupport.h"
#include "week/weekcommands.h"
#include "week/weekview.h"
#include "whentext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSettings>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// The 12/24-hour preference through the real path: the setting, MainWindow::applySettings,
// and what the week view paints, the findings list shows, the messages and fixes say, the
// inspector edits and the undo history names.
class TestClock : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    Document *doc() const { return m_window->document(); }

    // Mon 18:00 strength 60 and Mon 18:45 ride 30: an overlap whose auto-fix moves the ride
    // to 19:00 (docs/rules.md, T13).
    static Plan overlapPlan()
    {
        Plan plan;
        Session lift;
        lift.id = u"lift"_s;
        lift.title = u"Full body"_s;
        lift.kind = Kind::Strength;
        lift.load = Load::Moderate;
        lift.focus = Focus::Full;
        lift.day = Day::Mon;
        lift.startMinute = 18 * 60;
        lift.durationMin = 60;
        Session ride;
        ride.id = u"ride"_s;
        ride.title = u"Ride"_s;
        ride.kind = Kind::Cardio;
        ride.modality = Modality::Cycling;
        ride.intensity = Intensity::Moderate;
        ride.day = Day::Mon;
        ride.startMinute = 18 * 60 + 45;
        ride.durationMin = 30;
        plan.sessions = { lift, ride };
        return plan;
    }

    void setClock(bool clock24)
    {
        AppSettings().setClock24(clock24);
        m_window->applySettings();
    }

    QString findingText(const QString &rule, int column) const
    {
        const FindingsModel *model = m_window->findingsDock()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->visibleFindings()[r].rule == rule)
                return model->index(r, column).data().toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        m_window = std::make_unique<MainWindow>();
        m_window->setWindowState(Qt::WindowNoState);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init()
    {
        doc()->reset(overlapPlan());
        m_window->weekView()->setVisibleHours(0, 24);
    }

    void cleanupTestCase() { m_window.reset(); }

    void defaultFollowsTheLocale()
    {
        QCOMPARE(clockFormatFor(QLocale(QLocale::English, QLocale::UnitedStates)), ClockFormat::H12);
        QCOMPARE(clockFormatFor(QLocale(QLocale::German, QLocale::Germany)), ClockFormat::H24);
        QSettings().remove(u"view/clock24"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(!AppSettings().clock24());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(AppSettings().clock24());
    }

    void twelveHourEverywhere()
    {
        setClock(false);
        QCOMPARE(doc()->clockFormat(), ClockFormat::H12);

        // Week view: hour ruler and block labels.
        const WeekView *view = m_window->weekView();
        QCOMPARE(view->painter().clockText(7 * 60), u"7:00 AM"_s);
        QCOMPARE(view->painter().clockText(0), u"12:00 AM"_s);
        QCOMPARE(view->painter().clockText(12 * 60 + 30), u"12:30 PM"_s);

        // Findings list: the when column, the message and the fix the analysis wrote.
        QCOMPARE(findingText(u"overlap"_s, FindingsModel::WhenColumn), u"Mon 6:00 PM"_s);
        const QString fix = findingText(u"overlap"_s, FindingsModel::FixColumn);
        QVERIFY2(fix.contains(u"7:00 PM"_s), qPrintable(fix));
        QVERIFY2(!fix.contains(u"19:00"_s), qPrintable(fix));

        // The session inspector edits the start in the same clock.
        m_window->weekView()->setSelectedIds({ u"ride"_s });
        QTimeEdit *start = m_window->inspector()->sessionPage()->startEdit();
        QVERIFY2(start->displayFormat().contains(u"AP"_s, Qt::CaseInsensitive),
                 qPrintable(start->displayFormat()));

        // Undo texts: a keyboard move and the auto-fix.
        m_window->weekView()->setFocus();
        QTest::keyClick(m_window->weekView(), Qt::Key_Down);
        QVERIFY2(doc()->undoStack()->undoText().contains(u"7:00 PM"_s),
                 qPrintable(doc()->undoStack()->undoText()));
        doc()->undoStack()->undo();

        // Back to 24 h: the same places follow without reopening anything.
        setClock(true);
        QCOMPARE(view->painter().clockText(7 * 60), u"07:00"_s);
        QCOMPARE(findingText(u"overlap"_s, FindingsModel::WhenColumn), u"Mon 18:00"_s);
        QVERIFY(findingText(u"overlap"_s, FindingsModel::FixColumn).contains(u"19:00"_s));
        QCOMPARE(start->displayFormat(), u"HH:mm"_s);
    }

    // Copied sessions reach other programs as text in the user's clock, their times written
    // the way the rest of Ordo writes them: a session that ends at midnight ends at 24:00.
    void clipboardTextInTheUsersClock()
    {
        Plan plan;
        Session late;
        late.id = u"late"_s;
        late.title = u"Late ride"_s;
        late.kind = Kind::Cardio;
        late.modality = Modality::Cycling;
        late.intensity = Intensity::Easy;
        late.day = Day::Mon;
        late.startMinute = 23 * 60;
        late.durationMin = 60;
        plan.sessions = { late };
        doc()->reset(plan);
        WeekView *view = m_window->weekView();
        view->setSelectedIds({ u"late"_s });

        setClock(true);
        view->commands()->copyAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Mon 23:00–24:00  Late ride (1 h)\n"_s);

        setClock(false);
        view->commands()->copyAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Mon 11:00 PM–12:00 AM  Late ride (1 h)\n"_s);
    }
};

QTEST_MAIN(TestClock)
#include "tst_clock.moc"
