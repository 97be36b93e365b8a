// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "appsettings.h"
#include "arrange/arrangecommands.h"
#include "autosave.h"
#include "busyimportcommand.h"
#include "charts/chartspanel.h"
#include "compare/comparecommands.h"
#include "dialogbuttons.h"
#include "docks/findingsdock.h"
#include "docks/inspector.h"
#include "docks/palettemodel.h"
#include "docks/paletteview.h"
#include "docks/planinspector.h"
#include "docks/sessioninspector.h"
#include "docks/templatecommands.h"
#include "document/document.h"
#include "edits/sessionedits.h"
#include "enums.h"
#include "filecommands.h"
#include "keybindings.h"
#include "physiology.h"
#include "plandates.h"
#include "preferencesdialog.h"
#include "season/seasonview.h"
#include "shortcutsdialog.h"
#include "themeicon.h"
#include "week/dragdwelltrigger.h"
#include "week/weekcommands.h"
#include "week/weekview.h"
#include "windowplacement.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

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

// How long the status bar confirms a written file.
constexpr int kNoticeMs = 15000;

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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_weekView(new WeekView(m_document, this))
    , m_seasonView(new SeasonView(m_document, this))
    , m_views(new QStackedWidget(this))
    , m_autosave(new Autosave(m_document, Autosave::defaultDirectory(), this))
    , m_files(new FileCommands(m_document, this))
    , m_busyImport(new BusyImportCommand(m_document, this))
{
    setObjectName(u"MainWindow"_s);
    // The week or, in its place, the season overview: every week of the plan, one row each. A
    // toggle in the toolbar rather than tabs, so the week keeps its height on a laptop.
    m_views->setObjectName(u"Views"_s);
    m_views->addWidget(m_weekView);
    m_views->addWidget(m_seasonView);
    setCentralWidget(m_views);
    connect(m_seasonView, &SeasonView::dayActivated, this, &MainWindow::openDay);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    createDocks();
    createActions();

    m_totals = new QLabel(this);
    m_totals->setAccessibleName(tr("Weekly totals"));
    // Clipped rather than widening the window when a confirmation shares the bar.
    m_totals->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addPermanentWidget(m_totals, 1);
    createWrittenNotice();
    connect(m_files, &FileCommands::fileWritten, this, &MainWindow::confirmWritten);
    // A restored crash copy is kept at once, not 30 s later: its old copy is gone.
    connect(m_files, &FileCommands::recovered, m_autosave, &Autosave::writeNow);
    m_files->setWindowFactory([this] {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->move(pos() + QPoint(32, 32));
        return window->fileCommands();
    });

    connect(m_document, &Document::planChanged, this, [this] {
        updateTotals();
        updateTitle();
        updateWeekLabel();
    });
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_weekView, &WeekView::weekChanged, this, &MainWindow::updateWeekLabel);
    connect(m_weekView, &WeekView::selectionChanged, this, [this](const QStringList &ids) {
        m_templates->setSelection(ids);
        if (m_inspector)
            m_inspector->setSelection(ids);
    });
    connect(m_busyImport, &BusyImportCommand::imported, this,
            [this](const QString &message) { statusBar()->showMessage(message, kNoticeMs); });
    connect(m_templates, &TemplateCommands::confirmed, this,
            [this](const QString &message) { statusBar()->showMessage(message, kNoticeMs); });
    connect(m_weekView, &WeekView::editRequested, this, [this] {
        if (auto *dock = findChild<QDockWidget *>(u"InspectorDock"_s))
            dock->raise();
        inspector()->focusEditor();
    });
    // The docks' contents are built right after the first paint: the window shows its
    // menus, toolbar, the week with the plan and the dock frames first. Anything that asks
    // for a dock's content earlier (tests, scripts) builds it on the spot.
    m_weekView->viewport()->installEventFilter(this);
    m_seasonView->viewport()->installEventFilter(this);
    const AppSettings settings;
    m_paletteModel->setUserTemplates(parseUserTemplates(settings.userTemplates()));
    // Connected after loading them: starting the app must not write the settings file.
    connect(m_paletteModel, &PaletteModel::userTemplatesChanged, this, &MainWindow::saveUserTemplates);
    applySettings();
    placeOnScreen();
    restoreState(settings.windowState());
    // The saved layout keeps the docks' places and sizes, but every start shows the findings
    // first, whichever tab was in front when the app last closed.
    findChild<QDockWidget *>(u"FindingsDock"_s)->raise();
    if (settings.seasonShown())
        m_views->setCurrentWidget(m_seasonView);
    m_document->reset(Plan {}, {});
}

