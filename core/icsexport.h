// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "plan.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// Writes a plan as an iCalendar file (RFC 5545): one VEVENT per session in floating local
// time, weekly RRULEs for repeating plans, dated events for one-off plans, and the findings
// that concern a session in its DESCRIPTION. Called by `ordo export --ics` and File ▸ Export
// Calendar.
namespace ordo {

struct IcsOptions
{
    // The calendar starts on this date; plan week 0 begins on the Monday on or before it.
    // Occurrences before it are left out.
    QDate startDate;
    // Repeating plans: how many weeks of repetition the calendar covers (RRULE COUNT)...
    int repeatWeeks = 12;
    // ...or, when set, the last date of the repetition (RRULE UNTIL, inclusive).
    std::optional<QDate> untilDate;
    // DTSTAMP; invalid means now. Tests fix it so output is reproducible.
    QDateTime stamp;
};

struct IcsExport
{
    QByteArray bytes;
    int eventCount = 0; // VEVENTs written
    int skippedSessions = 0; // sessions with no occurrence on or after the start date
};

IcsExport exportIcs(const Plan &plan, const Analysis &analysis, const IcsOptions &options);

// RFC 5545 3.3.11 TEXT escaping: backslash, semicolon, comma and newline.
QString icsEscapeText(const QString &text);
// RFC 5545 3.1: lines longer than 75 octets are folded with CRLF + space, never inside a
// UTF-8 sequence. `line` is one content line without its CRLF; the result ends with CRLF.
QByteArray icsFoldLine(const QByteArray &line);
// A UID that stays the same across exports of the same plan and session.
QString icsUid(const Plan &plan, const Session &session);

} // namespace ordo
