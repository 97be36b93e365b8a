// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/document.h"
#include "planio.h"
#include "uitestsupport.h"
#include "week/weekgesture.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ordo;
using namespace Qt::StringLiterals;

// The week view's gestures without the view: events go to the state machine with a grid of
// one pixel per minute (the body starts at (50, 30), columns 100 px wide), and the plan,
// the undo stack, the selection and the reported preview edits are checked.
class TestWeekGesture : public QObject
{
    Q_OBJECT

private:
    Document m_document;
    WeekLayout m_layout;

    WeekGesture::Grid grid()
    {
        m_layout = WeekLayout::build(m_document.plan().sessions, m_document.plan(), 0);
        return { WeekGeometry(QRectF(50, 30, 700, kMinutesPerDay), 0, 1.0, Day::Mon), &m_layout,
                 QRect(0, 0, 750, 30 + kMinutesPerDay) };
    }

    QPoint at(Day day, int minute)
    {
        const WeekGeometry g = grid().geometry;
        return QPoint(int(g.xOfColumn(g.columnOfDay(day))) + 20, int(g.yOfMinute(minute)) + 1);
    }

    QString idOf(const QString &title) const
    {
        for (const Session &s : m_document.plan().sessions) {
            if (s.title == title)
                return s.id;
        }
        return {};
    }

    // Press, a few moves, release: what a mouse does.
    void drag(WeekGesture &gesture, const QPoint &from, const QPoint &to,
              Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        gesture.press(grid(), from, modifiers);
        for (int i = 1; i <= 4; ++i)
            gesture.move(grid(), from + (to - from) * i / 4, modifiers);
        gesture.release(grid(), to, modifiers);
    }

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void init() { QVERIFY(m_document.open(u"template:musclegrowth"_s).ok()); }

    void moveIsPreviewedThenAppliedInOneStep()
    {
        WeekGesture gesture(&m_document);
        QSignalSpy pending(&gesture, &WeekGesture::pendingEditChanged);
        QSignalSpy cursor(&gesture, &WeekGesture::cursorChanged);
        const QString upper = idOf(u"Heavy upper"_s);
        const QByteArray before = serializePlan(m_document.plan());

        gesture.press(grid(), at(Day::Mon, 18 * 60 + 20), Qt::NoModifier);
        QCOMPARE(gesture.state(), WeekGesture::State::Pending);
        QCOMPARE(gesture.selection(), QStringList { upper });
        gesture.move(grid(), at(Day::Wed, 7 * 60 + 20), Qt::NoModifier);
        QCOMPARE(gesture.state(), WeekGesture::State::Move);
        QCOMPARE(cursor.count(), 1);
        QCOMPARE(cursor.last().at(0).value<Qt::CursorShape>(), Qt::ClosedHandCursor);
        // The ghost: the edit a release would make, the moved session dimmed; nothing applied.
        QCOMPARE(pending.count(), 1);
        const PlanEdit preview = pending.last().at(0).value<PlanEdit>();
        QCOMPARE(preview.upserts.value(0).day, Day::Wed);
        QCOMPARE(preview.upserts.value(0).startMinute, 7 * 60);
        QVERIFY(pending.last().at(1).toBool());
        QCOMPARE(serializePlan(m_document.plan()), before);
        // Another pixel in the same quarter hour reports nothing new.
        gesture.move(grid(), at(Day::Wed, 7 * 60 + 21), Qt::NoModifier);
        QCOMPARE(pending.count(), 1);

        gesture.release(grid(), at(Day::Wed, 7 * 60 + 20), Qt::NoModifier);
        QVERIFY(gesture.isIdle());
        QVERIFY(gesture.pendingEdit().isEmpty());
        QVERIFY(pending.last().at(0).value<PlanEdit>().isEmpty());
        QCOMPARE(cursor.last().at(0).value<Qt::CursorShape>(), Qt::ArrowCursor);
        QCOMPARE(m_document.plan().find(upper)->day, Day::Wed);
        QCOMPARE(m_document.plan().find(upper)->startMinute, 7 * 60);
        QCOMPARE(m_document.undoStack()->count(), 1);
        QCOMPARE(m_document.undoStack()->undoText(), u"Move “Heavy upper” to Wed 07:00"_s);
        m_document.undoStack()->undo();
        QCOMPARE(serializePlan(m_document.plan()), before);
    }

