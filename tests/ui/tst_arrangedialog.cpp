// SPDX-License-Identifier: GPL-3.0-or-later

#include "arrange/arrangedialog.h"
#include "builtinplans.h"
#include "compare/comparewindow.h"
#include "document/document.h"
#include "planio.h"
#include "shell/filecommands.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "week/weekview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ordo;
using namespace Qt::StringLiterals;

// Plan ▸ Arrange Week… and Plan ▸ Lock Session in the main window, as a person uses them: the
// dialog arranges in a worker, previews the moves and applies them as one undo step; Ctrl+L
// locks and unlocks the selected session.
class TestArrangeDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    Document *doc() const { return m_window->document(); }

    static QString badWeek() { return ordo::test::dataDir() + u"/arrange/bad-week.ordo"_s; }

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    // Opens the dialog through the menu entry and waits for its first result.
    ArrangeDialog *openDialog()
    {
        action(u"ArrangeWeek"_s)->trigger();
        auto *dialog = m_window->findChild<ArrangeDialog *>();
        if (!dialog)
            return nullptr;
        if (!dialog->result()) {
            QSignalSpy done(dialog, &ArrangeDialog::arranged);
            if (!done.wait(20000))
                return nullptr;
        }
        return dialog;
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        m_window = std::make_unique<MainWindow>();
        m_window->fileCommands()->setErrorReporter([](const QString &, const QString &) {});
        m_window->fileCommands()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        m_window->resize(1366, 768);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->weekView()->setVisibleHours(0, 24);
    }

    void init()
    {
        // The offscreen platform has no window manager to give the activation back after a
        // dialog: shortcuts need the active window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(doc()->open(badWeek()).ok());
        m_window->weekView()->setWeek(0);
    }

    void cleanupTestCase() { m_window.reset(); }

    void previewAndApplyAsOneUndoStep()
    {
        const Plan before = doc()->plan();
        const int steps = doc()->undoStack()->count();
        ArrangeDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const ArrangeResult *r = dialog->result();
        QVERIFY(r);
        QCOMPARE(r->moves.size(), 2);
        // The preview says what the moves do, lists them and shows the scores.
        QStringList labels;
        for (QLabel *l : dialog->findChildren<QLabel *>())
            labels << l->text();
        QVERIFY2(labels.contains(u"2 moves clear 2 warnings"_s), qPrintable(labels.join(u" | "_s)));
        QVERIFY(labels.filter(u"Score before: 1,021.0 · after: "_s).size() == 1
                || labels.filter(u"Score before: 1021.0 · after: "_s).size() == 1);
        auto lists = dialog->findChildren<QListWidget *>();
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists[0]->count(), 2);
        QVERIFY(lists[0]->item(0)->text().contains(u" → "_s));
        QCOMPARE(lists[1]->item(0)->text(), u"No warning remains."_s);
        if (qEnvironmentVariableIsSet("ORDO_ARRANGE_SCREENSHOT"))
            dialog->grab().save(qEnvironmentVariable("ORDO_ARRANGE_SCREENSHOT"));

        // Apply, with a real click: one undo step with a plain name.
        QPushButton *apply = qobject_cast<QPushButton *>(test::dialogButton(dialog, u"Apply"_s));
        QVERIFY(apply);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        QCOMPARE(doc()->undoStack()->undoText(), u"Arrange week 1 (2 moves)"_s);
        QCOMPARE(doc()->plan(), r->plan);
        QVERIFY(!m_window->findChild<ArrangeDialog *>()
                || !m_window->findChild<ArrangeDialog *>()->isVisible());
        doc()->undoStack()->undo();
        QCOMPARE(doc()->plan(), before);
    }

    // Compare Side by Side: the dialog closes, and the result opens beside the open plan, with
    // nothing applied; Use B there applies it as one undo step of the open plan.
    void compareOpensTheResultBesideThePlan()
    {
        const Plan before = doc()->plan();
        const int steps = doc()->undoStack()->count();
        ArrangeDialog *dialog = openDialog();
        QVERIFY(dialog);
        const Plan arranged = dialog->result()->plan;
        QVERIFY(arranged != before);
        QPushButton *compare = dialog->compareButton();
        QVERIFY(compare->isVisible());
        QVERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        CompareWindow *window = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *c = qobject_cast<CompareWindow *>(w); c && c->isVisible())
                window = c;
        QVERIFY(window);
        QCOMPARE(window->openDocument(), doc());
        QCOMPARE(window->variantDocument()->plan(), arranged);
        QCOMPARE(doc()->plan(), before);
        QCOMPARE(doc()->undoStack()->count(), steps);
        QCOMPARE(window->week(), 0);
        QStringList labels;
        for (QLabel *l : window->findChildren<QLabel *>())
            labels << l->text();
        QVERIFY2(labels.filter(u"(as arranged)"_s).size() == 1, qPrintable(labels.join(u" | "_s)));
        // Two warnings the arrangement clears are listed as only in A.
        QCOMPARE(window->comparison().onlyInB.size(), 0);
        QVERIFY(window->comparison().onlyInA.size() >= 2);
        QTest::mouseClick(window->useButton(), Qt::LeftButton);
        QCOMPARE(doc()->plan(), arranged);
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        doc()->undoStack()->undo();
        QCOMPARE(doc()->plan(), before);
        const QPointer<CompareWindow> guard(window);
        window->close();
        QTRY_VERIFY(!guard);
    }

    void stopEarly()
    {
        // A long plan, every week: Stop ends the worker; what it found so far is shown.
        const ReadResult t = readBuiltinPlan(u"hybrid4w"_s);
        QVERIFY(t.ok());
        Plan worse = *t.plan;
        for (Session &s : worse.sessions)
            s.startMinute = std::min(s.startMinute + 90, 23 * 60);
        doc()->reset(worse);
        action(u"ArrangeWeek"_s)->trigger();
        auto *dialog = m_window->findChild<ArrangeDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isRunning());
        QPushButton *stop = dialog->stopButton();
        QCOMPARE(stop->text(), u"S&top"_s);
        QTest::mouseClick(stop, Qt::LeftButton);
        QSignalSpy done(dialog, &ArrangeDialog::arranged);
        QVERIFY(dialog->result() || done.wait(20000));
        QVERIFY(!dialog->isRunning());
        QVERIFY(dialog->result());
        dialog->close();
        QCOMPARE(doc()->plan(), worse); // nothing applied
    }

    void allWeeks()
    {
        // The bad week twice: week 2 is a copy of week 1.
        Plan twice = doc()->plan();
        twice.weeks = 2;
        for (Session s : doc()->plan().sessions) {
            s.id += u"b"_s;
            s.week = 1;
            twice.sessions.append(s);
        }
        twice.sortSessions();
        doc()->reset(twice);
        ArrangeDialog *dialog = openDialog();
        QVERIFY(dialog);
        // Choose "All weeks" with the keyboard and arrange again.
        auto *scope = dialog->findChild<QComboBox *>();
        QVERIFY(scope);
        scope->setFocus();
        QTest::keyClick(scope, Qt::Key_Down);
        QCOMPARE(scope->currentText(), u"All weeks"_s);
        QPushButton *again = qobject_cast<QPushButton *>(test::dialogButton(dialog, u"Arrange Again"_s));
        QVERIFY(again);
        QSignalSpy done(dialog, &ArrangeDialog::arranged);
        QTest::mouseClick(again, Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QVERIFY(!dialog->options().week);
        const ArrangeResult *r = dialog->result();
        QVERIFY(r && !r->moves.isEmpty());
        QTest::mouseClick(test::dialogButton(dialog, u"Apply"_s), Qt::LeftButton);
        QCOMPARE(doc()->undoStack()->undoText(), u"Arrange all weeks (%1 moves)"_s.arg(r->moves.size()));
        QCOMPARE(doc()->plan(), r->plan);
    }

    void ctrlLLocksTheSelection()
    {
        WeekView *week = m_window->weekView();
        week->setSelectedIds({ u"s2"_s });
        QCOMPARE(week->selectedIds(), QStringList { u"s2"_s });
        QAction *lock = action(u"LockSession"_s);
        QVERIFY(lock->isEnabled());
        QVERIFY(!lock->isChecked());
        QTest::keyClick(week, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(doc()->plan().find(u"s2"_s)->locked);
        QCOMPARE(doc()->undoStack()->undoText(), u"Lock “Heavy lower”"_s);
        QVERIFY(lock->isChecked());
        // Arranging leaves it where it is now.
        const int start = doc()->plan().find(u"s2"_s)->axisStart();
        ArrangeDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->result()->plan.find(u"s2"_s)->axisStart(), start);
        dialog->close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(week, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(!doc()->plan().find(u"s2"_s)->locked);
        QCOMPARE(doc()->undoStack()->undoText(), u"Unlock “Heavy lower”"_s);
    }
};

QTEST_MAIN(TestArrangeDialog)
#include "tst_arrangedialog.moc"
