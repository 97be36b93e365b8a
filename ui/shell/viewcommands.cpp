// SPDX-License-Identifier: GPL-3.0-or-later

#include "viewcommands.h"

#include "appsettings.h"
#include "document/document.h"
#include "plandates.h"
#include "season/seasonview.h"
#include "themeicon.h"
#include "week/dragdwelltrigger.h"
#include "week/weekview.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ordo {

ViewCommands::ViewCommands(Document *document, WeekView *weekView, SeasonView *seasonView,
                           QStackedWidget *views, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_weekView(weekView)
    , m_seasonView(seasonView)
    , m_views(views)
    , m_window(window)
    , m_showWeek(new QAction(tr("&Week"), this))
    , m_showSeason(new QAction(tr("&Season Overview"), this))
    , m_zoomIn(new QAction(themeIcon(u"zoom-in"_s), tr("Zoom &In"), this))
    , m_zoomOut(new QAction(themeIcon(u"zoom-out"_s), tr("Zoom &Out"), this))
    , m_fit(new QAction(tr("&Fit Visible Hours"), this))
    , m_bestSlotHints(new QAction(tr("Best-Slot &Hints"), this))
    , m_previousWeek(new QAction(themeIcon(u"go-previous"_s), tr("&Previous Week"), this))
    , m_nextWeek(new QAction(themeIcon(u"go-next"_s), tr("&Next Week"), this))
    , m_today(new QAction(tr("Go to &Today"), this))
    , m_weekLabel(new QLabel(window))
{
    m_showWeek->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showWeek->setToolTip(tr("One week, hour by hour"));
    connect(m_showWeek, &QAction::triggered, this, [this] { m_views->setCurrentWidget(m_weekView); });
    m_showSeason->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showSeason->setToolTip(tr("Every week of the plan, one row each"));
    connect(m_showSeason, &QAction::triggered, this, [this] { m_views->setCurrentWidget(m_seasonView); });
    auto *group = new QActionGroup(this);
    for (QAction *a : { m_showWeek, m_showSeason }) {
        a->setCheckable(true);
        group->addAction(a);
    }
    m_showWeek->setChecked(true);
    connect(m_views, &QStackedWidget::currentChanged, this, [this](int index) {
        m_showWeek->setChecked(index == 0);
        m_showSeason->setChecked(index == 1);
        m_views->currentWidget()->setFocus(Qt::OtherFocusReason);
    });

    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, m_weekView, &WeekView::zoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, m_weekView, &WeekView::zoomOut);
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fit, &QAction::triggered, m_weekView, &WeekView::resetZoom);

    // docs/best-slot-hints.md: on unless turned off, remembered.
    m_bestSlotHints->setCheckable(true);
    m_bestSlotHints->setToolTip(tr("While you drag a session, tint the week by where it fits best"));
    m_bestSlotHints->setChecked(AppSettings().bestSlotHints());
    m_weekView->bestSlotHints()->setEnabled(m_bestSlotHints->isChecked());
    connect(m_bestSlotHints, &QAction::toggled, this, [this](bool on) {
        AppSettings().setBestSlotHints(on);
        m_weekView->bestSlotHints()->setEnabled(on);
    });

    connect(m_previousWeek, &QAction::triggered, this,
            [this] { m_weekView->setWeek(m_weekView->week() - 1); });
    connect(m_nextWeek, &QAction::triggered, this, [this] { m_weekView->setWeek(m_weekView->week() + 1); });
    // The week view's own keys for these, shown in the menu and the shortcut list; they act
    // only while the week has the focus, so Page Up still scrolls a list or a text.
    for (auto [action, key] :
         { std::pair { m_previousWeek, Qt::Key_PageUp }, { m_nextWeek, Qt::Key_PageDown } }) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_weekView->addAction(action);
    }

    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_today, &QAction::triggered, this, &ViewCommands::goToToday);
    // Today moves at midnight, and the plan's start date or length may change.
    connect(m_weekView->clock(), &NowClock::ticked, this, &ViewCommands::updateToday);
    connect(m_document, &Document::planChanged, this, &ViewCommands::updateToday);
    updateToday();

    m_weekLabel->setMinimumWidth(90);
    m_weekLabel->setAlignment(Qt::AlignCenter);
    connect(m_document, &Document::planChanged, this, &ViewCommands::updateWeekLabel);
    connect(m_weekView, &WeekView::weekChanged, this, &ViewCommands::updateWeekLabel);
}

