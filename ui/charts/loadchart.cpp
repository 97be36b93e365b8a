// SPDX-License-Identifier: GPL-3.0-or-later

#include "loadchart.h"

#include "chartgrid.h"
#include "chartscene.h"
#include "enums.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
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

QString monotonyText(double monotony)
{
    if (std::isinf(monotony))
        return LoadChart::tr("∞ (same load every day)");
    return QLocale().toString(monotony, 'f', 2);
}

} // namespace

// The Qt Charts objects of one load chart. The widget keeps one for its lifetime and feeds
// it new numbers; render() builds a throw-away one for paper.
class LoadChartContent
{
public:
    LoadChartContent()
        : chart(new QChart)
    {
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(6, 4, 6, 4));
        strength = new QBarSet(LoadChart::tr("Strength"));
        cardio = new QBarSet(LoadChart::tr("Cardio"));
        bars = new QStackedBarSeries;
        bars->append(strength);
        bars->append(cardio);
        bars->setBarWidth(0.6);
        fatigue = new QLineSeries;
        fatigue->setName(LoadChart::tr("Fatigue carried"));
        fatigue->setPointsVisible(true);
        threshold = new QLineSeries;
        high = new QScatterSeries;
        high->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        high->setMarkerSize(11);
        chart->addSeries(bars);
        chart->addSeries(threshold);
        chart->addSeries(fatigue);
        chart->addSeries(high);
        days = new QBarCategoryAxis;
        values = new QValueAxis;
        values->setLabelFormat(u"%.0f"_s);
        values->setTitleText(LoadChart::tr("Load (RPE × min)"));
        chart->addAxis(days, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        for (QAbstractSeries *s : chart->series()) {
            s->attachAxis(days);
            s->attachAxis(values);
        }
        chart->legend()->setAlignment(Qt::AlignBottom);
        grid = new ChartGrid(chart, values);
        // No axis lines or tick marks either (Qt Charts draws them antialiased too): the
        // grid's bottom line is the base line, the labels mark the ticks.
        for (QAbstractAxis *axis : chart->axes())
            axis->setLineVisible(false);
        // One legend entry for high load: the marked days, named with the plan's threshold
        // (apply()); the dashed threshold line is the same idea and has none of its own.
        for (QLegendMarker *marker : chart->legend()->markers(threshold))
            marker->setVisible(false);
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
        QPen fatiguePen(style.theme.color(Theme::Fatigue), 2);
        fatigue->setPen(fatiguePen);
        fatigue->setColor(style.theme.color(Theme::Fatigue));
        QPen thresholdPen(style.theme.color(Theme::Threshold), 1.5, Qt::DashLine);
        threshold->setPen(thresholdPen);
        high->setColor(style.theme.color(Theme::HighLoad));
        high->setBorderColor(style.theme.color(Theme::HighLoad).darker(130));
        for (QAbstractAxis *axis :
             { static_cast<QAbstractAxis *>(days), static_cast<QAbstractAxis *>(values) }) {
            axis->setLabelsBrush(style.theme.color(Theme::Text));
            axis->setLabelsFont(style.font);
            axis->setTitleBrush(style.theme.color(Theme::MutedText));
            axis->setTitleFont(style.font);
            axis->setGridLineColor(style.theme.color(Theme::GridLine));
            axis->setLinePenColor(style.theme.color(Theme::GridLine));
        }
        days->setGridLineVisible(false);
        grid->setColor(style.theme.color(Theme::GridLine));
        chart->legend()->setLabelColor(style.theme.color(Theme::Text));
        chart->legend()->setFont(style.font);
    }

