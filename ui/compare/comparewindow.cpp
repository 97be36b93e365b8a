// SPDX-License-Identifier: GPL-3.0-or-later

#include "comparewindow.h"

#include "compareloadchart.h"
#include "docks/findingsmodel.h"
#include "document/document.h"
#include "edits/planedits.h"
#include "shell/appsettings.h"
#include "shell/dialogbuttons.h"
#include "shell/mainwindow.h"
#include "shell/themeicon.h"
#include "week/weekview.h"

#include <QAction>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace ordo {

CompareWindow::CompareWindow(Document *open, const Plan &variant, Source source, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_open(open)
    , m_variant(new Document(this))
    , m_source(source)
    , m_captionA(new QLabel(this))
    , m_captionB(new QLabel(this))
    , m_onlyInA(new FindingsModel(this))
    , m_onlyInB(new FindingsModel(this))
    , m_onlyInACaption(new QLabel(this))
    , m_onlyInBCaption(new QLabel(this))
{
    setObjectName(u"CompareWindow"_s);
    setWindowTitle(tr("Compare Plans"));
    m_variant->setClockFormat(open->clockFormat());
    m_variant->reset(variant);
    m_viewA = new WeekView(m_open, this);
    m_viewB = new WeekView(m_variant, this);
    m_viewA->setObjectName(u"CompareWeekA"_s);
    m_viewB->setObjectName(u"CompareWeekB"_s);
    m_viewA->setAccessibleName(tr("Week of version A"));
    m_viewB->setAccessibleName(tr("Week of version B"));
    const AppSettings settings;
    for (WeekView *view : { m_viewA, m_viewB }) {
        view->setWeekStart(settings.weekStart());
        view->setClock24(settings.clock24());
        view->setVisibleHours(settings.firstVisibleHour(), settings.lastVisibleHour());
    }
    // A is the open plan: read here, changed in the main window, so a press, a drag or an
    // editing key on it does nothing; scrolling, zooming and Page Up/Down still work.
    m_viewA->installEventFilter(this);
    m_viewA->viewport()->installEventFilter(this);

    auto *weeks = new QSplitter(Qt::Horizontal);
    weeks->addWidget(buildWeekPane(m_viewA, m_captionA));
    weeks->addWidget(buildWeekPane(m_viewB, m_captionB));
    weeks->setChildrenCollapsible(false);

    m_chart = new CompareLoadChart;
    auto *bottom = new QSplitter(Qt::Horizontal);
    QTreeView *listA = nullptr;
    QTreeView *listB = nullptr;
    bottom->addWidget(buildFindingsPane(m_onlyInA, m_onlyInACaption, &listA));
    bottom->addWidget(buildFindingsPane(m_onlyInB, m_onlyInBCaption, &listB));
    bottom->addWidget(m_chart);
    bottom->setChildrenCollapsible(false);
    // The chart gets room for seven pairs of bars and its axis; the lists share the rest.
    m_chart->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    bottom->setSizes({ 500, 500, 360 });
    listA->setAccessibleName(tr("Findings only in A"));
    listB->setAccessibleName(tr("Findings only in B"));
    // Activating a finding shows its first session on its side (and selects it on B, the side
    // that can be changed), as the Findings panel does in the main window.
    for (auto [list, model, view] :
         { std::tuple { listA, m_onlyInA, m_viewA }, { listB, m_onlyInB, m_viewB } }) {
        connect(list, &QTreeView::activated, this, [this, model, view](const QModelIndex &index) {
            const Finding *finding = model->findingAt(index);
            if (!finding)
                return;
            setWeek(finding->week);
            if (view == m_viewB)
                view->setSelectedIds(finding->sessions);
            if (!finding->sessions.isEmpty())
                view->scrollToSession(finding->sessions.first());
        });
    }

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(weeks);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(buildToolBar());
    layout->addWidget(split, 1);

    for (WeekView *view : { m_viewA, m_viewB }) {
        WeekView *other = view == m_viewA ? m_viewB : m_viewA;
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, view, other] { followScroll(view, other); });
        connect(view, &WeekView::weekChanged, this, [this](int week) {
            if (!m_following)
                setWeek(week);
        });
    }
    connect(m_open, &Document::planChanged, this, &CompareWindow::refresh);
    connect(m_variant, &Document::planChanged, this, &CompareWindow::refresh);
    refresh();
    resize(1280, 720);
}

QWidget *CompareWindow::buildToolBar()
{
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // B's own history: these keys act in this window, the main window keeps its own; the
    // buttons say which side they undo, the menu words are the main window's.
    m_undo = m_variant->undoStack()->createUndoAction(this, MainWindow::tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setIcon(themeIcon(u"edit-undo"_s));
    m_undo->setIconText(tr("Undo in B"));
    m_redo = m_variant->undoStack()->createRedoAction(this, MainWindow::tr("&Redo"));
    m_redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    m_redo->setIcon(themeIcon(u"edit-redo"_s));
    m_redo->setIconText(tr("Redo in B"));
    for (QAction *action : { m_undo, m_redo }) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        bar->addAction(action);
    }
    bar->addSeparator();
    // The main window's words for week navigation.
    m_previousWeek = bar->addAction(themeIcon(u"go-previous"_s), MainWindow::tr("&Previous Week"), this,
                                    [this] { setWeek(m_week - 1); });
    m_weekLabel = new QLabel;
    m_weekLabel->setMinimumWidth(90);
    m_weekLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_weekLabel);
    m_nextWeek = bar->addAction(themeIcon(u"go-next"_s), MainWindow::tr("&Next Week"), this,
                                [this] { setWeek(m_week + 1); });
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_use = new QPushButton(tr("&Use This Version"));
    m_use->setToolTip(tr("Replace the open plan by version B (Undo in the main window takes it back)"));
    connect(m_use, &QPushButton::clicked, this, &CompareWindow::useVariant);
    bar->addWidget(m_use);
    return bar;
}

