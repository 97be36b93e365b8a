// SPDX-License-Identifier: GPL-3.0-or-later

#include "docks/findingsdock.h"
#include "docks/findingsmodel.h"
#include "docks/inspector.h"
#include "docks/planinspector.h"
#include "docks/sessioninspector.h"
#include "document/document.h"
#include "edits/sessionedits.h"
#include "planio.h"
#include "shell/appsettings.h"
#include "shell/filecommands.h"
#include "shell/mainwindow.h"
#include "shell/planfilename.h"
#include "shell/preferencesdialog.h"
#include "shell/shortcutsdialog.h"
#include "uitestsupport.h"
#include "week/weekview.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <functional>
#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

namespace {

// Receives what QDesktopServices::openUrl would hand to the desktop.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

// The main window's chrome through real key presses and clicks: standard keys with their
// Linux fallbacks, Ctrl+W, the shortcut list (F1), mnemonics on every dialog's buttons,
// Escape from the inspector, fixed-width undo buttons, the status bar's "Saved to …" with
// Open Folder, and one naming scheme for Save As, PDF and calendar files.
class TestShell : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QStringList m_suggested;
    UrlCatcher m_urls;

    Document *doc() const { return m_window->document(); }

    QAction *action(const QString &name) const
    {
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (ShortcutsDialog::commandName(a) == name && !a->menu())
                return a;
        }
        return nullptr;
    }

    // Key presses go to the active window: wait until the application agrees it is `w`.
    void activate(QWidget *w)
    {
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTRY_COMPARE(QApplication::activeWindow(), w);
    }

    struct DialogRun
    {
        bool opened = false;
        bool closedByForce = false; // `check` did not close it (a key did nothing)
    };

    // Runs `check` on the next modal dialog once its exec() has shown it; `check` is to
    // close it with a key. A dialog still open a while later is rejected, so a dead key
    // fails the test instead of hanging it.
    void whenDialogOpens(std::function<void(QWidget *)> check, DialogRun *run)
    {
        *run = {};
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, check, run] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            run->opened = true;
            check(dialog);
            QTimer::singleShot(3000, dialog, [dialog, run] {
                if (dialog->isVisible()) {
                    run->closedByForce = true;
                    dialog->reject();
                }
            });
        });
        timer->start();
    }

    static QStringList buttonsWithoutMnemonic(QWidget *dialog)
    {
        QStringList missing;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->isVisible() && !b->text().contains(u'&'))
                missing.append(b->text());
        }
        return missing;
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        QDesktopServices::setUrlHandler(u"file"_s, &m_urls, "open");
        m_window = std::make_unique<MainWindow>();
        m_window->fileCommands()->setSaveFileChooser([this](const QString &suggested) {
            m_suggested.append(suggested);
            return QDir(m_dir.path()).filePath(QFileInfo(suggested).fileName());
        });
        m_window->setWindowState(Qt::WindowNoState);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init()
    {
        QSettings().remove(u"files/lastFolder"_s);
        m_suggested.clear();
        m_urls.urls.clear();
        m_window->fileCommands()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        QVERIFY(m_window->fileCommands()->openSource(u"template:fatloss"_s));
        activate(m_window.get());
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(u"file"_s);
        m_window.reset();
    }

    void standardKeysHaveLinuxFallbacks_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QKeySequence>("key");
        // The platform's key where it has one, else the key Linux desktops use.
        auto platformOr = [](QKeySequence::StandardKey standard, const QKeySequence &fallback) {
            const QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
            return keys.isEmpty() ? fallback : keys.first();
        };
        QTest::newRow("close window") << u"Close Window"_s << QKeySequence(Qt::CTRL | Qt::Key_W);
        QTest::newRow("save as") << u"Save As"_s
                                 << platformOr(QKeySequence::SaveAs, Qt::CTRL | Qt::SHIFT | Qt::Key_S);
        QTest::newRow("preferences") << u"Preferences"_s
                                     << platformOr(QKeySequence::Preferences, Qt::CTRL | Qt::Key_Comma);
        QTest::newRow("shortcut list") << u"Keyboard Shortcuts"_s << QKeySequence(Qt::Key_F1);
        QTest::newRow("undo") << u"Undo"_s << QKeySequence(QKeySequence::Undo);
    }

    void standardKeysHaveLinuxFallbacks()
    {
        QFETCH(QString, command);
        QFETCH(QKeySequence, key);
        QAction *a = action(command);
        QVERIFY2(a, qPrintable(command));
        QVERIFY2(a->shortcuts().contains(key), qPrintable(a->shortcut().toString()));
    }

    void ctrlWClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        activate(&window);
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }

    // Ctrl+Shift+N opens a second window on an empty plan; the first keeps its plan and its
    // undo history, and the new one closes on its own.
    void ctrlShiftNOpensAnEmptyWindow()
    {
        QVERIFY(!doc()->plan().sessions.isEmpty());
        const QList<QWidget *> windowsBefore = QApplication::topLevelWidgets();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        MainWindow *opened = nullptr;
        QTRY_VERIFY((opened = [&windowsBefore]() -> MainWindow * {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *m = qobject_cast<MainWindow *>(w);
                if (m && m->isVisible() && !windowsBefore.contains(w))
                    return m;
            }
            return nullptr;
        }()));
        QVERIFY(opened != m_window.get());
        QVERIFY(opened->document()->plan().sessions.isEmpty());
        QVERIFY(opened->document()->filePath().isEmpty());
        QVERIFY(!opened->document()->isModified());
        QVERIFY(!doc()->plan().sessions.isEmpty()); // this window's plan is untouched
        QVERIFY(opened->testAttribute(Qt::WA_DeleteOnClose));
        QPointer<MainWindow> guard(opened);
        opened->close();
        QTRY_VERIFY(guard.isNull());
    }

    void f1ListsEveryShortcut()
    {
        QVERIFY(!m_window->shortcutsDialog() || !m_window->shortcutsDialog()->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        ShortcutsDialog *dialog = m_window->shortcutsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Every action with keys somewhere in the window is listed, with all its keys.
        QMap<QString, QString> rows;
        QTreeWidget *list = dialog->list();
        for (int g = 0; g < list->topLevelItemCount(); ++g) {
            for (int r = 0; r < list->topLevelItem(g)->childCount(); ++r) {
                const QTreeWidgetItem *row = list->topLevelItem(g)->child(r);
                rows.insert(row->text(0).section(u" ▸ "_s, -1), row->text(1));
            }
        }
        int listed = 0;
        for (const QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcuts().isEmpty() || a->associatedObjects().isEmpty())
                continue;
            const QString name = ShortcutsDialog::commandName(a);
            QVERIFY2(rows.contains(name), qPrintable(name));
            for (const QKeySequence &k : a->shortcuts())
                QVERIFY2(rows.value(name).contains(k.toString(QKeySequence::NativeText)), qPrintable(name));
            ++listed;
        }
        QVERIFY(listed >= 12);
        QCOMPARE(rows.value(u"Keyboard Shortcuts"_s), u"F1"_s);
        QCOMPARE(rows.value(u"Close Window"_s).contains(u"Ctrl+W"_s), true);
        QCOMPARE(rows.value(u"Previous Week"_s), u"PgUp"_s);
        // Names are commands, never mnemonic marks or changing undo texts.
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QVERIFY2(!it.key().contains(u'&') && !it.key().endsWith(u'…'), qPrintable(it.key()));
        QVERIFY(rows.contains(u"Undo"_s));
        // The dialog's button has a mnemonic: Alt+L closes it.
        QVERIFY(buttonsWithoutMnemonic(dialog).isEmpty());
        activate(dialog);
        QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void saveAsSuggestsThePlanNameAndConfirms()
    {
        // The built-in plan "Fat loss - 4 day upper/lower", never saved: its name, in Documents.
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_suggested.size(), 1);
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QCOMPARE(m_suggested.first(), QDir(documents).filePath(u"Fat loss - 4 day upper-lower.ordo"_s));
        const QString written = m_dir.filePath(u"Fat loss - 4 day upper-lower.ordo"_s);
        QVERIFY(QFile::exists(written));
        QCOMPARE(doc()->filePath(), written);

        // The status bar says where, with a button that opens the folder.
        QVERIFY(m_window->writtenNotice()->isVisible());
        QCOMPARE(m_window->writtenNoticeText()->toolTip(),
                 u"Saved to "_s + QDir::toNativeSeparators(written));
        QVERIFY(m_window->writtenNoticeText()->text().startsWith(u"Saved to "_s));
        QVERIFY(m_window->openFolderButton()->isVisible());
        QVERIFY(m_window->openFolderButton()->text().contains(u"Folder"_s));
        QTest::mouseClick(m_window->openFolderButton(), Qt::LeftButton);
        QCOMPARE(m_urls.urls, QList { QUrl::fromLocalFile(m_dir.path()) });

        // The next file dialog starts in the folder used last.
        QVERIFY(m_window->fileCommands()->saveAs());
        QCOMPARE(m_suggested.last(), QDir(m_dir.path()).filePath(u"Fat loss - 4 day upper-lower.ordo"_s));
        // Plain Save confirms the same way.
        m_window->writtenNotice()->hide();
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(m_window->writtenNotice()->isVisible());
    }

    void exportsUseTheSameNamesAndConfirm_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("confirmation");
        QTest::newRow("pdf") << u"Export PDF"_s << u"Fat loss - 4 day upper-lower.pdf"_s
                             << u"PDF saved to "_s;
        QTest::newRow("calendar") << u"Export Calendar (.ics)"_s << u"Fat loss - 4 day upper-lower.ics"_s
                                  << u"Calendar saved to "_s;
    }

    void exportsUseTheSameNamesAndConfirm()
    {
        QFETCH(QString, command);
        QFETCH(QString, fileName);
        QFETCH(QString, confirmation);
        AppSettings().setLastFolder(m_dir.path());
        QAction *exportAction = action(command);
        QVERIFY(exportAction);
        // The options dialog: every button has a mnemonic; Alt+E exports.
        DialogRun done;
        QStringList missing;
        whenDialogOpens(
            [&](QWidget *dialog) {
                missing = buttonsWithoutMnemonic(dialog);
                activate(dialog);
                QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier);
            },
            &done);
        exportAction->trigger();
        QVERIFY(done.opened);
        QVERIFY(!done.closedByForce);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        QCOMPARE(m_suggested, QStringList { QDir(m_dir.path()).filePath(fileName) });
        QVERIFY(QFileInfo(m_dir.filePath(fileName)).size() > 100);
        QCOMPARE(m_window->writtenNoticeText()->toolTip(),
                 confirmation + QDir::toNativeSeparators(m_dir.filePath(fileName)));
        QVERIFY(m_window->writtenNotice()->isVisible());
    }

    void planNamesBecomeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        QTest::newRow("slash") << u"Fat loss - 4 day upper/lower"_s << u"Fat loss - 4 day upper-lower.pdf"_s;
        QTest::newRow("reserved") << u"A:B*C?D\"E<F>G|H\\I"_s << u"A-B-C-D-E-F-G-H-I.pdf"_s;
        QTest::newRow("control and spaces") << u"  Week\t1\n  plan  "_s << u"Week 1 plan.pdf"_s;
        QTest::newRow("hidden and trailing dots") << u"..plan.."_s << u"plan.pdf"_s;
        QTest::newRow("device name") << u"con"_s << u"con plan.pdf"_s;
        QTest::newRow("empty") << u" / "_s << u"-.pdf"_s;
        QTest::newRow("nothing") << QString() << u"Untitled plan.pdf"_s;
        QTest::newRow("unicode kept") << u"Kraft – Woche ①"_s << u"Kraft – Woche ①.pdf"_s;
        QTest::newRow("long") << QString(200, u'x') << QString(80, u'x') + u".pdf"_s;
    }

    void planNamesBecomeFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, file);
        QCOMPARE(planFileName(name, u".pdf"_s), file);
    }

    void preferencesShortcutOpensThemAndMnemonicsWork()
    {
        DialogRun done;
        QString title;
        QStringList missing;
        whenDialogOpens(
            [&](QWidget *dialog) {
                title = dialog->windowTitle();
                missing = buttonsWithoutMnemonic(dialog);
                activate(dialog);
                QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier); // &Cancel
            },
            &done);
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(done.opened);
        QVERIFY(!done.closedByForce);
        QCOMPARE(title, u"Preferences"_s);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void messageBoxesHaveMnemonics()
    {
        // The unsaved-changes prompt, asked for real: Save, Discard, Cancel; Alt+C cancels.
        m_window->fileCommands()->setSavePrompt({});
        doc()->apply(SessionEdits::remove(doc()->plan(), { doc()->plan().sessions.first().id }));
        DialogRun done;
        QStringList missing;
        whenDialogOpens(
            [&](QWidget *dialog) {
                missing = buttonsWithoutMnemonic(dialog);
                activate(dialog);
                QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier);
            },
            &done);
        QVERIFY(!m_window->fileCommands()->maybeSave());
        QVERIFY(done.opened);
        QVERIFY(!done.closedByForce);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        QVERIFY(doc()->isModified());

        // About and "Why?": their OK buttons too (Alt+O).
        for (const QString &name : { u"About Ordo"_s }) {
            whenDialogOpens(
                [&](QWidget *dialog) {
                    missing = buttonsWithoutMnemonic(dialog);
                    activate(dialog);
                    QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
                },
                &done);
            action(name)->trigger();
            QVERIFY(done.opened);
            QVERIFY(!done.closedByForce);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        }
        FindingsDock *findings = m_window->findingsDock();
        findings->view()->setCurrentIndex(findings->model()->index(0, 0));
        QVERIFY(findings->whyButton()->isEnabled());
        whenDialogOpens(
            [&](QWidget *dialog) {
                missing = buttonsWithoutMnemonic(dialog);
                activate(dialog);
                QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
            },
            &done);
        QTest::mouseClick(findings->whyButton(), Qt::LeftButton);
        QVERIFY(done.opened);
        QVERIFY(!done.closedByForce);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void escapeInTheInspectorReturnsToTheWeek()
    {
        WeekView *week = m_window->weekView();
        week->setSelectedIds({ doc()->plan().sessions.first().id });
        week->setFocus();
        QTest::keyClick(week, Qt::Key_Return);
        QLineEdit *title = m_window->inspector()->sessionPage()->titleEdit();
        QTRY_COMPARE(QApplication::focusWidget(), title);
        QTest::keyClick(title, Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(week));
        // The same from the plan's page (nothing selected).
        week->setSelectedIds({});
        QLineEdit *name = m_window->inspector()->planPage()->nameEdit();
        name->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QTest::keyClick(name, Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(week));
    }

    void undoButtonsKeepTheirWidth()
    {
        auto *bar = m_window->findChild<QToolBar *>(u"MainToolBar"_s);
        QAction *undo = action(u"Undo"_s);
        QVERIFY(undo);
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(undo));
        QVERIFY(button);
        QCOMPARE(button->text(), u"Undo"_s);
        QVERIFY(!button->icon().isNull());
        const int width = button->sizeHint().width();
        doc()->apply(SessionEdits::remove(doc()->plan(), { doc()->plan().sessions.first().id }));
        // The menu and the tooltip say what would be undone; the button does not grow.
        QVERIFY(undo->text().size() > u"&Undo"_s.size());
        QCOMPARE(button->text(), u"Undo"_s);
        QCOMPARE(button->sizeHint().width(), width);
        QCOMPARE(undo->toolTip(), undo->text().remove(u'&'));
        doc()->undoStack()->undo();
        QCOMPARE(button->sizeHint().width(), width);
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
