// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QWidget;

// Lets a session drag "press" a button by resting on it: while sessions are dragged over the
// widget (the previous or next week button), its action triggers after a short dwell and
// again every little while, so a session can travel across weeks in one gesture and land in
// the week shown. The widget never takes the drop itself.
namespace ordo {

class DragDwellTrigger : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDwellMs = 600;
    static constexpr int kRepeatMs = 1000;

    // Watches `widget` (which it makes accept drags) and triggers `action`; owned by the widget.
    DragDwellTrigger(QWidget *widget, QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fire();

    QWidget *m_widget;
    QPointer<QAction> m_action;
    QTimer m_timer;
};

} // namespace ordo