    void aTwitchIsAClickNotAMove()
    {
        WeekGesture gesture(&m_document);
        const QPoint press = at(Day::Mon, 18 * 60 + 20);
        gesture.press(grid(), press, Qt::NoModifier);
        gesture.move(grid(), press + QPoint(1, 1), Qt::NoModifier);
        QCOMPARE(gesture.state(), WeekGesture::State::Pending);
        QVERIFY(gesture.pendingEdit().isEmpty());
        gesture.release(grid(), press + QPoint(1, 1), Qt::NoModifier);
        QCOMPARE(gesture.selection(), QStringList { idOf(u"Heavy upper"_s) });
        QCOMPARE(m_document.undoStack()->count(), 0);
    }

    void controlMoveCopiesAndSelectsTheCopy()
    {
        WeekGesture gesture(&m_document);
        QSignalSpy pending(&gesture, &WeekGesture::pendingEditChanged);
        const int count = int(m_document.plan().sessions.size());
        const QString upper = idOf(u"Heavy upper"_s);
        drag(gesture, at(Day::Mon, 18 * 60 + 20), at(Day::Sat, 15 * 60 + 20), Qt::ControlModifier);
        // A copy leaves the original in place: its old spot is not dimmed.
        QVERIFY(!pending.first().at(1).toBool());
        QCOMPARE(m_document.plan().sessions.size(), count + 1);
        QCOMPARE(m_document.plan().find(upper)->day, Day::Mon);
        const QStringList selected = gesture.selection();
        QCOMPARE(selected.size(), 1);
        QVERIFY(selected[0] != upper);
        QCOMPARE(m_document.plan().find(selected[0])->day, Day::Sat);
        QCOMPARE(m_document.plan().find(selected[0])->startMinute, 15 * 60);
    }

    void bottomEdgeResizes()
    {
        WeekGesture gesture(&m_document);
        QSignalSpy cursor(&gesture, &WeekGesture::cursorChanged);
        const QString upper = idOf(u"Heavy upper"_s);
        const QPoint edge = at(Day::Mon, 18 * 60 + 65) - QPoint(0, 3);
        // Hovering the edge shows the resize cursor.
        gesture.move(grid(), edge, Qt::NoModifier);
        QCOMPARE(cursor.last().at(0).value<Qt::CursorShape>(), Qt::SizeVerCursor);
        gesture.press(grid(), edge, Qt::NoModifier);
        QCOMPARE(gesture.state(), WeekGesture::State::Resize);
        gesture.move(grid(), at(Day::Mon, 19 * 60 + 30), Qt::NoModifier);
        QCOMPARE(gesture.pendingEdit().upserts.value(0).durationMin, 90);
        gesture.release(grid(), at(Day::Mon, 19 * 60 + 30), Qt::NoModifier);
        QCOMPARE(m_document.plan().find(upper)->durationMin, 90);
        QCOMPARE(m_document.plan().find(upper)->startMinute, 18 * 60);
        QCOMPARE(m_document.undoStack()->count(), 1);
    }

    void rubberBandSelectsWhatItTouches()
    {
        WeekGesture gesture(&m_document);
        QSignalSpy band(&gesture, &WeekGesture::rubberBandChanged);
        const QPoint from = at(Day::Thu, 16 * 60);
        const QPoint to = at(Day::Fri, 21 * 60);
        gesture.press(grid(), from, Qt::NoModifier);
        QCOMPARE(gesture.state(), WeekGesture::State::RubberBand);
        gesture.move(grid(), to, Qt::NoModifier);
        QCOMPARE(gesture.rubberBand(), std::optional<QRect>(QRect(from, to).normalized()));
        gesture.release(grid(), to, Qt::NoModifier);
        QVERIFY(!gesture.rubberBand());
        QVERIFY(band.count() >= 3); // started, grown, gone
        QStringList selected = gesture.selection();
        selected.sort();
        QStringList expected { idOf(u"Upper hypertrophy"_s), idOf(u"Lower hypertrophy"_s),
                               idOf(u"Easy spin"_s) };
        expected.sort();
        QCOMPARE(selected, expected);
        QCOMPARE(m_document.undoStack()->count(), 0);
    }

