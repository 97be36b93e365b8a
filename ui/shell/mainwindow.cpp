// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "appsettings.h"
#include "autosave.h"
#include "charts/chartspanel.h"
#include "docks/findingsdock.h"
#include "docks/inspector.h"
#include "docks/palettemodel.h"
#include "docks/paletteview.h"
#include "docks/planinspector.h"
#include "document/document.h"
#include "edits/sessionedits.h"
#include "enums.h"
#include "filecommands.h"
#include "preferencesdialog.h"
#include "themeicon.h"
#include "week/weekcommands.h"
#include "week/weekview.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// Default dock sizes (a saved layout wins).
constexpr int kPaletteWidth = 240;
constexpr int kInspectorWidth = 330;
constexpr int kFindingsHeight = 180;

// Holds a dock's place, at the size its content will have, until the content is built
// right after the first paint: the window's layout does not jump when it arrives.
class DockPlaceholder : public QWidget
{
public:
    DockPlaceholder(QSize hint, QWidget *parent)
        : QWidget(parent)
        , m_hint(hint)
    { }
    QSize sizeHint() const override { return m_hint; }

private:
    QSize m_hint;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_weekView(new WeekView(m_document, this))
    , m_autosave(new Autosave(m_document, Autosave::defaultDirectory(), this))
    , m_files(new FileCommands(m_document, this))
{
    setObjectName(u"MainWindow"_s);
    setCentralWidget(m_weekView);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    createDocks();
    createActions();

    m_totals = new QLabel(this);
    m_totals->setAccessibleName(tr("Weekly totals"));
    statusBar()->addPermanentWidget(m_totals, 1);

    connect(m_document, &Document::planChanged, this, [this] {
        updateTotals();
        updateTitle();
        updateWeekLabel();
    });
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_weekView, &WeekView::weekChanged, this, &MainWindow::updateWeekLabel);
    connect(m_weekView, &WeekView::selectionChanged, this, [this](const QStringList &ids) {
        if (m_inspector)
            m_inspector->setSelection(ids);
    });
    connect(m_weekView, &WeekView::editRequested, this, [this] {
        if (auto *dock = findChild<QDockWidget *>(u"InspectorDock"_s))
            dock->raise();
        inspector()->focusEditor();
    });
    // The docks' contents are built right after the first paint: the window shows its
    // menus, toolbar, the week with the plan and the dock frames first. Anything that asks
    // for a dock's content earlier (tests, scripts) builds it on the spot.
    m_weekView->viewport()->installEventFilter(this);
    const AppSettings settings;
    m_paletteModel->setUserTemplates(parseUserTemplates(settings.userTemplates()));
    // Connected after loading them: starting the app must not write the settings file.
    connect(m_paletteModel, &PaletteModel::userTemplatesChanged, this, &MainWindow::saveUserTemplates);
    applySettings();
    resize(1400, 900);
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_document->reset(Plan {}, {});
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_paletteModel = new PaletteModel(this);
    auto dock = [this](const QString &title, const QString &name, Qt::DockWidgetArea area, QSize size) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(new DockPlaceholder(size, d));
        addDockWidget(area, d);
        return d;
    };
    dock(tr("Palette"), u"PaletteDock"_s, Qt::LeftDockWidgetArea, { kPaletteWidth, 400 });
    dock(tr("Inspector"), u"InspectorDock"_s, Qt::RightDockWidgetArea, { kInspectorWidth, 400 });
    QDockWidget *findings
        = dock(tr("Findings"), u"FindingsDock"_s, Qt::BottomDockWidgetArea, { 600, kFindingsHeight });
    QDockWidget *charts
        = dock(tr("Charts"), u"ChartsDock"_s, Qt::BottomDockWidgetArea, { 600, kFindingsHeight });
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
    m_paletteView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *removeTemplate = new QAction(tr("Remove template"), m_paletteView);
    connect(removeTemplate, &QAction::triggered, this, [this] {
        if (const SessionTemplate *t = m_paletteModel->templateAt(m_paletteView->currentIndex());
            t && t->user)
            m_paletteModel->removeUserTemplate(t->id);
    });
    m_paletteView->addAction(removeTemplate);
    connect(m_paletteModel, &QAbstractItemModel::rowsInserted, m_paletteView, &QTreeView::expandAll);
    setDockContent(u"PaletteDock"_s, m_paletteView);

    m_inspector = new Inspector(m_document, this);
    m_inspector->setSelection(m_weekView->selectedIds());
    setDockContent(u"InspectorDock"_s, m_inspector);

    m_findings = new FindingsDock(m_document, this);
    connect(m_findings, &FindingsDock::findingActivated, this, [this](const Finding &f) {
        m_weekView->setSelectedIds(f.sessions);
        if (!f.sessions.isEmpty())
            m_weekView->scrollToSession(f.sessions.first());
    });
    setDockContent(u"FindingsDock"_s, m_findings);

    m_charts = new ChartsPanel(m_document, this);
    // The charts may be small while the findings tab is in front; they scale.
    m_charts->setMinimumSize(200, 120);
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
    if (event->type() == QEvent::Paint && watched == m_weekView->viewport() && !m_dockContentsBuilt) {
        // Queued: this paint, and the rest of the window's, happen first.
        QMetaObject::invokeMethod(this, &MainWindow::ensureDockContents, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutApplied)
        return;
    m_layoutApplied = true;
    // Default dock sizes, once the window has its size; a saved layout wins.
    if (AppSettings().windowState().isEmpty()) {
        resizeDocks(
            { findChild<QDockWidget *>(u"PaletteDock"_s), findChild<QDockWidget *>(u"InspectorDock"_s) },
            { kPaletteWidth, kInspectorWidth }, Qt::Horizontal);
        resizeDocks({ findChild<QDockWidget *>(u"FindingsDock"_s) }, { kFindingsHeight }, Qt::Vertical);
    }
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_files->addActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(themeIcon(u"edit-undo"_s));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    redo->setIcon(themeIcon(u"edit-redo"_s));
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
    edit->addAction(tr("Save session as &template"), this, [this] {
        if (const Session *s = m_document->plan().find(m_weekView->selectedIds().value(0)))
            m_paletteModel->addUserTemplate(*s);
    });
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
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
    m_viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Ordo"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

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
    bar->addAction(zoomIn);
    bar->addAction(zoomOut);
    bar->addSeparator();
    bar->addAction(m_previousWeek);
    m_weekLabel = new QLabel(this);
    m_weekLabel->setMinimumWidth(90);
    m_weekLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_weekLabel);
    bar->addAction(m_nextWeek);
    // Actions without icons in the theme still show their text.
    for (QAction *a : bar->actions()) {
        if (a->icon().isNull())
            a->setIconText(a->text().remove(u'&'));
    }
}

