// SPDX-License-Identifier: GPL-3.0-or-later

#include "paletteview.h"

#include "dragpayload.h"
#include "week/sessionchip.h"

#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>

#include <memory>

namespace ordo {

PaletteView::PaletteView(QWidget *parent)
    : QTreeView(parent)
    , m_dragRunner([](QDrag *drag) { drag->exec(Qt::CopyAction); })
{
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setIconSize(QSize(14, 14));
    setAccessibleName(tr("Session templates"));
    setAccessibleDescription(tr("Press Enter or double-click to add the template to the week"));
}

QModelIndexList PaletteView::chosenTemplates() const
{
    QModelIndexList chosen;
    const QModelIndexList selected
        = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    for (const QModelIndex &index : selected) {
        if (index.flags().testFlag(Qt::ItemIsDragEnabled))
            chosen.append(index);
    }
    // In the order the palette shows them, as a drag would carry them.
    std::sort(chosen.begin(), chosen.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return visualRect(a).top() < visualRect(b).top();
    });
    return chosen;
}

void PaletteView::activateChosen()
{
    const QModelIndexList chosen = chosenTemplates();
    if (chosen.isEmpty() || !model())
        return;
    const std::unique_ptr<QMimeData> data(model()->mimeData(chosen));
    if (const std::optional<DragPayload> payload = decodeDragMimeData(data.get()))
        emit templatesActivated(payload->sessions);
}

void PaletteView::startDrag(Qt::DropActions)
{
    const QModelIndexList chosen = chosenTemplates();
    if (chosen.isEmpty() || !model())
        return;
    QMimeData *data = model()->mimeData(chosen);
    const std::optional<DragPayload> payload = decodeDragMimeData(data);
    if (!payload) {
        delete data;
        return;
    }
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    const QPixmap chip = SessionChip::render(payload->sessions, palette(), font(), devicePixelRatioF());
    drag->setPixmap(chip);
    drag->setHotSpot(SessionChip::hotSpot(chip));
    m_dragRunner(drag);
}

void PaletteView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !chosenTemplates().isEmpty()) {
        activateChosen();
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void PaletteView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && index.flags().testFlag(Qt::ItemIsDragEnabled)) {
        selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
        activateChosen();
        event->accept();
        return;
    }
    QTreeView::mouseDoubleClickEvent(event);
}

} // namespace ordo
