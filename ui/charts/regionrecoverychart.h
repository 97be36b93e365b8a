// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chartdata.h"
#include "chartstyle.h"

#include <QWidget>

#include <memory>

class QPainter;
class QRectF;

namespace ordo {

class RegionRecoveryContent;

// Per-region recovery: for each lifting session of the week, the residual fatigue of legs,
// upper body and core at its start (% of F_ref, docs/physiology.md 2.3) with the "not recovered"
// threshold drawn across. Qt Charts grouped bars, updated in place by setData().
class RegionRecoveryChart : public QWidget
{
    Q_OBJECT
public:
    explicit RegionRecoveryChart(QWidget *parent = nullptr);
    ~RegionRecoveryChart() override;

    void setData(const RegionRecoveryData &data);
    const RegionRecoveryData &data() const { return m_data; }
    void setChartStyle(const ChartStyle &style);

    int categoryCount() const;
    QString toolTipForSession(int index) const;

    static QString toolTipText(const RegionRecoveryData &data, int index);
    static void render(QPainter *painter, const QRectF &target, const RegionRecoveryData &data,
                       const ChartStyle &style);

private:
    RegionRecoveryData m_data;
    std::unique_ptr<RegionRecoveryContent> m_content;
};

} // namespace ordo