MainWindow::~MainWindow() = default;

void MainWindow::placeOnScreen()
{
    const QRect primary = QGuiApplication::primaryScreen()->availableGeometry();
    setMinimumSize(WindowPlacement::kMinimumSize.boundedTo(primary.size()));
    QList<QRect> screens;
    for (const QScreen *screen : QGuiApplication::screens())
        screens.append(screen->availableGeometry());
    const AppSettings settings;
    const WindowPlacement placement
        = WindowPlacement::restore(settings.windowGeometry(), settings.windowMaximized(), screens, primary);
    // The saved rectangle is the frame's position and the contents' size (what pos() and
    // size() report), so a window reopens where it was without creeping by its title bar.
    resize(placement.geometry.size());
    move(placement.geometry.topLeft());
    if (placement.maximized)
        setWindowState(windowState() | Qt::WindowMaximized);
}

QRect MainWindow::savedGeometry() const
{
    if (!isMaximized() && !isFullScreen())
        return QRect(pos(), size());
    // normalGeometry() is the contents' rectangle; shift it by the frame like pos().
    return normalGeometry().translated(pos() - geometry().topLeft());
}

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
    QDockWidget *findings
        = dock(tr("Findings"), u"FindingsDock"_s, Qt::BottomDockWidgetArea, { 600, bottom });
    // The charts' minimum holds from the start, so the layout does not grow when they arrive.
    QDockWidget *charts = dock(tr("Charts"), u"ChartsDock"_s, Qt::BottomDockWidgetArea, { 600, bottom },
                               { 0, ChartsPanel::minimumHeight(fontMetrics()) });
    tabifyDockWidget(findings, charts);
    findings->raise();
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

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_files->addActions(file);
    file->addSeparator();
    file->addAction(m_busyImport->action());
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Window"), this, &QWidget::close);
    close->setShortcuts(KeyBindings::including(QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W)));
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // The toolbar shows the icon text, fixed, so the buttons keep their width; the menu and
    // the tooltip name what would be undone.
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(themeIcon(u"edit-undo"_s));
    undo->setIconText(tr("Undo"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    redo->setIcon(themeIcon(u"edit-redo"_s));
    redo->setIconText(tr("Redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Week surface: New Session…, Cut/Copy/Paste, Copy Day/Week, Select All (bound to the week).
    m_weekView->commands()->addTo(edit);
    m_weekView->commands()->setTemplateModel(m_paletteModel);
    edit->addSeparator();
    edit->addAction(tr("&Duplicate session"), this, [this] {
        m_document->apply(SessionEdits::duplicate(m_document->plan(), m_weekView->selectedIds()));
    });
    edit->addAction(tr("De&lete session"), this, [this] {
        m_document->apply(SessionEdits::remove(m_document->plan(), m_weekView->selectedIds()));
    });
    edit->addAction(m_templates->saveAction());
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcuts(
        KeyBindings::standard(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *plan = menuBar()->addMenu(tr("&Plan"));
    (new CompareCommands(m_document, this))->addTo(plan);
    plan->addSeparator();
    (new ArrangeCommands(m_document, m_weekView, this))->addTo(plan);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_showWeek = m_viewMenu->addAction(tr("&Week"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                                       [this] { m_views->setCurrentWidget(m_weekView); });
    m_showWeek->setToolTip(tr("One week, hour by hour"));
    m_showSeason = m_viewMenu->addAction(tr("&Season Overview"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                                         [this] { m_views->setCurrentWidget(m_seasonView); });
    m_showSeason->setToolTip(tr("Every week of the plan, one row each"));
    auto *views = new QActionGroup(this);
    for (QAction *a : { m_showWeek, m_showSeason }) {
        a->setCheckable(true);
        views->addAction(a);
    }
    m_showWeek->setChecked(true);
    connect(m_views, &QStackedWidget::currentChanged, this, [this](int index) {
        m_showWeek->setChecked(index == 0);
        m_showSeason->setChecked(index == 1);
        m_views->currentWidget()->setFocus(Qt::OtherFocusReason);
    });
    m_viewMenu->addSeparator();
    QAction *zoomIn = m_viewMenu->addAction(themeIcon(u"zoom-in"_s), tr("Zoom &In"), QKeySequence::ZoomIn,
                                            m_weekView, &WeekView::zoomIn);
    QAction *zoomOut = m_viewMenu->addAction(themeIcon(u"zoom-out"_s), tr("Zoom &Out"), QKeySequence::ZoomOut,
                                             m_weekView, &WeekView::zoomOut);
    m_viewMenu->addAction(tr("&Fit Visible Hours"), QKeySequence(Qt::CTRL | Qt::Key_0), m_weekView,
                          &WeekView::resetZoom);
    m_viewMenu->addSeparator();
    m_previousWeek = m_viewMenu->addAction(themeIcon(u"go-previous"_s), tr("&Previous Week"), this,
                                           [this] { m_weekView->setWeek(m_weekView->week() - 1); });
    m_nextWeek = m_viewMenu->addAction(themeIcon(u"go-next"_s), tr("&Next Week"), this,
                                       [this] { m_weekView->setWeek(m_weekView->week() + 1); });
    // The week view's own keys for these, shown in the menu and the shortcut list; they act
    // only while the week has the focus, so Page Up still scrolls a list or a text.
    for (auto [action, key] :
         { std::pair { m_previousWeek, Qt::Key_PageUp }, { m_nextWeek, Qt::Key_PageDown } }) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_weekView->addAction(action);
    }
    m_viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());

    // The week commands of the season overview act on its selected weeks.
    QMenu *weeks = menuBar()->addMenu(tr("Wee&ks"));
    m_seasonView->addWeekActions(weeks);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
        ->setShortcuts(KeyBindings::including(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    QAction *about = help->addAction(tr("&About Ordo"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    // Week navigation comes before zooming: on a narrow screen the toolbar's overflow menu
    // takes the last buttons first.
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"MainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_files->newAction());
    bar->addAction(m_files->openAction());
    bar->addAction(m_files->saveAction());
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(m_showWeek);
    bar->addAction(m_showSeason);
    bar->addSeparator();
    bar->addAction(m_previousWeek);
    m_weekLabel = new QLabel(this);
    m_weekLabel->setMinimumWidth(90);
    m_weekLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_weekLabel);
    bar->addAction(m_nextWeek);
    bar->addSeparator();
    bar->addAction(zoomIn);
    bar->addAction(zoomOut);
    // Actions without icons in the theme still show their text.
    for (QAction *a : bar->actions()) {
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

void MainWindow::createWrittenNotice()
{
    m_notice = new QWidget(this);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder = new QToolButton(m_notice);
    m_openFolder->setText(tr("Open Folder"));
    m_openFolder->setAutoRaise(true);
    connect(m_openFolder, &QToolButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath()));
    });
    auto *layout = new QHBoxLayout(m_notice);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noticeText);
    layout->addWidget(m_openFolder);
    statusBar()->addWidget(m_notice);
    m_notice->hide();
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(kNoticeMs);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
}

void MainWindow::confirmWritten(const QString &path, const QString &confirmation)
{
    m_writtenPath = path;
    // A long path is shortened in the middle: the folder's start and the file name stay.
    m_noticeText->setText(
        m_noticeText->fontMetrics().elidedText(confirmation, Qt::ElideMiddle, std::max(200, width() / 2)));
    m_noticeText->setToolTip(confirmation);
    m_notice->setAccessibleName(confirmation);
    m_openFolder->setToolTip(
        tr("Show %1 in the file manager").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    m_notice->show();
    m_noticeTimer->start();
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(this);
    m_shortcuts->refresh();
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::applySettings()
{
    const AppSettings settings;
    m_weekView->setWeekStart(settings.weekStart());
    m_weekView->setClock24(settings.clock24());
    m_seasonView->setWeekStart(settings.weekStart());
    m_seasonView->setClock24(settings.clock24());
    m_document->setClockFormat(settings.clock24() ? ClockFormat::H24 : ClockFormat::H12);
    m_weekView->setVisibleHours(settings.firstVisibleHour(), settings.lastVisibleHour());
    if (m_dockContentsBuilt)
        applySettingsToDocks();
}

void MainWindow::openDay(int week, Day day, const QString &sessionId)
{
    m_views->setCurrentWidget(m_weekView);
    m_weekView->setWeek(week);
    QString id = sessionId;
    if (id.isEmpty()) {
        for (const Session &s : m_document->plan().sessions) {
            if (s.week == week && s.day == day) {
                id = s.id;
                break;
            }
        }
    }
    if (!id.isEmpty()) {
        m_weekView->focusSession(id);
        return;
    }
    // An empty day: its first visible hour is picked for what comes next.
    m_weekView->setSelectedIds({});
    m_weekView->setSlot(
        GridPosition { (int(day) - int(AppSettings().weekStart()) + kDaysPerWeek) % kDaysPerWeek, day,
                       m_weekView->firstVisibleHour() * 60 });
    m_weekView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::applySettingsToDocks()
{
    const AppSettings settings;
    m_charts->setWeekStart(settings.weekStart());
    m_inspector->planPage()->setMassInPounds(settings.massInPounds());
    m_inspector->setClockFormat(settings.clock24() ? ClockFormat::H24 : ClockFormat::H12);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void MainWindow::saveUserTemplates()
{
    AppSettings().setUserTemplates(serializeUserTemplates(m_paletteModel->userTemplates()));
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = m_document->plan().name;
    // "[*]" is where Qt shows the modified marker ("Plan — plan.ordo*"); no space before it, so
    // an unmodified title does not end in one.
    setWindowTitle(path.isEmpty() ? name + u"[*]"_s : tr("%1 — %2[*]").arg(name, QFileInfo(path).fileName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateWeekLabel()
{
    const int weeks = m_document->plan().weeks;
    const int week = m_weekView->week();
    // With a start date the navigator names the week's dates: "Week 3 · 19–25 Jan".
    const QString dates = weekRangeText(m_document->plan(), week, locale());
    m_weekLabel->setText(dates.isEmpty() ? tr("Week %1 of %2").arg(week + 1).arg(weeks)
                                         : tr("Week %1 · %2").arg(week + 1).arg(dates));
    m_weekLabel->setToolTip(tr("Week %1 of %2").arg(week + 1).arg(weeks));
    m_previousWeek->setEnabled(week > 0);
    m_nextWeek->setEnabled(week + 1 < weeks);
}

QString MainWindow::totalsText(const Summary &s, int weeks)
{
    // Plural forms come from the translation (core/translations.h), English included.
    const QString lifting = tr("%n lifting sessions", nullptr, s.strengthSessions);
    const QString cardio = tr("%n cardio sessions", nullptr, s.cardioSessions);
    const QString rest = tr("%n rest days", nullptr, s.restDays);
    const QString minutes = tr("easy %1 min, moderate %2 min, HIIT %3 min")
                                .arg(s.cardioMinutesEasy)
                                .arg(s.cardioMinutesModerate)
                                .arg(s.cardioMinutesHiit);
    const QString kcal = tr("≈ %1 kcal").arg(QLocale().toString(physiology::displayedKcal(s.kcal)));
    const QString prefix = weeks > 1 ? tr("Average week:") : tr("This week:");
    return u"%1 %2 · %3 (%4) · %5 · %6"_s.arg(prefix, lifting, cardio, minutes, rest, kcal);
}

void MainWindow::updateTotals()
{
    m_totals->setText(totalsText(m_document->analysis().summary, m_document->plan().weeks));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    AppSettings().setWindowLayout(savedGeometry(), isMaximized(), saveState());
    AppSettings().setSeasonShown(m_views->currentWidget() == m_seasonView);
    m_autosave->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && urls.first().toLocalFile().endsWith(u".ordo"_s))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Open after the drop returns, so no dialog runs inside the drag.
    QMetaObject::invokeMethod(
        this, [this, path] { m_files->openSource(path); }, Qt::QueuedConnection);
}

void MainWindow::showAbout()
{
    // QMessageBox::about's OK button has no mnemonic; this box is the same otherwise.
    QMessageBox box(this);
    box.setWindowTitle(tr("About Ordo"));
    box.setIconPixmap(QApplication::windowIcon().pixmap(64));
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<h3>Ordo %1</h3>"
           "<p>Plans a training week that combines strength and cardio, and shows what each placement "
           "costs before you make it.</p>"
           "<p>The rules follow published work on concurrent training: the order effect (Eddens 2018, "
           "Murlasits 2018), AMPK after exercise (Wojtaszewski 2000, Lee-Young 2008), leg fatigue after "
           "cycling and running (Sporer &amp; Wenger 2003, Doma &amp; Deakin 2013), session-RPE load "
           "(Foster 2001), interference (Wilson 2012) and recovery spacing (ACSM 2009). "
           "Each finding's “Why?” names its source and evidence grade.</p>"
           "<p>A planning aid, not medical advice.</p>"
           "<p>Copyright © 2026 the Ordo authors.<br>"
           "Ordo is free software: you can redistribute it and/or modify it under the terms of the "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a> as "
           "published by the Free Software Foundation, either version 3 of the License, or (at your "
           "option) any later version. It comes with ABSOLUTELY NO WARRANTY.</p>")
            .arg(QStringLiteral(ORDO_VERSION)));
    box.setStandardButtons(QMessageBox::Ok);
    DialogButtons::addMnemonics(&box);
    box.exec();
}

} // namespace ordo
