// SPDX-License-Identifier: GPL-3.0-or-later

#include "weekclipboard.h"

#include "edits/sessionedits.h"
#include "enums.h"

#include <QCoreApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace ordo {

QString WeekClipboard::plainText(const QList<Session> &sessions, ClockFormat clock)
{
    QStringList lines;
    for (const Session &s : sessions) {
        QString when = displayName(s.day) + u' '
            + formatTimeRange(s.startMinute, s.startMinute + s.durationMin, clock);
        if (s.week > 0)
            when
                = QCoreApplication::translate("ordo::WeekClipboard", "Week %1, %2").arg(s.week + 1).arg(when);
        lines.append(u"%1  %2 (%3)"_s.arg(when, s.displayTitle(), formatDuration(s.durationMin)));
    }
    return lines.join(u'\n') + u'\n';
}

QMimeData *WeekClipboard::mimeData(const QList<Session> &sessions, DragSpan span, ClockFormat clock)
{
    DragPayload payload;
    payload.origin = DragOrigin::Sessions;
    payload.span = span;
    payload.sessions = sessions;
    QMimeData *data = createDragMimeData(payload);
    data->setText(plainText(sessions, clock));
    return data;
}

std::optional<DragPayload> WeekClipboard::payload(const QMimeData *data)
{
    return decodeDragMimeData(data);
}

} // namespace ordo
