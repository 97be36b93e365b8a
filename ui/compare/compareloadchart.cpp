// SPDX-License-Identifier: GPL-3.0-or-later

#include "compareloadchart.h"

#include "charts/chartdata.h"
#include "charts/chartstyle.h"
#include "enums.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ordo {

CompareLoadChart::CompareLoadChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_a(new QBarSet(tr("A")))
    , m_b(new QBarSet(tr("B")))
    , m_days(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 2, 4, 2));
    m_chart->setTitle(tr("Load per day (RPE × min), A and B"));
    auto *series = new QBarSeries;
    series->append(m_a);
    series->append(m_b);
    series->setBarWidth(0.75);
    m_chart->addSeries(series);
    m_chart->addAxis(m_days, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    series->attachAxis(m_days);
    series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->setAlignment(Qt::AlignTop);

    auto *view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(ChartStyle::kMinimumHeight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    applyStyle();

    connect(series, &QBarSeries::hovered, this, [this, view](bool status, int index, QBarSet *) {
        if (status)
            QToolTip::showText(QCursor::pos(), toolTipForColumn(index), view);
        else
            QToolTip::hideText();
    });
}

void CompareLoadChart::setWeek(const QList<DayLoadComparison> &days, Day weekStart)
{
    m_columns.clear();
    QStringList categories;
    QList<qreal> a, b;
    double top = 0;
    for (int column = 0; column < kDaysPerWeek; ++column) {
        const Day day = dayAtColumn(weekStart, column);
        const auto it
            = std::find_if(days.cbegin(), days.cend(), [day](const auto &d) { return d.day == day; });
        DayLoadComparison d = it != days.cend() ? *it : DayLoadComparison {};
        d.day = day;
        m_columns.append(d);
        categories << displayName(day);
        a << d.loadA;
        b << d.loadB;
        top = std::max({ top, d.loadA, d.loadB });
    }
    if (m_days->categories() != categories)
        m_days->setCategories(categories);
    m_a->remove(0, m_a->count());
    m_a->append(a);
    m_b->remove(0, m_b->count());
    m_b->append(b);
    m_values->setRange(0, niceAxisMaximum(top));
    m_values->setTickCount(niceAxisTickCount(niceAxisMaximum(top)));
}

double CompareLoadChart::barA(int column) const
{
    return m_a->at(column);
}

double CompareLoadChart::barB(int column) const
{
    return m_b->at(column);
}

QString CompareLoadChart::toolTipForColumn(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    const DayLoadComparison &d = m_columns[column];
    const QLocale locale;
    QString text
        = tr("%1: load A %2, B %3 (RPE × min)")
              .arg(displayName(d.day), locale.toString(d.loadA, 'f', 0), locale.toString(d.loadB, 'f', 0));
    if (d.highLoadA || d.highLoadB)
        text += u'\n'
            + (d.highLoadA && d.highLoadB ? tr("High-load day in A and B")
                   : d.highLoadA          ? tr("High-load day in A")
                                          : tr("High-load day in B"));
    return text;
}

void CompareLoadChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
}

void CompareLoadChart::applyStyle()
{
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    m_chart->setBackgroundBrush(style.theme.color(Theme::Background));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(style.theme.color(Theme::Text));
    m_chart->setTitleFont(style.titleFont);
    // A, the open plan, in the quiet text colour; B, the version being tried, in the selection
    // colour the week view marks what is being worked on with.
    m_a->setColor(style.theme.color(Theme::MutedText));
    m_a->setBorderColor(style.theme.color(Theme::MutedText).darker(120));
    m_b->setColor(style.theme.color(Theme::Selection));
    m_b->setBorderColor(style.theme.color(Theme::Selection).darker(120));
    style.styleAxes(m_chart->axes());
    m_days->setGridLineVisible(false);
    m_chart->legend()->setLabelColor(style.theme.color(Theme::Text));
    m_chart->legend()->setFont(style.font);
}

} // namespace ordo