QWidget *CompareWindow::buildWeekPane(WeekView *view, QLabel *caption)
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    caption->setBuddy(view);
    layout->addWidget(caption);
    layout->addWidget(view, 1);
    return pane;
}

QWidget *CompareWindow::buildFindingsPane(FindingsModel *model, QLabel *caption, QTreeView **viewOut)
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *list = new QTreeView;
    list->setModel(model);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setColumnHidden(FindingsModel::RuleColumn, true);
    list->setColumnHidden(FindingsModel::FixColumn, true);
    list->header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(FindingsModel::WhenColumn, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    caption->setBuddy(list);
    layout->addWidget(caption);
    layout->addWidget(list, 1);
    *viewOut = list;
    return pane;
}

void CompareWindow::setWeek(int week)
{
    const int weeks = std::max(m_open->plan().weeks, m_variant->plan().weeks);
    m_week = std::clamp(week, 0, weeks - 1);
    m_following = true;
    m_viewA->setWeek(m_week);
    m_viewB->setWeek(m_week);
    m_following = false;
    m_weekLabel->setText(MainWindow::tr("Week %1 of %2").arg(m_week + 1).arg(weeks));
    m_previousWeek->setEnabled(m_week > 0);
    m_nextWeek->setEnabled(m_week + 1 < weeks);
    m_chart->setWeek(m_comparison.daysOfWeek(m_week), AppSettings().weekStart());
    updateCaptions();
}

void CompareWindow::useVariant()
{
    PlanEdit edit = PlanEdits::restore(m_open->plan(), m_variant->plan());
    edit.text = tr("Use the compared version");
    m_open->apply(edit);
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    // Changes made in B and not taken over would be lost without a word.
    const bool changed = !m_variant->undoStack()->isClean() && m_variant->plan() != m_open->plan();
    if (changed
        && DialogButtons::ask(
               this, QMessageBox::Warning, tr("Close the comparison"),
               tr("Version B has changes the open plan does not have. Close and discard them?"),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

bool CompareWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewA || watched == m_viewA->viewport()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::ContextMenu:
        case QEvent::DragEnter:
        case QEvent::DragMove:
        case QEvent::Drop:
            return true;
        case QEvent::KeyPress: {
            const int key = static_cast<QKeyEvent *>(event)->key();
            return key != Qt::Key_PageUp && key != Qt::Key_PageDown && key != Qt::Key_Tab
                && key != Qt::Key_Backtab;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CompareWindow::refresh()
{
    m_comparison = comparePlans(m_open->plan(), m_open->analysis(), m_variant->plan(), m_variant->analysis());
    m_onlyInA->setFindings(m_comparison.onlyInA, m_open->plan().weeks, m_open->clockFormat());
    m_onlyInB->setFindings(m_comparison.onlyInB, m_variant->plan().weeks, m_variant->clockFormat());
    m_onlyInACaption->setText(tr("Findings only in A: %1").arg(m_comparison.onlyInA.size()));
    m_onlyInBCaption->setText(tr("Findings only in B: %1").arg(m_comparison.onlyInB.size()));
    m_use->setEnabled(m_open->plan() != m_variant->plan());
    setWeek(m_week);
}

void CompareWindow::updateCaptions()
{
    const QString a = tr("A · %1 (the open plan)").arg(m_open->plan().name);
    const QString name = m_variant->plan().name;
    const QString b = m_source == Source::Copy ? tr("B · %1 (a copy to try changes on)").arg(name)
        : m_source == Source::File             ? tr("B · %1 (another file)").arg(name)
                                               : tr("B · %1 (as arranged)").arg(name);
    // A plan shorter than the other shows its last week; say so instead of letting it pass
    // for the week named above.
    const auto lacking = [this](const Document *d, const QString &caption) {
        return m_week < d->plan().weeks ? caption : tr("%1 — has no week %2").arg(caption).arg(m_week + 1);
    };
    m_captionA->setText(lacking(m_open, a));
    m_captionB->setText(lacking(m_variant, b));
}

void CompareWindow::followScroll(WeekView *from, WeekView *to)
{
    if (m_following)
        return;
    // The same time of day at the top of both, also when one side is zoomed differently.
    const double minute = from->verticalScrollBar()->value() / from->pixelsPerMinute();
    m_following = true;
    to->verticalScrollBar()->setValue(int(std::lround(minute * to->pixelsPerMinute())));
    m_following = false;
}

} // namespace ordo
