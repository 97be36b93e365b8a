// SPDX-License-Identifier: GPL-3.0-or-later

// The budgets of docs/performance.md measured in the whole main window, through real events:
// a drag-hover step (QDragMoveEvent to the week view's viewport, then every repaint it caused),
// an edit with its visible updates, memory over thousands of edits. Prints one line per
// figure; nothing here passes or fails on time (tests/bench/run.sh collects the lines).
//
//   bench_mainwindow [--steps N] [--edits N] [--memory-edits N] [--tab 0-4] [--plan NAME] [--scale]
//                    [--paints]  (also the pixels each widget class repainted per step)
//                    [--hints on|off]  (the best-slot hints of a drag, on as in the app; the
//                                       settings file is not read, so a run says what it measured)
//                    [--heatmap N] [--pace MS]  (N drags per plan: the best-slot heat map's time
//                                    until it is painted, and hover steps, one every MS (8),
//                                    while its worker runs and after)

#include "benchplans.h"
#include "builtinplans.h"
#include "charts/chartspanel.h"
#include "docks/palettemodel.h"
#include "document/document.h"
#include "edits/sessionedits.h"
#include "shell/mainwindow.h"
#include "uitestsupport.h"
#include "week/bestslothints.h"
#include "week/weekview.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QMimeData>
#include <QPaintEvent>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace ordo;
using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures figures(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figures f;
    if (ms.empty())
        return f;
    f.median = ms[ms.size() / 2];
    f.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    return f;
}

// Everything the event caused: posted events, then the repaints they asked for.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// One hover step and one edit, each kept out of line so callgrind can collect exactly them:
//   valgrind --tool=callgrind '--toggle-collect=*hoverStep*' bench_mainwindow --tab 1 --edits 0
[[gnu::noinline]] void hoverStep(QWidget *viewport, const QPoint &at, QMimeData *data)
{
    QDragMoveEvent move(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    settle();
}

[[gnu::noinline]] void editStep(Document *document, const QString &id, int minutes)
{
    document->apply(SessionEdits::move(document->plan(), { id }, minutes));
    settle();
}

// The pixels each widget repainted (--paints): what an edit or a hover step sends to the
// window system, which under X11 is copied to the server.
class PaintCounter : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            qint64 area = 0;
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                area += qint64(r.width()) * r.height();
            // A viewport is named after its view.
            QString name = QString::fromLatin1(watched->metaObject()->className());
            if (watched->objectName() == u"qt_scrollarea_viewport"_s && watched->parent())
                name = QString::fromLatin1(watched->parent()->metaObject()->className()) + u"/viewport"_s;
            m_pixels[name] += area;
            m_total += area;
        }
        return false;
    }
    void report(const char *what, int count)
    {
        std::printf("paints %s total_px=%lld", what, m_total / std::max(1, count));
        for (auto it = m_pixels.cbegin(); it != m_pixels.cend(); ++it)
            std::printf(" %s=%lld", qPrintable(it.key()), it.value() / std::max(1, count));
        std::printf("\n");
        m_pixels.clear();
        m_total = 0;
    }

private:
    QMap<QString, qint64> m_pixels;
    qint64 m_total = 0;
};
PaintCounter *paintCounter = nullptr;

long residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// The tab names of the charts dock, in order, and "none" for the week with the findings in front.
const QStringList kTabs { u"none"_s, u"load"_s, u"ampk"_s, u"regions"_s, u"fitness"_s };

void showTab(MainWindow &window, int tab)
{
    auto *dock = window.findChild<QDockWidget *>(u"ChartsDock"_s);
    auto *findings = window.findChild<QDockWidget *>(u"FindingsDock"_s);
    if (tab == 0) {
        if (findings)
            findings->raise();
    } else {
        dock->raise();
        settle();
        auto *tabs = window.charts()->findChild<QTabWidget *>();
        tabs->setCurrentIndex(tab - 1);
    }
    settle();
}

