// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMenu>
#include <QStringList>

// The right-click menu of sessions in the week view: Edit, Duplicate, Delete, Intensity ▸,
// Missed, Priority ▸ and Swap order with the adjacent session. Each entry is one document call.
namespace ordo {

class Document;

class SessionMenu : public QMenu
{
    Q_OBJECT

public:
    // `ids` are the selected sessions; `clickedId` the one under the pointer.
    SessionMenu(Document *document, const QStringList &ids, const QString &clickedId,
                QWidget *parent = nullptr);

signals:
    void editRequested();
};

} // namespace ordo
