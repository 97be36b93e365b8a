// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

// Reads the busy times of an iCalendar file (RFC 5545) into plan weeks: File ▸ Import busy
// times and `ordo arrange --busy`. libical parses the file and expands recurrences (RRULE,
// RDATE, EXDATE, moved and cancelled occurrences); this turns each occurrence that blocks
// time into intervals of the plan's local days. A pure function of its arguments: it reads no
// file, no settings and no clock. The rules are in docs/cli.md, "Busy times from a calendar".
namespace ordo {

// One piece of a calendar event on one local day of the plan, [startMinute, endMinute) with
// 0 <= startMinute < endMinute <= 1440.
struct ImportedBusyTime
{
    int week = 0;
    Day day = Day::Mon;
    int startMinute = 0;
    int endMinute = 0;
    QString summary; // the event's SUMMARY, empty when it has none

    bool operator==(const ImportedBusyTime &) const = default;
};

struct BusyTimeImport
{
    QList<ImportedBusyTime> busyTimes; // sorted by week, day, start; empty when error is set
    int eventCount = 0; // calendar events that gave at least one busy time
    QString error; // for people: what is wrong, naming the file (and the line when known)
    int errorLine = 0; // 1-based line of the file the error is about; 0 when none
};

struct BusyTimeRange
{
    QDate anchorDate; // the Monday of plan week 0
    int weeks = 1; // plan weeks covered from the anchor date
};

// Busy times of `ics` between the anchor date and the end of the last week, in `localZone`
// (the computer's zone unless told otherwise). Events marked free (TRANSP:TRANSPARENT) or
// cancelled give none, all-day events block whole days, events that cross midnight are split
// per day. `fileName` only names the file in error texts. An error (and no busy times) when
// the bytes are not iCalendar, libical rejects a line, or no event falls in the range.
BusyTimeImport importBusyTimes(const QByteArray &ics, const QString &fileName, const BusyTimeRange &range,
                               const QTimeZone &localZone = QTimeZone::systemTimeZone());

// Adds imported busy times to `availability` the one way both File ▸ Import Busy Times and
// `ordo arrange --busy` do it: times outside weeks [0, weeks) are dropped, a summary is cut to
// the plan format's length, a time already held (same week, day, start, end and summary) or
// imported twice is added once, and the busy list ends sorted by week, day and start. Returns
// how many were added; the plan's limit on busy times is the caller's to check.
int addImportedBusyTimes(Availability &availability, const QList<ImportedBusyTime> &busy, int weeks);

} // namespace ordo
