// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dragpayload.h"
#include "plan.h"
#include "whentext.h"

#include <QList>
#include <QString>

#include <optional>

class QMimeData;

// Sessions on the system clipboard: Ordo's own MIME type (the drag payload codec, which also
// records whether sessions, a day or a week were copied) plus plain text for other programs,
// one line per session with its times written by core/whentext.h in the user's clock.
// Reading treats the payload like a file from a stranger, as a drop does. Used by the week
// view's Cut, Copy, Copy Day, Copy Week and Paste.
namespace ordo {

class WeekClipboard
{
public:
    // The caller owns the result (QClipboard::setMimeData takes it).
    static QMimeData *mimeData(const QList<Session> &sessions, DragSpan span, ClockFormat clock);
    static QString plainText(const QList<Session> &sessions, ClockFormat clock);
    // Ordo sessions on the clipboard, if any.
    static std::optional<DragPayload> payload(const QMimeData *data);
};

} // namespace ordo
