// SPDX-License-Identifier: GPL-3.0-or-later

#include "weeklyloadchart.h"

#include "chartgrid.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {

namespace {

QString formatAu(double value)
{
    return QLocale().toString(value, 'f', 0);
}

// How far above the bar top a rise mark sits, as a share of the axis.
constexpr double kMarkLift = 0.04;

} // namespace

// The Qt Charts objects of the chart; the widget keeps one and feeds it new numbers.
class WeeklyLoadChartContent
{
public:
    WeeklyLoadChartContent()
        : chart(new QChart)
    {
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(6, 4, 6, 4));
        strength = new QBarSet(WeeklyLoadChart::tr("Strength"));
        cardio = new QBarSet(WeeklyLoadChart::tr("Cardio"));
        bars = new QStackedBarSeries;
        bars->append(strength);
        bars->append(cardio);
        bars->setBarWidth(0.7);
        mean = new QLineSeries;
        mean->setName(WeeklyLoadChart::tr("4-week mean"));
        warning = new QScatterSeries;
        warning->setName(WeeklyLoadChart::tr("Steep rise (warning)"));
        info = new QScatterSeries;
        info->setName(WeeklyLoadChart::tr("Steep rise (note)"));
        for (QScatterSeries *s : { warning, info }) {
            s->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            s->setMarkerSize(11);
        }
        chart->addSeries(bars);
        chart->addSeries(mean);
        chart->addSeries(warning);
        chart->addSeries(info);
        // A value axis with labels at chosen weeks, not a bar category axis: that one gives
        // every week a label and elides them all to "…" once the weeks get narrow.
        weeks = new QCategoryAxis;
        weeks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        values = new QValueAxis;
        values->setLabelFormat(u"%.0f"_s);
        values->setTitleText(WeeklyLoadChart::tr("Load (RPE × min)"));
        chart->addAxis(weeks, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        for (QAbstractSeries *s : chart->series()) {
            s->attachAxis(weeks);
            s->attachAxis(values);
        }
        chart->legend()->setAlignment(Qt::AlignBottom);
        grid = new ChartGrid(chart, values);
        for (QAbstractAxis *axis : chart->axes())
            axis->setLineVisible(false);
    }

    void applyStyle(const ChartStyle &style)
    {
        chart->setBackgroundBrush(style.theme.color(Theme::Background));
        chart->setBackgroundPen(Qt::NoPen);
        chart->setPlotAreaBackgroundVisible(false);
        chart->setTitleBrush(style.theme.color(Theme::Text));
        chart->setTitleFont(style.titleFont);
        strength->setColor(style.theme.color(Theme::Strength));
        strength->setBorderColor(style.theme.color(Theme::Strength).darker(120));
        cardio->setColor(style.theme.color(Theme::Cardio));
        cardio->setBorderColor(style.theme.color(Theme::Cardio).darker(120));
        mean->setPen(QPen(style.theme.color(Theme::Fatigue), 2));
        mean->setColor(style.theme.color(Theme::Fatigue));
        warning->setColor(style.theme.color(Theme::Warning));
        warning->setBorderColor(style.theme.color(Theme::Warning).darker(130));
        info->setColor(style.theme.color(Theme::Info));
        info->setBorderColor(style.theme.color(Theme::Info).darker(130));
        style.styleAxes({ weeks, values });
        weeks->setGridLineVisible(false);
        grid->setColor(style.theme.color(Theme::GridLine));
        chart->legend()->setLabelColor(style.theme.color(Theme::Text));
        chart->legend()->setFont(style.font);
    }

    void apply(const WeeklyLoadChartData &data)
    {
        const int n = int(data.weeks.size());
        QList<qreal> strengthValues, cardioValues;
        QList<QPointF> meanPoints;
        double top = 0;
        for (int w = 0; w < n; ++w) {
            const WeekLoadBar &bar = data.weeks[w];
            strengthValues << bar.strengthLoad;
            cardioValues << bar.cardioLoad;
            meanPoints << QPointF(w, bar.mean);
            top = std::max({ top, bar.load, bar.mean });
        }
        const double axisTop = niceAxisMaximum(top * (1 + 2 * kMarkLift));
        QList<QPointF> warningPoints, infoPoints;
        for (int w = 0; w < n; ++w) {
            const WeekLoadBar &bar = data.weeks[w];
            if (!bar.rise)
                continue;
            const QPointF p(w, bar.load + kMarkLift * axisTop);
            (*bar.rise == Severity::Info ? infoPoints : warningPoints) << p;
        }
        if (weeks->count() != labelCount(n) || weeks->max() != std::max(0.5, n - 0.5)) {
            for (const QString &label : weeks->categoriesLabels())
                weeks->remove(label);
            // Week numbers under their bars, at most about 13 of them so they never collide:
            // 1, then every few weeks, and the last week.
            const int every = labelStep(n);
            for (int w = 0; w < n; ++w) {
                if (w % every == 0 || w == n - 1)
                    weeks->append(QString::number(w + 1), w);
            }
            weeks->setRange(-0.5, std::max(0.5, n - 0.5));
        }
        replaceValues(strength, strengthValues);
        replaceValues(cardio, cardioValues);
        mean->replace(meanPoints);
        warning->replace(warningPoints);
        info->replace(infoPoints);
        // Legend entries only for marks the plan has.
        for (QLegendMarker *m : chart->legend()->markers(warning))
            m->setVisible(!warningPoints.isEmpty());
        for (QLegendMarker *m : chart->legend()->markers(info))
            m->setVisible(!infoPoints.isEmpty());
        values->setRange(0, axisTop);
        values->setTickCount(niceAxisTickCount(axisTop));
        chart->setTitle(WeeklyLoadChart::tr("Training load per week, with the mean of the last 4 weeks"));
    }

