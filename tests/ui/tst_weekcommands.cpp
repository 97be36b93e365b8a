// SPDX-License-Identifier: GPL-3.0-or-later

#include "docks/palettemodel.h"
#include "docks/paletteview.h"
#include "document/document.h"
#include "dragpayload.h"
#include "planio.h"
#include "shell/filecommands.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "week/addsessionmenu.h"
#include "week/dragdwelltrigger.h"
#include "week/newsessiondialog.h"
#include "week/weekcommands.h"
#include "week/weekview.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// Adding sessions without a mouse drag, and the clipboard, in the main window as a person
// uses them: keys on the palette and on the week, the New Session dialog, the menu of a free
// slot, Cut/Copy/Paste between two windows, Copy Week into the next week, Select All.
class TestWeekCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    Document *doc() const { return m_window->document(); }
    WeekView *week() const { return m_window->weekView(); }

    std::unique_ptr<MainWindow> makeWindow() const
    {
        auto window = std::make_unique<MainWindow>();
        window->fileCommands()->setErrorReporter([](const QString &, const QString &) {});
        window->fileCommands()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        // Shortcuts bound to the week only fire in the active window.
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("window not active");
        window->weekView()->setVisibleHours(0, 24);
        return window;
    }

    PaletteView *paletteView() const
    {
        m_window->inspector(); // builds the docks
        return m_window->findChild<PaletteView *>();
    }

    const Session *findAt(const Document *document, int week, Day day, int minute) const
    {
        for (const Session &s : document->plan().sessions) {
            if (s.week == week && s.day == day && s.startMinute == minute)
                return &s;
        }
        return nullptr;
    }

    // Runs `act` while a popup menu is about to open, then triggers the entry whose text is
    // `entry` (in the popup or a submenu of it).
    static void chooseFromPopup(const QString &entry, const std::function<void()> &act)
    {
        bool chosen = false;
        QTimer::singleShot(0, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QList<QMenu *> menus { menu };
            for (int i = 0; i < menus.size() && menus[i] && !chosen; ++i) {
                for (QAction *a : menus[i]->actions()) {
                    if (a->menu())
                        menus.append(a->menu());
                    else if (a->text() == entry && !chosen) {
                        chosen = true;
                        a->trigger();
                    }
                }
            }
            if (menu)
                menu->close();
        });
        act();
        QVERIFY2(chosen, qPrintable(entry));
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        m_window = makeWindow();
    }

    // The offscreen platform has no window manager to give the activation back after a
    // dialog or another window: shortcuts bound to the week need the active window.
    static void activate(QWidget *window)
    {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

    void init()
    {
        activate(m_window.get());
        QVERIFY(m_window->fileCommands()->newPlan({}));
        week()->setSelectedIds({});
        week()->setSlot(std::nullopt);
    }

    void cleanupTestCase() { m_window.reset(); }

    void enterOnAPaletteTemplateAddsItAtTheNextFreeTime()
    {
        QVERIFY(doc()->open(test::dataDir() + u"/plans/upper-lower-split.ordo"_s).ok());
        const int before = int(doc()->plan().sessions.size());
        PaletteView *palette = paletteView();
        QVERIFY(palette);
        const QModelIndex yoga = m_window->paletteModel()->indexOfTemplate(u"yoga"_s);
        palette->setFocus();
        palette->setCurrentIndex(yoga);
        QTest::keyClick(palette, Qt::Key_Return);
        QCOMPARE(doc()->plan().sessions.size(), before + 1);
        // Nothing was picked: the first free 45 minutes of the week from the first visible
        // hour (00:00 in these tests) is Monday at midnight.
        const Session *added = findAt(doc(), 0, Day::Mon, 0);
        QVERIFY(added);
        QCOMPARE(added->title, u"Yoga"_s);
        QCOMPARE(week()->selectedIds(), QStringList { added->id });
        QCOMPARE(QApplication::focusWidget(), week());
        QCOMPARE(doc()->undoStack()->undoText(), u"Add “Yoga” on Mon 00:00"_s);

        // With the session selected, the next one goes right after it.
        palette->setFocus();
        QTest::keyClick(palette, Qt::Key_Return);
        QVERIFY(findAt(doc(), 0, Day::Mon, 45));

        // A picked slot wins; a double-click does the same as Enter.
        week()->setSlot(GridPosition { 3, Day::Thu, 14 * 60 });
        const QRect row = palette->visualRect(yoga);
        QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, row.center());
        QVERIFY(findAt(doc(), 0, Day::Thu, 14 * 60));
    }

    void keyboardOnlyNewSessionThroughTheDialog()
    {
        // From the week alone: an arrow picks a slot, Enter (or Insert) opens New Session.
        week()->setFocus();
        QTest::keyClick(week(), Qt::Key_Down);
        QVERIFY(week()->slot());
        for (int i = 0; i < 2; ++i)
            QTest::keyClick(week(), Qt::Key_Right);
        QTest::keyClick(week(), Qt::Key_Return);
        auto *dialog = week()->findChild<NewSessionDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The dialog starts at the slot: Wednesday.
        auto *day = dialog->findChild<QComboBox *>();
        QVERIFY(day);
        auto combos = dialog->findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 2);
        QComboBox *kind = combos[0];
        QComboBox *days = combos[1];
        QCOMPARE(days->currentData().toInt(), int(Day::Wed));
        kind->setCurrentIndex(kind->findData(int(Kind::Cardio)));
        dialog->findChild<QLineEdit *>()->setText(u"Evening run"_s);
        dialog->findChild<QTimeEdit *>()->setTime(QTime(18, 30));
        dialog->findChild<QSpinBox *>(); // the week field is hidden on a one-week plan
        const auto spins = dialog->findChildren<QSpinBox *>();
        spins.last()->setValue(40);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!week()->findChild<NewSessionDialog *>());
        const Session *added = findAt(doc(), 0, Day::Wed, 18 * 60 + 30);
        QVERIFY(added);
        QCOMPARE(added->title, u"Evening run"_s);
        QCOMPARE(added->kind, Kind::Cardio);
        QCOMPARE(added->durationMin, 40);
        QCOMPARE(doc()->undoStack()->count(), 1);

        // Insert does the same from anywhere in the week; Escape cancels without a change.
        activate(m_window.get());
        week()->setFocus();
        QTest::keyClick(week(), Qt::Key_Insert);
        dialog = week()->findChild<NewSessionDialog *>();
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!week()->findChild<NewSessionDialog *>());
        QCOMPARE(doc()->undoStack()->count(), 1);
    }

    void freeSlotMenuAddsAPaletteTemplateThere()
    {
        paletteView();
        const QPoint at = week()->pointAt(Day::Fri, 10 * 60 + 5);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, week()->viewport()->mapToGlobal(at));
        chooseFromPopup(u"Yoga  (45 min)"_s, [&] { QApplication::sendEvent(week()->viewport(), &event); });
        const Session *added = findAt(doc(), 0, Day::Fri, 10 * 60);
        QVERIFY(added);
        QCOMPARE(added->title, u"Yoga"_s);

        // The same templates on a double-click in free time.
        const QPoint free = week()->pointAt(Day::Sat, 8 * 60);
        test::mouse(week()->viewport(), QEvent::MouseButtonPress, free, Qt::LeftButton);
        test::mouse(week()->viewport(), QEvent::MouseButtonRelease, free, Qt::NoButton);
        chooseFromPopup(u"Zone 1 walk  (20 min)"_s, [&] {
            test::mouse(week()->viewport(), QEvent::MouseButtonDblClick, free, Qt::LeftButton);
        });
        QVERIFY(findAt(doc(), 0, Day::Sat, 8 * 60));
    }

    void addSessionMenuListsThePaletteGroups()
    {
        PaletteModel palette;
        AddSessionMenu menu(&palette);
        QStringList sections;
        int templates = 0;
        for (QAction *a : menu.actions()) {
            if (a->isSeparator())
                sections.append(a->text());
            else
                ++templates;
        }
        QCOMPARE(sections, (QStringList { u"Strength"_s, u"Cardio"_s, u"Mobility"_s }));
        QCOMPARE(templates, int(builtinSessionTemplates().size()));
    }

    void copyInOneWindowPasteInAnother()
    {
        QVERIFY(doc()->open(test::dataDir() + u"/plans/upper-lower-split.ordo"_s).ok());
        // Tuesday's bike sprints and heavy lower, copied together.
        QStringList ids;
        for (const Session &s : doc()->plan().sessions) {
            if (s.day == Day::Tue)
                ids.append(s.id);
        }
        QCOMPARE(ids.size(), 2);
        week()->setSelectedIds(ids);
        week()->setFocus();
        QTest::keyClick(week(), Qt::Key_C, Qt::ControlModifier);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data && data->hasFormat(dragPayloadMimeType()));
        QVERIFY2(data->text().contains(u"Bike sprints"_s) && data->text().contains(u"Tue 06:20"_s),
                 qPrintable(data->text()));
        QCOMPARE(doc()->undoStack()->count(), 0);

        const std::unique_ptr<MainWindow> other = makeWindow();
        activate(other.get());
        other->weekView()->setSlot(GridPosition { 5, Day::Sat, 9 * 60 });
        other->weekView()->setFocus();
        // A new window reads the clipboard once its week has painted.
        QTRY_VERIFY(other->weekView()->commands()->pasteAction()->isEnabled());
        QTest::keyClick(other->weekView(), Qt::Key_V, Qt::ControlModifier);
        const Plan &pasted = other->document()->plan();
        QCOMPARE(pasted.sessions.size(), 2);
        // The first lands on the slot, the second keeps its distance (07:45 − 06:20).
        QVERIFY(findAt(other->document(), 0, Day::Sat, 9 * 60));
        QVERIFY(findAt(other->document(), 0, Day::Sat, 9 * 60 + 85));
        QCOMPARE(other->document()->undoStack()->undoText(), u"Paste 2 sessions"_s);
        QCOMPARE(other->weekView()->selectedIds().size(), 2);

        // Cut takes them away in one step, and pasting brings back the same sessions.
        activate(m_window.get());
        const QByteArray before = serializePlan(doc()->plan());
        week()->setFocus();
        QTest::keyClick(week(), Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(doc()->plan().sessions.size(), 7);
        QCOMPARE(doc()->undoStack()->undoText(), u"Cut 2 sessions"_s);
        doc()->undoStack()->undo();
        QCOMPARE(serializePlan(doc()->plan()), before);
    }

    void copyWeekIntoTheNextWeek()
    {
        QVERIFY(doc()->open(u"template:hybrid4w"_s).ok());
        Plan plan = doc()->plan();
        // Empty the second week first, through the document.
        QStringList second;
        for (const Session &s : plan.sessions) {
            if (s.week == 1)
                second.append(s.id);
        }
        QVERIFY(doc()->apply(PlanEdit::removeSessions(second, u"Clear week 2"_s)));
        const int firstWeekCount
            = int(std::count_if(doc()->plan().sessions.cbegin(), doc()->plan().sessions.cend(),
                                [](const Session &s) { return s.week == 0; }));
        week()->setWeek(0);
        week()->setFocus();
        week()->commands()->copyWeekAction()->trigger();
        QTest::keyClick(week(), Qt::Key_PageDown);
        QCOMPARE(week()->week(), 1);
        QTest::keyClick(week(), Qt::Key_V, Qt::ControlModifier);
        QList<Session> copied;
        for (const Session &s : doc()->plan().sessions) {
            if (s.week == 1)
                copied.append(s);
        }
        QCOMPARE(copied.size(), firstWeekCount);
        for (const Session &s : doc()->plan().sessions) {
            if (s.week == 0)
                QVERIFY2(findAt(doc(), 1, s.day, s.startMinute), qPrintable(s.displayTitle()));
        }
        // Select All takes the shown week's sessions.
        QTest::keyClick(week(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(week()->selectedIds().size(), firstWeekCount);
    }

    void copyDayPastesOnTheSlotsDay()
    {
        QVERIFY(doc()->open(test::dataDir() + u"/plans/upper-lower-split.ordo"_s).ok());
        week()->setSlot(GridPosition { 1, Day::Tue, 12 * 60 });
        week()->commands()->copyDayAction()->trigger();
        QVERIFY(WeekClipboard_has_day());
        week()->setSlot(GridPosition { 6, Day::Sun, 15 * 60 });
        week()->commands()->pasteAction()->trigger();
        // Tuesday's 06:20 and 07:45 sessions, on Sunday at the same times.
        QVERIFY(findAt(doc(), 0, Day::Sun, 6 * 60 + 20));
        QVERIFY(findAt(doc(), 0, Day::Sun, 7 * 60 + 45));
    }

    void clipboardShortcutsStayWithTheFocusedField()
    {
        // Ctrl+C in a text field copies its text, not the week's sessions.
        QVERIFY(doc()->open(test::dataDir() + u"/plans/upper-lower-split.ordo"_s).ok());
        week()->setSelectedIds({ doc()->plan().sessions.first().id });
        QGuiApplication::clipboard()->setText(u"nothing yet"_s);
        auto *field = m_window->findChild<QLineEdit *>();
        QVERIFY(field);
        field->setFocus();
        field->setText(u"Base block"_s);
        field->selectAll();
        QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Base block"_s);
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(dragPayloadMimeType()));
    }

private:
    static bool WeekClipboard_has_day()
    {
        const std::optional<DragPayload> payload
            = decodeDragMimeData(QGuiApplication::clipboard()->mimeData());
        return payload && payload->span == DragSpan::Day && payload->sessions.size() == 2;
    }

private slots:
    void restingADragOnTheNextWeekButtonCarriesItThere()
    {
        QVERIFY(doc()->open(u"template:hybrid4w"_s).ok());
        QVERIFY(doc()->plan().weeks > 1);
        week()->setWeek(0);
        auto *bar = m_window->findChild<QToolBar *>(u"MainToolBar"_s);
        QVERIFY(bar);
        QAction *next = nullptr;
        QAction *previous = nullptr;
        for (QAction *a : bar->actions()) {
            if (a->text() == u"&Next Week"_s)
                next = a;
            else if (a->text() == u"&Previous Week"_s)
                previous = a;
        }
        QVERIFY(next && previous);
        QWidget *nextButton = bar->widgetForAction(next);
        QWidget *previousButton = bar->widgetForAction(previous);
        QVERIFY(nextButton && previousButton);
        QVERIFY(nextButton->acceptDrops());

        PaletteModel palette;
        const std::unique_ptr<QMimeData> data(palette.mimeData({ palette.indexOfTemplate(u"yoga"_s) }));
        const QPoint centre = nextButton->rect().center();
        // The button takes the drag but never the drop; resting there shows the next week.
        QDragEnterEvent enter(centre, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(nextButton, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(centre, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(nextButton, &move);
        QVERIFY(!move.isAccepted());
        QCOMPARE(week()->week(), 0);
        QTRY_VERIFY(week()->week() >= 1);
        QDragLeaveEvent leave;
        QApplication::sendEvent(nextButton, &leave);
        const int shown = week()->week();
        QTest::qWait(DragDwellTrigger::kRepeatMs + 200);
        QCOMPARE(week()->week(), shown); // left: no further step

        // Foreign data is not taken.
        QMimeData text;
        text.setText(u"Yoga"_s);
        QDragEnterEvent foreign(previousButton->rect().center(), Qt::CopyAction, &text, Qt::LeftButton,
                                Qt::NoModifier);
        QApplication::sendEvent(previousButton, &foreign);
        QVERIFY(!foreign.isAccepted());

        // On into the week view: the drop lands in the week shown, as one undo step.
        const int undoBefore = doc()->undoStack()->count();
        QWidget *viewport = week()->viewport();
        const QPoint at = week()->pointAt(Day::Wed, 10 * 60);
        QVERIFY(test::dragOver(viewport, data.get(), at));
        QVERIFY(test::drop(viewport, data.get(), at));
        const Session *added = doc()->plan().find(week()->selectedIds().value(0));
        QVERIFY(added);
        QCOMPARE(added->week, shown);
        QCOMPARE(added->day, Day::Wed);
        QCOMPARE(added->startMinute, 10 * 60);
        QCOMPARE(doc()->undoStack()->count(), undoBefore + 1);
    }
};

QTEST_MAIN(TestWeekCommands)
#include "tst_weekcommands.moc"
