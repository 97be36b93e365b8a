// SPDX-License-Identifier: GPL-3.0-or-later

#include "busyimport.h"

#include "planlimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <libical/ical.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

namespace ordo {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::BusyImport)
};

// A recurrence that never reaches the range (FREQ=SECONDLY from 1970) stops here instead of
// spinning: a year of minutes, far more than any calendar a person keeps.
constexpr int kMaxOccurrencesPerEvent = 600000;

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct ParserDeleter
{
    void operator()(icalparser *p) const { icalparser_free(p); }
};

struct IteratorDeleter
{
    void operator()(icalrecur_iterator *i) const { icalrecur_iterator_free(i); }
};

// One content line after unfolding (RFC 5545 3.1) and the file line it starts on.
struct ContentLine
{
    QByteArray text;
    int fileLine = 0;
};

QList<ContentLine> unfoldLines(const QByteArray &bytes)
{
    QList<ContentLine> lines;
    int fileLine = 0;
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArray line = bytes.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        ++fileLine;
        pos = end + 1;
        if (!lines.isEmpty() && (line.startsWith(' ') || line.startsWith('\t')))
            lines.last().text += line.mid(1);
        else
            lines.append({ line, fileLine });
    }
    return lines;
}

// A line for an error text: the start of it, so a long DESCRIPTION does not fill the dialog.
QString shownLine(const QByteArray &line)
{
    constexpr int kShown = 60;
    const QString text = QString::fromUtf8(line).trimmed();
    return text.size() <= kShown ? text : text.left(kShown - 1) + QChar(0x2026);
}

// The zone a date-time property names with TZID: the calendar's own VTIMEZONE first, then the
// system's zoneinfo through libical. Null for UTC, floating and unknown zones.
icaltimezone *zoneOf(icalproperty *property, icalcomponent *calendar)
{
    icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    if (!tzid)
        return nullptr;
    const char *id = icalparameter_get_tzid(tzid);
    if (!id || !*id)
        return nullptr;
    if (icaltimezone *own = icalcomponent_get_timezone(calendar, id))
        return own;
    if (icaltimezone *builtin = icaltimezone_get_builtin_timezone(id))
        return builtin;
    return icaltimezone_get_builtin_timezone_from_tzid(id);
}

icaltimetype inZone(icaltimetype time, icaltimezone *zone)
{
    if (!time.is_date && !icaltime_is_utc(time) && zone)
        time.zone = zone;
    return time;
}

bool isFloating(const icaltimetype &time)
{
    return !time.is_date && !time.zone;
}

// The instant of a zoned or UTC time; floating times read as if they were UTC, which keeps
// their differences and order right.
qint64 instant(const icaltimetype &time)
{
    return qint64(time.zone ? icaltime_as_timet_with_zone(time, time.zone) : icaltime_as_timet(time));
}

QDate dateOf(const icaltimetype &time)
{
    return QDate(time.year, time.month, time.day);
}

// Starts of occurrences, to match EXDATEs, RECURRENCE-IDs and repeats: timed ones by their
// instant, all-day ones by their date, which also names every occurrence starting that day.
// Sets, not lists: a series of years is thousands of occurrences.
class StartSet
{
public:
    void insert(const icaltimetype &time)
    {
        if (time.is_date)
            m_days.insert(dateOf(time).toJulianDay());
        else
            m_instants.insert(instant(time));
    }
    bool contains(const icaltimetype &time) const
    {
        return m_days.contains(dateOf(time).toJulianDay())
            || (!time.is_date && m_instants.contains(instant(time)));
    }

private:
    QSet<qint64> m_instants;
    QSet<qint64> m_days;
};

// How long each occurrence lasts: whole days for all-day events, seconds otherwise.
struct Length
{
    int days = 0;
    qint64 seconds = 0;
};

Length eventLength(icalcomponent *event, icalcomponent *calendar, const icaltimetype &start)
{
    Length length;
    if (icalproperty *dtend = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        const icaltimetype end = inZone(icalproperty_get_dtend(dtend), zoneOf(dtend, calendar));
        if (start.is_date)
            length.days = int(dateOf(start).daysTo(dateOf(end)));
        else if (!end.is_date)
            length.seconds = instant(end) - instant(start);
    } else if (icalproperty *duration = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
        const qint64 seconds = icaldurationtype_as_int(icalproperty_get_duration(duration));
        if (start.is_date)
            length.days = int(seconds / (24 * 3600));
        else
            length.seconds = seconds;
    }
    // RFC 5545 3.6.1: an all-day event without an end lasts its one day; a timed one ends
    // when it starts and so blocks no time.
    if (start.is_date && length.days < 1)
        length.days = 1;
    return length;
}

