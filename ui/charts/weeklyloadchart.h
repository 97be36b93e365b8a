// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chartdata.h"
#include "chartstyle.h"

#include <QWidget>

#include <memory>

class QPainter;
class QRectF;

namespace ordo {

class WeeklyLoadChartContent;

// "Load per week": stacked strength/cardio bars for every week of the plan, a line for the
// 4-week mean, and a mark above each week whose load rises steeply (docs/rules.md rules 38 and
// 49). The figures are the analysis's own (Analysis::weeks, fourWeekMeanLoad()), the same
// the season overview shows. A Qt Charts view updated in place by setData().
class WeeklyLoadChart : public QWidget
{
    Q_OBJECT
public:
    explicit WeeklyLoadChart(QWidget *parent = nullptr);
    ~WeeklyLoadChart() override;

    void setData(const WeeklyLoadChartData &data);
    const WeeklyLoadChartData &data() const { return m_data; }
    void setChartStyle(const ChartStyle &style);

    // What the series hold, for tests: week w's stacked bar (strength + cardio), the mean
    // line's point for week w, and the weeks marked as a steep rise by severity.
    double barValue(int week) const;
    double meanValue(int week) const;
    QList<int> markedWeeks(Severity severity) const;
    QString toolTipForWeek(int week) const;
    QString title() const;

    static QString toolTipText(const WeeklyLoadChartData &data, int week);

private:
    WeeklyLoadChartData m_data;
    std::unique_ptr<WeeklyLoadChartContent> m_content;
};

} // namespace ordo
