// SPDX-License-Identifier: GPL-3.0-or-later

#include "fitnesschart.h"

#include "chartscene.h"
#include "enums.h"
#include "plandates.h"
#include "whentext.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace { } // namespace

class FitnessChartContent
{
public:
    FitnessChartContent()
        : chart(new QChart)
    {
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(6, 4, 6, 4));
        ctl = new QLineSeries;
        ctl->setName(FitnessChart::tr("Fitness (CTL, 42 days)"));
        atl = new QLineSeries;
        atl->setName(FitnessChart::tr("Fatigue (ATL, 7 days)"));
        tsb = new QLineSeries;
        tsb->setName(FitnessChart::tr("Form (TSB = CTL − ATL)"));
        for (QLineSeries *s : { ctl, atl, tsb })
            chart->addSeries(s);
        weeks = new QCategoryAxis;
        weeks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        values = new QValueAxis;
        values->setLabelFormat(u"%.0f"_s);
        values->setTitleText(FitnessChart::tr("Load per day"));
        chart->addAxis(weeks, Qt::AlignBottom);
        // The plot's width decides how many week labels fit (in the window and on paper).
        QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { relabel(); });
        chart->addAxis(values, Qt::AlignLeft);
        for (QAbstractSeries *s : chart->series()) {
            s->attachAxis(weeks);
            s->attachAxis(values);
        }
        chart->legend()->setAlignment(Qt::AlignBottom);
        // Day 1 starts from the plan's mean daily load, not from zero: the subtitle says what
        // that assumes (docs/physiology.md 2.3).
        chart->setTitle(
            FitnessChart::tr("Fitness, fatigue and form over the plan") + u"<br>"_s
            + FitnessChart::tr("Assumes this plan has been followed for several weeks before week 1"));
    }

    void applyStyle(const ChartStyle &style)
    {
        chart->setBackgroundBrush(style.theme.color(Theme::Background));
        chart->setBackgroundPen(Qt::NoPen);
        chart->setTitleBrush(style.theme.color(Theme::Text));
        chart->setTitleFont(style.titleFont);
        ctl->setPen(QPen(style.theme.color(Theme::Ctl), 2));
        atl->setPen(QPen(style.theme.color(Theme::Atl), 2));
        // Solid: a dashed multi-point line prints as a filled shape through Qt's PDF engine.
        tsb->setPen(QPen(style.theme.color(Theme::Tsb), 1.5));
        for (QAbstractAxis *axis :
             { static_cast<QAbstractAxis *>(weeks), static_cast<QAbstractAxis *>(values) }) {
            axis->setLabelsBrush(style.theme.color(Theme::Text));
            axis->setLabelsFont(style.font);
            axis->setTitleBrush(style.theme.color(Theme::MutedText));
            axis->setTitleFont(style.font);
            axis->setGridLineColor(style.theme.color(Theme::GridLine));
            axis->setLinePenColor(style.theme.color(Theme::GridLine));
        }
        chart->legend()->setLabelColor(style.theme.color(Theme::Text));
        chart->legend()->setFont(style.font);
        labelled = {}; // the labels' font decides how many fit
        relabel();
    }

    void apply(const FitnessChartData &data)
    {
        QList<QPointF> c, a, t;
        double low = 0, high = 10;
        for (int i = 0; i < data.ctl.size(); ++i) {
            // Day i's values hold at its end: plot at i + 1 so week k spans [7k, 7k + 7].
            c << QPointF(i + 1, data.ctl[i]);
            a << QPointF(i + 1, data.atl.value(i));
            t << QPointF(i + 1, data.tsb.value(i));
            low = std::min({ low, data.tsb.value(i), data.ctl[i], data.atl.value(i) });
            high = std::max({ high, data.tsb.value(i), data.ctl[i], data.atl.value(i) });
        }
        ctl->replace(c);
        atl->replace(a);
        tsb->replace(t);
        weekCount = std::max(1, data.weekCount);
        firstMonday = data.firstMonday;
        relabel();
        weeks->setRange(0, std::max(1, data.weekCount) * 7.0);
        values->setRange(std::min(0.0, low * 1.05), high * 1.05);
        values->applyNiceNumbers();
    }

    // Week k's label: the date of its Monday in the words of the week grid's day headers
    // ("5 Jan") when the plan has dates, else "Week 3" (or "Wk 3" where that is too wide).
    QString weekLabel(int week, bool shortWords) const
    {
        if (firstMonday)
            return dayMonthText(firstMonday->addDays(qint64(week) * kDaysPerWeek), QLocale());
        return shortWords ? FitnessChart::tr("Wk %1").arg(week + 1)
                          : FitnessChart::tr("Week %1").arg(week + 1);
    }

    // Labels every `step` weeks (1, 2, 4, 8, 13, 26, 52, … weeks), the smallest step at which
    // each label fits whole beside its neighbours; "Wk 3" only where it allows a smaller step
    // than "Week 3". Each label stands under the middle of its week, on a tick. Qt Charts gives
    // every category's label the same width, the axis' width over the number of categories, and
    // cuts a longer one to "...": so the axis holds one category per label, not one per week.
    void relabel()
    {
        const double plotWidth = chart->plotArea().width();
        if (plotWidth <= 0)
            return;
        const QFontMetricsF metrics(weeks->labelsFont());
        auto stepFor = [&](bool shortWords) {
            double widest = 0;
            for (int w = 0; w < weekCount; ++w)
                widest = std::max(widest, metrics.horizontalAdvance(weekLabel(w, shortWords)));
            const double needed = widest + std::max(12.0, 2 * metrics.averageCharWidth());
            auto room = [&](int step) {
                const int labels = (weekCount + step - 1) / step;
                return std::min(plotWidth / (labels + 1), step * plotWidth / weekCount);
            };
            int step = 1;
            while (step < weekCount && room(step) < needed)
                step = step < 8 ? step * 2 : step == 8 ? 13 : step == 13 ? 26 : step + 26;
            return step;
        };
        const int longStep = stepFor(false);
        const int shortStep = firstMonday ? longStep : stepFor(true);
        const bool shortWords = shortStep < longStep;
        const Labelling wanted { weekCount, shortWords ? shortStep : longStep, shortWords, firstMonday };
        if (wanted == labelled)
            return;
        labelled = wanted;
        for (const QString &l : weeks->categoriesLabels())
            weeks->remove(l);
        for (int w = 0; w < weekCount; w += wanted.step)
            weeks->append(weekLabel(w, shortWords), w * 7.0 + 3.5);
    }

    // What the week axis is labelled with now.
    struct Labelling
    {
        int weeks = 0;
        int step = 0;
        bool shortWords = false;
        std::optional<QDate> firstMonday;
        bool operator==(const Labelling &) const = default;
    };

    int weekCount = 1;
    std::optional<QDate> firstMonday;
    Labelling labelled;
    QChart *chart;
    QLineSeries *ctl;
    QLineSeries *atl;
    QLineSeries *tsb;
    QCategoryAxis *weeks;
    QValueAxis *values;
};

