// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plancomparison.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QValueAxis;

// The recovery load of each day of one week in two versions of a plan, A and B as bars next to
// each other, for the comparison window (CompareWindow). Fed by setWeek() with the days of a
// PlanComparison; colours from the theme, like the load chart of the main window.
namespace ordo {

class CompareLoadChart : public QWidget
{
    Q_OBJECT

public:
    explicit CompareLoadChart(QWidget *parent = nullptr);

    // `days`: the seven days of the week in plan order; `weekStart`: the first column.
    void setWeek(const QList<DayLoadComparison> &days, Day weekStart);
    // What is drawn, for tests: the bar of column `column` in A or B.
    double barA(int column) const;
    double barB(int column) const;
    QString toolTipForColumn(int column) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    QChart *m_chart;
    QBarSet *m_a;
    QBarSet *m_b;
    QBarCategoryAxis *m_days;
    QValueAxis *m_values;
    QList<DayLoadComparison> m_columns; // in display order
};

} // namespace ordo