void ViewCommands::addTo(QMenu *menu)
{
    menu->addAction(m_showWeek);
    menu->addAction(m_showSeason);
    menu->addSeparator();
    menu->addAction(m_zoomIn);
    menu->addAction(m_zoomOut);
    menu->addAction(m_fit);
    menu->addAction(m_bestSlotHints);
    menu->addSeparator();
    menu->addAction(m_previousWeek);
    menu->addAction(m_nextWeek);
    menu->addAction(m_today);
}

void ViewCommands::addTo(QToolBar *bar)
{
    bar->addAction(m_showWeek);
    bar->addAction(m_showSeason);
    bar->addSeparator();
    bar->addAction(m_previousWeek);
    bar->addWidget(m_weekLabel);
    bar->addAction(m_nextWeek);
    bar->addAction(m_today);
    m_today->setIconText(tr("Today"));
    bar->addSeparator();
    bar->addAction(m_zoomIn);
    bar->addAction(m_zoomOut);
    // Actions without icons in the theme still show their text.
    for (QAction *a : { m_previousWeek, m_nextWeek, m_zoomIn, m_zoomOut }) {
        if (a->icon().isNull())
            a->setIconText(a->text().remove(u'&'));
    }
    // The toggle between the week and the season overview, in short words.
    m_showWeek->setIconText(tr("Week"));
    m_showSeason->setIconText(tr("Season"));
    // Resting a dragged session on them changes the week under the drag.
    for (QAction *a : { m_previousWeek, m_nextWeek }) {
        if (QWidget *button = bar->widgetForAction(a))
            new DragDwellTrigger(button, a);
    }
    // Previous and next week are arrows beside the week's name; the tooltip says which.
    for (QAction *a : { m_previousWeek, m_nextWeek }) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a));
            button && !a->icon().isNull())
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void ViewCommands::updateToday()
{
    const Plan &plan = m_document->plan();
    const QLocale locale = m_window->locale();
    const QDate today = m_weekView->clock()->now().date();
    if (m_weekView->today()) {
        m_today->setEnabled(true);
        m_today->setToolTip(
            tr("Open the week that holds today, %1").arg(locale.toString(today, QLocale::LongFormat)));
        return;
    }
    m_today->setEnabled(false);
    if (!plan.anchorDate) {
        m_today->setToolTip(
            tr("The plan has no start date: give it one in the plan inspector to see its weeks "
               "as dates"));
    } else if (today < *plan.anchorDate) {
        m_today->setToolTip(tr("Today is before the plan, which starts on %1")
                                .arg(locale.toString(*plan.anchorDate, QLocale::LongFormat)));
    } else {
        const QDate last = plan.anchorDate->addDays(qint64(plan.weeks) * kDaysPerWeek - 1);
        m_today->setToolTip(
            tr("Today is after the plan, which ended on %1").arg(locale.toString(last, QLocale::LongFormat)));
    }
}

void ViewCommands::goToToday()
{
    const std::optional<PlanDay> today = m_weekView->today();
    if (!today)
        return;
    m_views->setCurrentWidget(m_weekView);
    m_weekView->setWeek(today->week);
}

void ViewCommands::updateWeekLabel()
{
    const int weeks = m_document->plan().weeks;
    const int week = m_weekView->week();
    // With a start date the navigator names the week's dates: "Week 3 · 19–25 Jan".
    const QString dates = weekRangeText(m_document->plan(), week, m_window->locale());
    m_weekLabel->setText(dates.isEmpty() ? tr("Week %1 of %2").arg(week + 1).arg(weeks)
                                         : tr("Week %1 · %2").arg(week + 1).arg(dates));
    m_weekLabel->setToolTip(tr("Week %1 of %2").arg(week + 1).arg(weeks));
    m_previousWeek->setEnabled(week > 0);
    m_nextWeek->setEnabled(week + 1 < weeks);
}

} // namespace ordo