    void apply(const LoadChartData &data)
    {
        QStringList categories;
        QList<qreal> strengthValues, cardioValues;
        QList<QPointF> fatiguePoints, highPoints;
        double top = data.highLoadThreshold;
        for (int c = 0; c < kDaysPerWeek; ++c) {
            const Day day = dayAtColumn(data.weekStart, c);
            const LoadBar &bar = data.days[size_t(day)];
            categories << displayName(day);
            strengthValues << bar.strengthLoad;
            cardioValues << bar.cardioLoad;
            fatiguePoints << QPointF(c, bar.fatigue);
            if (bar.highLoad)
                highPoints << QPointF(c, bar.load);
            top = std::max({ top, bar.load, bar.fatigue });
        }
        // Replace values in place: the chart, its axes and legend stay, nothing flickers.
        if (days->categories() != categories)
            days->setCategories(categories);
        replaceValues(strength, strengthValues);
        replaceValues(cardio, cardioValues);
        fatigue->replace(fatiguePoints);
        high->replace(highPoints);
        threshold->replace({ QPointF(-0.5, data.highLoadThreshold), QPointF(6.5, data.highLoadThreshold) });
        high->setName(LoadChart::tr("High-load day (load ≥ %1)").arg(formatAu(data.highLoadThreshold)));
        values->setRange(0, niceAxisMaximum(top));
        values->setTickCount(niceAxisTickCount(niceAxisMaximum(top)));

        QString title = LoadChart::tr("Week %1 · load %2 (RPE × min) · monotony %3")
                            .arg(data.week + 1)
                            .arg(formatAu(data.weekLoad), monotonyText(data.monotony));
        if (data.monotony > data.monotonyLimit)
            title += LoadChart::tr(" (high: > %1)").arg(QLocale().toString(data.monotonyLimit));
        chart->setTitle(title);
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
    QLineSeries *fatigue;
    QLineSeries *threshold;
    QScatterSeries *high;
    QBarCategoryAxis *days;
    QValueAxis *values;
    ChartGrid *grid; // owned by the chart
};

LoadChart::LoadChart(QWidget *parent)
    : QWidget(parent)
    , m_content(std::make_unique<LoadChartContent>())
{
    setAccessibleName(tr("Recovery load per day"));
    auto *view = addChartView(m_content->chart, this); // the view owns the chart
    setChartStyle(ChartStyle::fromPalette(palette(), font()));
    m_content->apply(m_data);

    connect(m_content->bars, &QStackedBarSeries::hovered, this,
            [this, view](bool status, int index, QBarSet *) {
                if (status)
                    QToolTip::showText(QCursor::pos(),
                                       toolTipForDay(int(dayAtColumn(m_data.weekStart, index))), view);
                else
                    QToolTip::hideText();
            });
    connect(m_content->fatigue, &QLineSeries::hovered, this, [this, view](const QPointF &point, bool status) {
        const int column = std::clamp(int(std::lround(point.x())), 0, kDaysPerWeek - 1);
        if (status)
            QToolTip::showText(QCursor::pos(), toolTipForDay(int(dayAtColumn(m_data.weekStart, column))),
                               view);
        else
            QToolTip::hideText();
    });
}

LoadChart::~LoadChart()
{
    // The view deletes the chart and its series; only our bookkeeping goes here.
    m_content->chart = nullptr;
}

void LoadChart::setData(const LoadChartData &data)
{
    m_data = data;
    m_content->apply(m_data);
}

void LoadChart::setChartStyle(const ChartStyle &style)
{
    m_content->applyStyle(style);
}

int LoadChart::visibleBarCount() const
{
    int n = 0;
    for (const QBarSet *set : { m_content->strength, m_content->cardio }) {
        for (int i = 0; i < set->count(); ++i)
            n += set->at(i) > 0 ? 1 : 0;
    }
    return n;
}

int LoadChart::fatiguePointCount() const
{
    return int(m_content->fatigue->count());
}

int LoadChart::highLoadMarkerCount() const
{
    return int(m_content->high->count());
}

QString LoadChart::toolTipForDay(int day) const
{
    return toolTipText(m_data, day);
}

QRectF LoadChart::plotArea() const
{
    const auto *view = findChild<QChartView *>();
    const QRectF inScene = m_content->chart->mapRectToScene(m_content->chart->plotArea());
    return QRectF(view->mapTo(this, view->mapFromScene(inScene.topLeft())),
                  view->mapTo(this, view->mapFromScene(inScene.bottomRight())));
}

QString LoadChart::title() const
{
    return m_content->chart->title();
}

QString LoadChart::toolTipText(const LoadChartData &data, int day)
{
    if (day < 0 || day >= kDaysPerWeek)
        return {};
    const LoadBar &bar = data.days[size_t(day)];
    QString text = u"<b>"_s + displayLongName(bar.day) + u"</b><br>"_s;
    text += tr("Load %1 RPE × min (strength %2, cardio %3)")
                .arg(formatAu(bar.load), formatAu(bar.strengthLoad), formatAu(bar.cardioLoad));
    text += u"<br>"_s + tr("Carried fatigue at midnight: %1 RPE × min").arg(formatAu(bar.fatigue));
    if (bar.highLoad)
        text += u"<br><b>"_s + tr("High-load day (load ≥ %1)").arg(formatAu(data.highLoadThreshold))
            + u"</b>"_s;
    for (const LoadShare &share : bar.shares) {
        text += u"<br>"_s
            + tr("%1 %2: %3 min, load %4")
                  .arg(formatTime(share.startMinute, data.clock), share.title.toHtmlEscaped())
                  .arg(share.minutes)
                  .arg(formatAu(share.load));
    }
    if (bar.shares.isEmpty())
        text += u"<br>"_s + tr("No strength or cardio sessions");
    return text;
}

void LoadChart::render(QPainter *painter, const QRectF &target, const LoadChartData &data,
                       const ChartStyle &style)
{
    // A sized scene, no view: a hidden view would lay out at its default size and elide the
    // axis labels (qt-on-debian.md 1.3). The chart is laid out at a screen-like size and
    // scaled into the target so fonts keep their proportions on paper.
    LoadChartContent content;
    content.applyStyle(style);
    content.apply(data);
    chartscene::render(content.chart, painter, target);
}

} // namespace ordo