// A local wall-clock moment: a date and the minute after its midnight (0..1440).
struct LocalMoment
{
    QDate date;
    int minute = 0;
};

struct Occurrence
{
    icaltimetype start;
    std::optional<icaltimetype> end; // an RDATE period's own end
};

class Importer
{
public:
    Importer(const BusyTimeRange &range, const QTimeZone &zone)
        : m_first(range.anchorDate)
        , m_last(range.anchorDate.addDays(qint64(range.weeks) * kDaysPerWeek - 1))
        , m_zone(zone)
    { }

    void addCalendar(icalcomponent *calendar);
    QList<ImportedBusyTime> takeBusyTimes();
    int eventCount() const { return m_eventCount; }

private:
    bool blocksTime(icalcomponent *event) const;
    void addEvent(icalcomponent *event, icalcomponent *calendar);
    // Adds the occurrence's busy time; false once it starts after the range (later ones will too).
    bool addOccurrence(const Occurrence &occurrence, const Length &length, const QString &summary);
    LocalMoment local(const icaltimetype &time, qint64 plusSeconds) const;
    void addLocalSpan(const LocalMoment &from, const LocalMoment &to, const QString &summary);

    QDate m_first;
    QDate m_last;
    QTimeZone m_zone;
    // The starts of a series' moved and cancelled occurrences (RECURRENCE-ID), by UID.
    QHash<QByteArray, StartSet> m_replaced;
    QList<ImportedBusyTime> m_busy;
    int m_eventCount = 0;
    bool m_eventAdded = false;
};

bool Importer::blocksTime(icalcomponent *event) const
{
    if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED)
        return false;
    if (icalproperty *transp = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY)) {
        const icalproperty_transp value = icalproperty_get_transp(transp);
        if (value == ICAL_TRANSP_TRANSPARENT || value == ICAL_TRANSP_TRANSPARENTNOCONFLICT)
            return false;
    }
    return true;
}

void Importer::addCalendar(icalcomponent *calendar)
{
    // Moved and cancelled occurrences first: they take the place of the series' own.
    m_replaced.clear();
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        if (icalproperty *rid = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
            const char *uid = icalcomponent_get_uid(event);
            m_replaced[QByteArray(uid ? uid : "")].insert(
                inZone(icalproperty_get_recurrenceid(rid), zoneOf(rid, calendar)));
        }
    }
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        if (blocksTime(event))
            addEvent(event, calendar);
    }
}

void Importer::addEvent(icalcomponent *event, icalcomponent *calendar)
{
    icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!dtstart)
        return;
    const icaltimetype start = inZone(icalproperty_get_dtstart(dtstart), zoneOf(dtstart, calendar));
    if (icaltime_is_null_time(start) || !dateOf(start).isValid())
        return;
    const Length length = eventLength(event, calendar, start);
    const QString summary = QString::fromUtf8(icalcomponent_get_summary(event)).simplified();
    m_eventAdded = false;

    // A replacement (it has a RECURRENCE-ID) is one occurrence of its own.
    if (icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
        addOccurrence({ start, {} }, length, summary);
        m_eventCount += m_eventAdded ? 1 : 0;
        return;
    }

    const char *uidText = icalcomponent_get_uid(event);
    const QByteArray uid(uidText ? uidText : "");
    StartSet excluded;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY))
        excluded.insert(inZone(icalproperty_get_exdate(p), zoneOf(p, calendar)));
    const auto replaced = m_replaced.constFind(uid);
    StartSet seen;
    auto add = [&](const Occurrence &occurrence) {
        const icaltimetype &at = occurrence.start;
        if (excluded.contains(at) || (replaced != m_replaced.constEnd() && replaced->contains(at))
            || seen.contains(at))
            return true;
        seen.insert(at);
        return addOccurrence(occurrence, length, summary);
    };

    // DTSTART is always the first occurrence (RFC 5545 3.8.5.3), then RDATEs and each RRULE.
    add({ start, {} });
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
        icaltimezone *zone = zoneOf(p, calendar);
        if (!icaltime_is_null_time(rdate.time)) {
            add({ inZone(rdate.time, zone), {} });
        } else if (!icalperiodtype_is_null_period(rdate.period)) {
            const icaltimetype from = inZone(rdate.period.start, zone);
            const icaltimetype to = icaltime_is_null_time(rdate.period.end)
                ? icaltime_add(from, rdate.period.duration)
                : inZone(rdate.period.end, zone);
            add({ from, to });
        }
    }
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY)) {
        const icalrecurrencetype rule = icalproperty_get_rrule(p);
        std::unique_ptr<icalrecur_iterator, IteratorDeleter> it(icalrecur_iterator_new(rule, start));
        if (!it)
            continue;
        // A long-running series without COUNT jumps close to the range instead of walking
        // every occurrence since DTSTART.
        const QDate jumpTo = m_first.addDays(-(length.days + length.seconds / (24 * 3600) + 2));
        if (rule.count == 0 && dateOf(start) < jumpTo) {
            icaltimetype from = start;
            from.year = jumpTo.year();
            from.month = jumpTo.month();
            from.day = jumpTo.day();
            icalrecur_iterator_set_start(it.get(), from);
        }
        for (int n = 0; n < kMaxOccurrencesPerEvent; ++n) {
            icaltimetype next = icalrecur_iterator_next(it.get());
            if (icaltime_is_null_time(next))
                break;
            next.zone = start.zone;
            next.is_date = start.is_date;
            if (!add({ next, {} }))
                break;
        }
    }
    m_eventCount += m_eventAdded ? 1 : 0;
}

