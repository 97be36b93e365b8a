// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QPointer>
#include <QString>

// One session of the week view as assistive technology sees it: a list item named
// "Heavy lower, Tuesday 07:00 to 08:15, Warning: …" (title, day, times, its findings), selected
// when it is, focused when it is the current one, with the actions Press (open it in the
// inspector) and Focus (select it). A child of WeekViewAccessible; it has no QObject.
namespace ordo {

class WeekView;

class SessionAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    SessionAccessible(WeekView *view, const QString &sessionId);

    QString sessionId() const { return m_sessionId; }
    // The spoken name of a session of the view's plan.
    static QString nameFor(const WeekView *view, const QString &sessionId);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text t, const QString &text) override;
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    QPointer<WeekView> m_view;
    QString m_sessionId;
};

} // namespace ordo
