// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QString>

// The week view as assistive technology sees it: a list whose first children are the
// sessions of the shown week in reading order (SessionAccessible), followed by the view's own
// child widgets (viewport, scroll bar). Installed as a factory for WeekView; the view sends
// the focus and reorder events.
namespace ordo {

class SessionAccessible;
class WeekView;

class WeekViewAccessible : public QAccessibleWidget
{
public:
    explicit WeekViewAccessible(WeekView *view);
    ~WeekViewAccessible() override;

    // For QAccessible::installFactory.
    static QAccessibleInterface *create(const QString &className, QObject *object);
    // The child interface for a session of the shown week (null if it is not shown).
    QAccessibleInterface *sessionChild(const QString &sessionId) const;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    WeekView *view() const;
    QStringList sessionIds() const;
    void forgetGoneSessions() const;

    mutable QHash<QString, QAccessible::Id> m_children;
};

} // namespace ordo
