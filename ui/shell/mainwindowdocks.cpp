// SPDX-License-Identifier: GPL-3.0-or-later

// The main window's docks: palette, inspector, findings and charts, their default sizes, and
// their contents, built right after the window's first paint (mainwindow.cpp has the rest).

#include "mainwindow.h"

#include "appsettings.h"
#include "charts/chartspanel.h"
#include "docks/findingsdock.h"
#include "docks/inspector.h"
#include "docks/palettemodel.h"
#include "docks/paletteview.h"
#include "docks/planinspector.h"
#include "docks/templatecommands.h"
#include "season/seasonview.h"
#include "themeicon.h"
#include "week/weekcommands.h"
#include "week/weekview.h"

#include <QDockWidget>
#include <QEvent>
#include <QScreen>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// Default dock sizes (a saved layout wins): shares of the window's width within bounds, so
// a 1366 px laptop keeps most of its width for the week and a wide screen does not give the
// docks more than they use.
int paletteWidth(int windowWidth)
{
    return std::clamp(windowWidth * 17 / 100, 220, 250);
}

int inspectorWidth(int windowWidth)
{
    return std::clamp(windowWidth * 22 / 100, 300, 340);
}

// The bottom docks (findings, charts tabbed behind them) show six findings, and a chart
// with its axes and legend, at the least.
constexpr int kFindingsRows = 6;

// Holds a dock's place, at the size its content will have, until the content is built
// right after the first paint: the window's layout does not jump when it arrives.
class DockPlaceholder : public QWidget
{
public:
    DockPlaceholder(QSize hint, QSize minimum, QWidget *parent)
        : QWidget(parent)
        , m_hint(hint)
        , m_minimum(minimum)
    { }
    QSize sizeHint() const override { return m_hint; }
    QSize minimumSizeHint() const override { return m_minimum; }

private:
    QSize m_hint;
    QSize m_minimum;
};

} // namespace

void MainWindow::createDocks()
{
    m_paletteModel = new PaletteModel(this);
    m_templates = new TemplateCommands(m_document, m_paletteModel, this);
    auto dock = [this](const QString &title, const QString &name, Qt::DockWidgetArea area, QSize size,
                       QSize minimum = {}) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(new DockPlaceholder(size, minimum, d));
        addDockWidget(area, d);
        return d;
    };
    const int bottom = bottomDockHeight();
    dock(tr("Palette"), u"PaletteDock"_s, Qt::LeftDockWidgetArea, { paletteWidth(width()), 400 });
    dock(tr("Inspector"), u"InspectorDock"_s, Qt::RightDockWidgetArea, { inspectorWidth(width()), 400 });
    dock(tr("Findings"), u"FindingsDock"_s, Qt::BottomDockWidgetArea, { 600, bottom });
    // The charts' minimum holds from the start, so the layout does not grow when they arrive.
    dock(tr("Charts"), u"ChartsDock"_s, Qt::BottomDockWidgetArea, { 600, bottom },
         { 0, ChartsPanel::minimumHeight(fontMetrics()) });
}

void MainWindow::restoreDockLayout(const QByteArray &saved)
{
    // The bottom docks are tabbed before a saved layout is restored, even though the layout
    // places them itself: restoring a layout saved on another screen onto docks that were never
    // tabbed crashed Qt 6.4's dock layout on X11 (docs/performance.md, "Startup: fourth pass").
    tabifyDockWidget(findChild<QDockWidget *>(u"FindingsDock"_s), findChild<QDockWidget *>(u"ChartsDock"_s));
    restoreState(saved);
}

