// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QMimeData;

// The MIME codec for sessions dragged from the palette or out of the week view. The payload
// is treated like a file from a stranger: size-capped, parsed and validated by the plan
// reader, so a forged or truncated payload decodes to nothing. Called by the palette model
// (mimeData), the week view (drops, drags leaving the widget) and tests.
namespace ordo {

enum class DragOrigin { Palette, Sessions };
// What was copied: single sessions (pasted from the target minute on), a whole day (pasted on
// the target's day, same times) or a whole week (pasted on the target's week, same days).
enum class DragSpan { Sessions, Day, Week };

struct DragPayload
{
    DragOrigin origin = DragOrigin::Palette;
    DragSpan span = DragSpan::Sessions;
    // Sessions with their relative times; a drop places the first one at the drop point
    // and keeps the others' offsets from it.
    QList<Session> sessions;
    bool operator==(const DragPayload &) const = default;
};

constexpr qsizetype kMaxDragPayloadBytes = 512 * 1024;
constexpr int kMaxDragPayloadSessions = 500;

QString dragPayloadMimeType(); // "application/x-ordo-sessions"
QByteArray encodeDragPayload(const DragPayload &payload);
std::optional<DragPayload> decodeDragPayload(const QByteArray &bytes);

// The same on QMimeData (QtCore): the payload under dragPayloadMimeType() plus the session
// titles as text for other applications. The caller owns the returned object.
QMimeData *createDragMimeData(const DragPayload &payload);
std::optional<DragPayload> decodeDragMimeData(const QMimeData *data);

} // namespace ordo
