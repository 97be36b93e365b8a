// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QList>
#include <QTreeView>

#include <functional>

class QDrag;

// The palette dock's tree of session templates. A drag carries a small session chip held
// clear of the pointer (SessionChip), so the week view's coloured ghost stays in sight;
// double-click or Enter on templates asks for them to be added without any drag
// (templatesActivated), which the main window hands to the week view.
namespace ordo {

class PaletteView : public QTreeView
{
    Q_OBJECT

public:
    // Runs the drag (QDrag::exec). A seam: tests look at the drag instead of running a
    // nested drag loop.
    using DragRunner = std::function<void(QDrag *drag)>;

    explicit PaletteView(QWidget *parent = nullptr);
    void setDragRunner(DragRunner runner) { m_dragRunner = std::move(runner); }

signals:
    // Templates to add, in order, with the offsets a drag of them would have.
    void templatesActivated(const QList<ordo::Session> &sessions);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QModelIndexList chosenTemplates() const;
    void activateChosen();

    DragRunner m_dragRunner;
};

} // namespace ordo