void MainWindow::ensureDockContents()
{
    if (m_dockContentsBuilt)
        return;
    m_dockContentsBuilt = true;
    m_weekView->viewport()->removeEventFilter(this);
    // The docks keep the sizes they were shown with: new contents must not move the layout.
    const QByteArray shownLayout = isVisible() ? saveState() : QByteArray();

    auto *paletteView = new PaletteView(this);
    m_paletteView = paletteView;
    m_paletteView->setModel(m_paletteModel);
    m_paletteView->expandAll();
    // Week surface: Enter or double-click on a template adds it at the week's selected slot.
    connect(paletteView, &PaletteView::templatesActivated, m_weekView->commands(),
            &WeekCommands::addTemplates);
    // Rename… and Remove, on the user's own templates only.
    m_templates->attachTo(m_paletteView);
    connect(m_paletteModel, &QAbstractItemModel::rowsInserted, m_paletteView, &QTreeView::expandAll);
    setDockContent(u"PaletteDock"_s, m_paletteView);

    m_inspector = new Inspector(m_document, this);
    m_inspector->setSelection(m_weekView->selectedIds());
    connect(m_inspector, &Inspector::leaveRequested, this,
            [this] { m_weekView->setFocus(Qt::ShortcutFocusReason); });
    setDockContent(u"InspectorDock"_s, m_inspector);

    m_findings = new FindingsDock(m_document, this);
    connect(m_findings, &FindingsDock::findingActivated, this, [this](const Finding &f) {
        // To the finding's week first (from "All weeks" it may be another one).
        m_weekView->setWeek(f.week);
        m_weekView->setSelectedIds(f.sessions);
        if (!f.sessions.isEmpty())
            m_weekView->scrollToSession(f.sessions.first());
    });
    m_findings->setWeek(m_weekView->week());
    connect(m_weekView, &WeekView::weekChanged, m_findings, &FindingsDock::setWeek);
    setDockContent(u"FindingsDock"_s, m_findings);

    m_charts = new ChartsPanel(m_document, this);
    m_charts->setWeek(m_weekView->week());
    connect(m_weekView, &WeekView::weekChanged, m_charts, &ChartsPanel::setWeek);
    // While a drop or move hovers, the charts show the plan as it would be after it.
    connect(m_weekView, &WeekView::previewChanged, m_charts, &ChartsPanel::showPreview);
    auto *charts = findChild<QDockWidget *>(u"ChartsDock"_s);
    connect(charts, &QDockWidget::visibilityChanged, m_charts, [this](bool visible) {
        if (visible)
            QMetaObject::invokeMethod(m_charts, &ChartsPanel::buildCurrentChartIfOnScreen,
                                      Qt::QueuedConnection);
    });
    setDockContent(u"ChartsDock"_s, m_charts);
    applySettingsToDocks();
    if (!shownLayout.isEmpty())
        restoreState(shownLayout);
}

void MainWindow::setDockContent(const QString &dockName, QWidget *content)
{
    auto *dock = findChild<QDockWidget *>(dockName);
    QWidget *placeholder = dock->widget();
    dock->setWidget(content);
    delete placeholder;
}

FindingsDock *MainWindow::findingsDock()
{
    ensureDockContents();
    return m_findings;
}

Inspector *MainWindow::inspector()
{
    ensureDockContents();
    return m_inspector;
}

ChartsPanel *MainWindow::charts()
{
    ensureDockContents();
    return m_charts;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint
        && (watched == m_weekView->viewport() || watched == m_seasonView->viewport())
        && !m_dockContentsBuilt) {
        // Queued: this paint, and the rest of the window's, happen first. Then the desktop
        // theme's icons replace the shipped ones (looking them up costs as much as a paint).
        QMetaObject::invokeMethod(this, &MainWindow::ensureDockContents, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            this,
            [this] {
                useThemeIcons();
                emit firstPainted();
            },
            Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutApplied)
        return;
    m_layoutApplied = true;
    // Default dock sizes, once the window has its size; a saved layout wins. A window shown
    // maximized may get its final size only after this event: the screen tells it.
    if (AppSettings().windowState().isEmpty()) {
        const int w = isMaximized() && screen() ? screen()->availableGeometry().width() : width();
        resizeDocks(
            { findChild<QDockWidget *>(u"PaletteDock"_s), findChild<QDockWidget *>(u"InspectorDock"_s) },
            { paletteWidth(w), inspectorWidth(w) }, Qt::Horizontal);
        resizeDocks({ findChild<QDockWidget *>(u"FindingsDock"_s) }, { bottomDockHeight() }, Qt::Vertical);
    }
}

int MainWindow::bottomDockHeight() const
{
    const int findings = FindingsDock::heightForRows(kFindingsRows, fontMetrics());
    const int titleBar = fontMetrics().height() + 8;
    return titleBar + std::max(findings, ChartsPanel::minimumHeight(fontMetrics()));
}

void MainWindow::applySettingsToDocks()
{
    const AppSettings settings;
    m_charts->setWeekStart(settings.weekStart());
    m_inspector->planPage()->setMassInPounds(settings.massInPounds());
    m_inspector->setClockFormat(settings.clock24() ? ClockFormat::H24 : ClockFormat::H12);
}

} // namespace ordo
