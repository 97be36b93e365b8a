// SPDX-License-Identifier: GPL-3.0-or-later

#include "weekcommands.h"

#include "addsessionmenu.h"
#include "document/document.h"
#include "edits/availabilityedits.h"
#include "edits/sessionedits.h"
#include "enums.h"
#include "newsessiondialog.h"
#include "timeaxis.h"
#include "weekclipboard.h"
#include "weekview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>

#include <algorithm>

namespace ordo {

WeekCommands::WeekCommands(WeekView *view, Document *document)
    : QObject(view)
    , m_view(view)
    , m_document(document)
{
    m_newSession = makeAction(tr("&New Session…"), QKeySequence(Qt::Key_Insert), &WeekCommands::newSession);
    m_cut = makeAction(tr("Cu&t"), QKeySequence::Cut, &WeekCommands::cut);
    m_copy = makeAction(tr("&Copy"), QKeySequence::Copy, &WeekCommands::copy);
    m_paste = makeAction(tr("&Paste"), QKeySequence::Paste, &WeekCommands::paste);
    m_copyDay = makeAction(tr("Cop&y Day"), QKeySequence(), &WeekCommands::copyDay);
    m_copyWeek = makeAction(tr("Copy &Week"), QKeySequence(), &WeekCommands::copyWeek);
    m_selectAll = makeAction(tr("Select &All"), QKeySequence::SelectAll, &WeekCommands::selectAll);
    m_newSession->setToolTip(tr("Add a session at the selected time without dragging"));
    m_copyDay->setToolTip(tr("Copy every session of the selected day"));
    m_copyWeek->setToolTip(tr("Copy every session of the shown week, to paste into another week"));

    connect(m_view, &WeekView::selectionChanged, this, &WeekCommands::updateActions);
    connect(m_view, &WeekView::slotChanged, this, &WeekCommands::updateActions);
    connect(m_view, &WeekView::weekChanged, this, &WeekCommands::updateActions);
    connect(m_document, &Document::planChanged, this, &WeekCommands::updateActions);
    // Paste follows the clipboard, read when it changes and once the week has first painted:
    // asking what another program's clipboard holds loads every image-format plugin on X11
    // (3 million instructions), too much before the first paint and for every selection
    // change (docs/performance.md, "Startup: fourth pass").
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &WeekCommands::updatePasteAction);
    m_paste->setEnabled(false);
    m_view->viewport()->installEventFilter(this);
    updateActions();
}

bool WeekCommands::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_view->viewport()) {
        m_view->viewport()->removeEventFilter(this);
        QMetaObject::invokeMethod(this, &WeekCommands::updatePasteAction, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void WeekCommands::updatePasteAction()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const QMimeData *data = clipboard ? clipboard->mimeData() : nullptr;
    m_paste->setEnabled(data && data->hasFormat(dragPayloadMimeType()));
}

QAction *WeekCommands::makeAction(const QString &text, const QKeySequence &shortcut,
                                  void (WeekCommands::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Only while the week has the focus: Ctrl+C in a text field stays the field's.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    m_view->addAction(action);
    return action;
}

void WeekCommands::addTo(QMenu *menu) const
{
    menu->addAction(m_newSession);
    menu->addSeparator();
    for (QAction *a : { m_cut, m_copy, m_paste, m_copyDay, m_copyWeek, m_selectAll })
        menu->addAction(a);
}

QList<Session> WeekCommands::selectedSessions() const
{
    QList<Session> sessions;
    for (const QString &id : m_view->selectedIds()) {
        if (const Session *s = m_document->plan().find(id))
            sessions.append(*s);
    }
    std::sort(sessions.begin(), sessions.end(),
              [](const Session &a, const Session &b) { return a.axisStart() < b.axisStart(); });
    return sessions;
}

std::optional<int> WeekCommands::chosenDay() const
{
    if (const std::optional<GridPosition> slot = m_view->slot())
        return m_view->week() * kDaysPerWeek + int(slot->day);
    const QList<Session> selected = selectedSessions();
    if (!selected.isEmpty())
        return TimeAxis::sessionDay(selected.first());
    return std::nullopt;
}

int WeekCommands::targetMinute(int durationMin) const
{
    const int weekStart = m_view->week() * kMinutesPerWeek;
    if (const std::optional<GridPosition> slot = m_view->slot())
        return weekStart + int(slot->day) * kMinutesPerDay + slot->minute;
    const QList<Session> selected = selectedSessions();
    if (!selected.isEmpty()) {
        int end = 0;
        for (const Session &s : selected)
            end = std::max(end, s.axisEnd());
        constexpr int grid = WeekGeometry::kSnapMinutes;
        return ((end + grid - 1) / grid) * grid;
    }
    const int first = m_view->firstVisibleHour() * 60;
    const std::optional<int> free
        = SessionEdits::nextFreeStart(m_document->plan(), weekStart + first, durationMin, first,
                                      m_view->lastVisibleHour() * 60, kDaysPerWeek);
    return free.value_or(weekStart + first);
}

bool WeekCommands::applyAndSelect(const PlanEdit &edit)
{
    if (!m_document->apply(edit))
        return false;
    QStringList ids;
    for (const Session &s : edit.upserts)
        ids.append(s.id);
    m_view->setSelectedIds(ids);
    if (!ids.isEmpty())
        m_view->scrollToSession(ids.first());
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void WeekCommands::addTemplates(const QList<Session> &sessions)
{
    if (sessions.isEmpty())
        return;
    applyAndSelect(SessionEdits::place(
        m_document->plan(), sessions, targetMinute(sessions.first().durationMin), m_document->clockFormat()));
}

void WeekCommands::newSession()
{
    const WeekPainterOptions &o = m_view->painter().options();
    auto *dialog = new NewSessionDialog(m_document->plan(), targetMinute(45), o.weekStart, o.clock24, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applyAndSelect(SessionEdits::place(m_document->plan(), { dialog->session() }, dialog->axisMinute(),
                                           m_document->clockFormat()));
    });
    dialog->open();
}

void WeekCommands::toClipboard(const QList<Session> &sessions, DragSpan span)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (sessions.isEmpty() || !clipboard)
        return;
    const ClockFormat clock = m_view->painter().options().clock24 ? ClockFormat::H24 : ClockFormat::H12;
    clipboard->setMimeData(WeekClipboard::mimeData(sessions, span, clock));
}

void WeekCommands::cut()
{
    const QList<Session> sessions = selectedSessions();
    if (sessions.isEmpty())
        return;
    toClipboard(sessions, DragSpan::Sessions);
    m_document->apply(SessionEdits::cut(m_document->plan(), m_view->selectedIds()));
}

void WeekCommands::copy()
{
    toClipboard(selectedSessions(), DragSpan::Sessions);
}

void WeekCommands::copyDay()
{
    const std::optional<int> day = chosenDay();
    if (!day)
        return;
    QList<Session> sessions;
    for (const Session &s : m_document->plan().sessions) {
        if (TimeAxis::sessionDay(s) == *day)
            sessions.append(s);
    }
    toClipboard(sessions, DragSpan::Day);
}

void WeekCommands::copyWeek()
{
    QList<Session> sessions;
    for (const Session &s : m_document->plan().sessions) {
        if (s.week == m_view->week())
            sessions.append(s);
    }
    toClipboard(sessions, DragSpan::Week);
}

void WeekCommands::paste()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const std::optional<DragPayload> payload
        = clipboard ? WeekClipboard::payload(clipboard->mimeData()) : std::nullopt;
    if (!payload)
        return;
    int target = targetMinute(payload->sessions.first().durationMin);
    if (payload->span == DragSpan::Week)
        target = m_view->week() * kMinutesPerWeek;
    applyAndSelect(SessionEdits::paste(m_document->plan(), *payload, target, m_document->clockFormat()));
}

