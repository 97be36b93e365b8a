// SPDX-License-Identifier: GPL-3.0-or-later

#include "icsexport.h"

#include "enums.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::IcsExport)
};

// iCalendar dates have exactly four year digits (RFC 5545 3.3.4).
QDate firstWritableDate()
{
    return QDate(1, 1, 1);
}

QDate lastWritableDate()
{
    return QDate(9999, 12, 31);
}

QByteArray icsDate(const QDate &date)
{
    char text[48];
    std::snprintf(text, sizeof text, "%04d%02d%02d", date.year(), date.month(), date.day());
    return QByteArray(text);
}

// A floating wall-clock date-time (RFC 5545 3.3.5 form #1): a date and the minutes after its
// midnight. It moves only by calendar arithmetic on the date, so no time zone can skip or
// repeat an hour of it, as a QDateTime in the local zone would on a DST-change day. Floating
// time is what a training plan means: the session is at 07:00 wherever the athlete is.
struct WallClock
{
    QDate date;
    int minute = 0; // 0..1439

    WallClock plusMinutes(qint64 minutes) const
    {
        const qint64 total = minute + minutes;
        qint64 days = total / kMinutesPerDay;
        qint64 rest = total % kMinutesPerDay;
        if (rest < 0) {
            rest += kMinutesPerDay;
            --days;
        }
        return { date.addDays(days), int(rest) };
    }

    QByteArray toIcs() const
    {
        char text[24];
        std::snprintf(text, sizeof text, "%02d%02d00", minute / 60, minute % 60);
        return icsDate(date) + 'T' + text;
    }
};

// One session's event: its first occurrence on or after the start date and how many
// occurrences the calendar holds (0: none, the session is left out).
struct PlannedEvent
{
    const Session *session = nullptr;
    QDate first;
    int count = 0;

    WallClock start() const { return { first, session->startMinute }; }
};

QList<PlannedEvent> plannedEvents(const Plan &plan, const IcsOptions &options)
{
    QList<PlannedEvent> events;
    events.reserve(plan.sessions.size());
    const QDate monday0 = options.startDate.addDays(1 - options.startDate.dayOfWeek());
    const int periodDays = plan.weeks * kDaysPerWeek;
    // End of the repetition (exclusive): --weeks counts from week 0's Monday.
    const QDate end = options.untilDate
        ? options.untilDate->addDays(1)
        : monday0.addDays(qint64(std::max(1, options.repeatWeeks)) * kDaysPerWeek);
    for (const Session &s : plan.sessions) {
        if (s.missed)
            continue; // it did not happen: no event (docs/plan-format.md, "Session")
        PlannedEvent e;
        e.session = &s;
        e.first = monday0.addDays(s.week * kDaysPerWeek + int(s.day));
        e.count = 1;
        if (plan.repeat) {
            if (e.first < options.startDate)
                e.first = e.first.addDays(
                    qint64(periodDays) * ((e.first.daysTo(options.startDate) + periodDays - 1) / periodDays));
            e.count = e.first < end ? int((e.first.daysTo(end) + periodDays - 1) / periodDays) : 0;
        } else if (e.first < options.startDate) {
            e.count = 0;
        }
        events.append(e);
    }
    return events;
}

bool isRepeating(const Plan &plan, const PlannedEvent &e)
{
    return plan.repeat && e.count > 1;
}

// The last date the event writes: the end of its last occurrence, or the RRULE's UNTIL.
QDate lastWrittenDate(const Plan &plan, const IcsOptions &options, const PlannedEvent &e)
{
    const int periodDays = plan.weeks * kDaysPerWeek;
    const WallClock lastStart { e.first.addDays(qint64(e.count - 1) * periodDays), e.session->startMinute };
    QDate last = lastStart.plusMinutes(e.session->durationMin).date;
    if (isRepeating(plan, e) && options.untilDate)
        last = std::max(last, *options.untilDate);
    return last;
}

QString sessionSummaryLine(const Session &s)
{
    QStringList parts;
    parts << displayName(s.kind);
    switch (s.kind) {
    case Kind::Strength:
        parts << Tr::tr("%1 focus").arg(displayName(s.focus)) << displayName(s.load);
        break;
    case Kind::Cardio:
        parts << displayName(s.modality) << displayName(s.intensity);
        break;
    case Kind::Mobility:
        break;
    }
    parts << formatDuration(s.durationMin);
    parts << Tr::tr("RPE %1").arg(QLocale::c().toString(s.effectiveRpe()));
    return parts.join(u" · "_s);
}

using FindingIndex = QHash<QString, QList<const Finding *>>;