    static int labelStep(int n) { return std::max(1, (n + 12) / 13); }

    static int labelCount(int n)
    {
        int count = 0;
        for (int w = 0; w < n; ++w)
            count += w % labelStep(n) == 0 || w == n - 1 ? 1 : 0;
        return count;
    }

    static void replaceValues(QBarSet *set, const QList<qreal> &newValues)
    {
        if (set->count() != newValues.size()) {
            set->remove(0, set->count());
            set->append(newValues);
            return;
        }
        for (int i = 0; i < newValues.size(); ++i) {
            if (set->at(i) != newValues[i])
                set->replace(i, newValues[i]);
        }
    }

    QChart *chart;
    QBarSet *strength;
    QBarSet *cardio;
    QStackedBarSeries *bars;
    QLineSeries *mean;
    QScatterSeries *warning;
    QScatterSeries *info;
    QCategoryAxis *weeks;
    QValueAxis *values;
    ChartGrid *grid; // owned by the chart
};

WeeklyLoadChart::WeeklyLoadChart(QWidget *parent)
    : QWidget(parent)
    , m_content(std::make_unique<WeeklyLoadChartContent>())
{
    setAccessibleName(tr("Load per week"));
    auto *view = addChartView(m_content->chart, this); // the view owns the chart
    setChartStyle(ChartStyle::fromPalette(palette(), font()));
    m_content->apply(m_data);
    connect(m_content->bars, &QStackedBarSeries::hovered, this,
            [this, view](bool status, int index, QBarSet *) {
                if (status)
                    QToolTip::showText(QCursor::pos(), toolTipForWeek(index), view);
                else
                    QToolTip::hideText();
            });
}

WeeklyLoadChart::~WeeklyLoadChart()
{
    // The view deletes the chart and its series.
    m_content->chart = nullptr;
}

void WeeklyLoadChart::setData(const WeeklyLoadChartData &data)
{
    if (data == m_data)
        return;
    m_data = data;
    m_content->apply(m_data);
}

void WeeklyLoadChart::setChartStyle(const ChartStyle &style)
{
    m_content->applyStyle(style);
}

double WeeklyLoadChart::barValue(int week) const
{
    if (week < 0 || week >= m_content->strength->count())
        return 0;
    return m_content->strength->at(week) + m_content->cardio->at(week);
}

double WeeklyLoadChart::meanValue(int week) const
{
    if (week < 0 || week >= m_content->mean->count())
        return 0;
    return m_content->mean->at(week).y();
}

QList<int> WeeklyLoadChart::markedWeeks(Severity severity) const
{
    const QScatterSeries *s = severity == Severity::Info ? m_content->info : m_content->warning;
    QList<int> out;
    for (const QPointF &p : s->points())
        out << int(std::lround(p.x()));
    return out;
}

QString WeeklyLoadChart::toolTipForWeek(int week) const
{
    return toolTipText(m_data, week);
}

QString WeeklyLoadChart::title() const
{
    return m_content->chart->title();
}

QString WeeklyLoadChart::toolTipText(const WeeklyLoadChartData &data, int week)
{
    if (week < 0 || week >= data.weeks.size())
        return {};
    const WeekLoadBar &bar = data.weeks[week];
    QString text = u"<b>"_s + tr("Week %1").arg(week + 1) + u"</b><br>"_s;
    text += tr("Load %1 RPE × min (strength %2, cardio %3)")
                .arg(formatAu(bar.load), formatAu(bar.strengthLoad), formatAu(bar.cardioLoad));
    text += u"<br>"_s + tr("Mean of the last 4 weeks: %1 RPE × min").arg(formatAu(bar.mean));
    if (!bar.riseText.isEmpty())
        text += u"<br><b>"_s + bar.riseText.toHtmlEscaped() + u"</b>"_s;
    return text;
}

} // namespace ordo