LocalMoment Importer::local(const icaltimetype &time, qint64 plusSeconds) const
{
    if (time.is_date)
        return { dateOf(time).addDays(plusSeconds / (24 * 3600)), 0 };
    qint64 secondOfDay;
    QDate date;
    if (isFloating(time)) {
        // Floating time is wall-clock time wherever the reader is: already local.
        date = dateOf(time);
        secondOfDay = time.hour * 3600 + time.minute * 60 + time.second + plusSeconds;
    } else {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(instant(time) + plusSeconds, m_zone);
        date = at.date();
        secondOfDay = at.time().msecsSinceStartOfDay() / 1000;
    }
    const qint64 day
        = secondOfDay >= 0 ? secondOfDay / (24 * 3600) : -((-secondOfDay + 24 * 3600 - 1) / (24 * 3600));
    secondOfDay -= day * 24 * 3600;
    return { date.addDays(day), int(secondOfDay / 60) };
}

bool Importer::addOccurrence(const Occurrence &occurrence, const Length &length, const QString &summary)
{
    const LocalMoment from = local(occurrence.start, 0);
    if (!from.date.isValid())
        return false;
    if (from.date > m_last)
        return false;
    LocalMoment to;
    if (occurrence.end) {
        const icaltimetype &end = *occurrence.end;
        to = local(occurrence.start,
                   end.is_date == occurrence.start.is_date ? instant(end) - instant(occurrence.start) : 0);
    } else if (occurrence.start.is_date) {
        to = { from.date.addDays(length.days), 0 };
    } else {
        // Busy to the end of a started minute.
        to = local(occurrence.start, length.seconds + 59);
    }
    addLocalSpan(from, to, summary);
    return true;
}

void Importer::addLocalSpan(const LocalMoment &from, const LocalMoment &to, const QString &summary)
{
    if (!to.date.isValid() || to.date < m_first)
        return;
    const QDate firstDay = std::max(from.date, m_first);
    const QDate lastDay = std::min(to.date, m_last);
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const int start = day == from.date ? from.minute : 0;
        const int end = day == to.date ? to.minute : kMinutesPerDay;
        if (end <= start)
            continue;
        const qint64 index = m_first.daysTo(day);
        m_busy.append({ int(index / kDaysPerWeek), Day(index % kDaysPerWeek), start, end, summary });
        m_eventAdded = true;
    }
}

QList<ImportedBusyTime> Importer::takeBusyTimes()
{
    auto key = [](const ImportedBusyTime &b) {
        return std::tuple(b.week, int(b.day), b.startMinute, b.endMinute, b.summary);
    };
    std::sort(m_busy.begin(), m_busy.end(), [&](const auto &a, const auto &b) { return key(a) < key(b); });
    m_busy.erase(std::unique(m_busy.begin(), m_busy.end()), m_busy.end());
    return std::move(m_busy);
}

