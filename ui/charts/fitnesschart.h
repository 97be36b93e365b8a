// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chartdata.h"
#include "chartstyle.h"

#include <QWidget>

#include <memory>

class QPainter;
class QRectF;

namespace ordo {

class FitnessChartContent;

// Fitness (CTL), fatigue (ATL) and form (TSB) over every day of a multi-week plan
// (docs/physiology.md 2.3). Qt Charts lines, updated in place by setData().
class FitnessChart : public QWidget
{
    Q_OBJECT
public:
    explicit FitnessChart(QWidget *parent = nullptr);
    ~FitnessChart() override;

    void setData(const FitnessChartData &data);
    const FitnessChartData &data() const { return m_data; }
    void setChartStyle(const ChartStyle &style);
    int pointCount() const;
    // The title with its second line, the assumption behind day 1 (docs/physiology.md 2.3).
    QString title() const;

    static void render(QPainter *painter, const QRectF &target, const FitnessChartData &data,
                       const ChartStyle &style);

private:
    FitnessChartData m_data;
    std::unique_ptr<FitnessChartContent> m_content;
};

} // namespace ordo