// The findings shown for each session id, in analysis order. Built once per export so each
// description is a lookup, not a scan of every finding: a 10,000-session plan can carry
// 25,000 findings (docs/performance.md).
FindingIndex findingsBySession(const Analysis &analysis)
{
    FindingIndex index;
    for (const Finding &f : analysis.findings) {
        if (f.hiddenByDefault)
            continue;
        for (const QString &id : f.sessions) {
            QList<const Finding *> &list = index[id];
            if (list.isEmpty() || list.constLast() != &f) // a finding naming a session twice
                list.append(&f);
        }
    }
    return index;
}

QString description(const Plan &plan, const FindingIndex &findings, const Session &s)
{
    QString text = sessionSummaryLine(s);
    if (!s.notes.isEmpty())
        text += u"\n\n"_s + s.notes;
    const auto it = findings.constFind(s.id);
    if (it != findings.constEnd()) {
        QStringList lines;
        for (const Finding *f : *it) {
            QString line = u"- "_s + displayName(f->severity) + u": "_s + f->message;
            if (!f->fix.isEmpty())
                line += u' ' + Tr::tr("Fix: %1").arg(f->fix);
            lines << line;
        }
        text += u"\n\n"_s + Tr::tr("Findings:") + u'\n' + lines.join(u'\n');
    }
    text += u"\n\n"_s + Tr::tr("From the Ordo plan “%1”.").arg(plan.name);
    return text;
}

// RFC 5545 3.3.11 on UTF-8: every character escaped is ASCII, so the bytes of longer UTF-8
// sequences pass through unchanged.
void appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    qsizetype plain = 0; // start of the run of bytes copied as they are
    auto flush = [&](qsizetype i) {
        out.append(utf8.sliced(plain, i - plain));
        plain = i + 1;
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8[i]);
        if (c >= 0x20 && c != 0x7f && c != '\\' && c != ';' && c != ',')
            continue;
        switch (c) {
        case '\t':
            continue;
        case '\\':
        case ';':
        case ',':
            flush(i);
            out += '\\';
            out += char(c);
            break;
        case '\n':
            flush(i);
            out += "\\n";
            break;
        case '\r':
            flush(i);
            if (i + 1 >= utf8.size() || utf8[i + 1] != '\n') // CRLF: the LF writes the newline
                out += "\\n";
            break;
        default:
            flush(i); // TEXT may not hold other control characters
        }
    }
    out.append(utf8.sliced(plain));
}

// RFC 5545 3.1: at most 75 octets a line, continued with CRLF + space, never inside a UTF-8
// sequence.
void appendFolded(QByteArray &out, QByteArrayView line)
{
    constexpr int kMaxOctets = 75;
    qsizetype pos = 0;
    int room = kMaxOctets; // the first line holds 75 octets, continuations a space + 74
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Back off to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut > pos && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        out.append(line.sliced(pos, cut - pos));
        out += "\r\n ";
        pos = cut;
        room = kMaxOctets - 1;
    }
    out.append(line.sliced(pos));
    out += "\r\n";
}

void addLine(QByteArray &out, QByteArrayView line)
{
    appendFolded(out, line);
}

void addText(QByteArray &out, const char *name, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray line;
    line.reserve(qsizetype(qstrlen(name)) + 1 + utf8.size() + utf8.size() / 16);
    line += name;
    line += ':';
    appendEscaped(line, utf8);
    appendFolded(out, line);
}

// The part of every UID after the session id (see icsUid).
QByteArray uidSuffix(const Plan &plan, const IcsOptions &options)
{
    QByteArray key = plan.name.toUtf8();
    key += options.busyOnly ? "\nbusy" : "\nfull";
    return '.' + icsDate(options.startDate) + '.'
        + QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16) + "@ordo";
}

QByteArray uidFor(const Session &session, const QByteArray &suffix)
{
    return QUrl::toPercentEncoding(session.id, "-._") + suffix;
}

// RFC 5545 3.8.7.4: a later export must carry a higher SEQUENCE for calendars to take its
// events as updates. Without stored state, the export time gives one: minutes since 2000.
int sequenceNumber(const QDateTime &stamp)
{
    const qint64 minutes = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).secsTo(stamp) / 60;
    return int(std::clamp<qint64>(minutes, 0, INT_MAX));
}

} // namespace

QString icsEscapeText(const QString &text)
{
    QByteArray out;
    appendEscaped(out, text.toUtf8());
    return QString::fromUtf8(out);
}

QByteArray icsFoldLine(const QByteArray &line)
{
    QByteArray out;
    appendFolded(out, line);
    return out;
}

