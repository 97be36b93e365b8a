// SPDX-License-Identifier: GPL-3.0-or-later

#include "../bench/benchplans.h"
#include "builtinplans.h"
#include "docks/palettemodel.h"
#include "document/document.h"
#include "shell/appsettings.h"
#include "shell/mainwindow.h"
#include "uitestsupport.h"
#include "week/bestslothints.h"
#include "week/droppreviewpanel.h"
#include "week/weekview.h"

#include <QAction>
#include <QMimeData>
#include <QPainter>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

namespace {

// The colour a translucent tint gives over the ground, as the painter blends it.
QColor over(const QColor &ground, const QColor &paint)
{
    QImage image(1, 1, QImage::Format_RGB32);
    image.fill(ground);
    QPainter p(&image);
    p.fillRect(0, 0, 1, 1, paint);
    p.end();
    return image.pixelColor(0, 0);
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3
        && std::abs(a.blue() - b.blue()) <= 3;
}

// The middle of a slot of the shown week.
QPoint slotPoint(const WeekView *view, int slot)
{
    return view->pointAt(Day(slot / SlotScores::kSlotsPerDay),
                         (slot % SlotScores::kSlotsPerDay) * SlotScores::kSlotMinutes + 7);
}

// A slot of the shown week where the grid itself shows: the bare ground in `before` (no
// session, label or band), and no session, AMPK band, ghost or preview panel on it now.
bool isClear(const WeekView *view, const Document *document, int slot, const QImage &before)
{
    const QRect around = QRect(slotPoint(view, slot), QSize(1, 1)).adjusted(-6, -6, 6, 6);
    if (!view->viewport()->rect().contains(around))
        return false;
    const Theme &theme = view->painter().options().theme;
    const QColor ground = before.pixelColor(slotPoint(view, slot));
    if (ground != theme.color(Theme::Background) && ground != theme.color(Theme::AlternateBackground))
        return false;
    const Day day = Day(slot / SlotScores::kSlotsPerDay);
    const int from = (slot % SlotScores::kSlotsPerDay) * SlotScores::kSlotMinutes - 15;
    const int to = from + 45;
    const int week = view->week();
    for (const Session &s : document->plan().sessions) {
        const int start = (s.week * kDaysPerWeek + int(s.day)) * kMinutesPerDay + s.startMinute;
        const int day0 = (week * kDaysPerWeek + int(day)) * kMinutesPerDay;
        if (start < day0 + to && day0 + from < start + s.durationMin)
            return false;
    }
    const int index = week * kDaysPerWeek + int(day);
    for (const DayWindow &w : document->analysis().days.value(index).ampkWindows) {
        if (w.startMinute < to && from < w.endMinute)
            return false;
    }
    for (const QRectF &r : view->ghostRects()) {
        if (r.intersects(around))
            return false;
    }
    if (view->previewPanel()->isVisible() && view->previewPanel()->geometry().intersects(around))
        return false;
    return true;
}

// The best and the worst clear slot (isClear()) of complete scores, and whether the viewport,
// grabbed now, shows each as its tint over the ground of `before`: blue where the drop is best,
// orange where it is worst.
void verifyTintsPainted(const WeekView *view, const Document *document, const QImage &before)
{
    const SlotScores *scores = view->bestSlotHints()->scores();
    QVERIFY(scores);
    QVERIFY(scores->complete);
    QCOMPARE(scores->week, view->week());
    const QList<QColor> &tints = view->painter().options().slotTints;
    QCOMPARE(tints.size(), SlotScores::kSlots);
    int good = -1, bad = -1;
    for (int k = 0; k < SlotScores::kSlots; ++k) {
        const std::optional<double> rank = scores->rank(k);
        if (!rank || !isClear(view, document, k, before))
            continue;
        if (good < 0 || *rank < *scores->rank(good))
            good = k;
        if (bad < 0 || *rank > *scores->rank(bad))
            bad = k;
    }
    QVERIFY(good >= 0 && bad >= 0);
    QVERIFY2(*scores->rank(good) <= 0.25, qPrintable(QString::number(*scores->rank(good))));
    QVERIFY2(*scores->rank(bad) >= 0.75, qPrintable(QString::number(*scores->rank(bad))));
    const QImage after = view->viewport()->grab().toImage();
    const QColor goodPixel = after.pixelColor(slotPoint(view, good));
    const QColor badPixel = after.pixelColor(slotPoint(view, bad));
    QVERIFY2(near(goodPixel, over(before.pixelColor(slotPoint(view, good)), tints[good])),
             qPrintable(goodPixel.name()));
    QVERIFY2(near(badPixel, over(before.pixelColor(slotPoint(view, bad)), tints[bad])),
             qPrintable(badPixel.name()));
    QVERIFY2(goodPixel.blue() > goodPixel.red() + 20, qPrintable(goodPixel.name()));
    QVERIFY2(badPixel.red() > badPixel.blue() + 20, qPrintable(badPixel.name()));
}

// Whatever the worker still does has finished and its result has been delivered (or ignored).
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// The whole main window at 1366 x 768 on screen, holding the largest built-in plan.
bool showWithLargestBuiltinPlan(MainWindow &window)
{
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.document()->reset(*readBuiltinPlan(u"hybrid4w"_s).plan);
    settle();
    return true;
}

} // namespace

