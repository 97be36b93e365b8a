// SPDX-License-Identifier: GPL-3.0-or-later

#include "compare/comparecommands.h"
#include "compare/compareloadchart.h"
#include "compare/comparewindow.h"
#include "docks/findingsmodel.h"
#include "docks/palettemodel.h"
#include "document/document.h"
#include "edits/planedits.h"
#include "planio.h"
#include "shell/filecommands.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "week/weekview.h"

#include <QAction>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QWheelEvent>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// Plan ▸ Compare With ▸ Copy of This Plan (docs/comparing-plans.md), driven as a person would:
// the menu action, drops and drags on the weeks' viewports, wheel and keys, the buttons.
class TestCompareWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    PaletteModel m_palette;

    CompareWindow *openCopy()
    {
        QAction *action = m_window->findChild<QAction *>(u"CompareWithCopy"_s);
        if (!action)
            return nullptr;
        action->trigger();
        const auto windows = m_window->findChildren<CompareWindow *>();
        CompareWindow *compare = windows.isEmpty() ? nullptr : windows.last();
        if (compare)
            compare->resize(1280, 720);
        return compare;
    }

    static QStringList rules(const FindingsModel *model)
    {
        QStringList result;
        for (const Finding &f : model->visibleFindings())
            result << f.rule;
        return result;
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        m_window = std::make_unique<MainWindow>();
        // Opening the next test's plan never waits for a question.
        m_window->fileCommands()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        m_window->setWindowState(Qt::WindowNoState);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init() { QVERIFY(m_window->fileCommands()->openSource(u"template:musclegrowth"_s)); }

    void cleanup()
    {
        for (CompareWindow *w : m_window->findChildren<CompareWindow *>())
            delete w;
    }

    void cleanupTestCase() { m_window.reset(); }

    void theMenuOpensACopyWithNoDifference()
    {
        CompareWindow *compare = openCopy();
        QVERIFY(compare);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        QCOMPARE(compare->openDocument(), m_window->document());
        QCOMPARE(compare->variantDocument()->plan(), m_window->document()->plan());
        QCOMPARE(compare->onlyInAModel()->rowCount(), 0);
        QCOMPARE(compare->onlyInBModel()->rowCount(), 0);
        QVERIFY(!compare->useButton()->isEnabled());
        // The chart draws both versions' loads, equal here.
        for (int column = 0; column < kDaysPerWeek; ++column)
            QCOMPARE(compare->loadChart()->barA(column), compare->loadChart()->barB(column));
    }

    // A plan with a start date names the dates of its days on both sides.
    void bothSidesShowTheDatesOfADatedPlan()
    {
        QVERIFY(m_window->document()->apply(
            PlanEdits::setAnchorDate(m_window->document()->plan(), QDate(2027, 1, 4))));
        CompareWindow *compare = openCopy();
        QVERIFY(compare);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        for (WeekView *view : { compare->viewA(), compare->viewB() }) {
            const QStringList texts = test::paintedTexts(view->viewport());
            QVERIFY2(texts.contains(u"Monday 4 Jan"_s) || texts.contains(u"Mon 4 Jan"_s),
                     qPrintable(texts.join(u'|')));
            QVERIFY(texts.contains(u"Sunday 10 Jan"_s) || texts.contains(u"Sun 10 Jan"_s));
        }
    }

    void droppingOnBListsItsNewFindingAndUndoInBTakesItBack()
    {
        CompareWindow *compare = openCopy();
        QVERIFY(compare);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        WeekView *b = compare->viewB();
        b->setVisibleHours(0, 24);
        const QByteArray openBytes = serializePlan(m_window->document()->plan());
        // Bike HIIT ending an hour before Monday's heavy upper session.
        const std::unique_ptr<QMimeData> data(
            m_palette.mimeData({ m_palette.indexOfTemplate(u"bike-hiit"_s) }));
        const QPoint at = b->pointAt(Day::Mon, 16 * 60 + 30);
        QVERIFY(test::dragOver(b->viewport(), data.get(), at));
        QVERIFY(test::drop(b->viewport(), data.get(), at));

        QCOMPARE(compare->variantDocument()->undoStack()->count(), 1);
        QVERIFY2(rules(compare->onlyInBModel()).contains(u"ampk-window"_s),
                 qPrintable(rules(compare->onlyInBModel()).join(u',')));
        QCOMPARE(compare->onlyInAModel()->rowCount(), 0);
        QVERIFY(compare->useButton()->isEnabled());
        const int monday = 0; // the default week starts on Monday
        QVERIFY(compare->loadChart()->barB(monday) > compare->loadChart()->barA(monday));
        // The open plan and its history are untouched.
        QCOMPARE(serializePlan(m_window->document()->plan()), openBytes);
        QCOMPARE(m_window->document()->undoStack()->count(), 0);

        // Ctrl+Z in the comparison undoes in B.
        compare->activateWindow();
        QVERIFY(compare->undoAction()->isEnabled());
        compare->undoAction()->trigger();
        QCOMPARE(compare->onlyInBModel()->rowCount(), 0);
        QCOMPARE(compare->variantDocument()->plan(), m_window->document()->plan());
    }

    void aIsReadOnlyHere()
    {
        CompareWindow *compare = openCopy();
        QVERIFY(compare);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        WeekView *a = compare->viewA();
        a->setVisibleHours(0, 24);
        const QByteArray before = serializePlan(m_window->document()->plan());
        test::mouseDrag(a->viewport(), a->pointAt(Day::Mon, 18 * 60 + 20), a->pointAt(Day::Wed, 7 * 60 + 20));
        const std::unique_ptr<QMimeData> data(
            m_palette.mimeData({ m_palette.indexOfTemplate(u"bike-hiit"_s) }));
        QVERIFY(!test::dragOver(a->viewport(), data.get(), a->pointAt(Day::Tue, 12 * 60)));
        test::drop(a->viewport(), data.get(), a->pointAt(Day::Tue, 12 * 60));
        QTest::keyClick(a, Qt::Key_Delete);
        QCOMPARE(serializePlan(m_window->document()->plan()), before);
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
    }

    void scrollingAndWeeksFollowOnBothSides()
    {
        // Two weeks, so that there is a week to go to.
        Plan plan = m_window->document()->plan();
        plan.weeks = 2;
        m_window->document()->reset(plan);
        CompareWindow *compare = openCopy();
        QVERIFY(compare);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        WeekView *a = compare->viewA();
        WeekView *b = compare->viewB();
        QVERIFY(a->verticalScrollBar()->maximum() > 0);
        const int start = a->verticalScrollBar()->value();

        // The wheel on A scrolls A, and B follows to the same time of day.
        const QPoint at = a->viewport()->rect().center();
        QWheelEvent wheel(QPointF(at), QPointF(a->viewport()->mapToGlobal(at)), QPoint(), QPoint(0, -240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(a->viewport(), &wheel);
        QVERIFY(a->verticalScrollBar()->value() != start);
        QCOMPARE(b->verticalScrollBar()->value() / b->pixelsPerMinute(),
                 a->verticalScrollBar()->value() / a->pixelsPerMinute());
        // And the other way round.
        b->verticalScrollBar()->setValue(b->verticalScrollBar()->value() - 50);
        QCOMPARE(a->verticalScrollBar()->value(), b->verticalScrollBar()->value());

        // Page Down in A shows the next week on both sides.
        QTest::keyClick(a, Qt::Key_PageDown);
        QCOMPARE(a->week(), 1);
        QCOMPARE(b->week(), 1);
        QCOMPARE(compare->week(), 1);
        compare->setWeek(0);
        QCOMPARE(a->week(), 0);
        QCOMPARE(b->week(), 0);
    }

    void useThisVersionIsOneUndoStep()
    {
        CompareWindow *compare = openCopy();
        QVERIFY(compare);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        WeekView *b = compare->viewB();
        b->setVisibleHours(0, 24);
        const QByteArray original = serializePlan(m_window->document()->plan());
        // Two edits in B: a drop and a move.
        const std::unique_ptr<QMimeData> data(
            m_palette.mimeData({ m_palette.indexOfTemplate(u"bike-hiit"_s) }));
        const QPoint at = b->pointAt(Day::Mon, 16 * 60 + 30);
        QVERIFY(test::dragOver(b->viewport(), data.get(), at));
        QVERIFY(test::drop(b->viewport(), data.get(), at));
        // Saturday's swim to Sunday (the ride stays before Monday's heavy upper session).
        QString swim;
        for (const Session &s : compare->variantDocument()->plan().sessions) {
            if (s.day == Day::Sat && s.startMinute == 10 * 60)
                swim = s.id;
        }
        QVERIFY(!swim.isEmpty());
        test::mouseDrag(b->viewport(), b->pointAt(Day::Sat, 10 * 60 + 10),
                        b->pointAt(Day::Sun, 10 * 60 + 10));
        QCOMPARE(compare->variantDocument()->plan().find(swim)->day, Day::Sun);
        QCOMPARE(compare->variantDocument()->undoStack()->count(), 2);
        const QByteArray variant = serializePlan(compare->variantDocument()->plan());
        QVERIFY(variant != original);

        QTest::mouseClick(compare->useButton(), Qt::LeftButton);
        QUndoStack *undo = m_window->document()->undoStack();
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), u"Use the compared version"_s);
        QCOMPARE(serializePlan(m_window->document()->plan()), variant);
        QCOMPARE(compare->onlyInBModel()->rowCount(), 0);
        QCOMPARE(compare->onlyInAModel()->rowCount(), 0);
        QVERIFY(!compare->useButton()->isEnabled());

        undo->undo();
        QCOMPARE(serializePlan(m_window->document()->plan()), original);
        QVERIFY(rules(compare->onlyInBModel()).contains(u"ampk-window"_s));
    }

    void anotherFileIsComparedAndABadOneIsRefused()
    {
        auto *commands = m_window->findChild<CompareCommands *>();
        QVERIFY(commands);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The same plan saved elsewhere with Monday's heavy upper session on Thursday.
        Plan other = m_window->document()->plan();
        Session *upper = nullptr;
        for (Session &s : other.sessions) {
            if (s.day == Day::Mon && s.startMinute == 18 * 60)
                upper = &s;
        }
        QVERIFY(upper);
        upper->day = Day::Thu;
        upper->startMinute = 7 * 60;
        other.sortSessions();
        const QString path = dir.filePath(u"other.ordo"_s);
        QString error;
        QVERIFY2(writeFileAtomically(path, serializePlan(other), &error), qPrintable(error));
        commands->setFileChooser([path] { return path; });
        commands->fileAction()->trigger();
        const auto windows = m_window->findChildren<CompareWindow *>();
        QCOMPARE(windows.size(), 1);
        CompareWindow *compare = windows.first();
        QCOMPARE(compare->variantDocument()->plan(), other);
        QVERIFY(compare->comparison().days[int(Day::Mon)].loadA
                > compare->comparison().days[int(Day::Mon)].loadB);
        QVERIFY(compare->useButton()->isEnabled());

        // A file that is no plan: the reason is shown and no comparison opens.
        const QString bad = dir.filePath(u"bad.ordo"_s);
        QVERIFY(writeFileAtomically(bad, "{ not a plan", &error));
        commands->setFileChooser([bad] { return bad; });
        QString shown;
        const auto seen = test::whenModalShows([&shown](QDialog *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                shown = box->text();
            dialog->reject();
        });
        QCOMPARE(commands->compareWithFile(), nullptr);
        QVERIFY(*seen);
        QVERIFY2(shown.contains(u"could not be opened"_s), qPrintable(shown));
        QCOMPARE(m_window->findChildren<CompareWindow *>().size(), 1);
    }

    void closingAsksBeforeBsChangesAreLost()
    {
        CompareWindow *compare = openCopy();
        QVERIFY(compare);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        // Unchanged: closes without a question.
        compare->setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(compare->close());
        compare->show();
        QVERIFY(QTest::qWaitForWindowExposed(compare));

        WeekView *b = compare->viewB();
        b->setVisibleHours(0, 24);
        const std::unique_ptr<QMimeData> data(
            m_palette.mimeData({ m_palette.indexOfTemplate(u"bike-hiit"_s) }));
        const QPoint at = b->pointAt(Day::Mon, 16 * 60 + 30);
        QVERIFY(test::dragOver(b->viewport(), data.get(), at));
        QVERIFY(test::drop(b->viewport(), data.get(), at));
        auto seen
            = test::whenModalShows([](QDialog *dialog) { test::clickDialogButton(dialog, u"Cancel"_s); });
        QVERIFY(!compare->close());
        QVERIFY(*seen);
        QVERIFY(compare->isVisible());
        seen = test::whenModalShows([](QDialog *dialog) { test::clickDialogButton(dialog, u"Discard"_s); });
        QVERIFY(compare->close());
        QVERIFY(*seen);
        // After Use This Version nothing is lost: no question.
        compare->show();
        compare->undoAction()->trigger();
        QVERIFY(test::dragOver(b->viewport(), data.get(), at));
        QVERIFY(test::drop(b->viewport(), data.get(), at));
        compare->useVariant();
        QVERIFY(compare->close());
        m_window->document()->undoStack()->undo();
    }

    // Activating a finding of B shows its week and selects its sessions there.
    void activatingAFindingShowsItsSessions()
    {
        CompareWindow *compare = openCopy();
        QVERIFY(compare);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        WeekView *b = compare->viewB();
        b->setVisibleHours(0, 24);
        const std::unique_ptr<QMimeData> data(
            m_palette.mimeData({ m_palette.indexOfTemplate(u"bike-hiit"_s) }));
        const QPoint at = b->pointAt(Day::Mon, 16 * 60 + 30);
        QVERIFY(test::dragOver(b->viewport(), data.get(), at));
        QVERIFY(test::drop(b->viewport(), data.get(), at));
        QTreeView *listB = nullptr;
        for (QTreeView *view : compare->findChildren<QTreeView *>()) {
            if (view->model() == compare->onlyInBModel())
                listB = view;
        }
        QVERIFY(listB);
        QVERIFY(compare->onlyInBModel()->rowCount() > 0);
        const QModelIndex first = compare->onlyInBModel()->index(0, FindingsModel::MessageColumn);
        const Finding finding = *compare->onlyInBModel()->findingAt(first);
        b->setSelectedIds({});
        listB->setFocus();
        listB->setCurrentIndex(first);
        QTest::keyClick(listB, Qt::Key_Return);
        QCOMPARE(b->selectedIds(), finding.sessions);
    }

    // The picture of docs/comparing-plans.md, at 1366×768, written when ORDO_COMPARE_SCREENSHOT
    // names a file: B with a HIIT ride dropped before Monday's heavy upper session.
    void screenshot()
    {
        CompareWindow *compare = openCopy();
        QVERIFY(compare);
        compare->resize(1366, 768);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        WeekView *b = compare->viewB();
        const std::unique_ptr<QMimeData> data(
            m_palette.mimeData({ m_palette.indexOfTemplate(u"bike-hiit"_s) }));
        const QPoint at = b->pointAt(Day::Mon, 16 * 60 + 30);
        QVERIFY(test::dragOver(b->viewport(), data.get(), at));
        QVERIFY(test::drop(b->viewport(), data.get(), at));
        QVERIFY(compare->onlyInBModel()->rowCount() > 0);
        const QImage picture = compare->grab().toImage();
        QCOMPARE(picture.size(), QSize(1366, 768));
        const QString path = qEnvironmentVariable("ORDO_COMPARE_SCREENSHOT");
        if (!path.isEmpty())
            QVERIFY(picture.save(path));
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
