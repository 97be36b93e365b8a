// SPDX-License-Identifier: GPL-3.0-or-later

#include "planeditcommand.h"

#include "document.h"

namespace ordo {
namespace {
// All mergeable commands share one id; mergeWith() then compares the keys.
constexpr int kMergeableId = 4000;
} // namespace

PlanEditCommand::PlanEditCommand(Document *document, PlanEdit edit, QString mergeKey)
    : QUndoCommand(edit.text)
    , m_document(document)
    , m_edit(std::move(edit))
    , m_mergeKey(std::move(mergeKey))
{ }

void PlanEditCommand::redo()
{
    m_inverse = m_document->applyDirect(m_edit);
}

void PlanEditCommand::undo()
{
    m_document->applyDirect(m_inverse);
}

int PlanEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeableId;
}

bool PlanEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const PlanEditCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    // Both edits replace the same sessions (or header) with full values, so the later edit
    // alone redoes the merged step and the first inverse still undoes all of it.
    auto ids = [](const PlanEdit &e) {
        QStringList out;
        for (const Session &s : e.upserts)
            out.append(s.id);
        out.sort();
        return out;
    };
    if (ids(m_edit) != ids(next->m_edit) || m_edit.header.has_value() != next->m_edit.header.has_value()
        || !m_edit.removals.isEmpty() || !next->m_edit.removals.isEmpty())
        return false;
    m_edit = next->m_edit;
    setText(next->text());
    return true;
}

} // namespace ordo