void MainWindow::applySettings()
{
    const AppSettings settings;
    m_weekView->setWeekStart(settings.weekStart());
    m_weekView->setClock24(settings.clock24());
    m_weekView->setVisibleHours(settings.firstVisibleHour(), settings.lastVisibleHour());
    if (m_dockContentsBuilt)
        applySettingsToDocks();
}

void MainWindow::applySettingsToDocks()
{
    const AppSettings settings;
    m_charts->setWeekStart(settings.weekStart());
    m_inspector->planPage()->setMassInPounds(settings.massInPounds());
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
    setWindowTitle(path.isEmpty() ? name + u"[*]"_s
                                  : name + u" — "_s + QFileInfo(path).fileName() + u" [*]"_s);
    setWindowModified(m_document->isModified());
}

void MainWindow::updateWeekLabel()
{
    const int weeks = m_document->plan().weeks;
    const int week = m_weekView->week();
    m_weekLabel->setText(tr("Week %1 of %2").arg(week + 1).arg(weeks));
    m_previousWeek->setEnabled(week > 0);
    m_nextWeek->setEnabled(week + 1 < weeks);
}

QString MainWindow::totalsText(const Summary &s, int weeks)
{
    // Explicit singular and plural: the English plural forms would otherwise need a .qm file.
    const QString lifting = s.strengthSessions == 1 ? tr("1 lifting session")
                                                    : tr("%1 lifting sessions").arg(s.strengthSessions);
    const QString cardio
        = s.cardioSessions == 1 ? tr("1 cardio session") : tr("%1 cardio sessions").arg(s.cardioSessions);
    const QString rest = s.restDays == 1 ? tr("1 rest day") : tr("%1 rest days").arg(s.restDays);
    const QString minutes = tr("easy %1 min, moderate %2 min, HIIT %3 min")
                                .arg(s.cardioMinutesEasy)
                                .arg(s.cardioMinutesModerate)
                                .arg(s.cardioMinutesHiit);
    const QString kcal = tr("≈ %1 kcal").arg(QLocale().toString(qRound(s.kcal / 10.0) * 10));
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
    AppSettings().setWindowLayout(saveGeometry(), saveState());
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
    QMessageBox::about(
        this, tr("About Ordo"),
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
}

} // namespace ordo
