// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionaccessible.h"

#include "analysis.h"
#include "document/document.h"
#include "weekview.h"
#include "weekviewaccessible.h"

#include <QCoreApplication>
#include <QWidget>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace ordo {
SessionAccessible::SessionAccessible(WeekView *view, const QString &sessionId)
    : m_view(view)
    , m_sessionId(sessionId)
{ }

QString SessionAccessible::nameFor(const WeekView *view, const QString &sessionId)
{
    const Plan &plan = view->document()->plan();
    const Session *s = plan.find(sessionId);
    if (!s)
        return {};
    const QString day = view->locale().dayName(int(s->day) + 1, QLocale::LongFormat);
    const WeekPainter &painter = view->painter();
    QString name = QCoreApplication::translate("ordo::SessionAccessible", "%1, %2 %3 to %4")
                       .arg(s->displayTitle(), day, painter.clockText(s->startMinute),
                            painter.clockText(s->startMinute + s->durationMin));
    if (plan.weeks > 1)
        name += u", "_s + QCoreApplication::translate("ordo::SessionAccessible", "week %1").arg(s->week + 1);
    // What the block shows by colour and marks (docs/plan-format.md, "Session").
    if (s->priority == Priority::Key)
        name += u", "_s + QCoreApplication::translate("ordo::SessionAccessible", "key session");
    if (s->missed)
        name += u", "_s + QCoreApplication::translate("ordo::SessionAccessible", "missed");
    // Its findings, most severe first, as the findings list words them.
    QList<const Finding *> findings;
    for (const Finding &f : view->document()->analysis().findings) {
        if (!f.hiddenByDefault && f.sessions.contains(s->id))
            findings.append(&f);
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding *a, const Finding *b) { return int(a->severity) > int(b->severity); });
    for (const Finding *f : std::as_const(findings))
        name += u", "_s
            + QCoreApplication::translate("ordo::SessionAccessible", "%1: %2")
                  .arg(displayName(f->severity), f->message);
    return name;
}

bool SessionAccessible::isValid() const
{
    return m_view && m_view->document()->plan().find(m_sessionId);
}

QWindow *SessionAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *SessionAccessible::childAt(int, int) const
{
    return nullptr;
}

QAccessibleInterface *SessionAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QAccessibleInterface *SessionAccessible::child(int) const
{
    return nullptr;
}

int SessionAccessible::indexOfChild(const QAccessibleInterface *) const
{
    return -1;
}

QString SessionAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
    case QAccessible::Name:
        return nameFor(m_view, m_sessionId);
    case QAccessible::Description:
        return QCoreApplication::translate("ordo::SessionAccessible",
                                           "Session. Enter opens it in the inspector; arrow keys move it.");
    default:
        return {};
    }
}

void SessionAccessible::setText(QAccessible::Text, const QString &)
{ }

QRect SessionAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect r = m_view->sessionRect(m_sessionId);
    if (r.isEmpty())
        return {};
    return QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
}

QAccessible::State SessionAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.selectable = true;
    state.focusable = true;
    const QStringList selected = m_view->selectedIds();
    state.selected = selected.contains(m_sessionId);
    state.focused = m_view->hasFocus() && !selected.isEmpty() && selected.last() == m_sessionId;
    const QRect r = m_view->sessionRect(m_sessionId);
    state.offscreen = r.isEmpty() || !m_view->viewport()->rect().intersects(r);
    return state;
}

void *SessionAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

QStringList SessionAccessible::actionNames() const
{
    return { pressAction(), setFocusAction() };
}

void SessionAccessible::doAction(const QString &actionName)
{
    if (!isValid())
        return;
    if (actionName == setFocusAction())
        m_view->focusSession(m_sessionId);
    else if (actionName == pressAction())
        m_view->activateSession(m_sessionId);
}

QStringList SessionAccessible::keyBindingsForAction(const QString &actionName) const
{
    if (actionName == pressAction())
        return { u"Return"_s };
    return {};
}

} // namespace ordo
