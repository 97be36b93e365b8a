// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"
#include "charts/chartspanel.h"
#include "charts/loadchart.h"
#include "docks/findingsdock.h"
#include "docks/findingsmodel.h"
#include "docks/inspector.h"
#include "docks/multisessioninspector.h"
#include "docks/palettemodel.h"
#include "docks/planinspector.h"
#include "docks/sessioninspector.h"
#include "docks/templatecommands.h"
#include "document/document.h"
#include "enums.h"
#include "planio.h"
#include "shell/appsettings.h"
#include "shell/filecommands.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "week/weekcommands.h"
#include "week/weekview.h"

#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QWindow>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// The main window end to end: the newcomer's path (open a built-in plan, drop HIIT before
// lifting, see the warning first, Fix or undo, save, reopen), the unsaved-changes prompt,
// bad files, .ordo drops, totals and inspector edits that update the findings live.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QList<QString> m_errors;
    QMessageBox::StandardButton m_answer = QMessageBox::Cancel;
    int m_prompts = 0;

    Document *doc() const { return m_window->document(); }

    const Session *findAt(Day day, int minute) const
    {
        for (const Session &s : doc()->plan().sessions) {
            if (s.day == day && s.startMinute == minute)
                return &s;
        }
        return nullptr;
    }

    // The title of the tab in front among the bottom docks (Findings and Charts).
    static QString frontDockTab(QMainWindow *window)
    {
        for (const QTabBar *bar : window->findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->tabText(i) == u"Findings"_s)
                    return bar->tabText(bar->currentIndex());
            }
        }
        return {};
    }

    void makeAChange()
    {
        doc()->apply(PlanEdit::removeSessions({ doc()->plan().sessions.first().id }, u"Delete"_s));
        QVERIFY(doc()->isModified());
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        m_window = std::make_unique<MainWindow>();
        m_window->fileCommands()->setSavePrompt([this](const QString &) {
            ++m_prompts;
            return m_answer;
        });
        m_window->fileCommands()->setErrorReporter(
            [this](const QString &, const QString &text) { m_errors.append(text); });
        // A desktop-sized window (the offscreen screen is 800×800, where a first run would
        // start maximized).
        m_window->setWindowState(Qt::WindowNoState);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init()
    {
        m_errors.clear();
        m_answer = QMessageBox::Discard;
        QVERIFY(m_window->fileCommands()->newPlan({}));
        m_prompts = 0;
        m_window->weekView()->setVisibleHours(0, 24);
    }

    void cleanupTestCase()
    {
        m_answer = QMessageBox::Discard;
        m_window.reset();
    }

    void startupBuildsOnlyWhatIsOnScreen()
    {
        // Starting must not write the settings file (it once saved the user templates it
        // had just read), and what is off screen is built when it is first shown.
        QSettings().setValue(u"test/marker"_s, 1);
        QSettings().sync();
        const QString settingsPath = QSettings().fileName();
        QFile settingsFile(settingsPath);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settingsBefore = settingsFile.readAll();
        settingsFile.close();
        const QDateTime modifiedBefore = QFileInfo(settingsPath).lastModified();

        MainWindow window;
        window.fileCommands()->setErrorReporter(
            [this](const QString &, const QString &text) { m_errors.append(text); });
        QVERIFY(window.fileCommands()->openSource(u"template:musclegrowth"_s));
        window.setWindowState(Qt::WindowNoState);
        window.resize(1400, 900);
        // The docks' contents come right after the first paint, by themselves, and the
        // layout does not move when they arrive.
        QVERIFY(!window.dockContentsBuilt());
        QVERIFY(window.findChildren<Inspector *>().isEmpty());
        QMap<QString, QRect> atFirstPaint;
        auto geometries = [&window] {
            QMap<QString, QRect> g;
            for (QDockWidget *d : window.findChildren<QDockWidget *>())
                g.insert(d->objectName(), d->geometry());
            g.insert(u"week"_s, static_cast<QWidget *>(window.weekView())->geometry());
            return g;
        };
        test::EventRecorder firstPaint(window.weekView()->viewport(), QEvent::Paint, [&] {
            if (atFirstPaint.isEmpty())
                atFirstPaint = geometries();
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.dockContentsBuilt());
        QTRY_VERIFY(!atFirstPaint.isEmpty());
        QCoreApplication::processEvents();
        const QMap<QString, QRect> filled = geometries();
        for (const QString &name : { u"PaletteDock"_s, u"InspectorDock"_s, u"FindingsDock"_s, u"week"_s })
            QCOMPARE(filled.value(name), atFirstPaint.value(name));
        QVERIFY(filled.value(u"InspectorDock"_s).width() > 200);
        QCOMPARE(window.findChildren<Inspector *>().size(), 1);
        QVERIFY(window.findChild<Inspector *>()->isVisible());
        QCOMPARE(window.findChild<QDockWidget *>(u"InspectorDock"_s)->widget(),
                 window.findChild<Inspector *>());
        QVERIFY(window.findChild<FindingsDock *>()->isVisible());
        QVERIFY(window.findChild<QTreeView *>(QString(), Qt::FindChildrenRecursively)->isVisible());
        // The findings list already holds the open plan's findings.
        QCOMPARE(window.findChild<FindingsDock *>()->findChild<QTreeView *>()->model()->rowCount() > 0,
                 !window.document()->analysis().findings.isEmpty());
        QVERIFY(QFile::exists(settingsPath));
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QCOMPARE(settingsFile.readAll(), settingsBefore);
        QCOMPARE(QFileInfo(settingsPath).lastModified(), modifiedBefore);

        // The Charts dock sits behind Findings: no chart yet. Bringing it to the front builds
        // the current tab's chart, filled with the open plan.
        QVERIFY(window.findChildren<LoadChart *>().isEmpty());
        auto *chartsDock = window.findChild<QDockWidget *>(u"ChartsDock"_s);
        QVERIFY(chartsDock);
        chartsDock->raise();
        QTRY_COMPARE(window.findChildren<LoadChart *>().size(), 1);
        QCOMPARE(window.findChild<LoadChart *>()->data().days.size(), 7);
        QVERIFY(window.findChild<LoadChart *>()->isVisible());

        // No session is selected: the session editor does not exist until one is.
        QVERIFY(window.findChildren<SessionInspector *>().isEmpty());
        QVERIFY(!window.inspector()->showsSession());
        const QString id = window.document()->plan().sessions.first().id;
        window.weekView()->setSelectedIds({ id });
        QVERIFY(window.inspector()->showsSession());
        QCOMPARE(window.findChildren<SessionInspector *>().size(), 1);
        QCOMPARE(window.inspector()->sessionPage()->titleEdit()->placeholderText(),
                 window.document()->plan().sessions.first().displayTitle());
        QVERIFY(window.inspector()->sessionPage()->isVisible());
        window.weekView()->setSelectedIds({});
        QVERIFY(!window.inspector()->showsSession());
        QVERIFY(m_errors.isEmpty());
    }

    void newcomerPath()
    {
        QTemporaryDir dir;
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        QVERIFY(m_window->windowTitle().startsWith(u"Muscle growth"_s));
        WeekView *view = m_window->weekView();
        // Drag Bike HIIT to end an hour before Monday's heavy upper session.
        std::unique_ptr<QMimeData> data(m_window->paletteModel()->mimeData(
            { m_window->paletteModel()->indexOfTemplate(u"bike-hiit"_s) }));
        const QPoint at = view->pointAt(Day::Mon, 16 * 60 + 30);
        QVERIFY(test::dragOver(view->viewport(), data.get(), at));
        QVERIFY(view->preview().hasRule(u"ampk-window"_s)); // seen before letting go
        QVERIFY(test::drop(view->viewport(), data.get(), at));
        const Session *hiit = findAt(Day::Mon, 16 * 60 + 30);
        QVERIFY(hiit);
        bool warned = false;
        for (const Finding &f : doc()->analysis().findings)
            warned = warned || (f.rule == u"ampk-window"_s && f.sessions.contains(hiit->id));
        QVERIFY(warned);
        QVERIFY(m_window->isWindowModified());
        // Undo takes it away again; redo brings it back; then save, quit and reopen.
        doc()->undoStack()->undo();
        QVERIFY(!findAt(Day::Mon, 16 * 60 + 30));
        doc()->undoStack()->redo();
        const QString path = dir.filePath(u"hybrid.ordo"_s);
        QVERIFY(m_window->fileCommands()->saveAs(path));
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->windowTitle(), doc()->plan().name + u" — hybrid.ordo[*]"_s);
        const QByteArray saved = serializePlan(doc()->plan());
        QVERIFY(m_window->fileCommands()->newPlan({}));
        QCOMPARE(m_prompts, 0); // nothing unsaved: no question
        QVERIFY(m_window->fileCommands()->openSource(path));
        QCOMPARE(serializePlan(doc()->plan()), saved);
        QVERIFY(findAt(Day::Mon, 16 * 60 + 30));
    }

    void chartsFollowTheDragPreview()
    {
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        WeekView *view = m_window->weekView();
        LoadChart *load = m_window->charts()->loadChart();
        const double mondayCardio = load->data().days[0].cardioLoad;
        std::unique_ptr<QMimeData> data(m_window->paletteModel()->mimeData(
            { m_window->paletteModel()->indexOfTemplate(u"bike-hiit"_s) }));
        const QPoint at = view->pointAt(Day::Mon, 12 * 60);
        QVERIFY(test::dragOver(view->viewport(), data.get(), at));
        // Hovering shows the load the drop would add, before anything changes in the plan. The
        // charts sit behind the findings, so the chart is brought up to date when asked for.
        QVERIFY(m_window->charts()->loadChart()->data().days[0].cardioLoad > mondayCardio);
        QCOMPARE(doc()->undoStack()->count(), 0);
        QDragLeaveEvent leave;
        QApplication::sendEvent(view->viewport(), &leave);
        QCOMPARE(m_window->charts()->loadChart()->data().days[0].cardioLoad, mondayCardio);
        QCOMPARE(m_window->charts()->loadChart(), load);
    }

    void thresholdEditIsOneUndoableStep()
    {
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        QTableView *table = m_window->inspector()->planPage()->thresholdTable();
        QVERIFY(table);
        QCOMPARE(table->accessibleName(), u"Thresholds"_s);
        const QAbstractItemModel *model = table->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            // Rows read as labels with units; the key is only in the tooltip.
            if (model->index(r, 0).data(Qt::ToolTipRole).toString().contains(u"split.minGapMin"_s))
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex value = model->index(row, 1);
        QCOMPARE(value.data(Qt::EditRole).toDouble(), 360.0);
        QVERIFY(!value.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model->index(row, 2).data().toString(), u"360"_s);
        const int steps = doc()->undoStack()->count();
        table->scrollTo(value);
        table->setCurrentIndex(value);
        table->edit(value);
        auto *spin = table->findChild<QDoubleSpinBox *>(QString(), Qt::FindChildrenRecursively);
        QVERIFY(spin);
        QCOMPARE(spin->accessibleName(), u"split.minGapMin"_s);
        QCOMPARE(spin->value(), 360.0);
        spin->setValue(300);
        QTest::keyClick(spin, Qt::Key_Return); // commits through a queued call
        QTRY_COMPARE(doc()->plan().analysis.thresholds.value(u"split.minGapMin"_s), 300.0);
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        QCOMPARE(value.data(Qt::EditRole).toDouble(), 300.0);
        QVERIFY(value.data(Qt::FontRole).value<QFont>().bold()); // overrides the default
        doc()->undoStack()->undo();
        QVERIFY(!doc()->plan().analysis.thresholds.contains(u"split.minGapMin"_s));
        QCOMPARE(value.data(Qt::EditRole).toDouble(), 360.0);
    }

    void unsavedChangesCancelKeepsEverything()
    {
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        makeAChange();
        const QByteArray before = serializePlan(doc()->plan());
        m_answer = QMessageBox::Cancel;
        QVERIFY(!m_window->fileCommands()->openSource(u"template:strength"_s));
        QCOMPARE(m_prompts, 1);
        QCOMPARE(serializePlan(doc()->plan()), before);
        QVERIFY(doc()->isModified());
        QVERIFY(!m_window->close()); // closing is refused too
        QVERIFY(m_window->isVisible());
    }

    void unsavedChangesDiscardOpens()
    {
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        makeAChange();
        m_answer = QMessageBox::Discard;
        QVERIFY(m_window->fileCommands()->openSource(u"template:strength"_s));
        QCOMPARE(m_prompts, 1);
        QVERIFY(!doc()->isModified());
        QCOMPARE(serializePlan(doc()->plan()), serializePlan(*readPlanSource(u"template:strength"_s).plan));
    }

    void unsavedChangesSaveWritesFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"first.ordo"_s);
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        makeAChange();
        const QByteArray changed = serializePlan(doc()->plan());
        m_answer = QMessageBox::Save;
        m_window->fileCommands()->setSaveFileChooser([path](const QString &) { return path; });
        QVERIFY(m_window->fileCommands()->openSource(u"template:strength"_s));
        m_window->fileCommands()->setSaveFileChooser({});
        QCOMPARE(test::readFixture(path), changed);
        // Cancelling the file chooser cancels the whole operation.
        makeAChange();
        m_window->fileCommands()->setSaveFileChooser([](const QString &) { return QString(); });
        QVERIFY(!m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        m_window->fileCommands()->setSaveFileChooser({});
        QVERIFY(doc()->isModified());
    }

    // docs/reliability.md, item 6: Revert asks first, says it can be undone, and one Undo
    // brings the discarded changes back.
    void revertAsksFirstAndCanBeUndone()
    {
        const QString path = QStringLiteral(ORDO_SOURCE_DIR) + u"/resources/plans/fatloss.ordo"_s;
        QVERIFY(m_window->fileCommands()->openSource(path));
        makeAChange();
        const QByteArray changed = serializePlan(doc()->plan());
        const int steps = doc()->undoStack()->count();

        QString question;
        auto seen = test::whenModalShows([&](QDialog *box) {
            question = box->findChild<QLabel *>(u"qt_msgbox_label"_s)->text() + u'\n'
                + box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s)->text();
            QVERIFY(test::dialogButton(box, u"Revert"_s));
            QVERIFY(test::clickDialogButton(box, u"Cancel"_s));
        });
        QVERIFY(!m_window->fileCommands()->revert());
        QVERIFY(*seen);
        QVERIFY2(question.contains(u"undo"_s, Qt::CaseInsensitive), qPrintable(question));
        QCOMPARE(serializePlan(doc()->plan()), changed);
        QVERIFY(doc()->isModified());

        seen = test::whenModalShows([](QDialog *box) {
            QVERIFY(QTest::qWaitForWindowActive(box));
            QTest::keyClick(box, Qt::Key_R, Qt::AltModifier);
        });
        QVERIFY(m_window->fileCommands()->revert());
        QVERIFY(*seen);
        QVERIFY(!doc()->isModified());
        QCOMPARE(serializePlan(doc()->plan()), serializePlan(*readPlanFile(path).plan));
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        doc()->undoStack()->undo();
        QCOMPARE(serializePlan(doc()->plan()), changed);
        QVERIFY(doc()->isModified());
    }

    void badFileNamesThePlaceAndKeepsThePlan()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.ordo"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"ordo-plan\",\n  \"version\": 1,\n  \"weeks\": 0,\n");
        f.close();
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        const QByteArray before = serializePlan(doc()->plan());
        QVERIFY(!m_window->fileCommands()->openSource(path));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(u"line "_s), qPrintable(m_errors[0]));
        QCOMPARE(serializePlan(doc()->plan()), before);
    }

    void droppingAnOrdoFileOpensIt()
    {
        const QString path = QStringLiteral(ORDO_SOURCE_DIR) + u"/resources/plans/endurance.ordo"_s;
        QMimeData data;
        data.setUrls({ QUrl::fromLocalFile(path) });
        const QPoint centre = m_window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &dropEvent);
        QTRY_COMPARE(QFileInfo(doc()->filePath()), QFileInfo(path));
        // Something else is refused.
        QMimeData text;
        text.setUrls({ QUrl::fromLocalFile(u"/etc/hostname"_s) });
        QDragEnterEvent other(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &other);
        QVERIFY(!other.isAccepted());
    }

    void startsWithTheFindingsInFront()
    {
        // The last session ended with the charts in front of the findings.
        auto *charts = m_window->findChild<QDockWidget *>(u"ChartsDock"_s);
        charts->raise();
        QTRY_COMPARE(frontDockTab(m_window.get()), u"Charts"_s);
        AppSettings().setWindowLayout(QRect(0, 0, 1400, 900), false, m_window->saveState());
        {
            MainWindow next;
            next.setWindowState(Qt::WindowNoState);
            next.show();
            QVERIFY(QTest::qWaitForWindowExposed(&next));
            QTRY_COMPARE(frontDockTab(&next), u"Findings"_s);
            // Within a session the person's choice holds.
            next.findChild<QDockWidget *>(u"ChartsDock"_s)->raise();
            QTRY_COMPARE(frontDockTab(&next), u"Charts"_s);
        }
        QSettings().remove(u"window"_s);
        m_window->findChild<QDockWidget *>(u"FindingsDock"_s)->raise();
    }

    // The bottom docks are tabbed together only without a saved layout; a saved one places
    // every dock as it was (docs/performance.md, "Startup: fourth pass").
    void savedDockLayoutPlacesTheDocks()
    {
        auto *findings = m_window->findChild<QDockWidget *>(u"FindingsDock"_s);
        auto *charts = m_window->findChild<QDockWidget *>(u"ChartsDock"_s);
        QVERIFY(m_window->tabifiedDockWidgets(findings).contains(charts));
        m_window->addDockWidget(Qt::RightDockWidgetArea, charts);
        QVERIFY(m_window->tabifiedDockWidgets(findings).isEmpty());
        AppSettings().setWindowLayout(QRect(0, 0, 1400, 900), false, m_window->saveState());
        {
            MainWindow next;
            next.setWindowState(Qt::WindowNoState);
            next.show();
            QVERIFY(QTest::qWaitForWindowExposed(&next));
            auto *nextCharts = next.findChild<QDockWidget *>(u"ChartsDock"_s);
            QCOMPARE(next.dockWidgetArea(nextCharts), Qt::RightDockWidgetArea);
            QVERIFY(next.tabifiedDockWidgets(nextCharts).isEmpty());
            QVERIFY(nextCharts->isVisible());
        }
        QSettings().remove(u"window"_s);
        {
            MainWindow fresh;
            fresh.setWindowState(Qt::WindowNoState);
            fresh.show();
            QVERIFY(QTest::qWaitForWindowExposed(&fresh));
            auto *freshFindings = fresh.findChild<QDockWidget *>(u"FindingsDock"_s);
            auto *freshCharts = fresh.findChild<QDockWidget *>(u"ChartsDock"_s);
            QCOMPARE(fresh.dockWidgetArea(freshCharts), Qt::BottomDockWidgetArea);
            QCOMPARE(fresh.tabifiedDockWidgets(freshFindings), QList<QDockWidget *> { freshCharts });
            QTRY_COMPARE(frontDockTab(&fresh), u"Findings"_s);
        }
        m_window->tabifyDockWidget(findings, charts);
        findings->raise();
    }

    void titleMarksUnsavedChangesWithoutAStraySpace()
    {
        QTemporaryDir dir;
        QVERIFY(m_window->fileCommands()->openSource(u"template:strength"_s));
        const QString path = dir.filePath(u"block.ordo"_s);
        QVERIFY(m_window->fileCommands()->saveAs(path));
        const QString name = doc()->plan().name;
        // What the window system shows: Qt puts the marker where "[*]" stands.
        QCOMPARE(m_window->windowTitle(), name + u" — block.ordo[*]"_s);
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->windowHandle()->title(), name + u" — block.ordo"_s);
        // A real edit: Delete on a selected session in the week.
        m_window->weekView()->setSelectedIds({ doc()->plan().sessions.first().id });
        m_window->weekView()->setFocus();
        QTest::keyClick(m_window->weekView(), Qt::Key_Delete);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_window->windowHandle()->title(), name + u" — block.ordo*"_s);
        doc()->undoStack()->undo();
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->windowHandle()->title(), name + u" — block.ordo"_s);
        // An untitled plan: the name alone, marked the same way.
        QVERIFY(m_window->fileCommands()->newPlan({}));
        QVERIFY(!m_window->windowHandle()->title().endsWith(u' '));
    }

    void totalsUsePluralFormsAndTheOneKcalRounding()
    {
        Summary s;
        s.strengthSessions = 1;
        s.cardioSessions = 2;
        s.restDays = 1;
        s.kcal = 4991.4;
        const QString one = MainWindow::totalsText(s, 1);
        QVERIFY2(one.contains(u"1 lifting session ·"_s), qPrintable(one));
        QVERIFY2(one.contains(u"2 cardio sessions"_s), qPrintable(one));
        QVERIFY2(one.contains(u"· 1 rest day ·"_s), qPrintable(one));
        QVERIFY2(one.endsWith(u"≈ 4,990 kcal"_s), qPrintable(one));
        s.restDays = 2;
        s.strengthSessions = 0;
        const QString more = MainWindow::totalsText(s, 1);
        QVERIFY2(more.contains(u"0 lifting sessions"_s) && more.contains(u"2 rest days"_s), qPrintable(more));
    }

    void totalsFollowEdits()
    {
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        const QString before = m_window->totalsLabel()->text();
        const int cardio = doc()->analysis().summary.cardioSessions;
        QVERIFY(before.contains(u"%1 cardio sessions"_s.arg(cardio)));
        WeekView *view = m_window->weekView();
        std::unique_ptr<QMimeData> data(m_window->paletteModel()->mimeData(
            { m_window->paletteModel()->indexOfTemplate(u"steady-run"_s) }));
        const QPoint at = view->pointAt(Day::Sun, 9 * 60);
        QVERIFY(test::dragOver(view->viewport(), data.get(), at));
        QVERIFY(test::drop(view->viewport(), data.get(), at));
        QCOMPARE(doc()->analysis().summary.cardioSessions, cardio + 1);
        QVERIFY(m_window->totalsLabel()->text().contains(u"%1 cardio sessions"_s.arg(cardio + 1)));
        doc()->undoStack()->undo();
        QCOMPARE(m_window->totalsLabel()->text(), before);
    }

    void sessionTemplatesAskForANameAndConfirm()
    {
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        PaletteModel *palette = m_window->paletteModel();
        palette->setUserTemplates({});
        TemplateCommands *templates = m_window->templateCommands();
        QString offered;
        std::optional<QString> answer;
        templates->setNamePrompt([&](const QString &, const QString &suggested) {
            offered = suggested;
            return answer;
        });
        const Session first = doc()->plan().sessions.first();
        QVERIFY(!templates->saveAction()->isEnabled()); // nothing selected
        m_window->weekView()->setSelectedIds({ first.id });
        QVERIFY(templates->saveAction()->isEnabled());
        // Cancelled: nothing is added.
        answer.reset();
        templates->saveAction()->trigger();
        QCOMPARE(offered, first.displayTitle());
        QVERIFY(palette->userTemplates().isEmpty());
        // Named: added under that name, and the status bar says so.
        answer = u"Hill sprints"_s;
        templates->saveAction()->trigger();
        QCOMPARE(palette->userTemplates().size(), 1);
        const QString id = palette->userTemplates().first().id;
        QCOMPARE(palette->userTemplates().first().session.title, u"Hill sprints"_s);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"“Hill sprints”"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // Built-in templates have no Rename or Remove; the user's own have both.
        QVERIFY(!templates->menuFor(palette->templateAt(palette->indexOfTemplate(u"bike-hiit"_s))->id,
                                    m_window.get()));
        std::unique_ptr<QMenu> menu(templates->menuFor(id, m_window.get()));
        QVERIFY(menu);
        QStringList texts;
        for (QAction *a : menu->actions())
            texts << a->text();
        QCOMPARE(texts, (QStringList { u"&Rename…"_s, u"Re&move"_s }));
        answer = u"Hill repeats"_s;
        menu->actions().first()->trigger();
        QCOMPARE(offered, u"Hill sprints"_s);
        QCOMPARE(palette->userTemplates().first().session.title, u"Hill repeats"_s);
        QCOMPARE(palette->data(palette->indexOfTemplate(id)).toString().contains(u"Hill repeats"_s), true);
        menu->actions().last()->trigger();
        QVERIFY(palette->userTemplates().isEmpty());
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"Removed"_s));
        templates->setNamePrompt({});
        m_window->weekView()->setSelectedIds({});
    }

    void severalSessionsAreEditedInOneStep()
    {
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        const QByteArray before = serializePlan(doc()->plan());
        // Edit ▸ Select All in the week.
        m_window->weekView()->commands()->selectAllAction()->trigger();
        const QStringList ids = m_window->weekView()->selectedIds();
        QVERIFY(ids.size() > 2);
        MultiSessionInspector *page = m_window->inspector()->multiplePage();
        QTRY_VERIFY(page->isVisible());
        QVERIFY(!m_window->inspector()->showsSession());
        QVERIFY(page->summaryLabel()->text().startsWith(u"%1 sessions selected."_s.arg(ids.size())));
        // The cardio of this plan is easy and HIIT: its intensity shows as mixed.
        QSet<Intensity> intensities;
        for (const Session &s : doc()->plan().sessions) {
            if (s.kind == Kind::Cardio)
                intensities.insert(s.intensity);
        }
        QVERIFY(intensities.size() > 1);
        QComboBox *intensity = page->intensityCombo();
        QVERIFY(intensity->isVisible());
        QCOMPARE(intensity->currentIndex(), -1);
        QCOMPARE(intensity->placeholderText(), u"Mixed"_s);
        // Choose "Easy" with the keyboard: every selected cardio session, one undo step.
        intensity->setFocus();
        QTest::keyClick(intensity, Qt::Key_Down);
        QCOMPARE(intensity->currentText(), displayName(Intensity::Easy));
        QCOMPARE(doc()->undoStack()->count(), 1);
        for (const Session &s : doc()->plan().sessions) {
            if (s.kind == Kind::Cardio && ids.contains(s.id))
                QCOMPARE(s.intensity, Intensity::Easy);
        }
        QVERIFY2(doc()->undoStack()->text(0).startsWith(u"Change intensity of "_s),
                 qPrintable(doc()->undoStack()->text(0)));
        // A shared duration, typed: one more step, for every session of any kind.
        QSpinBox *duration = page->durationSpin();
        duration->setFocus();
        duration->selectAll();
        QTest::keyClicks(duration, u"45"_s);
        QTest::keyClick(duration, Qt::Key_Enter);
        for (const QString &id : ids)
            QCOMPARE(doc()->plan().find(id)->durationMin, 45);
        QCOMPARE(duration->value(), 45);
        // Undo returns the exact plan.
        while (doc()->undoStack()->canUndo())
            doc()->undoStack()->undo();
        QCOMPARE(serializePlan(doc()->plan()), before);
        QCOMPARE(intensity->currentIndex(), -1);
        m_window->weekView()->setSelectedIds({});
    }

    void inspectorEditsAreUndoableAndLive()
    {
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        const Session *upper = findAt(Day::Mon, 18 * 60);
        const QString id = upper->id;
        const int duration = upper->durationMin;
        m_window->weekView()->setSelectedIds({ id });
        SessionInspector *page = m_window->inspector()->sessionPage();
        QVERIFY(m_window->inspector()->showsSession());
        QCOMPARE(page->sessionId(), id);
        // Typing a title is one step.
        page->titleEdit()->selectAll();
        QTest::keyClicks(page->titleEdit(), u"Push day"_s);
        QCOMPARE(doc()->plan().find(id)->title, u"Push day"_s);
        QCOMPARE(doc()->undoStack()->count(), 1);
        // Spinning the duration is another single step.
        for (int i = 0; i < 4; ++i)
            page->durationSpin()->stepUp();
        QCOMPARE(doc()->plan().find(id)->durationMin, duration + 20);
        QCOMPARE(doc()->undoStack()->count(), 2);
        // Moving it onto Tuesday morning's bike sprints makes an overlap appear at once.
        page->dayCombo()->setCurrentIndex(page->dayCombo()->findData(int(Day::Tue)));
        page->startEdit()->setTime(QTime(6, 30));
        bool overlap = false;
        for (const Finding &f : doc()->analysis().findings)
            overlap = overlap || (f.rule == u"overlap"_s && f.sessions.contains(id));
        QVERIFY(overlap);
        while (doc()->undoStack()->canUndo())
            doc()->undoStack()->undo();
        QCOMPARE(serializePlan(doc()->plan()),
                 serializePlan(*readPlanSource(u"template:musclegrowth"_s).plan));
    }

    void newMenuListsTheBuiltInPlansWhenOpened()
    {
        QMenu *newMenu = nullptr;
        for (QMenu *menu : m_window->findChildren<QMenu *>()) {
            if (menu->title() == m_window->tr("&New"))
                newMenu = menu;
        }
        QVERIFY(newMenu);
        // Opening the menu lists every built-in plan once, however often it is opened.
        const QList<BuiltinPlan> plans = builtinPlans();
        for (int i = 0; i < 2; ++i) {
            newMenu->popup(m_window->mapToGlobal(QPoint(10, 10)));
            QVERIFY(QTest::qWaitForWindowExposed(newMenu));
            newMenu->hide();
            QCOMPARE(newMenu->actions().size(), 2 + plans.size());
        }
        QAction *last = newMenu->actions().last();
        QCOMPARE(last->text(), plans.last().title);
        last->trigger();
        QCOMPARE(doc()->plan().name, plans.last().title);
    }

    void enterOpensTheEditor()
    {
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const QString id = findAt(Day::Mon, 18 * 60)->id;
        m_window->weekView()->setSelectedIds({ id });
        m_window->weekView()->setFocus();
        QTest::keyClick(m_window->weekView(), Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), m_window->inspector()->sessionPage()->titleEdit());
    }

    void planInspectorEditsTheProfile()
    {
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        m_window->weekView()->setSelectedIds({});
        QVERIFY(!m_window->inspector()->showsSession());
        PlanInspector *page = m_window->inspector()->planPage();
        page->goalCombo()->setCurrentIndex(page->goalCombo()->findData(int(Goal::Endurance)));
        QCOMPARE(doc()->plan().profile.goal, Goal::Endurance);
        QCOMPARE(doc()->undoStack()->count(), 1);
        page->weeksSpin()->setValue(3);
        QCOMPARE(doc()->plan().weeks, 3);
        QCOMPARE(m_window->weekLabel()->text(), u"Week 1 of 3"_s);
        page->nameEdit()->selectAll();
        QTest::keyClicks(page->nameEdit(), u"Base block"_s);
        QCOMPARE(doc()->plan().name, u"Base block"_s);
        QVERIFY(m_window->windowTitle().startsWith(u"Base block"_s));
        QCOMPARE(doc()->undoStack()->count(), 3);
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QCOMPARE(doc()->plan().profile.goal, Goal::MuscleGrowth);
    }

    void findingClickSelectsItsSessions()
    {
        QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s));
        FindingsDock *dock = m_window->findingsDock();
        QVERIFY(dock->model()->rowCount() > 0);
        const Finding f = dock->model()->visibleFindings().first();
        emit dock->findingActivated(f);
        QCOMPARE(m_window->weekView()->selectedIds(), f.sessions);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
