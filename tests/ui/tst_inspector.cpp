// SPDX-License-Identifier: GPL-3.0-or-later

#include "docks/inspector.h"
#include "docks/multisessioninspector.h"
#include "docks/planinspector.h"
#include "docks/sessioninspector.h"
#include "document/document.h"
#include "edits/sessionedits.h"
#include "enums.h"
#include "planio.h"
#include "planlimits.h"
#include "uitestsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSpontaneKeyEvent>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace ordo;
using namespace Qt::StringLiterals;

// The inspectors offer exactly the values the file format holds (planlimits.h): whatever a
// user can enter, the saved plan opens again.
class TestInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    // The inspector at the width the main window gives it on a 1366 px screen: one scroll area,
    // never sideways, every field whole, and the wheel over the thresholds scrolls the page.
    void planPageFitsTheDefaultWidth()
    {
        Document doc;
        QVERIFY(doc.open(u"template:hybrid4w"_s).ok());
        Inspector inspector(&doc);
        inspector.resize(300, 600);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QTest::qWait(20);
        QScrollArea *scroll = inspector.scrollArea();
        QCOMPARE(inspector.findChildren<QAbstractScrollArea *>().size() - 1,
                 inspector.findChildren<QAbstractItemView *>().size()
                     + inspector.findChildren<QPlainTextEdit *>().size());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0); // the page is taller than the dock
        const int viewportRight = scroll->viewport()->width();
        for (QWidget *field : inspector.planPage()->findChildren<QWidget *>()) {
            const bool isField = qobject_cast<QAbstractSpinBox *>(field) || qobject_cast<QComboBox *>(field)
                || qobject_cast<QLineEdit *>(field);
            if (!field->isVisible() || !isField)
                continue;
            if (qobject_cast<QAbstractSpinBox *>(field->parentWidget())
                || qobject_cast<QComboBox *>(field->parentWidget()))
                continue; // a spin box's or combo box's own line edit
            const QRect inViewport(field->mapTo(scroll->viewport(), QPoint(0, 0)), field->size());
            QVERIFY2(inViewport.left() >= 0 && inViewport.right() < viewportRight,
                     field->metaObject()->className());
        }
        // The thresholds never scroll sideways; their long list scrolls itself, bounded.
        QTableView *table = inspector.planPage()->thresholdTable();
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        QVERIFY(table->height() < 600);
        // A wheel turn over the thresholds, on its way past, scrolls the page (up: they are at
        // its end) and not the table.
        scroll->ensureWidgetVisible(table, 0, 0);
        const int before = scroll->verticalScrollBar()->value();
        QVERIFY(before > 0);
        const QPoint at = table->viewport()->rect().center();
        QWheelEvent wheel(at, table->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QSpontaneKeyEvent::setSpontaneous(&wheel); // as from the window system
        const int tableBefore = table->verticalScrollBar()->value();
        QApplication::sendEvent(table->viewport(), &wheel);
        QVERIFY(scroll->verticalScrollBar()->value() < before);
        QCOMPARE(table->verticalScrollBar()->value(), tableBefore);
        // Once the person is in the table, the wheel scrolls the table.
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        table->setFocus();
        QVERIFY(table->hasFocus() || !QApplication::focusWidget()); // offscreen focus may lag
        if (table->hasFocus()) {
            const int pageValue = scroll->verticalScrollBar()->value();
            QWheelEvent again(at, table->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QSpontaneKeyEvent::setSpontaneous(&again);
            QApplication::sendEvent(table->viewport(), &again);
            QVERIFY(table->verticalScrollBar()->value() < table->verticalScrollBar()->maximum());
            QCOMPARE(scroll->verticalScrollBar()->value(), pageValue);
        }
        // The thresholds are named in words (their descriptions), not by dotted keys.
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row, 0).data().toString().contains(u' '));
    }

    // Every row of the thresholds table that is on screen is painted, not only the first (the
    // table's row header was fitted like a list, one pixel tall, and the table paints the rows
    // its row header spans).
    void thresholdsPaintEveryVisibleRow()
    {
        Document doc;
        QVERIFY(doc.open(u"template:hybrid4w"_s).ok());
        Inspector inspector(&doc);
        inspector.resize(300, 600);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QTableView *table = inspector.planPage()->thresholdTable();
        QVERIFY(table);
        inspector.scrollArea()->ensureWidgetVisible(table, 0, 0);
        QTest::qWait(20);
        const QImage image = inspector.grab().toImage();
        const QPoint origin = table->viewport()->mapTo(&inspector, QPoint(0, 0));
        const QColor base = table->palette().color(QPalette::Base);
        int checked = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QRect cell = table->visualRect(table->model()->index(row, 0)).translated(origin);
            const QRect visible = cell.intersected(QRect(origin, table->viewport()->size()))
                                      .intersected(inspector.scrollArea()->viewport()->geometry().translated(
                                          inspector.scrollArea()->mapTo(&inspector, QPoint(0, 0))));
            if (visible.height() < cell.height())
                continue;
            int ink = 0;
            for (int y = visible.top(); y <= visible.bottom(); ++y) {
                for (int x = visible.left(); x <= visible.right(); ++x)
                    ink += image.pixelColor(x, y) != base;
            }
            QVERIFY2(ink > 40, qPrintable(u"row %1 is blank"_s.arg(row)));
            ++checked;
        }
        QVERIFY2(checked >= 2, qPrintable(u"%1 rows on screen"_s.arg(checked)));
    }

    void planFieldsAreBoundedByThePlanLimits()
    {
        using namespace PlanLimits;
        Document doc;
        QVERIFY(doc.open(u"template:fatloss"_s).ok());
        PlanInspector inspector(&doc);
        QCOMPARE(inspector.nameEdit()->maxLength(), kMaxNameLength);
        QCOMPARE(inspector.weeksSpin()->minimum(), kMinWeeks);
        QCOMPARE(inspector.weeksSpin()->maximum(), kMaxWeeks);
        QCOMPARE(inspector.ageSpin()->minimum(), kMinAge);
        QCOMPARE(inspector.ageSpin()->maximum(), kMaxAge);
        QCOMPARE(inspector.massSpin()->minimum(), kMinBodyMassKg);
        QCOMPARE(inspector.massSpin()->maximum(), kMaxBodyMassKg);
        QCOMPARE(inspector.cycleLengthSpin()->minimum(), kMinCycleLengthDays);
        QCOMPARE(inspector.cycleLengthSpin()->maximum(), kMaxCycleLengthDays);
    }

    // The youngest age the format allows can be entered, and the plan still opens.
    void youngestAgeRoundTripsThroughTheFile()
    {
        Document doc;
        QVERIFY(doc.open(u"template:fatloss"_s).ok());
        PlanInspector inspector(&doc);
        inspector.ageSpin()->setValue(PlanLimits::kMinAge);
        QCOMPARE(doc.plan().profile.age, PlanLimits::kMinAge);
        const ReadResult again = parsePlan(serializePlan(doc.plan()));
        QVERIFY2(again.ok(), qPrintable(again.errors.value(0).toString()));
        QCOMPARE(again.plan->profile.age, PlanLimits::kMinAge);
    }

    // In pounds the ends are rounded inwards, so both still convert to a mass the file holds.
    void massInPoundsStaysInsideTheFileRange()
    {
        Document doc;
        QVERIFY(doc.open(u"template:fatloss"_s).ok());
        PlanInspector inspector(&doc);
        inspector.setMassInPounds(true);
        for (const double pounds : { inspector.massSpin()->minimum(), inspector.massSpin()->maximum() }) {
            inspector.massSpin()->setValue(pounds);
            const double kg = doc.plan().profile.bodyMassKg;
            QVERIFY2(kg >= PlanLimits::kMinBodyMassKg && kg <= PlanLimits::kMaxBodyMassKg,
                     qPrintable(QString::number(kg)));
            QVERIFY(parsePlan(serializePlan(doc.plan())).ok());
        }
    }

    // docs/reliability.md, item 7: typed digits take effect on Enter, so typing "12" over 4
    // weeks never passes through 1 week (which deleted the sessions of weeks 2–4).
    void weeksChangeWhenTypingIsFinished()
    {
        Document doc;
        QVERIFY(doc.open(u"template:hybrid4w"_s).ok());
        const qsizetype sessions = doc.plan().sessions.size();
        PlanInspector inspector(&doc);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowActive(&inspector));
        QSpinBox *weeks = inspector.weeksSpin();
        weeks->setFocus();
        weeks->selectAll();
        QTest::keyClicks(weeks, u"12"_s);
        QCOMPARE(doc.plan().weeks, 4);
        QCOMPARE(doc.undoStack()->count(), 0);
        QTest::keyClick(weeks, Qt::Key_Return);
        QCOMPARE(doc.plan().weeks, 12);
        QCOMPARE(doc.plan().sessions.size(), sessions);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    // The start date: checked, typed, picked in the calendar, cleared; each one undo step, and
    // a day other than Monday moves to its week's Monday with a note that says so.
    void startDateIsPickedTypedAndCleared()
    {
        Document doc;
        QVERIFY(doc.open(u"template:hybrid4w"_s).ok());
        QVERIFY(!doc.plan().anchorDate);
        PlanInspector inspector(&doc);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowActive(&inspector));
        QCheckBox *dated = inspector.datedCheck();
        QDateEdit *edit = inspector.startDateEdit();
        QVERIFY(!dated->isChecked());
        QVERIFY(!edit->isEnabled());

        // Checking the box dates the plan from the Monday the field suggests (this week's).
        QTest::mouseClick(dated, Qt::LeftButton, {}, QPoint(8, dated->height() / 2));
        const QDate today = QDate::currentDate();
        QCOMPARE(doc.plan().anchorDate, today.addDays(1 - today.dayOfWeek()));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(edit->isEnabled());

        // A typed Thursday counts on Enter, as the Monday of its week, and the note says so.
        // Tab into the field selects its first part (the day); a part typed in full moves on
        // to the next.
        edit->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(edit, u"07012027"_s);
        QCOMPARE(edit->date(), QDate(2027, 1, 7));
        QCOMPARE(doc.undoStack()->count(), 1);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(doc.plan().anchorDate, QDate(2027, 1, 4));
        QCOMPARE(edit->date(), QDate(2027, 1, 4));
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.undoStack()->text(1), u"Set the start of week 1 to Monday, 4 January 2027"_s);
        QVERIFY(inspector.startDateNote()->isVisible());
        QVERIFY2(inspector.startDateNote()->text().contains(u"Thursday, 7 January 2027"_s),
                 qPrintable(inspector.startDateNote()->text()));

        // The calendar pops up from the field's arrow; a week down and Enter picks the next Monday.
        QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(edit->width() - 6, edit->height() / 2));
        QCalendarWidget *calendar = edit->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->firstDayOfWeek(), Qt::Monday);
        auto *grid = calendar->findChild<QAbstractItemView *>();
        QVERIFY(grid);
        QTest::keyClick(grid, Qt::Key_Down);
        QTest::keyClick(grid, Qt::Key_Return);
        QTRY_VERIFY(!calendar->isVisible());
        QTRY_COMPARE(doc.plan().anchorDate, QDate(2027, 1, 11));
        QCOMPARE(doc.undoStack()->count(), 3);
        QVERIFY(!inspector.startDateNote()->isVisible());

        // Unchecking removes the date; undo brings it back, and the field shows it again.
        QTest::mouseClick(dated, Qt::LeftButton, {}, QPoint(8, dated->height() / 2));
        QVERIFY(!doc.plan().anchorDate);
        QCOMPARE(doc.undoStack()->text(3), u"Remove the plan's start date"_s);
        QVERIFY(!edit->isEnabled());
        doc.undoStack()->undo();
        QCOMPARE(doc.plan().anchorDate, QDate(2027, 1, 11));
        QVERIFY(dated->isChecked());
        QCOMPARE(edit->date(), QDate(2027, 1, 11));
        QVERIFY(edit->isEnabled());
    }

    // Fewer weeks: the prompt says how many sessions go; Cancel keeps them, Remove Sessions
    // is one undo step that Undo reverses.
    void fewerWeeksAskBeforeRemovingSessions()
    {
        Document doc;
        QVERIFY(doc.open(u"template:hybrid4w"_s).ok());
        const Plan before = doc.plan();
        PlanInspector inspector(&doc);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowActive(&inspector));
        QSpinBox *weeks = inspector.weeksSpin();

        auto typeWeeks = [weeks](const QString &text) {
            weeks->setFocus();
            weeks->selectAll();
            QTest::keyClicks(weeks, text);
            QTest::keyClick(weeks, Qt::Key_Return);
        };
        QString question;
        auto seen = test::whenModalShows([&](QDialog *box) {
            question = box->findChild<QLabel *>(u"qt_msgbox_label"_s)->text();
            QVERIFY(test::clickDialogButton(box, u"Cancel"_s));
        });
        typeWeeks(u"1"_s);
        QVERIFY(*seen);
        QVERIFY2(question.contains(u"24 sessions"_s), qPrintable(question));
        QVERIFY(doc.plan() == before);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(weeks->value(), 4);

        seen = test::whenModalShows(
            [](QDialog *box) { QVERIFY(test::clickDialogButton(box, u"Remove Sessions"_s)); });
        typeWeeks(u"1"_s);
        QVERIFY(*seen);
        QCOMPARE(doc.plan().weeks, 1);
        QCOMPARE(doc.plan().sessions.size(), 8);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(doc.plan() == before);
        QCOMPARE(weeks->value(), 4);
    }

    void sessionFieldsAreBoundedByThePlanLimits()
    {
        using namespace PlanLimits;
        Document doc;
        QVERIFY(doc.open(u"template:fatloss"_s).ok());
        SessionInspector inspector(&doc);
        inspector.setSessionId(doc.plan().sessions.first().id);
        QCOMPARE(inspector.titleEdit()->maxLength(), kMaxTitleLength);
        QCOMPARE(inspector.durationSpin()->minimum(), kMinDurationMin);
        QCOMPARE(inspector.durationSpin()->maximum(), kMaxDurationMin);
        QCOMPARE(inspector.rpeSpin()->maximum(), kMaxRpe);
        // The one value below the scale is "Default": no RPE is written.
        QVERIFY(inspector.rpeSpin()->minimum() < kMinRpe);
        QCOMPARE(inspector.rpeSpin()->minimum() + inspector.rpeSpin()->singleStep(), kMinRpe);
        inspector.rpeSpin()->setValue(inspector.rpeSpin()->minimum());
        QVERIFY(!doc.plan().sessions.first().rpe.has_value());
    }

    // Notes one character over the limit are shown as a problem, not written into the plan.
    void sessionNotesOverTheLimitAreNotApplied()
    {
        Document doc;
        QVERIFY(doc.open(u"template:fatloss"_s).ok());
        SessionInspector inspector(&doc);
        inspector.setSessionId(doc.plan().sessions.first().id);
        const int steps = doc.undoStack()->count();
        inspector.notesEdit()->setPlainText(QString(PlanLimits::kMaxSessionNotesLength + 1, u'n'));
        QCOMPARE(doc.undoStack()->count(), steps);
        inspector.notesEdit()->setPlainText(QString(PlanLimits::kMaxSessionNotesLength, u'n'));
        QCOMPARE(doc.plan().sessions.first().notes.size(), PlanLimits::kMaxSessionNotesLength);
    }

    // Several sessions selected: their priority shows "Mixed" while they differ; choosing one
    // from the list with the mouse, then another with the keyboard, sets it on every selected
    // session, one undo step each, and undo returns the exact plan.
    void severalSessionsTakeOnePriority()
    {
        Document doc;
        QVERIFY(doc.open(u"template:hybrid4w"_s).ok());
        QStringList ids;
        for (const Session &s : doc.plan().sessions) {
            if (s.week == 0 && ids.size() < 3)
                ids << s.id;
        }
        QCOMPARE(ids.size(), 3);
        QVERIFY(doc.apply(SessionEdits::setPriority(doc.plan(), { ids[0] }, Priority::Key)));
        const QByteArray before = serializePlan(doc.plan());
        const int steps = doc.undoStack()->count();
        Inspector inspector(&doc);
        inspector.resize(300, 700);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspector.setSelection(ids);
        MultiSessionInspector *page = inspector.multiplePage();
        QTRY_VERIFY(page->isVisible());
        QComboBox *priority = page->priorityCombo();
        QVERIFY(priority->isVisible());
        QCOMPARE(priority->currentIndex(), -1);
        QCOMPARE(priority->placeholderText(), u"Mixed"_s);
        // Opened with a click, "Optional" clicked in its list.
        inspector.scrollArea()->ensureWidgetVisible(priority);
        QTest::mouseClick(priority, Qt::LeftButton);
        QAbstractItemView *list = priority->view();
        QTRY_VERIFY(list->isVisible());
        const QModelIndex optional = list->model()->index(priority->findData(int(Priority::Optional)), 0);
        // The list ignores a release right after it opened (the end of the click that opened it).
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(optional).center());
        QTRY_VERIFY(!list->isVisible());
        for (const QString &id : ids)
            QCOMPARE(doc.plan().find(id)->priority, Priority::Optional);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.undoStack()->undoText(), u"Make 3 sessions optional"_s);
        QCOMPARE(priority->currentText(), displayName(Priority::Optional));
        // Up a step with the keyboard: all normal, one more step.
        priority->setFocus();
        QTest::keyClick(priority, Qt::Key_Up);
        for (const QString &id : ids)
            QCOMPARE(doc.plan().find(id)->priority, Priority::Normal);
        QCOMPARE(doc.undoStack()->count(), steps + 2);
        QCOMPARE(doc.undoStack()->undoText(), u"Make 3 sessions normal sessions"_s);
        // Undo shows them mixed again, in the exact plan.
        doc.undoStack()->undo();
        QCOMPARE(priority->currentText(), displayName(Priority::Optional));
        doc.undoStack()->undo();
        QCOMPARE(serializePlan(doc.plan()), before);
        QCOMPARE(priority->currentIndex(), -1);
        // The same selection with one session left out, all normal now: the common value shows.
        inspector.setSelection({ ids[1], ids[2] });
        QCOMPARE(priority->currentText(), displayName(Priority::Normal));
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
