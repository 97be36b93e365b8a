#include "chartspanel.h"

#include "ampkchart.h"
#include "chartdata.h"
#include "chartstyle.h"
#include "fitnesschart.h"
#include "loadchart.h"
#include "regionrecoverychart.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ordo {

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Charts"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_load = new LoadChart;
    m_ampk = new AmpkChart;
    m_regions = new RegionRecoveryChart;
    m_fitness = new FitnessChart;
    m_tabs->addTab(m_load, tr("Load per day"));
    m_tabs->addTab(m_ampk, tr("AMPK windows"));
    m_tabs->addTab(m_regions, tr("Recovery by region"));
    m_tabs->addTab(m_fitness, tr("Fitness / fatigue"));
    m_tabs->setTabVisible(3, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // The fitness chart spans the whole plan and costs most to update (Qt Charts re-measures
    // every week label): it is brought up to date only while its tab is showing.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refreshFitness(); });
    refresh();
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
        m_load->setChartStyle(style);
        m_ampk->setChartStyle(style);
        m_regions->setChartStyle(style);
        m_fitness->setChartStyle(style);
    }
    QWidget::changeEvent(event);
}

void ChartsPanel::refresh()
{
    refreshWeek();
    m_tabs->setTabVisible(3, m_plan.weeks > 1);
    m_fitnessStale = true;
    refreshFitness();
}

void ChartsPanel::refreshWeek()
{
    m_load->setData(buildLoadChartData(m_plan, m_analysis, m_week, m_weekStart));
    m_ampk->setData(m_plan, buildAmpkChartData(m_plan, m_analysis, m_week, m_weekStart));
    m_regions->setData(buildRegionRecoveryData(m_plan, m_week));
}

void ChartsPanel::refreshFitness()
{
    if (!m_fitnessStale || m_plan.weeks <= 1 || m_tabs->currentWidget() != m_fitness)
        return;
    m_fitness->setData(buildFitnessChartData(m_plan, m_analysis));
    m_fitnessStale = false;
}

} // namespace ordo