    void controlClickTogglesTheSelection()
    {
        WeekGesture gesture(&m_document);
        const QString mon = idOf(u"Heavy upper"_s);
        const QString thu = idOf(u"Upper hypertrophy"_s);
        const QPoint monPoint = at(Day::Mon, 18 * 60 + 20);
        const QPoint thuPoint = at(Day::Thu, 18 * 60 + 20);
        gesture.press(grid(), monPoint, Qt::NoModifier);
        gesture.release(grid(), monPoint, Qt::NoModifier);
        gesture.press(grid(), thuPoint, Qt::ControlModifier);
        gesture.release(grid(), thuPoint, Qt::ControlModifier);
        QCOMPARE(gesture.selection(), (QStringList { mon, thu }));
        gesture.press(grid(), monPoint, Qt::ControlModifier);
        gesture.release(grid(), monPoint, Qt::ControlModifier);
        QCOMPARE(gesture.selection(), QStringList { thu });
    }

    void leavingTheViewHandsTheSelectionToADrag()
    {
        WeekGesture gesture(&m_document);
        QSignalSpy outside(&gesture, &WeekGesture::draggedOutside);
        const QPoint from = at(Day::Mon, 18 * 60 + 20);
        gesture.press(grid(), from, Qt::NoModifier);
        gesture.move(grid(), from + QPoint(0, 30), Qt::NoModifier);
        QCOMPARE(gesture.state(), WeekGesture::State::Move);
        QVERIFY(!gesture.pendingEdit().isEmpty());
        gesture.move(grid(), QPoint(-40, from.y()), Qt::NoModifier);
        QCOMPARE(outside.count(), 1);
        const DragPayload payload = outside.last().at(0).value<DragPayload>();
        QCOMPARE(payload.origin, DragOrigin::Sessions);
        QCOMPARE(payload.sessions.size(), 1);
        QCOMPARE(payload.sessions[0].title, u"Heavy upper"_s);
        QVERIFY(gesture.isIdle());
        QVERIFY(gesture.pendingEdit().isEmpty());
        QCOMPARE(m_document.undoStack()->count(), 0);
    }

    void escapeCancelsTheGestureThenTheSelection()
    {
        WeekGesture gesture(&m_document);
        const QByteArray before = serializePlan(m_document.plan());
        gesture.press(grid(), at(Day::Mon, 18 * 60 + 20), Qt::NoModifier);
        gesture.move(grid(), at(Day::Tue, 12 * 60), Qt::NoModifier);
        QVERIFY(!gesture.pendingEdit().isEmpty());
        QVERIFY(gesture.key(Qt::Key_Escape, Qt::NoModifier));
        QVERIFY(gesture.isIdle());
        QVERIFY(gesture.pendingEdit().isEmpty());
        // The release that follows finds no gesture.
        gesture.release(grid(), at(Day::Tue, 12 * 60), Qt::NoModifier);
        QCOMPARE(serializePlan(m_document.plan()), before);
        QCOMPARE(gesture.selection().size(), 1);
        QVERIFY(gesture.key(Qt::Key_Escape, Qt::NoModifier));
        QVERIFY(gesture.selection().isEmpty());
    }