void hover(MainWindow &window, const QString &planName, int tab, int steps)
{
    WeekView *view = window.weekView();
    QWidget *viewport = view->viewport();
    PaletteModel *palette = window.paletteModel();
    std::unique_ptr<QMimeData> data(palette->mimeData({ palette->indexOfTemplate(u"zone1-walk"_s) }));
    // Tuesday, at the quarter hour in the middle of what the week view shows (17:00 is below
    // the visible hours of some plans, and a hover outside the grid computes no preview).
    const WeekGeometry g = view->geometry();
    const int middle = int(g.minuteAtY(g.body().center().y())) / 15 * 15;
    const QPoint a = view->pointAt(Day::Tue, middle);
    const QPoint b = view->pointAt(Day::Tue, middle + 15);
    QDragEnterEvent enter(a, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    settle();
    if (paintCounter)
        paintCounter->report("enter", 1);
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < steps; ++i) {
        timer.start();
        hoverStep(viewport, i % 2 ? a : b, data.get());
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (paintCounter)
        paintCounter->report("hover", steps);
    const bool previewing = view->isPreviewing(); // else the steps measured no preview
    QDragLeaveEvent leave;
    QApplication::sendEvent(viewport, &leave);
    settle();
    const Figures f = figures(ms);
    std::printf("hover plan=%s tab=%s median_ms=%.2f p95_ms=%.2f steps=%d previewing=%d hints=%d\n",
                qPrintable(planName), qPrintable(kTabs[tab]), f.median, f.p95, steps, int(previewing),
                int(view->bestSlotHints()->isEnabled()));
}

// Whether the week view's viewport has painted the best-slot tints since the last reset().
class TintPaints : public QObject
{
public:
    explicit TintPaints(WeekView *view)
        : m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }
    ~TintPaints() override { m_view->viewport()->removeEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_view->painter().options().slotTints.isEmpty())
            m_painted = true;
        return false;
    }
    bool painted() const { return m_painted; }
    void reset() { m_painted = false; }

private:
    WeekView *m_view;
    bool m_painted = false;
};

