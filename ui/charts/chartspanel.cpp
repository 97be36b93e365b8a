// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartspanel.h"

#include "ampkchart.h"
#include "chartdata.h"
#include "chartstyle.h"
#include "document/document.h"
#include "edits/editpreview.h"
#include "fitnesschart.h"
#include "loadchart.h"
#include "regionrecoverychart.h"
#include "weeklyloadchart.h"

#include <QEvent>
#include <QFontMetrics>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ordo {
namespace {
// How long the plan must stay unchanged before the fitness series follows it.
constexpr int kFitnessDelayMs = 250;
} // namespace

ChartsPanel::ChartsPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setAccessibleName(tr("Charts"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    const QStringList titles { tr("Load per day"), tr("AMPK windows"), tr("Recovery by region"),
                               tr("Fitness / fatigue"), tr("Load per week") };
    for (const QString &title : titles) {
        auto *placeholder = new QWidget;
        m_placeholders.append(placeholder);
        m_tabs->addTab(placeholder, title);
    }
    m_tabs->setTabVisible(FitnessTab, false);
    m_tabs->setTabVisible(WeeksTab, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // The charts are built when first shown; until then the tabs hold empty placeholders,
    // so the panel states the height they will need.
    setMinimumHeight(minimumHeight(fontMetrics()));
    // The fitness and weekly load charts span the whole plan and cost most to update (Qt Charts
    // re-measures every week label): they are brought up to date only while their tab shows.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (isVisible())
            ensureTab(index);
        refreshWeekChart(index);
        refreshPlanCharts();
    });
    m_fitnessTimer = new QTimer(this);
    m_fitnessTimer->setSingleShot(true);
    m_fitnessTimer->setInterval(kFitnessDelayMs);
    connect(m_fitnessTimer, &QTimer::timeout, this, &ChartsPanel::refreshPlanCharts);
    connect(m_document, &Document::planChanged, this, &ChartsPanel::showDocument);
    showDocument();
}

int ChartsPanel::minimumHeight(const QFontMetrics &metrics)
{
    const int tabBar = metrics.height() + 12;
    return tabBar + ChartStyle::kMinimumHeight;
}

void ChartsPanel::showDocument()
{
    m_previewing = false;
    setPlan(m_document->plan(), m_document->analysis());
}

void ChartsPanel::showPreview(const EditPreview &preview)
{
    if (!preview.isValid()) {
        showDocument();
        return;
    }
    m_previewing = true;
    setPlan(preview.plan(), preview.analysis());
}

QWidget *ChartsPanel::ensureTab(int tab)
{
    QWidget *existing = nullptr;
    switch (tab) {
    case LoadTab:
        existing = m_load;
        break;
    case AmpkTab:
        existing = m_ampk;
        break;
    case RegionsTab:
        existing = m_regions;
        break;
    case FitnessTab:
        existing = m_fitness;
        break;
    case WeeksTab:
        existing = m_weeks;
        break;
    default:
        return nullptr;
    }
    if (existing)
        return existing;
    QWidget *chart = nullptr;
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    switch (tab) {
    case LoadTab:
        m_load = new LoadChart;
        m_load->setChartStyle(style);
        m_load->setData(buildLoadChartData(m_plan, m_analysis, m_week, m_weekStart));
        m_weekStale[LoadTab] = false;
        chart = m_load;
        break;
    case AmpkTab:
        m_ampk = new AmpkChart;
        m_ampk->setChartStyle(style);
        m_ampk->setData(m_plan, buildAmpkChartData(m_plan, m_analysis, m_week, m_weekStart));
        m_weekStale[AmpkTab] = false;
        chart = m_ampk;
        break;
    case RegionsTab:
        m_regions = new RegionRecoveryChart;
        m_regions->setChartStyle(style);
        m_regions->setData(buildRegionRecoveryData(m_plan, m_analysis, m_week));
        m_weekStale[RegionsTab] = false;
        chart = m_regions;
        break;
    case FitnessTab:
        m_fitness = new FitnessChart;
        m_fitness->setChartStyle(style);
        m_fitnessStale = true;
        chart = m_fitness;
        break;
    case WeeksTab:
        m_weeks = new WeeklyLoadChart;
        m_weeks->setChartStyle(style);
        m_weeksStale = true;
        chart = m_weeks;
        break;
    }
    // Swap the placeholder for the chart without changing the current tab or its title.
    const bool wasCurrent = m_tabs->currentIndex() == tab;
    const bool visible = m_tabs->isTabVisible(tab);
    const QSignalBlocker blocker(m_tabs);
    const QString title = m_tabs->tabText(tab);
    m_tabs->removeTab(tab);
    m_tabs->insertTab(tab, chart, title);
    m_tabs->setTabVisible(tab, visible);
    if (wasCurrent)
        m_tabs->setCurrentIndex(tab);
    delete m_placeholders[tab];
    m_placeholders[tab] = nullptr;
    refreshPlanCharts();
    return chart;
}

LoadChart *ChartsPanel::loadChart()
{
    ensureTab(LoadTab);
    refreshWeekChart(LoadTab);
    return m_load;
}

