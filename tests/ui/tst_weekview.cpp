// SPDX-License-Identifier: GPL-3.0-or-later

#include "docks/palettemodel.h"
#include "document/document.h"
#include "dragpayload.h"
#include "edits/planedits.h"
#include "edits/sessionedits.h"
#include "enums.h"
#include "planio.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "week/droppreviewpanel.h"
#include "week/sessionmenu.h"
#include "week/weekview.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QActionGroup>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// The week view as a person uses it: drops from the palette (data made by the real palette
// model), hover previews computed by the real analysis, mouse moves and resizes, keys.
class TestWeekView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<WeekView> m_view;
    PaletteModel m_palette;

    QWidget *viewport() const { return m_view->viewport(); }

    std::unique_ptr<QMimeData> paletteData(const QString &templateId) const
    {
        return std::unique_ptr<QMimeData>(m_palette.mimeData({ m_palette.indexOfTemplate(templateId) }));
    }

    // The week tests use their own copy of an upper/lower week (tests/data/plans), so a change to
    // a built-in plan does not change what they test; other names open the built-in plan.
    void openBuiltin(const QString &name)
    {
        const QString source = name == u"musclegrowth"_s
            ? test::dataDir() + u"/plans/upper-lower-split.ordo"_s
            : u"template:"_s + name;
        QVERIFY(m_document->open(source).ok());
    }

    const Session *findAt(Day day, int minute) const
    {
        for (const Session &s : m_document->plan().sessions) {
            if (s.day == day && s.startMinute == minute)
                return &s;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        // One view for the whole run: Qt's drag manager remembers the last drop target, so
        // it must outlive every synthesized drag event.
        m_document = std::make_unique<Document>();
        m_view = std::make_unique<WeekView>(m_document.get());
        m_view->resize(1000, 820);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void init()
    {
        m_document->reset(Plan {}, {});
        m_view->setVisibleHours(0, 24); // the whole day fits: no scrolling in these tests
        m_view->setSelectedIds({});
        m_view->setDragStarter([](QMimeData *data, QWidget *) {
            delete data;
            return Qt::IgnoreAction;
        });
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_document.reset();
    }

    void dropFromPaletteCreatesExactlyThatSession()
    {
        openBuiltin(u"musclegrowth"_s);
        const QByteArray before = serializePlan(m_document->plan());
        const int countBefore = int(m_document->plan().sessions.size());
        const auto data = paletteData(u"zone1-walk"_s);
        const QPoint at = m_view->pointAt(Day::Thu, 12 * 60);
        QVERIFY(test::dragOver(viewport(), data.get(), at));
        QVERIFY(m_view->isPreviewing());
        QVERIFY(test::drop(viewport(), data.get(), at));
        QVERIFY(!m_view->isPreviewing());

        QCOMPARE(m_document->plan().sessions.size(), countBefore + 1);
        const Session *added = findAt(Day::Thu, 12 * 60);
        QVERIFY(added);
        QCOMPARE(added->title, u"Zone 1 walk"_s);
        QCOMPARE(added->kind, Kind::Cardio);
        QCOMPARE(added->modality, Modality::Walking);
        QCOMPARE(added->intensity, Intensity::Easy);
        QCOMPARE(added->durationMin, 20);
        QCOMPARE(added->week, 0);
        QCOMPARE(m_view->selectedIds(), QStringList { added->id });

        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), u"Add “Zone 1 walk” on Thu 12:00"_s);
        m_document->undoStack()->undo();
        QCOMPARE(serializePlan(m_document->plan()), before);
        QVERIFY(!m_document->isModified());
    }

    void dropPositionSnapsToQuarterHours_data()
    {
        QTest::addColumn<int>("pointerMinute");
        QTest::addColumn<int>("expected");
        QTest::newRow("on the quarter") << 9 * 60 + 15 << 9 * 60 + 15;
        QTest::newRow("7 past rounds down") << 9 * 60 + 7 << 9 * 60;
        QTest::newRow("8 past rounds up") << 9 * 60 + 8 << 9 * 60 + 15;
    }

    void dropPositionSnapsToQuarterHours()
    {
        QFETCH(int, pointerMinute);
        const auto data = paletteData(u"yoga"_s);
        // Zoomed in to three pixels a minute, so a pixel's rounding stays inside the minute.
        while (m_view->pixelsPerMinute() < 3)
            m_view->zoomIn();
        m_view->verticalScrollBar()->setValue(int(8 * 60 * m_view->pixelsPerMinute()));
        const WeekGeometry g = m_view->geometry();
        const QPoint at(int(g.xOfColumn(g.columnOfDay(Day::Sat)) + 20),
                        int(std::round(g.yOfMinute(pointerMinute + 0.25))));
        QVERIFY(test::dragOver(viewport(), data.get(), at));
        QVERIFY(test::drop(viewport(), data.get(), at));
        QCOMPARE(m_document->plan().sessions.size(), 1);
        QTEST(m_document->plan().sessions[0].startMinute, "expected");
        QCOMPARE(m_document->plan().sessions[0].day, Day::Sat);
    }

    void hoverPreviewShowsTheFindingBeforeTheDrop()
    {
        // Rowing ending 45 min before the heavy upper session of a muscle-growth plan, inside its
        // AMPK window (rowing is not leg-dominant, so the warning is not stepped down).
        openBuiltin(u"musclegrowth"_s);
        const Session *upper = findAt(Day::Mon, 18 * 60);
        QVERIFY(upper);
        QCOMPARE(upper->title, u"Heavy upper"_s);
        const auto data = paletteData(u"rowing"_s);
        const QByteArray before = serializePlan(m_document->plan());
        QVERIFY(test::dragOver(viewport(), data.get(), m_view->pointAt(Day::Mon, 16 * 60 + 45)));
        QVERIFY(m_view->preview().isValid());
        QVERIFY2(m_view->preview().hasRule(u"ampk-window"_s), qPrintable(m_view->preview().toolTip()));
        QCOMPARE(m_view->preview().worstSeverity(), std::optional<Severity>(Severity::Warning));
        QCOMPARE(m_view->painter().options().ghostOutline, Theme::Warning);
        QVERIFY(m_view->preview().toolTip().contains(u"Heavy upper"_s));
        // Nothing changed yet.
        QCOMPARE(serializePlan(m_document->plan()), before);
        QCOMPARE(m_document->undoStack()->count(), 0);

        // Moving the ghost to an overlap makes it critical.
        QDragMoveEvent move(m_view->pointAt(Day::Mon, 18 * 60 + 15), Qt::CopyAction, data.get(),
                            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
        QVERIFY(m_view->preview().hasRule(u"overlap"_s));
        QCOMPARE(m_view->preview().worstSeverity(), std::optional<Severity>(Severity::Critical));

        // Leaving cancels the preview without a change.
        QDragLeaveEvent leave;
        QApplication::sendEvent(viewport(), &leave);
        QVERIFY(!m_view->isPreviewing());
        QCOMPARE(serializePlan(m_document->plan()), before);
    }

    void findingsPreviewListsTheCostBesideTheGhost()
    {
        openBuiltin(u"musclegrowth"_s);
        const QByteArray before = serializePlan(m_document->plan());
        const auto data = paletteData(u"rowing"_s);
        const DropPreviewPanel *panel = m_view->previewPanel();
        QVERIFY(!panel->isVisible());
        QSignalSpy announced(panel, &DropPreviewPanel::announced);

        // Rowing 45 min before Monday's heavy upper session: the panel says so, whole.
        QVERIFY(test::dragOver(viewport(), data.get(), m_view->pointAt(Day::Mon, 16 * 60 + 45)));
        QVERIFY(panel->isVisible());
        const QStringList lines = panel->text().split(u'\n');
        QVERIFY2(lines.first().startsWith(u"+ Warning: "_s), qPrintable(panel->text()));
        const QString message = m_view->preview().newFindings().value(0).message;
        QVERIFY(message.contains(u"Heavy upper"_s));
        QCOMPARE(lines.first(), u"+ Warning: "_s + message);
        const QList<QRectF> ghosts = m_view->ghostRects();
        QCOMPARE(ghosts.size(), 1);
        QVERIFY(!QRectF(panel->geometry()).intersects(ghosts.first()));
        QVERIFY(m_view->geometry().body().contains(QRectF(panel->geometry())));
        QVERIFY(panel->testAttribute(Qt::WA_TransparentForMouseEvents));
        // Announced, and what assistive technology reads is the panel's text. (The platform
        // events themselves need an active screen reader, which offscreen runs do not have.)
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().first().toString(), panel->text());
        QAccessibleInterface *accessible
            = QAccessible::queryAccessibleInterface(const_cast<DropPreviewPanel *>(panel));
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), panel->text());
        QVERIFY(!accessible->state().invisible);

        // Over the heavy session itself: an overlap, critical, listed before the warning.
        announced.clear();
        QDragMoveEvent move(m_view->pointAt(Day::Mon, 18 * 60 + 15), Qt::CopyAction, data.get(),
                            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
        QVERIFY2(panel->text().startsWith(u"+ Critical: "_s), qPrintable(panel->text()));
        QCOMPARE(announced.size(), 1);

        // In every corner of the week the panel keeps clear of the ghost and the pointer.
        for (const auto &[day, minute] :
             { std::pair { Day::Mon, 60 }, std::pair { Day::Sun, 60 }, std::pair { Day::Mon, 22 * 60 },
               std::pair { Day::Sun, 22 * 60 }, std::pair { Day::Thu, 12 * 60 } }) {
            const QPoint at = m_view->pointAt(day, minute);
            QDragMoveEvent step(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport(), &step);
            QVERIFY(panel->isVisible());
            const QList<QRectF> rects = m_view->ghostRects();
            QVERIFY(!rects.isEmpty());
            for (const QRectF &ghost : rects)
                QVERIFY2(!QRectF(panel->geometry()).intersects(ghost), qPrintable(QString::number(int(day))));
            QVERIFY(!panel->geometry().contains(at));
        }

        // Leaving hides it; nothing changed.
        QDragLeaveEvent leave;
        QApplication::sendEvent(viewport(), &leave);
        QVERIFY(!panel->isVisible());
        QCOMPARE(serializePlan(m_document->plan()), before);
    }

    void findingsPreviewShowsWhatAMoveClears()
    {
        openBuiltin(u"musclegrowth"_s);
        const auto data = paletteData(u"bike-hiit"_s);
        const QPoint at = m_view->pointAt(Day::Mon, 16 * 60 + 30);
        QVERIFY(test::dragOver(viewport(), data.get(), at));
        QVERIFY(test::drop(viewport(), data.get(), at));
        const QString hiit = m_view->selectedIds().value(0);
        QVERIFY(!hiit.isEmpty());
        // Moving the new HIIT to Thursday noon clears the warning it caused.
        test::mouse(viewport(), QEvent::MouseButtonPress, at, Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseMove, m_view->pointAt(Day::Wed, 16 * 60), Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseMove, m_view->pointAt(Day::Thu, 12 * 60), Qt::LeftButton);
        const DropPreviewPanel *panel = m_view->previewPanel();
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->text().contains(u"− Clears: "_s), qPrintable(panel->text()));
        QVERIFY(panel->text().contains(u"Heavy upper"_s));
        for (const QRectF &ghost : m_view->ghostRects())
            QVERIFY(!QRectF(panel->geometry()).intersects(ghost));
        test::mouse(viewport(), QEvent::MouseButtonRelease, m_view->pointAt(Day::Thu, 12 * 60), Qt::NoButton);
        QVERIFY(!panel->isVisible());
        QCOMPARE(m_document->plan().find(hiit)->day, Day::Thu);
    }

    void quietSlotPreviewIsGreen()
    {
        openBuiltin(u"musclegrowth"_s);
        const auto data = paletteData(u"yoga"_s);
        QVERIFY(test::dragOver(viewport(), data.get(), m_view->pointAt(Day::Sun, 11 * 60)));
        QVERIFY(m_view->preview().isValid());
        QVERIFY(!m_view->preview().worstSeverity() || *m_view->preview().worstSeverity() == Severity::Info);
        QCOMPARE(m_view->painter().options().ghostOutline, Theme::Positive);
        QCOMPARE(m_view->previewPanel()->text(), u"No change to the findings"_s);
    }

    void foreignOrForgedDropChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QByteArray>("bytes");
        PaletteModel palette;
        std::unique_ptr<QMimeData> good(palette.mimeData({ palette.indexOfTemplate(u"bike-hiit"_s) }));
        const QByteArray payload = good->data(dragPayloadMimeType());
        const QByteArray mime = dragPayloadMimeType().toUtf8();
        QTest::newRow("plain text") << QByteArray("text/plain") << QByteArray("Bike HIIT");
        QTest::newRow("truncated payload") << mime << payload.left(payload.size() - 10);
        QTest::newRow("forged kind") << mime << QByteArray(payload).replace("\"cardio\"", "\"laser\"");
        QTest::newRow("empty payload") << mime << QByteArray();
    }

    void foreignOrForgedDropChangesNothing()
    {
        QFETCH(QByteArray, format);
        QFETCH(QByteArray, bytes);
        openBuiltin(u"musclegrowth"_s);
        const QByteArray before = serializePlan(m_document->plan());
        QMimeData data;
        data.setData(QString::fromUtf8(format), bytes);
        const QPoint at = m_view->pointAt(Day::Wed, 9 * 60);
        QVERIFY(!test::dragOver(viewport(), &data, at));
        QVERIFY(!test::drop(viewport(), &data, at));
        QCOMPARE(serializePlan(m_document->plan()), before);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void dropPastTheEndOfAOneOffPlanIsRefusedWhileHovering()
    {
        Plan oneOff;
        oneOff.name = u"One week"_s;
        oneOff.weeks = 1;
        oneOff.repeat = false;
        m_document->reset(oneOff);
        // Two templates dragged together land one after the other (30 min run, then yoga):
        // dropped at Sun 23:45, the yoga would start after the plan's last minute.
        const std::unique_ptr<QMimeData> data(m_palette.mimeData(
            { m_palette.indexOfTemplate(u"steady-run"_s), m_palette.indexOfTemplate(u"yoga"_s) }));
        QVERIFY(data);
        const QPoint late = m_view->pointAt(Day::Sun, 23 * 60 + 45);
        const QPoint early = m_view->pointAt(Day::Sat, 10 * 60);

        // The enter takes the data (Qt then sends the moves here); each move gives the answer
        // the drop will give: here no accept cursor and no ghost.
        QDragEnterEvent enter(late, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent refused(late, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &refused);
        QVERIFY(!refused.isAccepted());
        QVERIFY(!m_view->isPreviewing());
        // Where both fit, the same data is welcome.
        QDragMoveEvent accepted(early, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &accepted);
        QVERIFY(accepted.isAccepted());
        QVERIFY(m_view->isPreviewing());
        QDragMoveEvent refusedAgain(late, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &refusedAgain);
        QVERIFY(!refusedAgain.isAccepted());
        QVERIFY(!m_view->isPreviewing());
        QVERIFY(!test::drop(viewport(), data.get(), late));
        QCOMPARE(m_document->plan().sessions.size(), 0);
        QCOMPARE(m_document->undoStack()->count(), 0);

        // A repeating plan wraps the yoga to Monday morning: there the same spot is fine.
        Plan repeating = oneOff;
        repeating.repeat = true;
        m_document->reset(repeating);
        QVERIFY(test::dragOver(viewport(), data.get(), late));
        QVERIFY(test::drop(viewport(), data.get(), late));
        QCOMPARE(m_document->plan().sessions.size(), 2);
    }

    void mouseDragMovesSessionInOneStep()
    {
        openBuiltin(u"musclegrowth"_s);
        const Session *upper = findAt(Day::Mon, 18 * 60);
        QVERIFY(upper);
        const QString id = upper->id;
        const QPoint from = m_view->pointAt(Day::Mon, 18 * 60 + 20);
        const QPoint to = m_view->pointAt(Day::Wed, 7 * 60 + 20);
        test::mouseDrag(viewport(), from, to);
        const Session *moved = m_document->plan().find(id);
        QCOMPARE(moved->day, Day::Wed);
        QCOMPARE(moved->startMinute, 7 * 60);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), u"Move “Heavy upper” to Wed 07:00"_s);
        QVERIFY(!m_view->isPreviewing());
        m_document->undoStack()->undo();
        QCOMPARE(m_document->plan().find(id)->day, Day::Mon);
    }

    void controlDragCopies()
    {
        openBuiltin(u"musclegrowth"_s);
        const int count = int(m_document->plan().sessions.size());
        const QString id = findAt(Day::Mon, 18 * 60)->id;
        test::mouseDrag(viewport(), m_view->pointAt(Day::Mon, 18 * 60 + 20),
                        m_view->pointAt(Day::Sat, 15 * 60 + 20), Qt::ControlModifier);
        QCOMPARE(m_document->plan().sessions.size(), count + 1);
        QCOMPARE(m_document->plan().find(id)->day, Day::Mon);
        const Session *copy = findAt(Day::Sat, 15 * 60);
        QVERIFY(copy);
        QCOMPARE(copy->title, u"Heavy upper"_s);
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void escapeCancelsAMove()
    {
        openBuiltin(u"musclegrowth"_s);
        const QByteArray before = serializePlan(m_document->plan());
        const QPoint from = m_view->pointAt(Day::Mon, 18 * 60 + 20);
        test::mouse(viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseMove, m_view->pointAt(Day::Tue, 12 * 60), Qt::LeftButton);
        QVERIFY(m_view->isPreviewing());
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QVERIFY(!m_view->isPreviewing());
        test::mouse(viewport(), QEvent::MouseButtonRelease, m_view->pointAt(Day::Tue, 12 * 60), Qt::NoButton);
        QCOMPARE(serializePlan(m_document->plan()), before);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void bottomEdgeResizes()
    {
        openBuiltin(u"musclegrowth"_s);
        const Session *upper = findAt(Day::Mon, 18 * 60);
        const QString id = upper->id;
        const int end = upper->startMinute + upper->durationMin;
        const WeekGeometry g = m_view->geometry();
        const QPoint edge(m_view->pointAt(Day::Mon, 0).x(), int(g.yOfMinute(end)) - 3);
        test::mouseDrag(viewport(), edge, QPoint(edge.x(), int(std::round(g.yOfMinute(19 * 60 + 30)))));
        QCOMPARE(m_document->plan().find(id)->durationMin, 90);
        QCOMPARE(m_document->plan().find(id)->startMinute, 18 * 60);
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void leavingTheWidgetStartsARealDragThroughTheSeam()
    {
        openBuiltin(u"musclegrowth"_s);
        std::optional<DragPayload> dragged;
        m_view->setDragStarter([&](QMimeData *data, QWidget *) {
            dragged = decodeDragPayload(data->data(dragPayloadMimeType()));
            delete data;
            return Qt::CopyAction;
        });
        const QPoint from = m_view->pointAt(Day::Mon, 18 * 60 + 20);
        test::mouse(viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseMove, from + QPoint(30, 0), Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseMove, QPoint(-40, from.y()), Qt::LeftButton);
        QVERIFY(dragged);
        QCOMPARE(dragged->origin, DragOrigin::Sessions);
        QCOMPARE(dragged->sessions.value(0).title, u"Heavy upper"_s);
        QVERIFY(!m_view->isPreviewing());
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void keyboardMovesAndResizes()
    {
        openBuiltin(u"musclegrowth"_s);
        const QString id = findAt(Day::Mon, 18 * 60)->id;
        m_view->setSelectedIds({ id });
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_document->plan().find(id)->startMinute, 18 * 60 + 15);
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QCOMPARE(m_document->plan().find(id)->startMinute, 17 * 60 + 45);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_document->plan().find(id)->day, Day::Tue);
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QCOMPARE(m_document->plan().find(id)->day, Day::Sun); // a repeating plan wraps
        const int duration = m_document->plan().find(id)->durationMin;
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_document->plan().find(id)->durationMin, duration + 15);
        // The burst of moves is one undo step, the change of duration another.
        QCOMPARE(m_document->undoStack()->count(), 2);
        QCOMPARE(m_document->undoStack()->text(0), u"Move “Heavy upper” to Sun 17:45"_s);
        const int count = int(m_document->plan().sessions.size());
        QTest::keyClick(m_view.get(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(m_document->plan().sessions.size(), count + 1);
        QVERIFY(m_view->selectedIds().value(0) != id);
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(m_document->plan().sessions.size(), count);
    }

    void arrowBurstsAreOneUndoStepEach()
    {
        openBuiltin(u"musclegrowth"_s);
        const QByteArray before = serializePlan(m_document->plan());
        const QString id = findAt(Day::Mon, 18 * 60)->id;
        m_view->setSelectedIds({ id });
        m_view->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->plan().find(id)->startMinute, 19 * 60);
        // A pause ends the burst: the next key is a step of its own.
        QTest::qWait(1100);
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_document->undoStack()->count(), 2);
        // So does any other change in between.
        m_document->apply(SessionEdits::setLoad(m_document->plan(), { id }, Load::Light));
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QCOMPARE(m_document->undoStack()->count(), 4);
        while (m_document->undoStack()->canUndo())
            m_document->undoStack()->undo();
        QCOMPARE(serializePlan(m_document->plan()), before);
        // After an undo, keys start a new step instead of growing an undone one.
        m_document->undoStack()->redo();
        m_view->setSelectedIds({ id });
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_document->undoStack()->count(), 2);
        QCOMPARE(m_document->undoStack()->index(), 2);
    }

    void tabCyclesSessionsInTimeOrder()
    {
        openBuiltin(u"musclegrowth"_s);
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_view->selectedIds(), QStringList { m_document->plan().sessions[0].id });
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_view->selectedIds(), QStringList { m_document->plan().sessions[1].id });
        QTest::keyClick(m_view.get(), Qt::Key_Backtab);
        QCOMPARE(m_view->selectedIds(), QStringList { m_document->plan().sessions[0].id });
    }

    void tabLeavesTheWeekAfterTheLastSession()
    {
        // A window with a field before and after the week: Tab walks the sessions, then on.
        QWidget window;
        auto *before = new QLineEdit(&window);
        auto *view = new WeekView(m_document.get(), &window);
        auto *after = new QLineEdit(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(view);
        layout->addWidget(after);
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openBuiltin(u"musclegrowth"_s);
        const Plan &plan = m_document->plan();
        before->setFocus();
        QTest::keyClick(before, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view);
        for (const Session &s : plan.sessions) {
            QTest::keyClick(view, Qt::Key_Tab);
            QCOMPARE(view->selectedIds(), QStringList { s.id });
        }
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), after);
        QVERIFY(view->selectedIds().isEmpty());
        // And back: Shift+Tab enters at the last session and leaves before the first.
        QTest::keyClick(after, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), view);
        for (qsizetype i = plan.sessions.size() - 1; i >= 0; --i) {
            QTest::keyClick(view, Qt::Key_Backtab);
            QCOMPARE(view->selectedIds(), QStringList { plan.sessions[i].id });
        }
        QTest::keyClick(view, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), before);
    }

    void clickOnFreeTimePicksASlotThatArrowsMove()
    {
        openBuiltin(u"musclegrowth"_s);
        m_view->setFocus();
        const QPoint at = m_view->pointAt(Day::Wed, 15 * 60 + 10);
        test::mouse(viewport(), QEvent::MouseButtonPress, at, Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseButtonRelease, at, Qt::NoButton);
        QVERIFY(m_view->slot());
        QCOMPARE(m_view->slot()->day, Day::Wed);
        QCOMPARE(m_view->slot()->minute, 15 * 60);
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->slot()->day, Day::Thu);
        QCOMPARE(m_view->slot()->minute, 15 * 60 + 15);
        QCOMPARE(m_document->undoStack()->count(), 0);
        // Picking a session drops the slot; Escape drops a slot.
        m_view->setSelectedIds({ m_document->plan().sessions[0].id });
        QVERIFY(!m_view->slot());
        m_view->setSlot(GridPosition { 0, Day::Mon, 600 });
        QVERIFY(m_view->selectedIds().isEmpty());
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QVERIFY(!m_view->slot());
        // With nothing picked, an arrow starts a slot on the first day.
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QVERIFY(m_view->slot());
        QCOMPARE(m_view->slot()->day, Day::Mon);
    }

    void emptyPlanSaysHowToBegin()
    {
        // The hint's box sits in the middle of the grid, in the header colour.
        auto boxPixels = [this] {
            QImage image(viewport()->size(), QImage::Format_ARGB32);
            viewport()->render(&image);
            const QPoint centre = m_view->geometry().body().center().toPoint();
            const QColor box = m_view->painter().options().theme.color(Theme::HeaderBackground);
            int count = 0;
            for (int x = centre.x() - 150; x < centre.x() + 150; ++x) {
                for (int y = centre.y() - 10; y < centre.y() + 10; ++y)
                    count += image.pixelColor(x, y) == box ? 1 : 0;
            }
            return count;
        };
        QVERIFY(m_document->plan().sessions.isEmpty());
        QVERIFY(m_view->emptyHint().contains(u"Insert"_s));
        QVERIFY(boxPixels() > 1000);
        Plan one;
        Session early;
        early.id = u"s1"_s;
        early.startMinute = 60;
        one.sessions = { early };
        m_document->reset(one);
        QVERIFY(m_view->emptyHint().isEmpty());
        QCOMPARE(boxPixels(), 0);
    }

    void rubberBandSelectsAndMovesTogether()
    {
        openBuiltin(u"musclegrowth"_s);
        // Thursday and Friday evening sessions.
        const WeekGeometry g = m_view->geometry();
        const QPoint a(int(g.xOfColumn(3) + 5), int(g.yOfMinute(16 * 60)));
        const QPoint b(int(g.xOfColumn(5) - 5), int(g.yOfMinute(21 * 60)));
        test::mouseDrag(viewport(), a, b);
        const QStringList selected = m_view->selectedIds();
        QVERIFY2(selected.size() >= 2, qPrintable(selected.join(u',')));
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), u"Move %1 sessions"_s.arg(selected.size()));
        m_document->undoStack()->undo();
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(m_document->undoStack()->undoText(), u"Delete %1 sessions"_s.arg(selected.size()));
    }

    void clickOnACalloutSelectsItsSession()
    {
        // A 10-minute warm-up is a thin marker; its title sits in a callout beside it, which
        // is as good a handle as the marker.
        openBuiltin(u"musclegrowth"_s);
        const QList<BlockLabel> &labels = m_view->labels();
        const auto it
            = std::find_if(labels.cbegin(), labels.cend(), [](const BlockLabel &l) { return l.callout; });
        QVERIFY(it != labels.cend());
        QVERIFY(!it->calloutRect().intersects(it->block));
        const QPoint at = it->calloutRect().center().toPoint();
        test::mouse(viewport(), QEvent::MouseButtonPress, at, Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseButtonRelease, at, Qt::NoButton);
        QCOMPARE(m_view->selectedIds(), QStringList { it->sessionId });
    }

    void controlClickTogglesSelection()
    {
        openBuiltin(u"musclegrowth"_s);
        const QString mon = findAt(Day::Mon, 18 * 60)->id;
        const QPoint monPoint = m_view->pointAt(Day::Mon, 18 * 60 + 20);
        test::mouse(viewport(), QEvent::MouseButtonPress, monPoint, Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseButtonRelease, monPoint, Qt::NoButton);
        QCOMPARE(m_view->selectedIds(), QStringList { mon });
        const Session *thu = nullptr;
        for (const Session &s : m_document->plan().sessions) {
            if (s.day == Day::Thu && s.kind == Kind::Strength)
                thu = &s;
        }
        QVERIFY(thu);
        const QString thuId = thu->id;
        const QPoint thuPoint = m_view->pointAt(Day::Thu, thu->startMinute + 10);
        test::mouse(viewport(), QEvent::MouseButtonPress, thuPoint, Qt::LeftButton, Qt::ControlModifier);
        test::mouse(viewport(), QEvent::MouseButtonRelease, thuPoint, Qt::NoButton, Qt::ControlModifier);
        QCOMPARE(m_view->selectedIds(), (QStringList { mon, thuId }));
        test::mouse(viewport(), QEvent::MouseButtonPress, monPoint, Qt::LeftButton, Qt::ControlModifier);
        test::mouse(viewport(), QEvent::MouseButtonRelease, monPoint, Qt::NoButton, Qt::ControlModifier);
        QCOMPARE(m_view->selectedIds(), QStringList { thuId });
    }

    void intensitySubmenuIsOneExclusiveChoice()
    {
        openBuiltin(u"musclegrowth"_s);
        for (const Session &s : m_document->plan().sessions) {
            if (s.kind == Kind::Mobility)
                continue;
            SessionMenu menu(m_document.get(), { s.id }, s.id);
            QMenu *intensity = nullptr;
            for (QAction *a : menu.actions()) {
                if (a->text() == u"&Intensity"_s)
                    intensity = a->menu();
            }
            QVERIFY(intensity);
            const QList<QAction *> choices = intensity->actions();
            QCOMPARE(choices.size(), 3);
            QActionGroup *group = choices.first()->actionGroup();
            QVERIFY(group);
            QCOMPARE(group->exclusionPolicy(), QActionGroup::ExclusionPolicy::Exclusive);
            int checked = 0;
            for (QAction *a : choices) {
                QCOMPARE(a->actionGroup(), group);
                checked += a->isChecked() ? 1 : 0;
            }
            QCOMPARE(checked, 1);
            // Choosing another item moves the one check mark to it.
            QAction *other = choices.first()->isChecked() ? choices.last() : choices.first();
            other->trigger();
            QCOMPARE(group->checkedAction(), other);
            m_document->undoStack()->undo();
        }
    }

    void contextMenuChangesIntensityAndSwaps()
    {
        openBuiltin(u"musclegrowth"_s);
        const Session *sprints = findAt(Day::Tue, 6 * 60 + 20);
        QVERIFY(sprints);
        const QString id = sprints->id;
        const int sprintMinutes = sprints->durationMin;
        SessionMenu menu(m_document.get(), { id }, id);
        QAction *intensity = nullptr;
        QAction *swap = nullptr;
        for (QAction *a : menu.actions()) {
            if (a->text() == u"&Intensity"_s)
                intensity = a;
            if (a->text().startsWith(u"&Swap"_s))
                swap = a;
        }
        QVERIFY(intensity && intensity->menu());
        QVERIFY(swap && swap->isEnabled());
        for (QAction *a : intensity->menu()->actions()) {
            if (a->text() == u"Easy"_s)
                a->trigger();
        }
        QCOMPARE(m_document->plan().find(id)->intensity, Intensity::Easy);
        QCOMPARE(m_document->undoStack()->count(), 1);
        // Swap: the sprints now come after the session that followed them, same gap.
        const Session *next = &m_document->plan().sessions[m_document->plan().indexOf(id) + 1];
        const QString nextId = next->id;
        const int gap = next->startMinute - (6 * 60 + 20 + sprintMinutes);
        swap->trigger();
        QCOMPARE(m_document->plan().find(nextId)->startMinute, 6 * 60 + 20);
        const Session *moved = m_document->plan().find(id);
        const Session *first = m_document->plan().find(nextId);
        QCOMPARE(moved->startMinute, first->startMinute + first->durationMin + gap);
        QCOMPARE(m_document->undoStack()->count(), 2);
    }

    void pageKeysNavigateWeeks()
    {
        openBuiltin(u"hybrid4w"_s);
        QVERIFY(m_document->plan().weeks > 1);
        m_view->setFocus();
        QSignalSpy spy(m_view.get(), &WeekView::weekChanged);
        QTest::keyClick(m_view.get(), Qt::Key_PageDown);
        QCOMPARE(m_view->week(), 1);
        QTest::keyClick(m_view.get(), Qt::Key_PageUp);
        QTest::keyClick(m_view.get(), Qt::Key_PageUp);
        QCOMPARE(m_view->week(), 0);
        QCOMPARE(spy.count(), 2);
    }

    void dragNearTheTopOrBottomScrollsTheGrid()
    {
        openBuiltin(u"musclegrowth"_s);
        while (m_view->pixelsPerMinute() < 2)
            m_view->zoomIn();
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        const int middle = bar->value();
        const auto data = paletteData(u"yoga"_s);
        const int x = m_view->pointAt(Day::Thu, 0).x();
        const QRect port = viewport()->rect();

        // Resting near the bottom edge: the grid scrolls down by itself and the ghost follows.
        QVERIFY(test::dragOver(viewport(), data.get(), QPoint(x, port.bottom() - 4)));
        QCOMPARE(m_view->navigator().zone(), WeekDragNavigator::Zone::Bottom);
        const int ghostStart = m_view->painter().options().ghosts.value(0).startMinute;
        QTRY_VERIFY(bar->value() > middle + 40);
        QVERIFY(m_view->painter().options().ghosts.value(0).startMinute > ghostStart);

        // Back in the middle it stops.
        QDragMoveEvent still(QPoint(x, port.center().y()), Qt::CopyAction, data.get(), Qt::LeftButton,
                             Qt::NoModifier);
        QApplication::sendEvent(viewport(), &still);
        QCOMPARE(m_view->navigator().zone(), WeekDragNavigator::Zone::None);
        int stopped = bar->value();
        QTest::qWait(150);
        QCOMPARE(bar->value(), stopped);

        // Near the top (the day header counts too) it scrolls up.
        QDragMoveEvent up(QPoint(x, 4), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &up);
        QCOMPARE(m_view->navigator().zone(), WeekDragNavigator::Zone::Top);
        QTRY_VERIFY(bar->value() < stopped - 40);

        // Leaving the view stops it, and so does a drop.
        QDragLeaveEvent leave;
        QApplication::sendEvent(viewport(), &leave);
        QVERIFY(!m_view->navigator().isTracking());
        stopped = bar->value();
        QTest::qWait(150);
        QCOMPARE(bar->value(), stopped);
        QVERIFY(test::dragOver(viewport(), data.get(), QPoint(x, port.bottom() - 4)));
        QVERIFY(m_view->navigator().isTracking());
        QVERIFY(test::drop(viewport(), data.get(), QPoint(x, port.bottom() - 4)));
        QVERIFY(!m_view->navigator().isTracking());
        stopped = bar->value();
        QTest::qWait(150);
        QCOMPARE(bar->value(), stopped);
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void dragRestingOnAnEdgeChangesWeek()
    {
        openBuiltin(u"hybrid4w"_s);
        QCOMPARE(m_view->week(), 0);
        const QByteArray before = serializePlan(m_document->plan());
        const auto data = paletteData(u"yoga"_s);
        const QRect port = viewport()->rect();
        const int y = m_view->pointAt(Day::Sun, 10 * 60).y();

        // The first week has no previous one: its left edge does nothing.
        QVERIFY(test::dragOver(viewport(), data.get(), QPoint(2, y)));
        QCOMPARE(m_view->navigator().zone(), WeekDragNavigator::Zone::None);
        // Resting on the right edge shows the next week, with the ghost (on the last day) in it.
        QDragMoveEvent edge(QPoint(port.right() - 3, y), Qt::CopyAction, data.get(), Qt::LeftButton,
                            Qt::NoModifier);
        QApplication::sendEvent(viewport(), &edge);
        QVERIFY(edge.isAccepted());
        QCOMPARE(m_view->navigator().zone(), WeekDragNavigator::Zone::NextWeek);
        QTRY_COMPARE(m_view->week(), 1);
        QVERIFY(m_view->isPreviewing());
        QCOMPARE(m_view->painter().options().ghosts.value(0).week, 1);
        QCOMPARE(m_view->painter().options().ghosts.value(0).day, Day::Sun);
        QCOMPARE(serializePlan(m_document->plan()), before);

        // The time axis now leads back: resting there shows week 1 again...
        QDragMoveEvent back(QPoint(2, y), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &back);
        QCOMPARE(m_view->navigator().zone(), WeekDragNavigator::Zone::PreviousWeek);
        QTRY_COMPARE(m_view->week(), 0);
        // ...and on, a week per rest, to the third week (or further on a slow machine), where
        // the drop lands.
        QApplication::sendEvent(viewport(), &edge);
        QTRY_VERIFY(m_view->week() >= 2);
        const QPoint wednesday = m_view->pointAt(Day::Wed, 10 * 60);
        QDragMoveEvent settle(wednesday, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &settle);
        QCOMPARE(m_view->navigator().zone(), WeekDragNavigator::Zone::None);
        const int shown = m_view->week();
        QVERIFY(test::drop(viewport(), data.get(), wednesday));
        QCOMPARE(m_view->week(), shown);
        const Session *added = m_document->plan().find(m_view->selectedIds().value(0));
        QVERIFY(added);
        QCOMPARE(added->week, shown);
        QCOMPARE(added->day, Day::Wed);
        QCOMPARE(added->startMinute, 10 * 60);
        QCOMPARE(m_document->undoStack()->count(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(serializePlan(m_document->plan()), before);
    }

    void mouseMoveCarriesASessionIntoAnotherWeek()
    {
        openBuiltin(u"hybrid4w"_s);
        m_view->setWeek(0);
        // A session of the first week long enough to grab in its middle.
        const Session *s = nullptr;
        for (const Session &candidate : m_document->plan().sessions) {
            if (candidate.week == 0 && candidate.durationMin >= 45 && candidate.day != Day::Sun) {
                s = &candidate;
                break;
            }
        }
        QVERIFY(s);
        const QString id = s->id;
        const Day day = s->day;
        const int start = s->startMinute;
        m_view->scrollToSession(id);
        const QPoint grab = m_view->pointAt(day, start + 20);
        test::mouse(viewport(), QEvent::MouseButtonPress, grab, Qt::LeftButton);
        QCOMPARE(m_view->selectedIds(), QStringList { id });
        test::mouse(viewport(), QEvent::MouseMove, grab + QPoint(20, 0), Qt::LeftButton);
        const QPoint edge(viewport()->rect().right() - 3, grab.y());
        test::mouse(viewport(), QEvent::MouseMove, edge, Qt::LeftButton);
        QCOMPARE(m_view->navigator().zone(), WeekDragNavigator::Zone::NextWeek);
        QTRY_VERIFY(m_view->week() >= 1);
        QVERIFY(m_view->isPreviewing());
        // Released on Thursday of the week shown: one move, into that week.
        const QPoint thursday = m_view->pointAt(Day::Thu, start + 20);
        test::mouse(viewport(), QEvent::MouseMove, thursday, Qt::LeftButton);
        const int shown = m_view->week();
        QCOMPARE(m_view->painter().options().ghosts.value(0).week, shown);
        test::mouse(viewport(), QEvent::MouseButtonRelease, thursday, Qt::NoButton);
        QVERIFY(!m_view->navigator().isTracking());
        const Session *moved = m_document->plan().find(id);
        QVERIFY(moved);
        QCOMPARE(moved->week, shown);
        QCOMPARE(moved->day, Day::Thu);
        QCOMPARE(moved->startMinute, start);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(m_document->undoStack()->undoText().startsWith(u"Move "_s));
        m_document->undoStack()->undo();
        QCOMPARE(m_document->plan().find(id)->week, 0);
        QCOMPARE(m_document->plan().find(id)->day, day);
    }

    void sessionsAreAccessibleObjects()
    {
        openBuiltin(u"musclegrowth"_s);
        // Rowing right before Monday's heavy upper session gives that session a warning.
        const auto data = paletteData(u"rowing"_s);
        const QPoint at = m_view->pointAt(Day::Mon, 16 * 60 + 45);
        QVERIFY(test::dragOver(viewport(), data.get(), at));
        QVERIFY(test::drop(viewport(), data.get(), at));
        m_view->setSelectedIds({});
        const Session *upper = findAt(Day::Mon, 18 * 60);
        QVERIFY(upper);
        const QString upperId = upper->id;

        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view.get());
        QVERIFY(view);
        QCOMPARE(view->role(), QAccessible::List);
        int inWeek = 0;
        for (const Session &s : m_document->plan().sessions)
            inWeek += s.week == m_view->week() ? 1 : 0;
        const QStringList shown = m_view->shownSessionIds();
        QCOMPARE(shown.size(), inWeek);
        // The sessions first, in reading order, then the view's own widgets (the scroll bar).
        QVERIFY(view->childCount() > inWeek);
        QVERIFY(view->child(inWeek));
        int upperIndex = -1;
        int lastColumn = -1;
        const WeekGeometry g = m_view->geometry();
        for (int i = 0; i < inWeek; ++i) {
            QAccessibleInterface *child = view->child(i);
            QVERIFY(child && child->isValid());
            QCOMPARE(child->role(), QAccessible::ListItem);
            QCOMPARE(child->parent(), view);
            QCOMPARE(view->indexOfChild(child), i);
            QCOMPARE(view->child(i), child); // the same object every time
            const Session *s = m_document->plan().find(shown[i]);
            QVERIFY2(child->text(QAccessible::Name).startsWith(s->displayTitle() + u", "_s),
                     qPrintable(child->text(QAccessible::Name)));
            QVERIFY(g.columnOfDay(s->day) >= lastColumn);
            lastColumn = g.columnOfDay(s->day);
            if (shown[i] == upperId)
                upperIndex = i;
        }
        QVERIFY(upperIndex >= 0);
        QAccessibleInterface *child = view->child(upperIndex);
        const QString name = child->text(QAccessible::Name);
        QVERIFY2(name.startsWith(u"Heavy upper, Monday 18:00 to "_s
                                 + formatClock(18 * 60 + upper->durationMin) + u", Warning: "_s),
                 qPrintable(name));
        QVERIFY2(name.contains(u"Rowing"_s), qPrintable(name));

        // State and actions.
        QVERIFY(child->state().selectable);
        QVERIFY(!child->state().selected);
        QVERIFY(!child->state().offscreen);
        QAccessibleActionInterface *actions = child->actionInterface();
        QVERIFY(actions);
        QCOMPARE(actions->actionNames(),
                 QStringList({ QAccessibleActionInterface::pressAction(),
                               QAccessibleActionInterface::setFocusAction() }));
        QApplication::setActiveWindow(m_view.get());
        actions->doAction(QAccessibleActionInterface::setFocusAction());
        QCOMPARE(m_view->selectedIds(), QStringList { upperId });
        QVERIFY(child->state().selected);
        QTRY_VERIFY(m_view->hasFocus());
        QVERIFY(child->state().focused);
        QCOMPARE(view->focusChild(), child);
        QSignalSpy edit(m_view.get(), &WeekView::editRequested);
        actions->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(edit.size(), 1);

        // Where it is on screen, and what is found there.
        const QRect r = child->rect();
        QVERIFY(r.isValid());
        QCOMPARE(r.topLeft(), viewport()->mapToGlobal(m_view->sessionRect(upperId).topLeft()));
        QCOMPARE(view->childAt(r.center().x(), r.center().y()), child);

        // A deleted session's object turns invalid and leaves the list.
        QVERIFY(m_document->apply(PlanEdit::removeSessions({ upperId }, u"Delete"_s)));
        QVERIFY(!child->isValid());
        QVERIFY(!m_view->shownSessionIds().contains(upperId));
        QCOMPARE(m_view->shownSessionIds().size(), inWeek - 1);
        for (int i = 0; i < inWeek - 1; ++i)
            QVERIFY(view->child(i)->isValid());
    }

    void sundayFirstWeekDropsOnTheRightDay()
    {
        m_view->setWeekStart(Day::Sun);
        const WeekGeometry g = m_view->geometry();
        QCOMPARE(g.dayAtColumn(0), Day::Sun);
        const auto data = paletteData(u"steady-run"_s);
        const QPoint at = m_view->pointAt(Day::Sun, 8 * 60);
        QVERIFY(at.x() < g.xOfColumn(1));
        QVERIFY(test::dragOver(viewport(), data.get(), at));
        QVERIFY(test::drop(viewport(), data.get(), at));
        m_view->setWeekStart(Day::Mon);
        QCOMPARE(m_document->plan().sessions.size(), 1);
        QCOMPARE(m_document->plan().sessions[0].day, Day::Sun);
        QCOMPARE(m_document->plan().sessions[0].startMinute, 8 * 60);
    }

    void dayHeadersShowDatesOnlyWithAStartDate()
    {
        Plan plan;
        plan.weeks = 3;
        m_document->reset(plan, {});
        m_view->setWeek(2);
        QStringList texts = test::paintedTexts(viewport());
        QVERIFY2(texts.contains(u"Monday"_s), qPrintable(texts.join(u'|')));
        QVERIFY(!texts.join(u'|').contains(u"Jan"_s));

        // The start date is an undoable plan edit; the headers follow it.
        QVERIFY(m_document->apply(PlanEdits::setAnchorDate(m_document->plan(), QDate(2026, 12, 21))));
        texts = test::paintedTexts(viewport());
        // Week 3 of a plan starting on Monday 21 December 2026: 4–10 January 2027.
        QVERIFY2(texts.contains(u"Monday 4 Jan"_s), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(u"Sunday 10 Jan"_s));

        // A narrow view shortens the names, never the dates.
        const QSize size = m_view->size();
        m_view->resize(560, size.height());
        texts = test::paintedTexts(viewport());
        m_view->resize(size);
        QVERIFY2(texts.contains(u"Mon 4 Jan"_s) || texts.contains(u"M 4 Jan"_s),
                 qPrintable(texts.join(u'|')));

        m_document->undoStack()->undo();
        QVERIFY(!test::paintedTexts(viewport()).join(u'|').contains(u"Jan"_s));
        m_view->setWeek(0);
    }

    // The current-time line: on today's column at the clock's minute, only in the week that
    // holds today, moved by the minute timer; the clock is the test's, not the system's.
    void currentTimeLineOnTodaysColumn()
    {
        Plan plan;
        plan.weeks = 3;
        plan.anchorDate = QDate(2027, 1, 4);
        m_document->reset(plan, {});
        QDateTime now(QDate(2027, 1, 13), QTime(10, 0, 30)); // week 2, Wednesday
        NowClock *clock = m_view->clock();
        clock->setClock([&now] { return now; });
        const auto systemClock = qScopeGuard([clock] { clock->setClock({}); });
        QCOMPARE(m_view->today(), (PlanDay { 1, Day::Wed }));
        // The next tick comes just after the next full minute of that clock (30 s and 50 ms on;
        // the interval, not the time left, which a coarse timer may stretch by a few percent).
        QVERIFY(clock->timer()->isActive());
        QCOMPARE(clock->timer()->interval(), 30050);

        const QColor line = m_view->painter().options().theme.color(Theme::Now);
        // How close the colour at (day, minute) of the shown week comes to the line's colour.
        auto distance = [this, &line](Day day, int minute) {
            const QImage image = viewport()->grab().toImage();
            const WeekGeometry g = m_view->geometry();
            const int x = int(g.xOfColumn(g.columnOfDay(day)) + g.columnWidth() / 2);
            const int y = int(std::lround(g.yOfMinute(minute)));
            int best = 1000;
            for (int dy = -1; dy <= 1; ++dy) {
                const QColor c = image.pixelColor(x, y + dy);
                best = std::min(best,
                                std::abs(c.red() - line.red()) + std::abs(c.green() - line.green())
                                    + std::abs(c.blue() - line.blue()));
            }
            return best;
        };
        m_view->setWeek(1);
        QVERIFY2(distance(Day::Wed, 10 * 60) < 60, qPrintable(QString::number(distance(Day::Wed, 10 * 60))));
        QVERIFY(distance(Day::Tue, 10 * 60) > 150);
        QVERIFY(distance(Day::Wed, 11 * 60) > 150);
        m_view->setWeek(0);
        QVERIFY(distance(Day::Wed, 10 * 60) > 150);

        // Half an hour later the timer's tick repaints the view, and the line has moved.
        m_view->setWeek(1);
        QCoreApplication::processEvents();
        now = now.addSecs(30 * 60);
        bool painted = false;
        const test::EventRecorder paints(viewport(), QEvent::Paint, [&painted] { painted = true; });
        QSignalSpy ticks(clock, &NowClock::ticked);
        clock->timer()->start(0);
        QTRY_COMPARE(ticks.count(), 1);
        QTRY_VERIFY(painted);
        QCOMPARE(clock->timer()->interval(), 30050);
        QVERIFY(distance(Day::Wed, 10 * 60 + 30) < 60);
        QVERIFY(distance(Day::Wed, 10 * 60) > 150);

        // Outside the plan, or without a start date: no today, no line.
        now = QDateTime(QDate(2027, 1, 25), QTime(10, 0));
        clock->setClock([&now] { return now; });
        QVERIFY(!m_view->today());
        now = QDateTime(QDate(2027, 1, 13), QTime(10, 0));
        QVERIFY(m_document->apply(PlanEdits::setAnchorDate(m_document->plan(), std::nullopt)));
        QVERIFY(!m_view->today());
        QVERIFY(distance(Day::Wed, 10 * 60) > 150);
        m_view->setWeek(0);
    }

    void twelveHourClockLabels()
    {
        m_view->setClock24(false);
        QCOMPARE(m_view->painter().clockText(13 * 60 + 5), u"1:05 PM"_s);
        QCOMPARE(m_view->painter().clockText(0), u"12:00 AM"_s);
        m_view->setClock24(true);
        QCOMPARE(m_view->painter().clockText(13 * 60 + 5), u"13:05"_s);
    }

    // When the visible hours do not fit, the first screen shows as many of the week's sessions
    // whole as it can: one early session does not push four evening ones off the bottom.
    void firstScreenShowsMostSessionsWhole()
    {
        Plan plan;
        auto add = [&plan](const QString &id, Day day, int start, int duration) {
            Session s;
            s.id = id;
            s.title = id;
            s.kind = Kind::Strength;
            s.focus = Focus::Upper;
            s.load = Load::Moderate;
            s.day = day;
            s.startMinute = start;
            s.durationMin = duration;
            plan.sessions.append(s);
        };
        add(u"early"_s, Day::Fri, 7 * 60 + 30, 45);
        add(u"mon"_s, Day::Mon, 17 * 60, 75);
        add(u"tue"_s, Day::Tue, 18 * 60, 60);
        add(u"wed"_s, Day::Wed, 18 * 60, 60);
        add(u"sat"_s, Day::Sat, 18 * 60 + 30, 60);
        add(u"thu"_s, Day::Thu, 18 * 60 + 45, 60);
        Document document;
        document.reset(plan, {});
        WeekView view(&document);
        view.setVisibleHours(7, 23);
        view.resize(900, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const WeekGeometry g = view.geometry();
        QVERIFY2(g.body().height() / view.pixelsPerMinute() < 16 * 60, "the visible hours must not all fit");
        const WeekLayout layout = WeekLayout::build(document.plan().sessions, document.plan(), 0);
        QStringList whole;
        for (const WeekBlock &block : layout.blocks()) {
            if (g.body().contains(WeekPainter::blockRect(g, block)))
                whole << block.sessionId;
        }
        whole.sort();
        QCOMPARE(whole, (QStringList { u"mon"_s, u"sat"_s, u"thu"_s, u"tue"_s, u"wed"_s }));
    }

    void zoomKeepsScrollRange()
    {
        m_view->setVisibleHours(5, 23);
        const double before = m_view->pixelsPerMinute();
        m_view->zoomIn();
        QVERIFY(m_view->pixelsPerMinute() > before);
        QVERIFY(m_view->verticalScrollBar()->maximum() > 0);
        m_view->zoomOut();
        QVERIFY(qAbs(m_view->pixelsPerMinute() - before) < 1e-9);
    }

    void paintsEverySessionOfTheWeekInItsColour()
    {
        openBuiltin(u"hybrid4w"_s);
        m_view->setSelectedIds({});
        QImage image(m_view->viewport()->size(), QImage::Format_ARGB32);
        m_view->viewport()->render(&image);
        const WeekGeometry g = m_view->geometry();
        const Plan &plan = m_document->plan();
        const WeekLayout layout = WeekLayout::build(plan.sessions, plan, m_view->week());
        QVERIFY(layout.blocks().size() >= 5);
        for (const WeekBlock &block : layout.blocks()) {
            const Session *s = plan.find(block.sessionId);
            const QColor fill = m_view->painter().sessionColor(*s);
            const QRect r = WeekPainter::blockRect(g, block).toRect().intersected(image.rect());
            // Most of a block is its fill; the rest is its stripe, title, time and badge.
            int filled = 0;
            for (int y = r.top(); y <= r.bottom(); ++y) {
                for (int x = r.left(); x <= r.right(); ++x)
                    filled += image.pixel(x, y) == fill.rgb() ? 1 : 0;
            }
            QVERIFY2(
                filled * 3 > r.width() * r.height(),
                qPrintable(u"%1: %2 of %3 pixels"_s.arg(s->title).arg(filled).arg(r.width() * r.height())));
        }
    }
};

QTEST_MAIN(TestWeekView)
#include "tst_weekview.moc"
