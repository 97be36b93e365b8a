// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "plan.h"

#include <QWidget>

#include <array>

class QTimer;

class QFontMetrics;
class QTabWidget;

namespace ordo {

class AmpkChart;
class Document;
class EditPreview;
class FitnessChart;
class LoadChart;
class RegionRecoveryChart;
class WeeklyLoadChart;

// The Charts dock of the main window: recovery load per day, AMPK-elevated windows,
// per-region recovery at each lifting session and, for multi-week plans, fitness/fatigue/form
// and the load of every week.
// Follows the document's plan (Document::planChanged), shows the plan as it would be while
// the week view previews a drop or a move (showPreview), and the week the view shows
// (setWeek); the charts update their series in place.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    // The panel's smallest height: the tabs above a chart of ChartStyle::kMinimumHeight.
    // Known before the panel exists, for the main window's first layout.
    static int minimumHeight(const QFontMetrics &metrics);

    explicit ChartsPanel(Document *document, QWidget *parent = nullptr);

    // Shows a plan other than the document's until the document next changes.
    void setPlan(const Plan &plan, const Analysis &analysis);
    // The plan after the previewed edit; an invalid preview returns to the document's plan.
    void showPreview(const EditPreview &preview);
    void setWeek(int week);
    int week() const { return m_week; }
    // The week view's first day (Monday or Sunday): the charts list the days in that order.
    void setWeekStart(Day day);
    Day weekStart() const { return m_weekStart; }

    // The chart widgets are created when their tab is first shown (or asked for here), so a
    // hidden Charts dock costs nothing at start-up.
    LoadChart *loadChart();
    AmpkChart *ampkChart();
    FitnessChart *fitnessChart();
    WeeklyLoadChart *weeklyLoadChart();

    // Builds the chart of the current tab once the panel is really on screen. A dock behind
    // another dock's tab stays "visible" but is moved off screen, so the owner calls this,
    // queued, when its dock comes to the front (QDockWidget::visibilityChanged).
    void buildCurrentChartIfOnScreen();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum Tab { LoadTab, AmpkTab, RegionsTab, FitnessTab, WeeksTab };
    QWidget *ensureTab(int tab);
    void refresh();
    void refreshWeek();
    // Brings one week chart up to date if it is built and stale.
    void refreshWeekChart(int tab);
    bool onScreen() const;
    void refreshFitness();
    void refreshWeeks();
    // The charts of the whole plan (fitness, weekly load), each if its tab is showing.
    void refreshPlanCharts();
    void showDocument();

    Document *m_document;
    Plan m_plan;
    Analysis m_analysis;
    int m_week = 0;
    Day m_weekStart = Day::Mon;
    bool m_fitnessStale = true;
    bool m_weeksStale = true;
    // Week charts whose data changed while they were not on screen (docs/performance.md:
    // hidden charts do no work).
    std::array<bool, 3> m_weekStale { true, true, true };
    bool m_previewing = false;
    // The fitness series spans the whole plan: it follows edits once they pause, never a hover.
    QTimer *m_fitnessTimer = nullptr;
    QList<QWidget *> m_placeholders;
    QTabWidget *m_tabs = nullptr;
    LoadChart *m_load = nullptr;
    AmpkChart *m_ampk = nullptr;
    RegionRecoveryChart *m_regions = nullptr;
    FitnessChart *m_fitness = nullptr;
    WeeklyLoadChart *m_weeks = nullptr;
};

} // namespace ordo
