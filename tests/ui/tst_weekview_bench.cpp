// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"
#include "docks/palettemodel.h"
#include "document/document.h"
#include "uitestsupport.h"
#include "week/weekview.h"

#include <QElapsedTimer>
#include <QMimeData>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// The hover path of a palette drag on a 52-week plan: hit test, the real analysis of the
// modified copy, and the repaint. It has to fit one 60 Hz frame (16 ms). Reported, not
// gated: wall-clock limits are unreliable on shared machines.
class BenchWeekView : public QObject
{
    Q_OBJECT

private:
    // The muscle-growth week repeated for 52 weeks.
    static Plan yearPlan()
    {
        const Plan week = *readBuiltinPlan(u"musclegrowth"_s).plan;
        Plan plan = week;
        plan.weeks = 52;
        plan.sessions.clear();
        int n = 1;
        for (int w = 0; w < 52; ++w) {
            for (Session s : week.sessions) {
                s.week = w;
                s.id = u"s"_s + QString::number(n++);
                plan.sessions.append(s);
            }
        }
        plan.sortSessions();
        return plan;
    }

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void hoverOnAYearPlan()
    {
        Document doc;
        doc.reset(yearPlan());
        QCOMPARE(doc.plan().weeks, 52);
        WeekView view(&doc);
        view.resize(1100, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWeek(30);
        // The hover path alone: hoverWhileHintsAreWorkedOut() measures it with the hints' worker.
        view.bestSlotHints()->setEnabled(false);
        PaletteModel palette;
        std::unique_ptr<QMimeData> data(palette.mimeData({ palette.indexOfTemplate(u"bike-hiit"_s) }));
        const QPoint a = view.pointAt(Day::Mon, 16 * 60 + 30);
        const QPoint b = view.pointAt(Day::Mon, 16 * 60 + 45);
        QDragEnterEvent enter(a, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &enter);
        bool flip = false;
        QBENCHMARK
        {
            // Alternate between two cells so every step recomputes the preview.
            QDragMoveEvent move(flip ? a : b, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view.viewport(), &move);
            view.viewport()->repaint();
            flip = !flip;
        }
        QVERIFY(view.preview().isValid());
        QVERIFY(view.preview().hasRule(u"ampk-window"_s));
    }

    // The same hover steps while the best-slot hints of the drag are worked out in the worker
    // (docs/best-slot-hints.md): each step's wall time, and the time from the drag's start
    // until the hints are painted. Printed for docs/performance.md, never gated.
    void hoverWhileHintsAreWorkedOut()
    {
        Document doc;
        doc.reset(yearPlan());
        WeekView view(&doc);
        view.resize(1100, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWeek(30);
        PaletteModel palette;
        std::unique_ptr<QMimeData> data(palette.mimeData({ palette.indexOfTemplate(u"bike-hiit"_s) }));
        const QPoint a = view.pointAt(Day::Mon, 16 * 60 + 30);
        const QPoint b = view.pointAt(Day::Mon, 16 * 60 + 45);
        QList<double> steps;
        QElapsedTimer sinceStart;
        sinceStart.start();
        QDragEnterEvent enter(a, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &enter);
        QVERIFY(view.bestSlotHints()->isActive());
        bool flip = false;
        while (!view.bestSlotHints()->scores() && sinceStart.elapsed() < 20000) {
            QElapsedTimer step;
            step.start();
            QDragMoveEvent move(flip ? a : b, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view.viewport(), &move);
            view.viewport()->repaint();
            steps.append(step.nsecsElapsed() / 1e6);
            flip = !flip;
            QCoreApplication::processEvents();
        }
        const double ready = sinceStart.nsecsElapsed() / 1e6;
        QVERIFY(view.bestSlotHints()->scores());
        QVERIFY(!steps.isEmpty());
        std::sort(steps.begin(), steps.end());
        qInfo("hover while hints run: steps=%d median_ms=%.2f max_ms=%.2f hints_ready_ms=%.0f",
              int(steps.size()), steps[steps.size() / 2], steps.last(), ready);
        QDragLeaveEvent leave;
        QApplication::sendEvent(view.viewport(), &leave);
        QThreadPool::globalInstance()->waitForDone();
    }

    void analysisAloneOnAYearPlan()
    {
        const Plan plan = yearPlan();
        QBENCHMARK
        {
            const Analysis a = analyze(plan);
            Q_UNUSED(a);
        }
    }
};

QTEST_MAIN(BenchWeekView)
#include "tst_weekview_bench.moc"
