// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plancomparison.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

// Plan ▸ Compare With (docs/comparing-plans.md): the open plan (A, read-only here, always as it
// is in the main window) beside another version (B, editable, with its own undo stack), their
// weeks scrolled and navigated together, the findings only one side has and both day loads.
// "Use this version" replaces the open plan by B as one undo step of the open plan. Opened by
// CompareCommands; a window of its own, closed with the main window.
namespace ordo {

class CompareLoadChart;
class Document;
class FindingsModel;
class WeekView;

class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Source { Copy, File, Arranged };

    CompareWindow(Document *open, const Plan &variant, Source source, QWidget *parent = nullptr);

    Document *openDocument() const { return m_open; }
    Document *variantDocument() const { return m_variant; }
    WeekView *viewA() const { return m_viewA; }
    WeekView *viewB() const { return m_viewB; }
    const PlanComparison &comparison() const { return m_comparison; }
    FindingsModel *onlyInAModel() const { return m_onlyInA; }
    FindingsModel *onlyInBModel() const { return m_onlyInB; }
    CompareLoadChart *loadChart() const { return m_chart; }
    QPushButton *useButton() const { return m_use; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    int week() const { return m_week; }
    void setWeek(int week);
    // Replaces the open plan by B as one undo step of the open plan.
    void useVariant();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Asks before B's changes are dropped: B lives only in this window.
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildToolBar();
    QWidget *buildWeekPane(WeekView *view, QLabel *caption);
    QWidget *buildFindingsPane(FindingsModel *model, QLabel *caption, QTreeView **viewOut);
    void refresh();
    void updateCaptions();
    void followScroll(WeekView *from, WeekView *to);

    Document *m_open;
    Document *m_variant;
    Source m_source;
    WeekView *m_viewA;
    WeekView *m_viewB;
    QLabel *m_captionA;
    QLabel *m_captionB;
    QLabel *m_weekLabel = nullptr;
    QAction *m_previousWeek = nullptr;
    QAction *m_nextWeek = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QPushButton *m_use = nullptr;
    FindingsModel *m_onlyInA;
    FindingsModel *m_onlyInB;
    QLabel *m_onlyInACaption;
    QLabel *m_onlyInBCaption;
    CompareLoadChart *m_chart;
    PlanComparison m_comparison;
    int m_week = 0;
    bool m_following = false; // a scroll or week change is being passed to the other side
};

} // namespace ordo
