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
// Calendar; the rules (times, UIDs, reminders, busy-only) are in docs/cli.md, "export".
namespace ordo {

// The longest reminder offered: a day before the session.
constexpr int kIcsMaxAlarmMinutes = kMinutesPerDay;

struct IcsOptions
{
    // The calendar starts on this date; plan week 0 begins on the Monday on or before it.
    // Occurrences before it are left out.
    QDate startDate;
    // Repeating plans: how many weeks of repetition the calendar covers (RRULE COUNT)...
    int repeatWeeks = 12;
    // ...or, when set, the last date of the repetition (RRULE UNTIL, inclusive).
    std::optional<QDate> untilDate;
    // A reminder this many minutes before each session starts (0: at the start), 0 to
    // kIcsMaxAlarmMinutes; none when unset.
    std::optional<int> alarmMinutes;
    // For a shared or work calendar: every event is called "Training" and carries no
    // description or categories, so only the busy time is visible. Its UIDs differ from a
    // full export's, so both can live in one account.
    bool busyOnly = false;
    // DTSTAMP and LAST-MODIFIED, and the source of SEQUENCE; invalid means now. Tests fix it
    // so output is reproducible.
    QDateTime stamp;
};

struct IcsExport
{
    QByteArray bytes; // empty when error is set
    int eventCount = 0; // VEVENTs written
    int skippedSessions = 0; // sessions with no occurrence on or after the start date
    QString error; // why nothing was written: the options cannot be exported (see icsOptionsError)
};

IcsExport exportIcs(const Plan &plan, const Analysis &analysis, const IcsOptions &options);

// Why these options cannot be exported, for people; empty when they can. Every date the
// calendar would write must lie in the years 1 to 9999 (iCalendar dates have four-digit
// years), and the reminder must be 0 to kIcsMaxAlarmMinutes minutes before the start.
QString icsOptionsError(const Plan &plan, const IcsOptions &options);

// RFC 5545 3.3.11 TEXT escaping: backslash, semicolon, comma and newline.
QString icsEscapeText(const QString &text);
// RFC 5545 3.1: lines longer than 75 octets are folded with CRLF + space, never inside a
// UTF-8 sequence. `line` is one content line without its CRLF; the result ends with CRLF.
QByteArray icsFoldLine(const QByteArray &line);
// The UID of a session's event: `SESSION.YYYYMMDD.KEY@ordo` with the session id, the
// export's start date and 16 hex digits of a SHA-256 of the plan name and of whether the
// export is busy-only. Exporting the same plan from the same start date again gives the
// same UIDs, so a calendar replaces the events; another start date or plan name adds new ones.
QString icsUid(const Plan &plan, const Session &session, const IcsOptions &options);

} // namespace ordo