    void keysEditTheSelection_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("duration");
        const int mon = int(Day::Mon);
        QTest::newRow("down") << int(Qt::Key_Down) << 0 << mon << 18 * 60 + 15 << 65;
        QTest::newRow("up") << int(Qt::Key_Up) << 0 << mon << 17 * 60 + 45 << 65;
        QTest::newRow("right") << int(Qt::Key_Right) << 0 << int(Day::Tue) << 18 * 60 << 65;
        QTest::newRow("left wraps") << int(Qt::Key_Left) << 0 << int(Day::Sun) << 18 * 60 << 65;
        QTest::newRow("shift+down") << int(Qt::Key_Down) << int(Qt::ShiftModifier) << mon << 18 * 60 << 80;
        QTest::newRow("shift+up") << int(Qt::Key_Up) << int(Qt::ShiftModifier) << mon << 18 * 60 << 50;
    }

    void keysEditTheSelection()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        WeekGesture gesture(&m_document);
        QSignalSpy applied(&gesture, &WeekGesture::keyEditApplied);
        const QString upper = idOf(u"Heavy upper"_s);
        gesture.setSelection({ upper });
        QVERIFY(gesture.key(key, Qt::KeyboardModifiers(modifiers)));
        QCOMPARE(applied.count(), 1);
        const Session *s = m_document.plan().find(upper);
        QTEST(int(s->day), "day");
        QTEST(s->startMinute, "start");
        QTEST(s->durationMin, "duration");
        QCOMPARE(m_document.undoStack()->count(), 1);
        QCOMPARE(gesture.selection(), QStringList { upper });
    }

    void duplicateSelectsTheCopyAndDeleteEmptiesTheSelection()
    {
        WeekGesture gesture(&m_document);
        const QString upper = idOf(u"Heavy upper"_s);
        const int count = int(m_document.plan().sessions.size());
        gesture.setSelection({ upper });
        QVERIFY(gesture.key(Qt::Key_D, Qt::ControlModifier));
        QCOMPARE(m_document.plan().sessions.size(), count + 1);
        const QString copy = gesture.selection().value(0);
        QVERIFY(copy != upper);
        QVERIFY(m_document.plan().find(copy));
        QVERIFY(gesture.key(Qt::Key_Delete, Qt::NoModifier));
        QCOMPARE(m_document.plan().sessions.size(), count);
        QVERIFY(!m_document.plan().find(copy));
        QVERIFY(gesture.selection().isEmpty());
        // Keys it has no use for, or with nothing selected, go back to the view.
        QVERIFY(!gesture.key(Qt::Key_Down, Qt::NoModifier));
        gesture.setSelection({ upper });
        QVERIFY(!gesture.key(Qt::Key_A, Qt::NoModifier));
        QVERIFY(!gesture.key(Qt::Key_D, Qt::NoModifier));
    }

    void selectionFollowsThePlan()
    {
        WeekGesture gesture(&m_document);
        QSignalSpy changed(&gesture, &WeekGesture::selectionChanged);
        const QString upper = idOf(u"Heavy upper"_s);
        const QString lower = idOf(u"Heavy lower"_s);
        gesture.setSelection({ upper, lower });
        QCOMPARE(changed.count(), 1);
        gesture.setSelection({ upper, lower });
        QCOMPARE(changed.count(), 1); // no news, no signal
        QVERIFY(m_document.apply(PlanEdit::removeSessions({ lower }, u"Delete"_s)));
        QCOMPARE(gesture.selection(), QStringList { upper });
        m_document.undoStack()->undo();
        QCOMPARE(gesture.selection(), QStringList { upper });
        QVERIFY(m_document.open(u"template:strength"_s).ok());
        QVERIFY(gesture.selection().isEmpty());
    }

    void hoverNamesTheSessionUnderThePointer()
    {
        WeekGesture gesture(&m_document);
        QSignalSpy hovered(&gesture, &WeekGesture::hoveredChanged);
        gesture.move(grid(), at(Day::Mon, 18 * 60 + 20), Qt::NoModifier);
        QCOMPARE(gesture.hoveredId(), idOf(u"Heavy upper"_s));
        gesture.move(grid(), at(Day::Mon, 18 * 60 + 21), Qt::NoModifier);
        QCOMPARE(hovered.count(), 1);
        gesture.move(grid(), at(Day::Mon, 3 * 60), Qt::NoModifier);
        QVERIFY(gesture.hoveredId().isEmpty());
        gesture.move(grid(), at(Day::Mon, 18 * 60 + 20), Qt::NoModifier);
        gesture.leave();
        QVERIFY(gesture.hoveredId().isEmpty());
        QCOMPARE(hovered.count(), 4);
    }
};

QTEST_MAIN(TestWeekGesture)
#include "tst_weekgesture.moc"
