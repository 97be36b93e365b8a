// SPDX-License-Identifier: GPL-3.0-or-later

#include "dragdwelltrigger.h"

#include "dragpayload.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QWidget>

namespace ordo {

DragDwellTrigger::DragDwellTrigger(QWidget *widget, QAction *action)
    : QObject(widget)
    , m_widget(widget)
    , m_action(action)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DragDwellTrigger::fire);
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

bool DragDwellTrigger::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_widget)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter: {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        if (!enter->mimeData() || !enter->mimeData()->hasFormat(dragPayloadMimeType())) {
            enter->ignore();
            return true;
        }
        // Accepted so the moves and the leave come here; the moves refuse the drop itself.
        enter->acceptProposedAction();
        m_timer.start(kDwellMs);
        return true;
    }
    case QEvent::DragMove:
        static_cast<QDragMoveEvent *>(event)->ignore();
        return true;
    case QEvent::DragLeave:
        m_timer.stop();
        return true;
    case QEvent::Drop:
        m_timer.stop();
        static_cast<QDropEvent *>(event)->ignore();
        return true;
    default:
        return false;
    }
}

void DragDwellTrigger::fire()
{
    if (!m_action || !m_action->isEnabled())
        return;
    m_action->trigger();
    if (m_action->isEnabled())
        m_timer.start(kRepeatMs);
}

} // namespace ordo