BusyTimeImport failure(const QString &error, int line)
{
    BusyTimeImport result;
    result.error = error;
    result.errorLine = line;
    return result;
}

} // namespace

BusyTimeImport importBusyTimes(const QByteArray &ics, const QString &fileName, const BusyTimeRange &range,
                               const QTimeZone &localZone)
{
    const QString &file = fileName;
    const QList<ContentLine> lines = unfoldLines(ics);
    const auto firstLine = std::find_if(lines.begin(), lines.end(),
                                        [](const ContentLine &l) { return !l.text.trimmed().isEmpty(); });
    if (ics.contains('\0') || firstLine == lines.end()
        || firstLine->text.trimmed().compare("BEGIN:VCALENDAR", Qt::CaseInsensitive) != 0) {
        return failure(Tr::tr("“%1” is not an iCalendar file: it does not begin with a calendar.").arg(file),
                       firstLine == lines.end() ? 0 : firstLine->fileLine);
    }

    // libical reports a line it cannot read by its parser state, so the lines go in one by one
    // and the first such line is the one named.
    icalerror_set_errors_are_fatal(0);
    std::unique_ptr<icalparser, ParserDeleter> parser(icalparser_new());
    std::vector<ComponentPtr> calendars;
    for (const ContentLine &line : lines) {
        if (line.text.trimmed().isEmpty())
            continue;
        QByteArray text = line.text;
        icalcomponent *done = icalparser_add_line(parser.get(), text.data());
        if (icalparser_get_state(parser.get()) == ICALPARSER_ERROR) {
            if (done)
                icalcomponent_free(done);
            return failure(Tr::tr("“%1”, line %2 is not valid iCalendar: “%3”.")
                               .arg(file, QString::number(line.fileLine), shownLine(line.text)),
                           line.fileLine);
        }
        if (done)
            calendars.emplace_back(done);
    }
    // What icalparser_clean returns (an unfinished calendar) stays the parser's to free.
    if (icalparser_clean(parser.get()) || calendars.empty()) {
        const int last = lines.isEmpty() ? 0 : lines.last().fileLine;
        return failure(
            Tr::tr("“%1”, line %2: the file ends before its calendar does.").arg(file, QString::number(last)),
            last);
    }

    Importer importer(range, localZone);
    for (const ComponentPtr &calendar : calendars) {
        if (icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT)
            importer.addCalendar(calendar.get());
    }
    BusyTimeImport result;
    result.busyTimes = importer.takeBusyTimes();
    result.eventCount = importer.eventCount();
    if (result.busyTimes.isEmpty()) {
        const QLocale locale;
        return failure(
            Tr::tr("“%1” has no busy times between %2 and %3.")
                .arg(file, locale.toString(range.anchorDate, QLocale::ShortFormat),
                     locale.toString(range.anchorDate.addDays(qint64(range.weeks) * kDaysPerWeek - 1),
                                     QLocale::ShortFormat)),
            0);
    }
    return result;
}

int addImportedBusyTimes(Availability &availability, const QList<ImportedBusyTime> &busy, int weeks)
{
    // What the plan holds already, by value: a second import of one file adds nothing. A set,
    // since calendars of several years give thousands of busy times.
    using Key = std::tuple<int, int, int, int, QString>;
    std::set<Key> held;
    for (const BusyInterval &b : std::as_const(availability.busy))
        held.insert({ b.week, int(b.day), b.startMinute, b.endMinute, b.summary });
    int count = 0;
    for (const ImportedBusyTime &b : busy) {
        if (b.week < 0 || b.week >= weeks)
            continue;
        BusyInterval interval;
        interval.week = b.week;
        interval.day = b.day;
        interval.startMinute = b.startMinute;
        interval.endMinute = b.endMinute;
        // The file format's limit; a longer summary is cut, not refused.
        interval.summary = b.summary.left(PlanLimits::kMaxBusySummaryLength);
        if (!held.insert({ interval.week, int(interval.day), interval.startMinute, interval.endMinute,
                           interval.summary })
                 .second)
            continue;
        availability.busy.append(interval);
        ++count;
    }
    if (count > 0) {
        std::stable_sort(availability.busy.begin(), availability.busy.end(),
                         [](const BusyInterval &a, const BusyInterval &b) {
                             return std::tuple(a.week, int(a.day), a.startMinute)
                                 < std::tuple(b.week, int(b.day), b.startMinute);
                         });
    }
    return count;
}

} // namespace ordo