AmpkChart *ChartsPanel::ampkChart()
{
    ensureTab(AmpkTab);
    refreshWeekChart(AmpkTab);
    return m_ampk;
}

FitnessChart *ChartsPanel::fitnessChart()
{
    ensureTab(FitnessTab);
    return m_fitness;
}

WeeklyLoadChart *ChartsPanel::weeklyLoadChart()
{
    ensureTab(WeeksTab);
    return m_weeks;
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The dock layout places a tabified dock after the show; decide once that is done.
    QMetaObject::invokeMethod(this, &ChartsPanel::buildCurrentChartIfOnScreen, Qt::QueuedConnection);
}

void ChartsPanel::buildCurrentChartIfOnScreen()
{
    if (!onScreen())
        return;
    ensureTab(m_tabs->currentIndex());
    refreshWeekChart(m_tabs->currentIndex());
    refreshPlanCharts();
}

bool ChartsPanel::onScreen() const
{
    return isVisible() && !visibleRegion().isEmpty();
}

void ChartsPanel::setPlan(const Plan &plan, const Analysis &analysis)
{
    m_plan = plan;
    m_analysis = analysis;
    m_week = std::clamp(m_week, 0, std::max(0, plan.weeks - 1));
    refresh();
}

void ChartsPanel::setWeek(int week)
{
    week = std::clamp(week, 0, std::max(0, m_plan.weeks - 1));
    if (week == m_week)
        return;
    m_week = week;
    refreshWeek();
}

void ChartsPanel::setWeekStart(Day day)
{
    if (day == m_weekStart)
        return;
    m_weekStart = day;
    refresh();
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange) {
        const ChartStyle style = ChartStyle::fromPalette(palette(), font());
        if (m_load)
            m_load->setChartStyle(style);
        if (m_ampk)
            m_ampk->setChartStyle(style);
        if (m_regions)
            m_regions->setChartStyle(style);
        if (m_fitness)
            m_fitness->setChartStyle(style);
        if (m_weeks)
            m_weeks->setChartStyle(style);
    }
    QWidget::changeEvent(event);
}

void ChartsPanel::refresh()
{
    refreshWeek();
    // Only on a change: setting it repaints the tab bar and, through it, the dock and the window
    // behind it, on every hover step (docs/performance.md, "Repainting what changed").
    for (const int tab : { int(FitnessTab), int(WeeksTab) }) {
        if (m_tabs->isTabVisible(tab) != (m_plan.weeks > 1))
            m_tabs->setTabVisible(tab, m_plan.weeks > 1);
    }
    // The whole-plan charts show the plan as it is, not as a hover would make it; they catch
    // up once the edits pause (a 52-week series costs tens of milliseconds to re-lay out).
    if (m_previewing)
        return;
    m_fitnessStale = true;
    m_weeksStale = true;
    if ((m_fitness && m_tabs->currentWidget() == m_fitness)
        || (m_weeks && m_tabs->currentWidget() == m_weeks))
        m_fitnessTimer->start();
}

void ChartsPanel::refreshWeek()
{
    m_weekStale.fill(true);
    // Only the chart a person can see is updated now; the others when their tab is shown
    // or their accessor is asked.
    if (onScreen())
        refreshWeekChart(m_tabs->currentIndex());
}

void ChartsPanel::refreshWeekChart(int tab)
{
    if (tab < LoadTab || tab > RegionsTab || !m_weekStale[size_t(tab)])
        return;
    switch (tab) {
    case LoadTab:
        if (!m_load)
            return;
        m_load->setData(buildLoadChartData(m_plan, m_analysis, m_week, m_weekStart));
        break;
    case AmpkTab:
        if (!m_ampk)
            return;
        m_ampk->setData(m_plan, buildAmpkChartData(m_plan, m_analysis, m_week, m_weekStart));
        break;
    case RegionsTab:
        if (!m_regions)
            return;
        m_regions->setData(buildRegionRecoveryData(m_plan, m_analysis, m_week));
        break;
    }
    m_weekStale[size_t(tab)] = false;
}

void ChartsPanel::refreshPlanCharts()
{
    refreshFitness();
    refreshWeeks();
}

void ChartsPanel::refreshWeeks()
{
    // Like the fitness chart: only while its tab shows, never during a hover.
    if (m_previewing || !m_weeks || !m_weeksStale || m_plan.weeks <= 1 || m_tabs->currentWidget() != m_weeks)
        return;
    m_weeks->setData(buildWeeklyLoadChartData(m_analysis));
    m_weeksStale = false;
}

void ChartsPanel::refreshFitness()
{
    m_fitnessTimer->stop();
    // During a hover the panel holds the previewed plan: the fitness chart waits for the drop.
    if (m_previewing || !m_fitness || !m_fitnessStale || m_plan.weeks <= 1
        || m_tabs->currentWidget() != m_fitness)
        return;
    m_fitness->setData(buildFitnessChartData(m_plan, m_analysis));
    m_fitnessStale = false;
}

} // namespace ordo
