// SPDX-License-Identifier: GPL-3.0-or-later

#include "regionrecoverychart.h"

#include "chartgrid.h"
#include "chartscene.h"
#include "enums.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

QString categoryLabel(const RegionPoint &p, ClockFormat clock)
{
    return formatDayTime(p.day, p.startMinute, clock);
}

// The percent axis: 0 to the tallest bar rounded up, in steps of 20, 50 or 100 so that it has
// at most 11 ticks, and never above 1,000 %. Piled-up fatigue can reach hundreds of thousands
// of percent; one tick per 20 % took the chart tens of seconds and a gigabyte to lay out, and
// such a bar says no more than "far beyond recovered" (its tooltip has the value).
struct PercentAxis
{
    double max = 100;
    int ticks = 6;
    bool clamped = false;
};

PercentAxis percentAxis(double top)
{
    constexpr double kCeiling = 1000; // covers the threshold's range, 5–200 % (docs/plan-format.md)
    constexpr int kMaxSteps = 10;
    PercentAxis axis;
    const double wanted = std::isfinite(top) ? std::max(top, 100.0) : kCeiling;
    axis.clamped = wanted > kCeiling;
    const double reach = std::min(wanted, kCeiling);
    for (const double step : { 20.0, 50.0, 100.0 }) {
        axis.max = std::ceil(reach / step) * step;
        axis.ticks = int(axis.max / step) + 1;
        if (axis.ticks <= kMaxSteps + 1)
            break;
    }
    return axis;
}

} // namespace

class RegionRecoveryContent
{
public:
    RegionRecoveryContent()
        : chart(new QChart)
    {
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(6, 4, 6, 4));
        bars = new QBarSeries;
        for (int r = 0; r < kRegionCount; ++r) {
            sets[size_t(r)] = new QBarSet(regionName(Region(r)));
            bars->append(sets[size_t(r)]);
        }
        threshold = new QLineSeries;
        chart->addSeries(bars);
        chart->addSeries(threshold);
        sessions = new QBarCategoryAxis;
        percent = new QValueAxis;
        percent->setLabelFormat(u"%.0f %%"_s);
        chart->addAxis(sessions, Qt::AlignBottom);
        chart->addAxis(percent, Qt::AlignLeft);
        for (QAbstractSeries *s : chart->series()) {
            s->attachAxis(sessions);
            s->attachAxis(percent);
        }
        chart->legend()->setAlignment(Qt::AlignBottom);
        grid = new ChartGrid(chart, percent);
        // No axis lines or tick marks either (Qt Charts draws them antialiased too): the
        // grid's bottom line is the base line, the labels mark the ticks.
        for (QAbstractAxis *axis : chart->axes())
            axis->setLineVisible(false);
    }

    void applyStyle(const ChartStyle &style)
    {
        chart->setBackgroundBrush(style.theme.color(Theme::Background));
        chart->setBackgroundPen(Qt::NoPen);
        chart->setTitleBrush(style.theme.color(Theme::Text));
        chart->setTitleFont(style.titleFont);
        const QColor colours[] = { style.theme.color(Theme::Legs), style.theme.color(Theme::Upper),
                                   style.theme.color(Theme::Core) };
        for (int r = 0; r < kRegionCount; ++r) {
            sets[size_t(r)]->setColor(colours[r]);
            sets[size_t(r)]->setBorderColor(colours[r].darker(130));
        }
        threshold->setPen(QPen(style.theme.color(Theme::Threshold), 1.5, Qt::DashLine));
        for (QAbstractAxis *axis :
             { static_cast<QAbstractAxis *>(sessions), static_cast<QAbstractAxis *>(percent) }) {
            axis->setLabelsBrush(style.theme.color(Theme::Text));
            axis->setLabelsFont(style.font);
            axis->setGridLineColor(style.theme.color(Theme::GridLine));
            axis->setLinePenColor(style.theme.color(Theme::GridLine));
        }
        sessions->setGridLineVisible(false);
        grid->setColor(style.theme.color(Theme::GridLine));
        chart->legend()->setLabelColor(style.theme.color(Theme::Text));
        chart->legend()->setFont(style.font);
    }

    void apply(const RegionRecoveryData &data)
    {
        QStringList categories;
        double top = data.thresholdPercent;
        std::array<QList<qreal>, kRegionCount> values;
        for (const RegionPoint &p : data.points) {
            categories << categoryLabel(p, data.clock);
            for (int r = 0; r < kRegionCount; ++r) {
                values[size_t(r)] << p.percent[size_t(r)];
                top = std::max(top, p.percent[size_t(r)]);
            }
        }
        if (categories.isEmpty())
            categories << RegionRecoveryChart::tr("no lifting this week");
        if (sessions->categories() != categories)
            sessions->setCategories(categories);
        for (int r = 0; r < kRegionCount; ++r) {
            QBarSet *set = sets[size_t(r)];
            if (set->count() != values[size_t(r)].size()) {
                set->remove(0, set->count());
                set->append(values[size_t(r)]);
            } else {
                for (int i = 0; i < set->count(); ++i)
                    set->replace(i, values[size_t(r)][i]);
            }
        }
        const double right = std::max<qsizetype>(1, data.points.size()) - 0.5;
        threshold->replace({ QPointF(-0.5, data.thresholdPercent), QPointF(right, data.thresholdPercent) });
        threshold->setName(
            RegionRecoveryChart::tr("Not recovered ≥ %1 %").arg(QLocale().toString(data.thresholdPercent)));
        const PercentAxis axis = percentAxis(top);
        percent->setRange(0, axis.max);
        percent->setTickCount(axis.ticks);
        QString title
            = RegionRecoveryChart::tr("Week %1 · fatigue left when each lift starts (% of reference)")
                  .arg(data.week + 1);
        if (axis.clamped)
            title += RegionRecoveryChart::tr(" · bars above %1 % are cut").arg(QLocale().toString(axis.max));
        chart->setTitle(title);
    }

    QChart *chart;
    std::array<QBarSet *, kRegionCount> sets {};
    QBarSeries *bars;
    QLineSeries *threshold;
    QBarCategoryAxis *sessions;
    QValueAxis *percent;
    ChartGrid *grid; // owned by the chart
};

