// SPDX-License-Identifier: GPL-3.0-or-later

#include "icsexport.h"

#include "enums.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ordo::IcsExport", text);
}

QByteArray localDateTime(const QDate &date, int minuteOfDay)
{
    // Floating local time (RFC 5545 3.3.5 form #1): the calendar shows it at the same wall-clock
    // time wherever the athlete is, which is what a training plan means.
    const QDateTime dt(date, QTime(0, 0).addSecs(qint64(minuteOfDay) * 60));
    return dt.toString(u"yyyyMMdd'T'HHmmss"_s).toLatin1();
}

QString sessionSummaryLine(const Session &s)
{
    QStringList parts;
    parts << displayName(s.kind);
    switch (s.kind) {
    case Kind::Strength:
        parts << tr("%1 focus").arg(displayName(s.focus)) << displayName(s.load);
        break;
    case Kind::Cardio:
        parts << displayName(s.modality) << displayName(s.intensity);
        break;
    case Kind::Mobility:
        break;
    }
    parts << formatDuration(s.durationMin);
    parts << tr("RPE %1").arg(QLocale::c().toString(s.effectiveRpe()));
    return parts.join(u" · "_s);
}

QString description(const Plan &plan, const Analysis &analysis, const Session &s)
{
    QString text = sessionSummaryLine(s);
    if (!s.notes.isEmpty())
        text += u"\n\n"_s + s.notes;
    QStringList findings;
    for (const Finding &f : analysis.findings) {
        if (f.hiddenByDefault || !f.sessions.contains(s.id))
            continue;
        QString line = u"- "_s + displayName(f.severity) + u": "_s + f.message;
        if (!f.fix.isEmpty())
            line += u' ' + tr("Fix: %1").arg(f.fix);
        findings << line;
    }
    if (!findings.isEmpty())
        text += u"\n\n"_s + tr("Findings:") + u'\n' + findings.join(u'\n');
    text += u"\n\n"_s + tr("From the Ordo plan “%1”.").arg(plan.name);
    return text;
}

void addLine(QByteArray &out, const QByteArray &line)
{
    out += icsFoldLine(line);
}

void addText(QByteArray &out, const char *name, const QString &value)
{
    addLine(out, QByteArray(name) + ':' + icsEscapeText(value).toUtf8());
}

} // namespace

QString icsEscapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case '\\':
            out += u"\\\\"_s;
            break;
        case ';':
            out += u"\\;"_s;
            break;
        case ',':
            out += u"\\,"_s;
            break;
        case '\n':
            out += u"\\n"_s;
            break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                break; // CRLF: the LF writes the newline
            out += u"\\n"_s;
            break;
        case '\t':
            out += c;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                break; // TEXT may not hold other control characters
            out += c;
        }
    }
    return out;
}

QByteArray icsFoldLine(const QByteArray &line)
{
    constexpr int kMaxOctets = 75;
    QByteArray out;
    qsizetype pos = 0;
    int room = kMaxOctets; // the first line holds 75 octets, continuations a space + 74
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Back off to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut > pos && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = kMaxOctets - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QString icsUid(const Plan &plan, const Session &session)
{
    const QByteArray planHash
        = QCryptographicHash::hash(plan.name.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QByteArray id = QUrl::toPercentEncoding(session.id, "-._");
    return QString::fromLatin1(id + '.' + planHash + "@ordo");
}

IcsExport exportIcs(const Plan &plan, const Analysis &analysis, const IcsOptions &options)
{
    IcsExport result;
    QByteArray &out = result.bytes;
    const QDate monday0 = options.startDate.addDays(1 - options.startDate.dayOfWeek());
    const QDateTime stamp = options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc();
    const QByteArray dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
    const int periodDays = plan.weeks * kDaysPerWeek;
    // End of the repetition (exclusive): --weeks counts from week 0's Monday.
    const QDate end = options.untilDate
        ? options.untilDate->addDays(1)
        : monday0.addDays(qint64(std::max(1, options.repeatWeeks)) * kDaysPerWeek);

    addLine(out, "BEGIN:VCALENDAR");
    addLine(out, "VERSION:2.0");
    addLine(out, "PRODID:-//Ordo//Ordo " ORDO_VERSION "//EN");
    addLine(out, "CALSCALE:GREGORIAN");
    addLine(out, "METHOD:PUBLISH");
    addText(out, "X-WR-CALNAME", plan.name);

    for (const Session &s : plan.sessions) {
        const int dayOffset = s.week * kDaysPerWeek + int(s.day);
        QDate first = monday0.addDays(dayOffset);
        int count = 1;
        if (plan.repeat) {
            while (first < options.startDate)
                first = first.addDays(periodDays);
            count = first < end ? int((first.daysTo(end) + periodDays - 1) / periodDays) : 0;
        } else if (first < options.startDate) {
            count = 0;
        }
        if (count <= 0) {
            ++result.skippedSessions;
            continue;
        }
        addLine(out, "BEGIN:VEVENT");
        addText(out, "UID", icsUid(plan, s));
        addLine(out, "DTSTAMP:" + dtstamp);
        addLine(out, "DTSTART:" + localDateTime(first, s.startMinute));
        // DTEND from the same floating clock: a session past midnight ends on the next date.
        const QDateTime endTime
            = QDateTime(first, QTime(0, 0)).addSecs(qint64(s.startMinute + s.durationMin) * 60);
        addLine(out, "DTEND:" + endTime.toString(u"yyyyMMdd'T'HHmmss"_s).toLatin1());
        if (plan.repeat && count > 1) {
            QByteArray rule = "RRULE:FREQ=WEEKLY;INTERVAL=" + QByteArray::number(plan.weeks);
            if (options.untilDate)
                rule += ";UNTIL=" + localDateTime(*options.untilDate, kMinutesPerDay - 1).left(13) + "59";
            else
                rule += ";COUNT=" + QByteArray::number(count);
            addLine(out, rule);
        }
        addText(out, "SUMMARY", s.displayTitle());
        addText(out, "DESCRIPTION", description(plan, analysis, s));
        addText(out, "CATEGORIES", displayName(s.kind));
        addLine(out, "TRANSP:OPAQUE");
        addLine(out, "END:VEVENT");
        ++result.eventCount;
    }
    addLine(out, "END:VCALENDAR");
    return result;
}

} // namespace ordo