void WeekCommands::selectAll()
{
    QStringList ids;
    for (const Session &s : m_document->plan().sessions) {
        if (s.week == m_view->week())
            ids.append(s.id);
    }
    m_view->setSelectedIds(ids);
}

void WeekCommands::popupTemplateMenu(const QPoint &globalPos)
{
    AddSessionMenu menu(m_templates, m_view);
    connect(&menu, &AddSessionMenu::templateChosen, this, &WeekCommands::addTemplates);
    menu.exec(globalPos);
}

void WeekCommands::popupSlotMenu(const QPoint &globalPos, std::optional<Day> day)
{
    QMenu menu(m_view);
    auto *add = new AddSessionMenu(m_templates, &menu);
    connect(add, &AddSessionMenu::templateChosen, this, &WeekCommands::addTemplates);
    add->setEnabled(!add->isEmpty());
    menu.addMenu(add);
    menu.addAction(m_newSession);
    menu.addSeparator();
    menu.addAction(m_paste);
    if (day) {
        // Sick or travelling (docs/plan-format.md, "Availability"): this week only.
        menu.addSeparator();
        const int week = m_view->week();
        Document *document = m_document;
        const Day d = *day;
        if (AvailabilityEdits::isDayUnavailableInWeek(document->plan(), week, d)) {
            QAction *a = menu.addAction(tr("Make %1 Available Again This Week").arg(displayLongName(d)));
            a->setObjectName(QStringLiteral("DayAvailableAgain"));
            connect(a, &QAction::triggered, this, [document, week, d] {
                document->apply(AvailabilityEdits::clearDayInWeek(document->plan(), week, d));
            });
        } else {
            QAction *a = menu.addAction(tr("Mark %1 Not Available This Week").arg(displayLongName(d)));
            a->setObjectName(QStringLiteral("DayNotAvailable"));
            connect(a, &QAction::triggered, this, [document, week, d] {
                document->apply(AvailabilityEdits::setDayUnavailableInWeek(document->plan(), week, d));
            });
        }
    }
    menu.exec(globalPos);
}

void WeekCommands::updateActions()
{
    const bool selected = !m_view->selectedIds().isEmpty();
    bool weekHasSessions = false;
    for (const Session &s : m_document->plan().sessions)
        weekHasSessions = weekHasSessions || s.week == m_view->week();
    m_cut->setEnabled(selected);
    m_copy->setEnabled(selected);
    m_copyDay->setEnabled(chosenDay().has_value());
    m_copyWeek->setEnabled(weekHasSessions);
    m_selectAll->setEnabled(weekHasSessions);
}

} // namespace ordo
