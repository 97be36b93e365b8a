// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QWidget;

// The View menu's commands and the toolbar's week navigator: Week / Season Overview (which of
// the two views the window shows), zooming the week, the best-slot hints of a drag
// (remembered), Previous / Next Week (the week view's Page Up / Page Down), Go to Today and
// the label naming the week shown ("Week 3 of 12", or its dates).
namespace ordo {

class Document;
class SeasonView;
class WeekView;

class ViewCommands : public QObject
{
    Q_OBJECT

public:
    // `views` holds the week view and the season overview, in that order.
    ViewCommands(Document *document, WeekView *weekView, SeasonView *seasonView, QStackedWidget *views,
                 QWidget *window);

    // Week / Season Overview, zooming, Previous / Next Week, with separators between them.
    void addTo(QMenu *menu);
    // The view toggle, the week navigator and the zoom buttons, with separators between them.
    void addTo(QToolBar *bar);
    QLabel *weekLabel() const { return m_weekLabel; }
    QAction *previousWeekAction() const { return m_previousWeek; }
    QAction *nextWeekAction() const { return m_nextWeek; }
    // Go to Today: the week view at the week that holds today; disabled, with a tooltip saying
    // why, when the plan has no start date or today is outside it.
    QAction *todayAction() const { return m_today; }

private:
    void updateWeekLabel();
    void updateToday();
    void goToToday();

    Document *m_document;
    WeekView *m_weekView;
    SeasonView *m_seasonView;
    QStackedWidget *m_views;
    QWidget *m_window;
    QAction *m_showWeek;
    QAction *m_showSeason;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QAction *m_bestSlotHints;
    QAction *m_previousWeek;
    QAction *m_nextWeek;
    QAction *m_today;
    QLabel *m_weekLabel;
};

} // namespace ordo
