// SPDX-License-Identifier: GPL-3.0-or-later

#include "addsessionmenu.h"

#include "dragpayload.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QMimeData>
#include <QPersistentModelIndex>

#include <memory>

namespace ordo {

AddSessionMenu::AddSessionMenu(const QAbstractItemModel *templates, QWidget *parent)
    : QMenu(tr("&Add Session Here"), parent)
{
    if (!templates)
        return;
    for (int group = 0; group < templates->rowCount(); ++group) {
        const QModelIndex groupIndex = templates->index(group, 0);
        const int count = templates->rowCount(groupIndex);
        if (count == 0)
            continue;
        addSection(groupIndex.data().toString());
        for (int row = 0; row < count; ++row) {
            const QModelIndex index = templates->index(row, 0, groupIndex);
            if (!index.flags().testFlag(Qt::ItemIsDragEnabled))
                continue;
            QAction *action
                = addAction(index.data(Qt::DecorationRole).value<QIcon>(), index.data().toString());
            const QPersistentModelIndex persistent(index);
            connect(action, &QAction::triggered, this, [this, templates, persistent] {
                if (!persistent.isValid())
                    return;
                const std::unique_ptr<QMimeData> data(templates->mimeData({ persistent }));
                if (const std::optional<DragPayload> payload = decodeDragMimeData(data.get()))
                    emit templateChosen(payload->sessions);
            });
        }
    }
}

} // namespace ordo
