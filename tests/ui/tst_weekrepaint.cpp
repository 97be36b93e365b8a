// SPDX-License-Identifier: GPL-3.0-or-later

#include "docks/palettemodel.h"
#include "document/document.h"
#include "edits/sessionedits.h"
#include "enums.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "week/weekview.h"

#include <QDir>
#include <QMimeData>
#include <QPaintEvent>
#include <QScreen>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

namespace {

// Adds up the area each paint event of a widget asked for.
class PaintSpy : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                pixels += qint64(r.width()) * r.height();
        }
        return false;
    }
    qint64 pixels = 0;
};

} // namespace

#define COMPARE_WITH_FULL_REPAINT(when)                                                                      \
    do {                                                                                                     \
        compareWithFullRepaint(when);                                                                        \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

// The week view repaints only what a hover step or an edit changed (docs/performance.md,
// "Repainting what changed"). What is on screen after such partial repaints must be exactly
// what a full repaint of the same state paints: the window's backing store (what the window
// system shows) is compared pixel by pixel with a fresh rendering of the whole viewport.
class TestWeekRepaint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<WeekView> m_view;
    PaletteModel m_palette;
    PaintSpy m_spy;

    QWidget *viewport() const { return m_view->viewport(); }

    // Runs the repaints the last event asked for.
    static void settle()
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    // What the screen shows of the viewport, after the partial repaints.
    QImage shown() const
    {
        const QPoint topLeft = viewport()->mapTo(m_view->window(), QPoint(0, 0));
        return m_view->window()
            ->screen()
            ->grabWindow(m_view->window()->winId(), topLeft.x(), topLeft.y(), viewport()->width(),
                         viewport()->height())
            .toImage()
            .convertToFormat(QImage::Format_RGB32);
    }

    // The same state painted whole.
    QImage repainted() const { return viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); }

    // Fails the test (check QTest::currentTestFailed()) when the screen differs.
    void compareWithFullRepaint(const char *when)
    {
        settle();
        const QImage screen = shown();
        const QImage full = repainted();
        QCOMPARE(screen.size(), full.size());
        if (screen != full) {
            int differing = 0;
            QRect where;
            for (int y = 0; y < full.height(); ++y) {
                for (int x = 0; x < full.width(); ++x) {
                    if (screen.pixel(x, y) != full.pixel(x, y)) {
                        ++differing;
                        where |= QRect(x, y, 1, 1);
                    }
                }
            }
            const QString path
                = QDir::temp().filePath(u"weekrepaint-%1.png"_s.arg(QString::fromLatin1(when)));
            screen.save(path);
            if (qEnvironmentVariableIsSet("WEEKREPAINT_DEBUG")) {
                const QRect around = where.adjusted(-20, -20, 20, 20);
                screen.copy(around).scaled(around.size() * 4).save(path + u".screen.png"_s);
                full.copy(around).scaled(around.size() * 4).save(path + u".full.png"_s);
            }
            QFAIL(qPrintable(
                u"%1: %2 pixels differ from a full repaint, within (%3, %4) %5×%6; the screen: %7"_s
                    .arg(QString::fromLatin1(when))
                    .arg(differing)
                    .arg(where.x())
                    .arg(where.y())
                    .arg(where.width())
                    .arg(where.height())
                    .arg(path)));
        }
    }

    qint64 viewportPixels() const { return qint64(viewport()->width()) * viewport()->height(); }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        m_document = std::make_unique<Document>();
        m_view = std::make_unique<WeekView>(m_document.get());
        m_view->resize(1000, 700);
        // The best-slot hints tint the whole grid once, whenever their worker is done
        // (tests/ui/tst_bestslothints.cpp): here only the hover's and the move's own repaints.
        m_view->bestSlotHints()->setEnabled(false);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        viewport()->installEventFilter(&m_spy);
        m_view->setDragStarter([](QMimeData *data, QWidget *) {
            delete data;
            return Qt::IgnoreAction;
        });
    }

    void init()
    {
        QVERIFY(m_document->open(test::dataDir() + u"/plans/upper-lower-split.ordo"_s).ok());
        m_view->setVisibleHours(5, 23);
        m_view->setSelectedIds({});
        settle();
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_document.reset();
    }

    void dropHoverRepaintsOnlyTheGhost()
    {
        const std::unique_ptr<QMimeData> data(
            m_palette.mimeData({ m_palette.indexOfTemplate(u"bike-hiit"_s) }));
        QVERIFY(test::dragOver(viewport(), data.get(), m_view->pointAt(Day::Mon, 16 * 60 + 30)));
        COMPARE_WITH_FULL_REPAINT("first-hover");
        // Over blocks, free time, another day, and back: each step repaints a small part.
        const QList<QPoint> steps { m_view->pointAt(Day::Mon, 17 * 60), m_view->pointAt(Day::Tue, 7 * 60),
                                    m_view->pointAt(Day::Wed, 18 * 60), m_view->pointAt(Day::Sat, 20 * 60),
                                    m_view->pointAt(Day::Mon, 16 * 60 + 30) };
        for (int i = 0; i < steps.size(); ++i) {
            m_spy.pixels = 0;
            QDragMoveEvent move(steps[i], Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport(), &move);
            QVERIFY(move.isAccepted());
            settle();
            QVERIFY2(
                m_spy.pixels > 0 && m_spy.pixels < viewportPixels() / 4,
                qPrintable(
                    u"step %1 repainted %2 of %3 pixels"_s.arg(i).arg(m_spy.pixels).arg(viewportPixels())));
            COMPARE_WITH_FULL_REPAINT(QByteArray("hover-step-" + QByteArray::number(i)).constData());
        }
        QDragLeaveEvent leave;
        QApplication::sendEvent(viewport(), &leave);
        QVERIFY(!m_view->isPreviewing());
        COMPARE_WITH_FULL_REPAINT("after-leave");
    }

    void moveHoverAndDropMatchAFullRepaint()
    {
        const Session *first = nullptr;
        for (const Session &s : m_document->plan().sessions) {
            if (s.week == 0 && (!first || s.startMinute < first->startMinute))
                first = &s;
        }
        QVERIFY(first);
        const QString id = first->id;
        const std::pair<Day, int> before { first->day, first->startMinute };
        const QRect block = m_view->sessionRect(id);
        QVERIFY(!block.isEmpty());
        const QPoint from = block.center();
        test::mouse(viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
        test::mouse(viewport(), QEvent::MouseMove, from + QPoint(0, 30), Qt::LeftButton);
        QVERIFY(m_view->isPreviewing());
        COMPARE_WITH_FULL_REPAINT("move-start");
        QPoint at = from + QPoint(0, 30);
        for (int i = 0; i < 4; ++i) {
            at += QPoint(i % 2 ? 0 : 140, 25);
            m_spy.pixels = 0;
            test::mouse(viewport(), QEvent::MouseMove, at, Qt::LeftButton);
            settle();
            QVERIFY2(m_spy.pixels < viewportPixels() / 4,
                     qPrintable(u"move step %1 repainted %2 of %3 pixels"_s.arg(i)
                                    .arg(m_spy.pixels)
                                    .arg(viewportPixels())));
            COMPARE_WITH_FULL_REPAINT(QByteArray("move-step-" + QByteArray::number(i)).constData());
        }
        test::mouse(viewport(), QEvent::MouseButtonRelease, at, Qt::NoButton);
        QVERIFY(!m_view->isPreviewing());
        const Session *moved = m_document->plan().find(id);
        QVERIFY(moved && std::pair(moved->day, moved->startMinute) != before);
        COMPARE_WITH_FULL_REPAINT("after-drop");
        m_document->undoStack()->undo();
        COMPARE_WITH_FULL_REPAINT("after-undo");
    }

    // Edits through the document, as the inspector, the keyboard and the menus make them.
    void editsRepaintOnlyWhatChanged()
    {
        QStringList week0;
        QString cardio;
        for (const Session &s : m_document->plan().sessions) {
            if (s.week != 0)
                continue;
            week0.append(s.id);
            if (s.kind == Kind::Cardio && s.intensity != Intensity::Easy && cardio.isEmpty())
                cardio = s.id; // leaves an AMPK band, which follows it
        }
        QVERIFY(week0.size() >= 4);
        QVERIFY(!cardio.isEmpty());
        const auto apply = [this](const PlanEdit &edit, const char *when, bool partial) {
            m_spy.pixels = 0;
            QVERIFY2(!edit.isEmpty(), when);
            m_document->apply(edit);
            settle();
            if (partial)
                QVERIFY2(m_spy.pixels > 0 && m_spy.pixels < viewportPixels() / 2,
                         qPrintable(u"%1 repainted %2 of %3 pixels"_s.arg(QString::fromLatin1(when))
                                        .arg(m_spy.pixels)
                                        .arg(viewportPixels())));
            COMPARE_WITH_FULL_REPAINT(when);
        };
        const Plan &plan = m_document->plan();
        apply(SessionEdits::move(plan, { cardio }, 15), "cardio-later", true);
        if (QTest::currentTestFailed())
            return;
        apply(SessionEdits::move(plan, { cardio }, kMinutesPerDay), "cardio-next-day", true);
        if (QTest::currentTestFailed())
            return;
        apply(SessionEdits::move(plan, { week0[1] }, -60), "earlier", true);
        if (QTest::currentTestFailed())
            return;
        const Intensity other
            = plan.find(cardio)->intensity == Intensity::Hiit ? Intensity::Moderate : Intensity::Hiit;
        apply(SessionEdits::setIntensity(plan, { cardio }, other), "intensity", true);
        if (QTest::currentTestFailed())
            return;
        apply(SessionEdits::remove(plan, { week0[2] }), "remove", true);
        if (QTest::currentTestFailed())
            return;
        apply(SessionEdits::duplicate(plan, { week0[0] }), "duplicate", true);
        if (QTest::currentTestFailed())
            return;
        for (int i = 0; i < 6; ++i) {
            m_document->undoStack()->undo();
            COMPARE_WITH_FULL_REPAINT(QByteArray("undo-" + QByteArray::number(i)).constData());
        }
        for (int i = 0; i < 6; ++i) {
            m_document->undoStack()->redo();
            COMPARE_WITH_FULL_REPAINT(QByteArray("redo-" + QByteArray::number(i)).constData());
        }
        // A change of the plan itself (its length) repaints the whole week.
        Plan longer = m_document->plan();
        longer.weeks += 1;
        m_spy.pixels = 0;
        m_document->reset(longer);
        settle();
        QCOMPARE(m_spy.pixels, viewportPixels());
        COMPARE_WITH_FULL_REPAINT("longer-plan");
    }
};

QTEST_MAIN(TestWeekRepaint)
#include "tst_weekrepaint.moc"
