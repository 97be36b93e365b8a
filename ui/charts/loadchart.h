// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chartdata.h"
#include "chartstyle.h"

#include <QRectF>
#include <QWidget>

#include <memory>

class QPainter;

namespace ordo {

class LoadChartContent;

// "Recovery load per day": stacked strength/cardio bars for the seven days of one week, the
// carried-fatigue line, the high-load threshold and marked days, and the week's monotony.
// A Qt Charts view whose series are updated in place by setData(); render() draws the same
// chart onto any painter (PDF, print).
class LoadChart : public QWidget
{
    Q_OBJECT
public:
    explicit LoadChart(QWidget *parent = nullptr);
    ~LoadChart() override;

    void setData(const LoadChartData &data);
    const LoadChartData &data() const { return m_data; }
    void setChartStyle(const ChartStyle &style);

    // What is on screen, for tests: bars with a non-zero value, points of the fatigue line,
    // marked high-load days, and the tooltip text of a day's bar.
    int visibleBarCount() const;
    int fatiguePointCount() const;
    int highLoadMarkerCount() const;
    QString toolTipForDay(int day) const;
    QString title() const;
    // The plot area in widget coordinates (bars of day d are centred at 1/14, 3/14, … of it).
    QRectF plotArea() const;

    static QString toolTipText(const LoadChartData &data, int day);
    static void render(QPainter *painter, const QRectF &target, const LoadChartData &data,
                       const ChartStyle &style);

private:
    LoadChartData m_data;
    std::unique_ptr<LoadChartContent> m_content;
};

} // namespace ordo
