// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "aboutbox.h"
#include "appsettings.h"
#include "arrange/arrangecommands.h"
#include "autosave.h"
#include "busyimportcommand.h"
#include "compare/comparecommands.h"
#include "docks/inspector.h"
#include "docks/palettemodel.h"
#include "docks/templatecommands.h"
#include "document/document.h"
#include "edits/sessionedits.h"
#include "enums.h"
#include "filecommands.h"
#include "keybindings.h"
#include "physiology.h"
#include "preferencesdialog.h"
#include "season/seasoncommands.h"
#include "season/seasonview.h"
#include "shortcutsdialog.h"
#include "themeicon.h"
#include "viewcommands.h"
#include "week/weekcommands.h"
#include "week/weekview.h"
#include "windowplacement.h"
#include "writtennotice.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ordo {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_weekView(new WeekView(m_document, this))
    , m_seasonView(new SeasonView(m_document, this))
    , m_views(new QStackedWidget(this))
    , m_autosave(new Autosave(m_document, Autosave::defaultDirectory(), this))
    , m_files(new FileCommands(m_document, this))
    , m_busyImport(new BusyImportCommand(m_document, this))
    , m_viewCommands(new ViewCommands(m_document, m_weekView, m_seasonView, m_views, this))
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
    m_notice = new WrittenNotice(this);
    statusBar()->addWidget(m_notice);
    m_notice->hide();
    connect(m_files, &FileCommands::fileWritten, this,
            [this](const QString &path, const QString &confirmation) {
                m_notice->confirm(path, confirmation, std::max(200, width() / 2));
            });
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
    });
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_weekView, &WeekView::selectionChanged, this, [this](const QStringList &ids) {
        m_templates->setSelection(ids);
        if (m_inspector)
            m_inspector->setSelection(ids);
    });
    connect(m_busyImport, &BusyImportCommand::imported, this,
            [this](const QString &message) { statusBar()->showMessage(message, WrittenNotice::kNoticeMs); });
    connect(m_templates, &TemplateCommands::confirmed, this,
            [this](const QString &message) { statusBar()->showMessage(message, WrittenNotice::kNoticeMs); });
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
    restoreDockLayout(settings.windowState());
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

QLabel *MainWindow::weekLabel() const
{
    return m_viewCommands->weekLabel();
}

QWidget *MainWindow::writtenNotice() const
{
    return m_notice;
}

QLabel *MainWindow::writtenNoticeText() const
{
    return m_notice->text();
}

QToolButton *MainWindow::openFolderButton() const
{
    return m_notice->openFolderButton();
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
    m_viewCommands->addTo(m_viewMenu);
    m_viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());

    // The week commands of the season overview act on its selected weeks.
    QMenu *weeks = menuBar()->addMenu(tr("Wee&ks"));
    m_seasonView->commands()->addTo(weeks);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
        ->setShortcuts(KeyBindings::including(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    QAction *about = help->addAction(tr("&About Ordo"), this, [this] { AboutBox::exec(this); });
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
    // Actions without icons in the theme still show their text.
    for (QAction *a : bar->actions()) {
        if (a->icon().isNull())
            a->setIconText(a->text().remove(u'&'));
    }
    bar->addSeparator();
    m_viewCommands->addTo(bar);
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

} // namespace ordo