QString icsUid(const Plan &plan, const Session &session, const IcsOptions &options)
{
    return QString::fromLatin1(uidFor(session, uidSuffix(plan, options)));
}

QString icsOptionsError(const Plan &plan, const IcsOptions &options)
{
    if (!options.startDate.isValid() || options.startDate < firstWritableDate()
        || options.startDate > lastWritableDate())
        return Tr::tr("The start date must lie in the years 1 to 9999.");
    if (options.alarmMinutes && (*options.alarmMinutes < 0 || *options.alarmMinutes > kIcsMaxAlarmMinutes))
        return Tr::tr("A reminder can be from 0 to %1 minutes before a session.").arg(kIcsMaxAlarmMinutes);
    for (const PlannedEvent &e : plannedEvents(plan, options)) {
        if (e.count > 0 && lastWrittenDate(plan, options, e) > lastWritableDate())
            return Tr::tr("The calendar would reach past the year 9999: choose an earlier start date "
                          "or fewer weeks.");
    }
    if (options.untilDate && *options.untilDate > lastWritableDate())
        return Tr::tr("The calendar would reach past the year 9999: choose an earlier start date "
                      "or fewer weeks.");
    return {};
}

IcsExport exportIcs(const Plan &plan, const Analysis &analysis, const IcsOptions &options)
{
    IcsExport result;
    result.error = icsOptionsError(plan, options);
    if (!result.error.isEmpty())
        return result;

    QByteArray &out = result.bytes;
    const QDateTime stamp
        = (options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc()).toUTC();
    const QByteArray utcStamp = stamp.toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
    const QByteArray sequence = QByteArray::number(sequenceNumber(stamp));
    const QByteArray uidTail = uidSuffix(plan, options);
    const FindingIndex findings = options.busyOnly ? FindingIndex() : findingsBySession(analysis);
    const QString busyTitle = Tr::tr("Training");

    // No METHOD: this is a calendar to import or subscribe to, not an iTIP message (RFC 5546
    // would require an ORGANIZER on every event for METHOD:PUBLISH).
    addLine(out, "BEGIN:VCALENDAR");
    addLine(out, "VERSION:2.0");
    addLine(out, "PRODID:-//Ordo//Ordo " ORDO_VERSION "//EN");
    addLine(out, "CALSCALE:GREGORIAN");
    addText(out, "X-WR-CALNAME", options.busyOnly ? busyTitle : plan.name);

    for (const PlannedEvent &e : plannedEvents(plan, options)) {
        if (e.count <= 0) {
            ++result.skippedSessions;
            continue;
        }
        const Session &s = *e.session;
        const QString summary = options.busyOnly ? busyTitle : s.displayTitle();
        addLine(out, "BEGIN:VEVENT");
        addLine(out, "UID:" + uidFor(s, uidTail));
        addLine(out, "DTSTAMP:" + utcStamp);
        addLine(out, "LAST-MODIFIED:" + utcStamp);
        addLine(out, "SEQUENCE:" + sequence);
        addLine(out, "DTSTART:" + e.start().toIcs());
        // DTEND on the same floating clock: a session past midnight ends on the next date, and
        // every recurrence keeps the session's length.
        addLine(out, "DTEND:" + e.start().plusMinutes(s.durationMin).toIcs());
        if (isRepeating(plan, e)) {
            QByteArray rule = "RRULE:FREQ=WEEKLY;INTERVAL=" + QByteArray::number(plan.weeks);
            if (options.untilDate) // floating DTSTART: UNTIL is floating too (RFC 5545 3.3.10)
                rule += ";UNTIL=" + WallClock { *options.untilDate, kMinutesPerDay - 1 }.toIcs().chopped(2)
                    + "59";
            else
                rule += ";COUNT=" + QByteArray::number(e.count);
            addLine(out, rule);
        }
        addText(out, "SUMMARY", summary);
        if (!options.busyOnly) {
            addText(out, "DESCRIPTION", description(plan, findings, s));
            addText(out, "CATEGORIES", displayName(s.kind));
        }
        addLine(out, "TRANSP:OPAQUE");
        if (options.alarmMinutes) {
            addLine(out, "BEGIN:VALARM");
            addLine(out, "ACTION:DISPLAY");
            addLine(out,
                    *options.alarmMinutes == 0
                        ? QByteArray("TRIGGER:PT0M")
                        : "TRIGGER:-PT" + QByteArray::number(*options.alarmMinutes) + 'M');
            addText(out, "DESCRIPTION", summary);
            addLine(out, "END:VALARM");
        }
        addLine(out, "END:VEVENT");
        ++result.eventCount;
    }
    addLine(out, "END:VCALENDAR");
    return result;
}

} // namespace ordo
