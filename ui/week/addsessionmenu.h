// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QList>
#include <QMenu>

class QAbstractItemModel;

// "Add session here": the palette's templates as a menu, grouped and coloured as in the palette,
// for an empty time slot (right-click or double-click on it). Reads any template model whose
// leaves encode their sessions in mimeData() (the palette model does), so a template chosen
// here becomes exactly what a drop of it would.
namespace ordo {

class AddSessionMenu : public QMenu
{
    Q_OBJECT

public:
    AddSessionMenu(const QAbstractItemModel *templates, QWidget *parent = nullptr);

signals:
    void templateChosen(const QList<ordo::Session> &sessions);
};

} // namespace ordo