RegionRecoveryChart::RegionRecoveryChart(QWidget *parent)
    : QWidget(parent)
    , m_content(std::make_unique<RegionRecoveryContent>())
{
    setAccessibleName(tr("Recovery by body region"));
    auto *view = addChartView(m_content->chart, this); // the view owns the chart
    setChartStyle(ChartStyle::fromPalette(palette(), font()));
    m_content->apply(m_data);
    connect(m_content->bars, &QBarSeries::hovered, this, [this, view](bool status, int index, QBarSet *) {
        if (status)
            QToolTip::showText(QCursor::pos(), toolTipForSession(index), view);
        else
            QToolTip::hideText();
    });
}

RegionRecoveryChart::~RegionRecoveryChart() = default;

void RegionRecoveryChart::setData(const RegionRecoveryData &data)
{
    m_data = data;
    m_content->apply(m_data);
}

void RegionRecoveryChart::setChartStyle(const ChartStyle &style)
{
    m_content->applyStyle(style);
}

int RegionRecoveryChart::categoryCount() const
{
    return int(m_content->sets[0]->count());
}

QString RegionRecoveryChart::toolTipForSession(int index) const
{
    return toolTipText(m_data, index);
}

QString RegionRecoveryChart::toolTipText(const RegionRecoveryData &data, int index)
{
    if (index < 0 || index >= data.points.size())
        return {};
    const RegionPoint &p = data.points[index];
    QString text = u"<b>"_s + p.title.toHtmlEscaped() + u"</b> "_s + categoryLabel(p, data.clock);
    for (int r = 0; r < kRegionCount; ++r) {
        text += u"<br>"_s
            + tr("%1: %2 % of reference%3")
                  .arg(regionName(Region(r)), QLocale().toString(p.percent[size_t(r)], 'f', 1),
                       Region(r) == p.mainRegion ? tr(" (trained by this session)") : QString());
    }
    if (p.notRecovered)
        text += u"<br><b>"_s + tr("Not recovered: at or above %1 %").arg(data.thresholdPercent) + u"</b>"_s;
    return text;
}

void RegionRecoveryChart::render(QPainter *painter, const QRectF &target, const RegionRecoveryData &data,
                                 const ChartStyle &style)
{
    RegionRecoveryContent content;
    content.applyStyle(style);
    content.apply(data);
    chartscene::render(content.chart, painter, target);
}

} // namespace ordo
