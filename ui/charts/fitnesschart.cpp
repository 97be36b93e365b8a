// SPDX-License-Identifier: GPL-3.0-or-later

#include "fitnesschart.h"

#include "chartscene.h"
#include "enums.h"
#include "whentext.h"

#include <QCategoryAxis>
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
        weeks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        values = new QValueAxis;
        values->setLabelFormat(u"%.0f"_s);
        values->setTitleText(FitnessChart::tr("Load per day"));
        chart->addAxis(weeks, Qt::AlignBottom);
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
        const QStringList labels = weeks->categoriesLabels();
        if (labels.size() != data.weekCount) {
            for (const QString &l : labels)
                weeks->remove(l);
            // Label only a dozen weeks at most so the labels never collide.
            const int every = std::max(1, (data.weekCount + 11) / 12);
            for (int w = 0; w < data.weekCount; ++w) {
                const QString label = (w % every == 0) ? FitnessChart::tr("W%1").arg(w + 1)
                                                       : QString(w + 1, QChar(0x200b)); // unique, invisible
                weeks->append(label, (w + 1) * 7.0);
            }
        }
        weeks->setRange(0, std::max(1, data.weekCount) * 7.0);
        values->setRange(std::min(0.0, low * 1.05), high * 1.05);
        values->applyNiceNumbers();
    }

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
