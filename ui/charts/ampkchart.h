// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chartdata.h"
#include "chartstyle.h"

#include <QWidget>

class QPainter;
class QRectF;

namespace ordo {

// "AMPK-elevated windows": a 24-hour timeline per day of one week (days as rows). Each window
// is a shaded range that fades along the docs/physiology.md 2.2 curve, cardio sessions are the
// blocks that cause them, lifting sessions are markers (warning colour when one starts inside
// a window). Painted with QPainter; paintChart() serves the widget and the PDF alike.
class AmpkChart : public QWidget
{
    Q_OBJECT
public:
    explicit AmpkChart(QWidget *parent = nullptr);

    void setData(const Plan &plan, const AmpkChartData &data);
    const AmpkChartData &data() const { return m_data; }
    void setChartStyle(const ChartStyle &style);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Where things are drawn in a widget of the current size (tests, tooltips).
    QRectF rangeRect(int day, int index) const;
    QRectF sessionRect(int day, int index) const;
    QString toolTipAt(const QPointF &pos) const;
    // Where the titles beside the blocks of `day`'s row are drawn (none overlaps another).
    QList<QRectF> labelRects(int day) const;

    static void paintChart(QPainter *painter, const QRectF &rect, const AmpkChartData &data,
                           const ChartStyle &style);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    AmpkChartData m_data;
    ChartStyle m_style;
    Plan m_plan; // for the plan's time axis in tooltips
};

} // namespace ordo
