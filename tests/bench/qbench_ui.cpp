// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "benchplans.h"
#include "charts/chartspanel.h"
#include "charts/loadchart.h"
#include "document/document.h"
#include "export/pdfexporter.h"
#include "season/seasonview.h"
#include "uitestsupport.h"

#include <QTabWidget>
#include <QTest>

using namespace ordo;
using namespace ordo::bench;

// QBENCHMARK figures for code that needs a QApplication: the chart update after an edit on a
// 52-week plan (budget 10 ms) and PDF export of 1, 12 and 52 weeks (budgets 500 ms for 1 week, 1 s
// for 52).
// docs/performance.md lists the budgets; nothing here is gated on time.
class QBenchUi : public QObject
{
    Q_OBJECT

private:
    // The plan after a typical edit: one lifting session moved by a quarter of an hour.
    static Plan edited(Plan plan)
    {
        Session &s = plan.sessions[plan.sessions.size() / 2];
        s.startMinute += 15;
        plan.sortSessions();
        return plan;
    }

    static void renderPdf(int weeks)
    {
        const Plan plan = hybridPlan(weeks);
        const Analysis analysis = analyze(plan);
        int pages = 0;
        QBENCHMARK
        {
            const PdfExporter::Result r = PdfExporter::render(plan, analysis, PdfOptions {});
            pages = r.pageCount;
        }
        QVERIFY(pages > 0);
    }

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    // What the main window does after an edit: hand the new plan and its analysis (measured
    // on its own in bench_analysis) to the charts panel and repaint the visible chart.
    void chartUpdateAfterEdit()
    {
        const Plan before = hybridPlan(52);
        const Plan after = edited(before);
        const Analysis beforeAnalysis = analyze(before);
        const Analysis afterAnalysis = analyze(after);
        Document document;
        ChartsPanel panel(&document);
        panel.resize(900, 320);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // The visible tab's chart is built once the panel is on screen: measure with it.
        QTRY_COMPARE(panel.findChildren<LoadChart *>().size(), 1);
        panel.setPlan(before, beforeAnalysis);
        panel.setWeek(30);
        bool flip = false;
        QBENCHMARK
        {
            panel.setPlan(flip ? before : after, flip ? beforeAnalysis : afterAnalysis);
            panel.repaint();
            flip = !flip;
        }
        QCOMPARE(panel.week(), 30);
        QCOMPARE(panel.loadChart()->data().week, 30);
    }

    // Paging through the weeks of a year-long plan.
    void chartWeekChange()
    {
        const Plan plan = hybridPlan(52);
        Document document;
        ChartsPanel panel(&document);
        panel.resize(900, 320);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // The visible tab's chart is built once the panel is on screen: measure with it.
        QTRY_COMPARE(panel.findChildren<LoadChart *>().size(), 1);
        panel.setPlan(plan, analyze(plan));
        int week = 0;
        QBENCHMARK
        {
            week = (week + 1) % 52;
            panel.setWeek(week);
            panel.repaint();
        }
        QCOMPARE(panel.week(), week);
        QCOMPARE(panel.loadChart()->data().week, week);
    }

    // The season overview of a year-long plan (budget 50 ms, docs/performance.md): made, laid
    // out and painted in a shown window, as switching to it does.
    void seasonOverviewOpens()
    {
        Document document;
        document.reset(hybridPlan(52));
        QWidget window;
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QBENCHMARK
        {
            auto *view = new SeasonView(&document, &window);
            view->setGeometry(window.rect());
            view->show();
            view->viewport()->repaint();
            delete view;
        }
    }

    void seasonOverviewRepaint()
    {
        Document document;
        document.reset(hybridPlan(52));
        SeasonView view(&document);
        view.resize(1000, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollToWeek(30);
        QBENCHMARK
        {
            view.viewport()->repaint();
        }
    }

    void pdfOneWeek() { renderPdf(1); }
    void pdfTwelveWeeks() { renderPdf(12); }
    void pdfFiftyTwoWeeks() { renderPdf(52); }
};

QTEST_MAIN(QBenchUi)
#include "qbench_ui.moc"