// Best-slot hints while dragging (ui/week/bestslothints.h), through real drag, drop, mouse and
// key events on the week view's viewport: the scores arrive from the worker and tint the grid
// (grabbed pixels: blue where the drop is best, orange where it is worst, also in a dark
// palette), a drag that ends drops them with no stale paint after leave, drop or Escape,
// Alt-drop lands on the best slot near the pointer, and the hints can be turned off; in the
// whole main window too, for a drag from the palette and for a move.
class TestBestSlotHints : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<WeekView> m_view;
    std::unique_ptr<QMimeData> m_data;

    QWidget *viewport() const { return m_view->viewport(); }
    BestSlotHints *hints() const { return m_view->bestSlotHints(); }

    // Where a drop takes the slot (its first minute: the grid snaps to the nearest quarter hour).
    QPoint dropPoint(int slot) const
    {
        return m_view->pointAt(Day(slot / SlotScores::kSlotsPerDay),
                               (slot % SlotScores::kSlotsPerDay) * SlotScores::kSlotMinutes);
    }

    QPoint slotPoint(int slot) const { return ::slotPoint(m_view.get(), slot); }
    bool isClear(int slot, const QImage &before) const
    {
        return ::isClear(m_view.get(), m_document.get(), slot, before);
    }

    void showPlan(const Plan &plan)
    {
        m_document->reset(plan, {});
        m_view->setWeek(0);
        m_view->setVisibleHours(0, 24);
        hints()->setEnabled(true);
        settle();
    }

    // Enter and move over the grid with a palette template.
    void dragOver(const QPoint &pos) { test::dragOver(viewport(), m_data.get(), pos); }

    void dropAt(const QPoint &pos, Qt::KeyboardModifiers modifiers)
    {
        QDropEvent event(pos, Qt::CopyAction, m_data.get(), Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport(), &event);
    }

    void moveTo(const QPoint &pos)
    {
        QDragMoveEvent move(pos, Qt::CopyAction, m_data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
    }

    void leave()
    {
        QDragLeaveEvent event;
        QApplication::sendEvent(viewport(), &event);
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        m_document = std::make_unique<Document>();
        m_view = std::make_unique<WeekView>(m_document.get());
        m_view->resize(1100, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        PaletteModel palette;
        m_data.reset(palette.mimeData({ palette.indexOfTemplate(u"heavy-lower"_s) }));
        QVERIFY(m_data);
    }

    void init()
    {
        m_view->setPalette(QPalette());
        showPlan(*readBuiltinPlan(u"musclegrowth"_s).plan);
    }

    void hintsArriveAndTintTheGrid()
    {
        const QImage before = viewport()->grab().toImage();
        QVERIFY(!hints()->isActive());
        dragOver(m_view->pointAt(Day::Wed, 2 * 60));
        QVERIFY(hints()->isActive());
        QTRY_VERIFY(hints()->scores());
        const SlotScores &scores = *hints()->scores();
        QCOMPARE(scores.week, 0);
        QVERIFY(scores.complete);
        QVERIFY(scores.worst > scores.best);
        // The painter holds one tint per slot, from the theme's scale.
        const QList<QColor> &tints = m_view->painter().options().slotTints;
        QCOMPARE(tints.size(), SlotScores::kSlots);
        const Theme &theme = m_view->painter().options().theme;
        int good = -1, bad = -1;
        for (int k = 0; k < SlotScores::kSlots; ++k) {
            const std::optional<double> rank = scores.rank(k);
            QVERIFY(rank);
            QCOMPARE(tints[k], BestSlotHints::tint(*rank, theme));
            if (!isClear(k, before))
                continue;
            if (good < 0 || *rank < *scores.rank(good))
                good = k;
            if (bad < 0 || *rank > *scores.rank(bad))
                bad = k;
        }
        QVERIFY(good >= 0 && bad >= 0);
        QVERIFY2(*scores.rank(good) <= 0.25, qPrintable(QString::number(*scores.rank(good))));
        QVERIFY2(*scores.rank(bad) >= 0.75, qPrintable(QString::number(*scores.rank(bad))));
        // Grabbed: the good slot is blue over the grid, the bad one orange, each the tint
        // over what was there before the drag.
        const QImage after = viewport()->grab().toImage();
        const QColor goodPixel = after.pixelColor(slotPoint(good));
        const QColor badPixel = after.pixelColor(slotPoint(bad));
        QVERIFY2(near(goodPixel, over(before.pixelColor(slotPoint(good)), tints[good])),
                 qPrintable(goodPixel.name()));
        QVERIFY2(near(badPixel, over(before.pixelColor(slotPoint(bad)), tints[bad])),
                 qPrintable(badPixel.name() + u' '
                            + over(before.pixelColor(slotPoint(bad)), tints[bad]).name() + u' '
                            + before.pixelColor(slotPoint(bad)).name() + u' ' + QString::number(bad)));
        QVERIFY2(goodPixel.blue() > goodPixel.red() + 20, qPrintable(goodPixel.name()));
        QVERIFY2(badPixel.red() > badPixel.blue() + 20, qPrintable(badPixel.name()));
        // Hovering still shows the exact preview of the hovered slot.
        QVERIFY(m_view->preview().isValid());
        QVERIFY(m_view->isPreviewing());
        leave();
        QVERIFY(m_view->painter().options().slotTints.isEmpty());
        const QImage left = viewport()->grab().toImage();
        QCOMPARE(left.pixelColor(slotPoint(good)), before.pixelColor(slotPoint(good)));
        QCOMPARE(left.pixelColor(slotPoint(bad)), before.pixelColor(slotPoint(bad)));
    }

    void darkPaletteTints()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        m_view->setPalette(dark);
        dragOver(m_view->pointAt(Day::Wed, 2 * 60));
        QTRY_VERIFY(hints()->scores());
        const Theme &theme = m_view->painter().options().theme;
        QVERIFY(theme.isDark());
        QCOMPARE(theme.color(Theme::HintGood), Theme::dark().color(Theme::HintGood));
        const SlotScores &scores = *hints()->scores();
        const QList<QColor> &tints = m_view->painter().options().slotTints;
        QCOMPARE(tints.size(), SlotScores::kSlots);
        for (int k = 0; k < SlotScores::kSlots; k += 37)
            QCOMPARE(tints[k], BestSlotHints::tint(*scores.rank(k), theme));
        leave();
    }

    // The worker of a 52-week plan runs for a while: each way a drag ends drops it, and
    // nothing it delivers afterwards is painted.
    void noStalePaintAfterLeave()
    {
        showPlan(bench::hybridPlan(52));
        m_view->setWeek(20);
        const QImage before = viewport()->grab().toImage();
        dragOver(m_view->pointAt(Day::Wed, 2 * 60));
        QVERIFY(hints()->isActive());
        QVERIFY(!hints()->scores()); // still running
        leave();
        QVERIFY(!hints()->isActive());
        settle();
        QVERIFY(!hints()->scores());
        QVERIFY(m_view->painter().options().slotTints.isEmpty());
        QCOMPARE(viewport()->grab().toImage(), before);
    }

    void noStalePaintAfterDrop()
    {
        showPlan(bench::hybridPlan(52));
        m_view->setWeek(20);
        const int sessions = int(m_document->plan().sessions.size());
        dragOver(m_view->pointAt(Day::Wed, 2 * 60));
        QVERIFY(hints()->isActive());
        dropAt(m_view->pointAt(Day::Wed, 2 * 60), Qt::NoModifier);
        QCOMPARE(m_document->plan().sessions.size(), sessions + 1);
        QVERIFY(!hints()->isActive());
        const QImage dropped = viewport()->grab().toImage();
        settle();
        QVERIFY(!hints()->scores());
        QVERIFY(m_view->painter().options().slotTints.isEmpty());
        QCOMPARE(viewport()->grab().toImage(), dropped);
    }

    void noStalePaintAfterEscape()
    {
        showPlan(bench::hybridPlan(52));
        m_view->setWeek(20);
        const QImage before = viewport()->grab().toImage();
        // Press on a session of the shown week and move it: a move starts the hints too.
        const Session *lift = nullptr;
        for (const Session &s : m_document->plan().sessions) {
            if (s.week == 20 && s.kind == Kind::Strength && s.day == Day::Tue)
                lift = &s;
        }
        QVERIFY(lift);
        const QString id = lift->id;
        const QPoint from = m_view->pointAt(lift->day, lift->startMinute + 10);
        QCOMPARE(m_view->sessionAt(from), id);
        test::mouse(viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseMove, from + QPoint(0, 40), Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseMove, from + QPoint(0, 60), Qt::LeftButton);
        QVERIFY(hints()->isActive());
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QVERIFY(!hints()->isActive());
        const QImage cancelled = viewport()->grab().toImage();
        settle();
        QVERIFY(!hints()->scores());
        QVERIFY(m_view->painter().options().slotTints.isEmpty());
        test::mouse(viewport(), QEvent::MouseButtonRelease, from + QPoint(0, 60), Qt::NoButton);
        settle();
        QCOMPARE(m_document->plan().find(id)->startMinute, lift->startMinute);
        QCOMPARE(viewport()->grab().toImage(), cancelled);
        // The grid itself is as before the press (only the pressed session is selected now).
        QCOMPARE(m_view->selectedIds(), QStringList { id });
        m_view->setSelectedIds({});
        QCOMPARE(viewport()->grab().toImage(), before);
    }

    void altDropLandsOnTheBestSlotNearThePointer()
    {
        dragOver(m_view->pointAt(Day::Thu, 12 * 60));
        QTRY_VERIFY(hints()->scores());
        const SlotScores scores = *hints()->scores();
        // A pointer slot with a better one within three hours on its day.
        int pointer = -1, best = -1;
        for (int k = SlotScores::slotOf(Day::Mon, 6 * 60); k < SlotScores::kSlots; k += 5) {
            const std::optional<int> b = scores.bestNear(k, BestSlotHints::kSnapHours);
            if (b && *b != k && scores.totals[*b] < scores.totals[k]
                && viewport()->rect().contains(slotPoint(k))) {
                pointer = k;
                best = *b;
                break;
            }
        }
        QVERIFY(pointer >= 0);
        QVERIFY(best / SlotScores::kSlotsPerDay == pointer / SlotScores::kSlotsPerDay);
        QVERIFY(std::abs(best - pointer) <= BestSlotHints::kSnapHours * 4);
        const QPoint at = dropPoint(pointer);
        QCOMPARE(m_view->bestSlotNear(at), scores.axisMinute(best));
        const int undo = m_document->undoStack()->count();
        moveTo(at);
        dropAt(at, Qt::AltModifier);
        QCOMPARE(m_document->undoStack()->count(), undo + 1);
        const Session *added = nullptr;
        for (const Session &s : m_document->plan().sessions) {
            if (!readBuiltinPlan(u"musclegrowth"_s).plan->find(s.id))
                added = &s;
        }
        QVERIFY(added);
        QCOMPARE(added->axisStart(), scores.axisMinute(best));
        // The score the hints gave is the plan's Arrange score now.
        QCOMPARE(arrangeScore(m_document->plan(), *readBuiltinPlan(u"musclegrowth"_s).plan).total,
                 scores.totals[best]);
        // Without Alt the drop lands where the pointer is.
        m_document->undoStack()->undo();
        test::dragOver(viewport(), m_data.get(), at);
        dropAt(at, Qt::NoModifier);
        QCOMPARE(m_document->plan().sessions.size(),
                 readBuiltinPlan(u"musclegrowth"_s).plan->sessions.size() + 1);
        bool atPointer = false;
        for (const Session &s : m_document->plan().sessions)
            atPointer = atPointer || s.axisStart() == scores.axisMinute(pointer);
        QVERIFY(atPointer);
    }

    void altReleaseMovesToTheBestSlot()
    {
        Session first;
        for (const Session &s : m_document->plan().sessions) {
            if (s.kind == Kind::Strength) {
                first = s;
                break;
            }
        }
        const QPoint from = m_view->pointAt(first.day, first.startMinute + first.durationMin / 2);
        QCOMPARE(m_view->sessionAt(from), first.id);
        test::mouse(viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
        const QPoint to = from + QPoint(0, int(90 * m_view->pixelsPerMinute()));
        test::mouse(viewport(), QEvent::MouseMove, from + QPoint(0, 20), Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseMove, to, Qt::LeftButton);
        QVERIFY(hints()->isActive());
        QTRY_VERIFY(hints()->scores());
        const SlotScores scores = *hints()->scores();
        const std::optional<int> target = m_view->bestSlotNear(to);
        QVERIFY(target);
        test::mouse(viewport(), QEvent::MouseButtonRelease, to, Qt::NoButton, Qt::AltModifier);
        QVERIFY(!hints()->isActive());
        QCOMPARE(m_document->plan().find(first.id)->axisStart(), *target);
        QVERIFY(m_view->painter().options().slotTints.isEmpty());
    }

    void anotherWeekIsWorkedOutForThatWeek()
    {
        showPlan(*readBuiltinPlan(u"hybrid4w"_s).plan);
        dragOver(m_view->pointAt(Day::Wed, 2 * 60));
        QTRY_VERIFY(hints()->scores());
        QCOMPARE(hints()->scores()->week, 0);
        // The drag goes on over week 2 (as when the pointer rests at the view's edge).
        m_view->setWeek(1);
        QVERIFY(!hints()->scores());
        QVERIFY(m_view->painter().options().slotTints.isEmpty());
        QTRY_VERIFY(hints()->scores());
        QCOMPARE(hints()->scores()->week, 1);
        QCOMPARE(m_view->painter().options().slotTints.size(), SlotScores::kSlots);
        leave();
        QVERIFY(m_view->painter().options().slotTints.isEmpty());
    }

    void turnedOffNothingIsScoredOrPainted()
    {
        const QImage before = viewport()->grab().toImage();
        hints()->setEnabled(false);
        dragOver(m_view->pointAt(Day::Wed, 2 * 60));
        settle();
        QVERIFY(!hints()->scores());
        QVERIFY(m_view->painter().options().slotTints.isEmpty());
        // Alt falls back to the pointer's slot.
        QVERIFY(!m_view->bestSlotNear(m_view->pointAt(Day::Wed, 2 * 60)));
        leave();
        QCOMPARE(viewport()->grab().toImage(), before);
        // Turned on during a drag: scored for that drag.
        dragOver(m_view->pointAt(Day::Wed, 2 * 60));
        hints()->setEnabled(true);
        QTRY_VERIFY(hints()->scores());
        QVERIFY(!m_view->painter().options().slotTints.isEmpty());
        hints()->setEnabled(false);
        QVERIFY(m_view->painter().options().slotTints.isEmpty());
        leave();
    }

    // View ▸ Best-Slot Hints: on by default, turns the window's hints off and on, remembered.
    void viewMenuToggleIsRemembered()
    {
        AppSettings().setBestSlotHints(true);
        const auto toggle = [](MainWindow &window) -> QAction * {
            for (QAction *a : window.findChildren<QAction *>()) {
                if (a->text().remove(u'&') == u"Best-Slot Hints"_s)
                    return a;
            }
            return nullptr;
        };
        {
            MainWindow window;
            QAction *action = toggle(window);
            QVERIFY(action);
            QVERIFY(action->isCheckable());
            QVERIFY(action->isChecked());
            WeekView *week = window.findChild<WeekView *>();
            QVERIFY(week);
            QVERIFY(week->bestSlotHints()->isEnabled());
            action->trigger();
            QVERIFY(!action->isChecked());
            QVERIFY(!week->bestSlotHints()->isEnabled());
            QVERIFY(!AppSettings().bestSlotHints());
        }
        {
            MainWindow window;
            QVERIFY(!toggle(window)->isChecked());
            QVERIFY(!window.findChild<WeekView *>()->bestSlotHints()->isEnabled());
            toggle(window)->trigger();
            QVERIFY(window.findChild<WeekView *>()->bestSlotHints()->isEnabled());
            QVERIFY(AppSettings().bestSlotHints());
        }
    }

    // The whole main window as the app shows it (docs, palette, findings, charts): a drag from
    // the palette over the week, through real drag events on the week view's viewport, gets its
    // hints worked out and painted; leaving and dropping clear them.
    void wholeWindowPaletteDragPaintsTheHints()
    {
        AppSettings().setBestSlotHints(true);
        MainWindow window;
        QVERIFY(showWithLargestBuiltinPlan(window));
        WeekView *week = window.weekView();
        QWidget *port = week->viewport();
        PaletteModel *palette = window.paletteModel();
        std::unique_ptr<QMimeData> data(palette->mimeData({ palette->indexOfTemplate(u"heavy-lower"_s) }));
        const QImage before = port->grab().toImage();
        // Where the window shows the grid: the middle of the shown hours.
        const WeekGeometry g = week->geometry();
        const QPoint at = week->pointAt(Day::Thu, int(g.minuteAtY(g.body().center().y())) / 15 * 15);
        QVERIFY(test::dragOver(port, data.get(), at));
        QVERIFY(week->bestSlotHints()->isActive());
        QTRY_VERIFY(week->bestSlotHints()->scores());
        verifyTintsPainted(week, window.document(), before);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(week->isPreviewing());
        QDragLeaveEvent leave;
        QApplication::sendEvent(port, &leave);
        QVERIFY(week->painter().options().slotTints.isEmpty());
        QCOMPARE(port->grab().toImage(), before);
        // Again, and dropped: one session more, no tints left.
        const qsizetype sessions = window.document()->plan().sessions.size();
        QVERIFY(test::dragOver(port, data.get(), at));
        QTRY_VERIFY(week->bestSlotHints()->scores());
        QVERIFY(test::drop(port, data.get(), at));
        QCOMPARE(window.document()->plan().sessions.size(), sessions + 1);
        QVERIFY(!week->bestSlotHints()->isActive());
        settle();
        QVERIFY(week->painter().options().slotTints.isEmpty());
    }

    // A session moved with the mouse in the whole main window starts the hints too.
    void wholeWindowMovePaintsTheHints()
    {
        AppSettings().setBestSlotHints(true);
        MainWindow window;
        QVERIFY(showWithLargestBuiltinPlan(window));
        WeekView *week = window.weekView();
        QWidget *port = week->viewport();
        const Session *lift = nullptr;
        for (const Session &s : window.document()->plan().sessions) {
            if (s.week == 0 && s.kind == Kind::Strength && !lift)
                lift = &s;
        }
        QVERIFY(lift);
        const Session pressed = *lift;
        const QPoint from = week->pointAt(pressed.day, pressed.startMinute + pressed.durationMin / 2);
        QCOMPARE(week->sessionAt(from), pressed.id);
        const QImage before = port->grab().toImage();
        test::mouse(port, QEvent::MouseButtonPress, from, Qt::LeftButton);
        test::mouse(port, QEvent::MouseMove, from + QPoint(0, 20), Qt::LeftButton);
        test::mouse(port, QEvent::MouseMove, from + QPoint(0, int(120 * week->pixelsPerMinute())),
                    Qt::LeftButton);
        QVERIFY(week->bestSlotHints()->isActive());
        QTRY_VERIFY(week->bestSlotHints()->scores());
        verifyTintsPainted(week, window.document(), before);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(week, Qt::Key_Escape);
        test::mouse(port, QEvent::MouseButtonRelease, from, Qt::NoButton);
        QVERIFY(!week->bestSlotHints()->isActive());
        settle();
        QVERIFY(week->painter().options().slotTints.isEmpty());
        QCOMPARE(window.document()->plan().find(pressed.id)->axisStart(), pressed.axisStart());
    }

    void cleanupTestCase()
    {
        m_view.reset();
        settle();
    }
};

QTEST_MAIN(TestBestSlotHints)
#include "tst_bestslothints.moc"
