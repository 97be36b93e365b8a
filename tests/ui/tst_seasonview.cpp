// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/document.h"
#include "dragpayload.h"
#include "edits/planedits.h"
#include "edits/weekedits.h"
#include "phase.h"
#include "planio.h"
#include "season/rotationdialog.h"
#include "season/seasoncommands.h"
#include "season/seasonview.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "week/weekview.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// The season overview as a person uses it: real mouse, key and drag events on its viewport,
// the week commands through their actions, the plan and the undo stack checked after each.
class TestSeasonView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<SeasonView> m_view;

    QWidget *viewport() const { return m_view->viewport(); }
    const Plan &plan() const { return m_document->plan(); }

    void openBuiltin(const QString &name) { QVERIFY(m_document->open(u"template:"_s + name).ok()); }

    QStringList idsOn(int week, Day day) const
    {
        QStringList ids;
        for (const Session &s : plan().sessions) {
            if (s.week == week && s.day == day)
                ids.append(s.id);
        }
        return ids;
    }

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void init()
    {
        m_document = std::make_unique<Document>();
        m_view = std::make_unique<SeasonView>(m_document.get());
        m_view->resize(900, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        openBuiltin(u"hybrid4w"_s);
    }

    void cleanup()
    {
        m_view.reset();
        m_document.reset();
    }

    // One row per week; the totals are the analysis' week figures, which agree with the plan.
    void rowsShowTheWeeksTotals()
    {
        QCOMPARE(plan().weeks, 4);
        for (int w = 0; w < plan().weeks; ++w) {
            int lifts = 0, hiit = 0, hardMinutes = 0;
            for (const Session &s : plan().sessions) {
                if (s.week != w)
                    continue;
                lifts += s.kind == Kind::Strength;
                hiit += s.kind == Kind::Cardio && s.intensity == Intensity::Hiit;
                if (s.kind == Kind::Strength || (s.kind == Kind::Cardio && s.intensity != Intensity::Easy))
                    hardMinutes += s.durationMin;
            }
            const WeekFigures &f = m_document->analysis().weeks[w];
            const QStringList texts = m_view->rowTexts(w);
            QCOMPARE(texts.size(), 6);
            QCOMPARE(texts[0], QLocale().toString(std::lround(f.load)));
            QCOMPARE(texts[1], QString::number(hardMinutes));
            QCOMPARE(texts[2], QString::number(hiit));
            QCOMPARE(texts[3], QString::number(lifts));
            QVERIFY(lifts > 0);
        }
        // The rows are there, one under the other.
        QVERIFY(m_view->dayCellRect(1, Day::Mon).top() >= m_view->dayCellRect(0, Day::Mon).bottom());
    }

    // Each mark is painted in the week view's colour for its session.
    void marksUseTheWeekViewColours()
    {
        const Session *s = plan().find(u"s5"_s); // week 1 Thu HIIT
        QVERIFY(s);
        const QRect mark = m_view->markRect(s->id);
        QVERIFY(!mark.isEmpty());
        QVERIFY(m_view->dayCellRect(0, Day::Thu).contains(mark));
        const QImage image = viewport()->grab().toImage();
        WeekPainter painter(WeekPainterOptions::fromPalette(m_view->palette()));
        QCOMPARE(image.pixelColor(mark.center()).rgb(), painter.sessionColor(*s).rgb());
        QCOMPARE(m_view->markAt(mark.center()), s->id);
    }

    void clickingADayOpensIt()
    {
        QSignalSpy opened(m_view.get(), &SeasonView::dayActivated);
        const QRect cell = m_view->dayCellRect(2, Day::Sat);
        // A point of the cell left of its marks.
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 2, cell.top() + 3));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toInt(), 2);
        QCOMPARE(opened[0][1].value<Day>(), Day::Sat);
        QCOMPARE(m_view->currentWeek(), 2);
        QCOMPARE(m_view->currentDay(), Day::Sat);
    }

    void keyboardMovesThroughTheDays()
    {
        m_view->setFocus();
        m_view->setCurrent(0, Day::Mon);
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->currentWeek(), 1);
        QCOMPARE(m_view->currentDay(), Day::Tue);
        // What assistive technology reads: the day and its sessions.
        QVERIFY2(m_view->accessibleDescription().startsWith(u"Week 2, Tuesday: "_s),
                 qPrintable(m_view->accessibleDescription()));
        QVERIFY(m_view->accessibleDescription().contains(u"18:00"_s));
        QCOMPARE(m_view->accessibleName(), u"Season overview"_s);
        // Left from Monday goes to the Sunday before.
        m_view->setCurrent(1, Day::Mon);
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QCOMPARE(m_view->currentWeek(), 0);
        QCOMPARE(m_view->currentDay(), Day::Sun);
        // Shift+Down selects a run of weeks.
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_view->firstSelectedWeek(), 0);
        QCOMPARE(m_view->selectedWeekCount(), 3);
        QSignalSpy opened(m_view.get(), &SeasonView::dayActivated);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toInt(), 2);
    }

    // A mark dragged to another week and day: the drag starts from real mouse events, and the
    // drop arrives as the drag events Qt sends the viewport.
    void draggingAMarkMovesTheSession()
    {
        const Session before = *plan().find(u"s3"_s); // week 1 Tue 18:00
        std::unique_ptr<QMimeData> dragged;
        m_view->setDragStarter([&](QMimeData *data, QWidget *) {
            dragged.reset(data);
            return Qt::MoveAction;
        });
        const QPoint from = m_view->markRect(before.id).center();
        test::mouse(viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseMove, from + QPoint(20, 20), Qt::LeftButton);
        QVERIFY(dragged);
        const QPoint to = m_view->dayCellRect(3, Day::Fri).center();
        QVERIFY(test::dragOver(viewport(), dragged.get(), to));
        QVERIFY(test::drop(viewport(), dragged.get(), to));
        test::mouse(viewport(), QEvent::MouseButtonRelease, from + QPoint(20, 20), Qt::NoButton);

        const Session *after = plan().find(before.id);
        QCOMPARE(after->week, 3);
        QCOMPARE(after->day, Day::Fri);
        QCOMPARE(after->startMinute, before.startMinute);
        QCOMPARE(m_document->undoStack()->undoText(), u"Move “Steady run” to week 4 Fri 18:00"_s);
        m_document->undoStack()->undo();
        QCOMPARE(*plan().find(before.id), before);
    }

    void ctrlDropCopiesAndAForeignPayloadIsRefused()
    {
        const int count = int(plan().sessions.size());
        DragPayload payload;
        payload.origin = DragOrigin::Sessions;
        payload.sessions = { *plan().find(u"s1"_s) };
        std::unique_ptr<QMimeData> data(createDragMimeData(payload));
        const QPoint to = m_view->dayCellRect(0, Day::Tue).center();
        QDragEnterEvent enter(to, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::ControlModifier);
        QApplication::sendEvent(viewport(), &enter);
        QDropEvent drop(to, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::ControlModifier);
        QApplication::sendEvent(viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(plan().sessions.size(), count + 1);
        QCOMPARE(idsOn(0, Day::Mon).size(), 2); // the original stays
        // Text from another program is not a session.
        QMimeData text;
        text.setText(u"hello"_s);
        QVERIFY(!test::dragOver(viewport(), &text, to));
        // Outside the day cells nothing lands.
        QVERIFY(!test::drop(viewport(), data.get(), m_view->weekLabelRect(0).center()));
    }

    // The week commands act on the weeks selected by their labels, and ask before they delete.
    void weekCommandsActOnTheSelection()
    {
        QUndoStack *undo = m_document->undoStack();
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, m_view->weekLabelRect(1).center());
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ShiftModifier, m_view->weekLabelRect(2).center());
        QCOMPARE(m_view->firstSelectedWeek(), 1);
        QCOMPARE(m_view->selectedWeekCount(), 2);

        m_view->commands()->moveUpAction()->trigger();
        QCOMPARE(undo->undoText(), u"Move weeks 2–3 up"_s);
        QCOMPARE(m_view->firstSelectedWeek(), 0);
        undo->undo();

        // Deleting asks first, with the count; declining changes nothing.
        int asked = 0;
        m_view->commands()->setConfirm([&](int sessions, const QString &) {
            asked = sessions;
            return false;
        });
        const QByteArray saved = serializePlan(plan());
        m_view->commands()->deleteAction()->trigger();
        QCOMPARE(asked, 16);
        QCOMPARE(serializePlan(plan()), saved);

        // The real question, answered with its button.
        auto fresh = std::make_unique<SeasonView>(m_document.get());
        fresh->show();
        fresh->selectWeeks(1, 2);
        const auto seen = test::whenModalShows([](QDialog *box) { test::clickDialogButton(box, u"OK"_s); });
        fresh->commands()->deleteAction()->trigger();
        QVERIFY(*seen);
        QCOMPARE(plan().weeks, 2);
        QCOMPARE(undo->undoText(), u"Delete weeks 2–3 (deletes 16 sessions)"_s);
        undo->undo();
        QCOMPARE(serializePlan(plan()), saved);
    }

    void copyWeekToAskForTheWeeks()
    {
        m_view->setCurrent(0, Day::Mon);
        QVERIFY(m_view->commands()->copyToAction()->isEnabled());
        m_view->commands()->setConfirm([](int, const QString &) { return true; });
        const auto seen = test::whenModalShows([](QDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>();
            list->item(2)->setCheckState(Qt::Checked); // week 4
            test::clickDialogButton(dialog, u"OK"_s);
        });
        m_view->commands()->copyToAction()->trigger();
        QVERIFY(*seen);
        QCOMPARE(m_document->undoStack()->undoText(), u"Copy week 1 to week 4 (deletes 8 sessions)"_s);
        QCOMPARE(idsOn(3, Day::Thu).size(), idsOn(0, Day::Thu).size());
    }

    // Fill Weeks with a Rotation…: on weeks 2–4 of an emptied hybrid block, two sessions of
    // week 2 in turn over Mon/Wed/Fri, continuing across weeks; one undo step.
    void rotationFromTheMenu()
    {
        const QByteArray before = serializePlan(plan());
        QVERIFY(m_document->apply(WeekEdits::clear(plan(), 2, 2)));
        m_view->selectWeeks(1, 3);
        QVERIFY(m_view->commands()->rotationAction()->isEnabled());
        const QStringList week2 = idsOn(1, Day::Mon) + idsOn(1, Day::Tue);
        QVERIFY(week2.size() >= 2);
        const auto seen = test::whenModalShows([](QDialog *d) {
            auto *dialog = qobject_cast<RotationDialog *>(d);
            QVERIFY(dialog);
            QCOMPARE(dialog->firstWeekSpin()->value(), 2);
            QCOMPARE(dialog->lastWeekSpin()->value(), 4);
            // Monday's first session of week 2 (A), then the next one in the list (B).
            QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
            dialog->sourceCombo()->setFocus();
            QTest::keyClick(dialog->sourceCombo(), Qt::Key_Down);
            QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
            QCOMPARE(dialog->orderList()->count(), 2);
            // Weeks 3–4 only: 2 × Mon/Wed/Fri.
            dialog->firstWeekSpin()->setFocus();
            QTest::keyClick(dialog->firstWeekSpin(), Qt::Key_Up);
            QCOMPARE(dialog->summaryLabel()->text(), u"Adds 6 sessions."_s);
            test::clickDialogButton(dialog, u"OK"_s);
        });
        const int undoBefore = m_document->undoStack()->count();
        m_view->commands()->rotationAction()->trigger();
        QVERIFY(*seen);
        QCOMPARE(m_document->undoStack()->count(), undoBefore + 1);
        QCOMPARE(m_document->undoStack()->undoText(), u"Fill weeks 3–4 with a rotation (6 sessions)"_s);
        for (int week : { 2, 3 }) {
            for (Day day : { Day::Mon, Day::Wed, Day::Fri })
                QCOMPARE(idsOn(week, day).size(), 1);
            QVERIFY(idsOn(week, Day::Tue).isEmpty());
        }
        // A, B, A | B, A, B: week 4's Monday has the second session's title.
        const Session *a = plan().find(idsOn(2, Day::Mon).first());
        const Session *b = plan().find(idsOn(2, Day::Wed).first());
        QVERIFY(a->displayTitle() != b->displayTitle() || a->startMinute != b->startMinute);
        QCOMPARE(plan().find(idsOn(3, Day::Mon).first())->displayTitle(), b->displayTitle());
        // The selection follows the filled weeks.
        QCOMPARE(m_view->firstSelectedWeek(), 2);
        QCOMPARE(m_view->selectedWeekCount(), 2);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(serializePlan(plan()), before);
    }

    // Generate Deload Week… asks for the share and inserts a lighter copy after the selection.
    void deloadWeekFromTheMenu()
    {
        m_view->selectWeeks(0, 2);
        const auto seen = test::whenModalShows([](QDialog *dialog) {
            auto *percent = dialog->findChild<QSpinBox *>();
            QCOMPARE(percent->value(), 40);
            QCOMPARE(percent->minimum(), 20);
            QCOMPARE(percent->maximum(), 60);
            percent->setValue(30);
            test::clickDialogButton(dialog, u"OK"_s);
        });
        const Session heavy = *plan().find(u"s9"_s); // week 2 Mon, heavy lower 60 min
        m_view->commands()->deloadAction()->trigger();
        QVERIFY(*seen);
        QCOMPARE(m_document->undoStack()->undoText(),
                 u"Generate a deload week after week 2 (30 % less volume)"_s);
        QCOMPARE(plan().weeks, 5);
        QCOMPARE(plan().phaseOf(2)->phase, Phase::Deload);
        const QStringList monday = idsOn(2, Day::Mon);
        QCOMPARE(monday.size(), idsOn(1, Day::Mon).size());
        const Session *copy = plan().find(monday.first());
        QCOMPARE(copy->startMinute, heavy.startMinute);
        QCOMPARE(copy->load, heavy.load);
        QCOMPARE(copy->durationMin, 40); // 42 on the 5-minute grid
        // The new week is selected.
        QCOMPARE(m_view->firstSelectedWeek(), 2);
        QCOMPARE(m_view->selectedWeekCount(), 1);
    }

    void phaseMenuMarksTheSelectedWeeks()
    {
        m_view->selectWeeks(1, 2);
        auto action = [&](const QString &text) -> QAction * {
            for (QAction *a : m_view->commands()->phaseMenu()->actions()) {
                if (a->text().remove(u'&') == text)
                    return a;
            }
            return nullptr;
        };
        QVERIFY(action(u"Build"_s));
        action(u"Build"_s)->trigger();
        QCOMPARE(m_document->undoStack()->undoText(), u"Mark weeks 2–3 as “Build”"_s);
        QCOMPARE(plan().phases.size(), 2);
        QCOMPARE(plan().phaseOf(2)->phase, Phase::Build);
        m_view->commands()->setAskText([](const QString &, const QString &, const QString &, bool *ok) {
            *ok = true;
            return u"Camp"_s;
        });
        m_view->selectWeeks(3, 1);
        action(u"Custom…"_s)->trigger();
        QCOMPARE(plan().phaseOf(3)->label, u"Camp"_s);
        m_view->selectWeeks(1, 3);
        action(u"No Phase"_s)->trigger();
        QVERIFY(plan().phases.isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(plan().phases.size(), 3);
    }

    void contextMenuHoldsTheCommands()
    {
        // The menu lives as long as its exec(): it is read while it shows.
        bool shown = false;
        QStringList texts;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            shown = true;
            for (QAction *a : menu->actions())
                texts.append(a->text().remove(u'&'));
            menu->close();
        });
        const QPoint at = m_view->weekLabelRect(3).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport()->mapToGlobal(at));
        QApplication::sendEvent(viewport(), &event);
        QVERIFY(shown);
        QVERIFY2(texts.contains(u"Delete Weeks"_s), qPrintable(texts.join(u", "_s)));
        QCOMPARE(m_view->firstSelectedWeek(), 3);
        QVERIFY(!m_view->commands()->moveDownAction()->isEnabled());
    }

    // With a start date the overview and the week navigator speak in dates.
    void datesOnceThePlanHasAStart()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.document()->open(u"template:hybrid4w"_s).ok());
        QCOMPARE(window.weekLabel()->text(), u"Week 1 of 4"_s);
        QVERIFY(window.document()->apply(
            PlanEdits::setAnchorDate(window.document()->plan(), QDate(2026, 12, 28))));
        QCOMPARE(window.weekLabel()->text(), u"Week 1 · 28 Dec 2026 – 3 Jan 2027"_s);
        window.weekView()->setWeek(1);
        QCOMPARE(window.weekLabel()->text(), u"Week 2 · 4–10 Jan"_s);
        SeasonView *season = window.seasonView();
        QVERIFY2(season->cellText(1, Day::Wed)
                     .startsWith(u"Week 2, "_s + QLocale().toString(QDate(2027, 1, 6), QLocale::LongFormat)),
                 qPrintable(season->cellText(1, Day::Wed)));
        QVERIFY(season->totalsText(1).startsWith(u"Week 2 · 4–10 Jan\n"_s));
        // Undo takes the dates away again.
        window.document()->undoStack()->undo();
        QCOMPARE(window.weekLabel()->text(), u"Week 2 of 4"_s);
    }

    // In the main window: the Season tab beside the week; a click on a day shows it there.
    void theMainWindowOpensTheClickedDay()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.document()->open(u"template:hybrid4w"_s).ok());
        SeasonView *season = window.seasonView();
        QVERIFY(season);
        auto *views = qobject_cast<QStackedWidget *>(window.centralWidget());
        QVERIFY(views);
        // View ▸ Season Overview (Ctrl+2) shows it in place of the week.
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(views->currentWidget(), season);
        const Session *s = nullptr;
        for (const Session &x : window.document()->plan().sessions) {
            if (x.week == 2 && x.day == Day::Wed) {
                s = &x;
                break;
            }
        }
        QVERIFY(s);
        const QString id = s->id;
        QTest::mouseClick(season->viewport(), Qt::LeftButton, {}, season->markRect(id).center());
        QCOMPARE(views->currentWidget(), window.weekView());
        QCOMPARE(window.weekView()->week(), 2);
        QCOMPARE(window.weekView()->selectedIds(), QStringList { id });
    }
};

QTEST_MAIN(TestSeasonView)
#include "tst_seasonview.moc"