// The best-slot heat map in the whole window (docs/performance.md, "Best-slot hints"): `drags`
// drags of a heavy lift from the palette over the shown week, through real drag events to the
// week view's viewport, each starting with the thread pool idle and ending with a drag leave.
// Half of them hover right from the drag enter, one step every `paceMs` as a pointer's moves
// come (0: back to back), with the event loop running in between as it does in the app, until
// the tints have been painted; then `stepsAfter` more steps with the map in. The other half
// hold the pointer still. Printed: the time from the drag enter to the paint that showed the
// tints, and the hover steps while the worker ran and after.
void heatMap(MainWindow &window, const QString &planName, int tab, int drags, int stepsAfter, int paceMs)
{
    WeekView *view = window.weekView();
    QWidget *viewport = view->viewport();
    BestSlotHints *hints = view->bestSlotHints();
    PaletteModel *palette = window.paletteModel();
    std::unique_ptr<QMimeData> data(palette->mimeData({ palette->indexOfTemplate(u"heavy-lower"_s) }));
    const WeekGeometry g = view->geometry();
    const int middle = int(g.minuteAtY(g.body().center().y())) / 15 * 15;
    const QPoint a = view->pointAt(Day::Tue, middle);
    const QPoint b = view->pointAt(Day::Tue, middle + 15);
    if (!hints->isEnabled()) {
        std::printf("heatmap plan=%s tab=%s hints=off\n", qPrintable(planName), qPrintable(kTabs[tab]));
        return;
    }
    TintPaints tints(view);
    std::vector<double> readyMoving, readyStill, during, after;
    int notReady = 0;
    constexpr qint64 kGiveUpMs = 20000;
    for (int d = 0; d < 2 * drags; ++d) {
        const bool moving = d % 2 == 0;
        QThreadPool::globalInstance()->waitForDone();
        settle();
        tints.reset();
        QElapsedTimer sinceEnter;
        sinceEnter.start();
        double ready = -1;
        // The event loop until `untilMs` after the enter, or until the hints arrive and are painted.
        const auto idleUntil = [&](qint64 untilMs) {
            const qint64 left = untilMs - sinceEnter.elapsed();
            if (left > 0 && !tints.painted()) {
                QEventLoop loop;
                QObject::connect(hints, &BestSlotHints::changed, &loop, &QEventLoop::quit);
                QTimer::singleShot(std::chrono::milliseconds(left), Qt::PreciseTimer, &loop,
                                   &QEventLoop::quit);
                loop.exec();
            }
            settle();
            if (tints.painted() && ready < 0)
                ready = double(sinceEnter.nsecsElapsed()) / 1e6;
        };
        QDragEnterEvent enter(a, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QElapsedTimer timer;
        if (moving) {
            for (int i = 0; ready < 0 && sinceEnter.elapsed() < kGiveUpMs; ++i) {
                idleUntil(qint64(i) * paceMs);
                if (ready >= 0)
                    break;
                timer.start();
                hoverStep(viewport, i % 2 ? a : b, data.get());
                if (tints.painted()) // the step that painted the tints is the map's arrival
                    ready = double(sinceEnter.nsecsElapsed()) / 1e6;
                else
                    during.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
        } else {
            idleUntil(kGiveUpMs);
        }
        if (ready < 0)
            ++notReady;
        else
            (moving ? readyMoving : readyStill).push_back(ready);
        if (moving) {
            QElapsedTimer sinceReady;
            sinceReady.start();
            for (int i = 0; i < stepsAfter; ++i) {
                while (sinceReady.elapsed() < qint64(i) * paceMs)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
                timer.start();
                hoverStep(viewport, i % 2 ? a : b, data.get());
                after.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
        }
        QDragLeaveEvent leave;
        QApplication::sendEvent(viewport, &leave);
        settle();
    }
    const auto maxOf = [](const std::vector<double> &v) {
        return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
    };
    const Figures moving = figures(readyMoving), still = figures(readyStill);
    const Figures whileRunning = figures(during), done = figures(after);
    std::printf(
        "heatmap plan=%s tab=%s drags=%d pace_ms=%d ready_moving_median_ms=%.1f ready_moving_max_ms=%.1f "
        "ready_still_median_ms=%.1f ready_still_max_ms=%.1f during_median_ms=%.2f during_p95_ms=%.2f "
        "during_steps=%zu after_median_ms=%.2f after_p95_ms=%.2f after_steps=%zu not_ready=%d\n",
        qPrintable(planName), qPrintable(kTabs[tab]), drags, paceMs, moving.median, maxOf(readyMoving),
        still.median, maxOf(readyStill), whileRunning.median, whileRunning.p95, during.size(), done.median,
        done.p95, after.size(), notReady);
}

// Moves one session a quarter of an hour later and back, through the document, as the
// keyboard and drop paths do; each step includes the repaints it causes.
void edits(MainWindow &window, const QString &planName, int tab, int count)
{
    Document *document = window.document();
    const QString id = document->plan().sessions.value(document->plan().sessions.size() / 2).id;
    if (paintCounter)
        paintCounter->report("before-edits", 1);
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        editStep(document, id, i % 2 ? -15 : 15);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (paintCounter)
        paintCounter->report("edit", count);
    const Figures f = figures(ms);
    std::printf("edit plan=%s tab=%s median_ms=%.2f p95_ms=%.2f edits=%d\n", qPrintable(planName),
                qPrintable(kTabs[tab]), f.median, f.p95, count);
}

// Move, undo, redo cycles; the resident set after the first 100 edits and after `count`.
void memory(MainWindow &window, const QString &planName, int count)
{
    Document *document = window.document();
    QUndoStack *stack = document->undoStack();
    const QString id = document->plan().sessions.value(0).id;
    long after100 = 0;
    for (int i = 1; i <= count; ++i) {
        switch (i % 3) {
        case 1:
            document->apply(SessionEdits::move(document->plan(), { id }, 15));
            break;
        case 2:
            stack->undo();
            break;
        default:
            stack->redo();
            break;
        }
        settle();
        if (i == 100)
            after100 = residentKiB();
    }
    const long end = residentKiB();
    std::printf("memory plan=%s rss_kib_after_100=%ld rss_kib_after_%d=%ld growth_pct=%.1f\n",
                qPrintable(planName), after100, count, end,
                100.0 * double(end - after100) / double(after100));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::prepareGuiTest();
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int steps = option(u"--steps"_s, 40);
    const int editCount = option(u"--edits"_s, 40);
    const int memoryEdits = option(u"--memory-edits"_s, 0);
    const int onlyTab = option(u"--tab"_s, -1); // for profiling one case
    PaintCounter counter;
    if (args.contains(u"--paints"_s)) {
        paintCounter = &counter;
        app.installEventFilter(&counter);
    }
    const int heatMapDrags = option(u"--heatmap"_s, 0);
    const int pace = option(u"--pace"_s, 8); // ms between hover steps of a heat-map drag: a 125 Hz pointer
    const qsizetype hintsAt = args.indexOf(u"--hints"_s);
    const bool hintsOn = hintsAt < 0 || hintsAt + 1 >= args.size() || args[hintsAt + 1] != u"off"_s;
    const qsizetype planAt = args.indexOf(u"--plan"_s); // "52-weeks" or "builtin": one plan only
    const QString onlyPlan = planAt >= 0 && planAt + 1 < args.size() ? args[planAt + 1] : QString();

    // The 52-week benchmark plan, and the built-in plan with the most sessions; with --scale
    // also 1, 4 and 12 weeks and 52 weeks filled to 2,500, 5,000 and 10,000 sessions (is a hover
    // step linear in sessions?).
    QList<std::pair<QString, Plan>> plans { { u"52-weeks"_s, bench::hybridPlan(52) } };
    if (args.contains(u"--scale"_s)) {
        plans.prepend({ u"12-weeks"_s, bench::hybridPlan(12) });
        plans.prepend({ u"4-weeks"_s, bench::hybridPlan(4) });
        plans.prepend({ u"1-week"_s, bench::hybridPlan(1) });
        for (const int n : { 2500, 5000, 10000 })
            plans.append({ u"%1-sessions"_s.arg(n), bench::crowdedYear(n) });
    }
    Plan largest;
    QString largestName;
    for (const BuiltinPlan &b : builtinPlans()) {
        const ReadResult r = readBuiltinPlan(b.name);
        if (r.plan && r.plan->sessions.size() > largest.sessions.size()) {
            largest = *r.plan;
            largestName = b.name;
        }
    }
    plans.append({ u"builtin-"_s + largestName, largest });

    for (const auto &[name, plan] : plans) {
        if (!onlyPlan.isEmpty() && !name.startsWith(onlyPlan))
            continue;
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        window.document()->reset(plan);
        window.weekView()->bestSlotHints()->setEnabled(hintsOn);
        settle();
        std::printf("window plan=%s width=%d height=%d week_viewport=%dx%d\n", qPrintable(name),
                    window.width(), window.height(), window.weekView()->viewport()->width(),
                    window.weekView()->viewport()->height());
        for (int tab = 0; tab < kTabs.size(); ++tab) {
            if (onlyTab >= 0 && tab != onlyTab)
                continue;
            showTab(window, tab);
            hover(window, name, tab, steps);
            edits(window, name, tab, editCount);
        }
        if (heatMapDrags > 0) {
            const int tab = std::max(0, onlyTab);
            showTab(window, tab);
            heatMap(window, name, tab, heatMapDrags, 20, pace);
        }
        if (memoryEdits > 0) {
            showTab(window, 1);
            memory(window, name, memoryEdits);
        }
    }
    return 0;
}