FitnessChart::FitnessChart(QWidget *parent)
    : QWidget(parent)
    , m_content(std::make_unique<FitnessChartContent>())
{
    setAccessibleName(tr("Fitness, fatigue and form"));
    auto *view = addChartView(m_content->chart, this); // the view owns the chart
    setChartStyle(ChartStyle::fromPalette(palette(), font()));
    for (QLineSeries *s : { m_content->ctl, m_content->atl, m_content->tsb }) {
        connect(s, &QLineSeries::hovered, this, [this, view](const QPointF &point, bool status) {
            const int i = int(std::lround(point.x())) - 1;
            if (!status || i < 0 || i >= m_data.ctl.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1 %2<br>Fitness %3 · fatigue %4 · form %5")
                                   .arg(formatWeek(i / 7), displayName(static_cast<Day>(i % 7)),
                                        QLocale().toString(m_data.ctl[i], 'f', 0),
                                        QLocale().toString(m_data.atl.value(i), 'f', 0),
                                        QLocale().toString(m_data.tsb.value(i), 'f', 0)),
                               view);
        });
    }
}

FitnessChart::~FitnessChart() = default;

void FitnessChart::setData(const FitnessChartData &data)
{
    m_data = data;
    m_content->apply(m_data);
}

void FitnessChart::setChartStyle(const ChartStyle &style)
{
    m_content->applyStyle(style);
}

int FitnessChart::pointCount() const
{
    return int(m_content->ctl->count());
}

QString FitnessChart::title() const
{
    return m_content->chart->title();
}

void FitnessChart::render(QPainter *painter, const QRectF &target, const FitnessChartData &data,
                          const ChartStyle &style)
{
    FitnessChartContent content;
    content.applyStyle(style);
    content.apply(data);
    chartscene::render(content.chart, painter, target);
}

} // namespace ordo
