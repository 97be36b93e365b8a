// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planedit.h"

#include <QString>
#include <QUndoCommand>

// One undo step: a thin QUndoCommand around a PlanEdit value. redo applies the edit through
// the document and keeps the inverse it returns; undo applies the inverse. Consecutive
// commands with the same merge key (one field being typed or spun) merge into one step.
namespace ordo {

class Document;

class PlanEditCommand : public QUndoCommand
{
public:
    PlanEditCommand(Document *document, PlanEdit edit, QString mergeKey);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const PlanEdit &edit() const { return m_edit; }

private:
    Document *m_document;
    PlanEdit m_edit;
    PlanEdit m_inverse;
    QString m_mergeKey;
};

} // namespace ordo
