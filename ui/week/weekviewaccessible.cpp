// SPDX-License-Identifier: GPL-3.0-or-later

#include "weekviewaccessible.h"

#include "document/document.h"
#include "sessionaccessible.h"
#include "weekview.h"

using namespace Qt::StringLiterals;

namespace ordo {

WeekViewAccessible::WeekViewAccessible(WeekView *view)
    : QAccessibleWidget(view, QAccessible::List)
{ }

WeekViewAccessible::~WeekViewAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children)) {
        if (QAccessible::accessibleInterface(id)) // not already gone with the cache
            QAccessible::deleteAccessibleInterface(id);
    }
}

QAccessibleInterface *WeekViewAccessible::create(const QString &className, QObject *object)
{
    if (className == "ordo::WeekView"_L1 && object && object->isWidgetType())
        return new WeekViewAccessible(static_cast<WeekView *>(object));
    return nullptr;
}

WeekView *WeekViewAccessible::view() const
{
    return static_cast<WeekView *>(widget());
}

QStringList WeekViewAccessible::sessionIds() const
{
    return view()->shownSessionIds();
}

void WeekViewAccessible::forgetGoneSessions() const
{
    // Interfaces of deleted sessions go (a screen reader holding one sees it invalid first).
    for (auto it = m_children.begin(); it != m_children.end();) {
        if (!view()->document()->plan().find(it.key())) {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_children.erase(it);
        } else {
            ++it;
        }
    }
}

QAccessibleInterface *WeekViewAccessible::sessionChild(const QString &sessionId) const
{
    if (!sessionIds().contains(sessionId))
        return nullptr;
    forgetGoneSessions();
    if (const auto it = m_children.constFind(sessionId); it != m_children.cend())
        return QAccessible::accessibleInterface(*it);
    auto *child = new SessionAccessible(view(), sessionId);
    m_children.insert(sessionId, QAccessible::registerAccessibleInterface(child));
    return child;
}

int WeekViewAccessible::childCount() const
{
    return int(sessionIds().size()) + QAccessibleWidget::childCount();
}

QAccessibleInterface *WeekViewAccessible::child(int index) const
{
    const QStringList ids = sessionIds();
    if (index < 0)
        return nullptr;
    if (index < ids.size())
        return sessionChild(ids[index]);
    return QAccessibleWidget::child(index - int(ids.size()));
}

int WeekViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QStringList ids = sessionIds();
    if (const auto *session = dynamic_cast<const SessionAccessible *>(child))
        return int(ids.indexOf(session->sessionId()));
    const int index = QAccessibleWidget::indexOfChild(child);
    return index < 0 ? -1 : index + int(ids.size());
}

QAccessibleInterface *WeekViewAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    if (const QString id = view()->sessionAt(local); !id.isEmpty())
        return sessionChild(id);
    return QAccessibleWidget::childAt(x, y);
}

QAccessibleInterface *WeekViewAccessible::focusChild() const
{
    const QStringList selected = view()->selectedIds();
    if (view()->hasFocus() && !selected.isEmpty()) {
        if (QAccessibleInterface *child = sessionChild(selected.last()))
            return child;
    }
    return QAccessibleWidget::focusChild();
}

} // namespace ordo
