// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <libical/ical.h>

// Reads .ics bytes with libical, the iCalendar library behind Evolution and many calendar
// servers, so tests check Ordo's calendar export against an independent implementation:
// parse, RFC 5545/5546 restriction check, no X-LIC-ERROR anywhere, and every occurrence of
// every event expanded by libical's own recurrence iterator. Links PkgConfig::ICAL.
namespace ordo::test {

// Date-times as "2026-03-29T02:30:00"; "Z" is appended for UTC values, "[TZID]" for zoned ones.
struct IcalOccurrence
{
    QString start;
    QString end;
    bool operator==(const IcalOccurrence &) const = default;
};

struct IcalAlarm
{
    QString action;
    int triggerMinutes = 0; // negative: before
    bool relatedToEnd = false;
    QString description;
};

struct IcalEvent
{
    QString uid;
    QString summary;
    bool hasDescription = false;
    QString description;
    QString categories;
    QString rrule;
    QString start;
    QString end;
    bool floating = false; // start and end carry no zone and are not UTC
    bool hasSequence = false;
    int sequence = 0;
    QString dtstamp;
    QString lastModified;
    QList<IcalOccurrence> occurrences;
    QList<IcalAlarm> alarms;
};

struct IcalCalendar
{
    bool parsed = false; // one VCALENDAR came out of the parser
    bool restrictionsHold = false; // icalrestriction_check() passed
    QStringList errors; // every X-LIC-ERROR property, after the restriction check
    QString version;
    QString method; // empty: no METHOD property
    QString name; // X-WR-CALNAME
    QList<IcalEvent> events;
};

namespace ical {

inline QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

inline QString time(const icaltimetype &t, const icalproperty *prop = nullptr)
{
    if (icaltime_is_null_time(t))
        return {};
    QString s = QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute,
                                  t.second);
    if (icaltime_is_utc(t))
        s += u'Z';
    if (prop) {
        if (icalparameter *tzid
            = icalproperty_get_first_parameter(const_cast<icalproperty *>(prop), ICAL_TZID_PARAMETER))
            s += u'[' + text(icalparameter_get_tzid(tzid)) + u']';
    }
    return s;
}

inline void collectErrors(icalcomponent *c, QStringList *errors)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
        *errors << text(icalproperty_get_xlicerror(p));
    for (icalcomponent *sub = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); sub;
         sub = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        collectErrors(sub, errors);
}

inline IcalEvent readEvent(icalcomponent *ev, int maxOccurrences)
{
    IcalEvent e;
    e.uid = text(icalcomponent_get_uid(ev));
    e.summary = text(icalcomponent_get_summary(ev));
    if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_DESCRIPTION_PROPERTY)) {
        e.hasDescription = true;
        e.description = text(icalproperty_get_description(p));
    }
    if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_CATEGORIES_PROPERTY))
        e.categories = text(icalproperty_get_categories(p));
    if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY)) {
        e.hasSequence = true;
        e.sequence = icalproperty_get_sequence(p);
    }
    if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_LASTMODIFIED_PROPERTY))
        e.lastModified = time(icalproperty_get_lastmodified(p));
    e.dtstamp = time(icalcomponent_get_dtstamp(ev));

    const icaltimetype start = icalcomponent_get_dtstart(ev);
    const icaltimetype end = icalcomponent_get_dtend(ev);
    icalproperty *startProp = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
    icalproperty *endProp = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY);
    e.start = time(start, startProp);
    e.end = time(end, endProp);
    e.floating = !e.start.isEmpty() && !e.end.isEmpty() && !e.start.contains(u'Z') && !e.start.contains(u'[')
        && !e.end.contains(u'Z') && !e.end.contains(u'[');

    // Each occurrence lasts as long as the event (RFC 5545 3.8.5.3), in libical's own arithmetic.
    const icaldurationtype length = icalcomponent_get_duration(ev);
    auto occurrence = [&](const icaltimetype &t) {
        return IcalOccurrence { time(t), time(icaltime_add(t, length)) };
    };
    if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY)) {
        icalrecurrencetype rule = icalproperty_get_rrule(p);
        char *ruleText = icalrecurrencetype_as_string_r(&rule);
        e.rrule = text(ruleText);
        icalmemory_free_buffer(ruleText);
        icalrecur_iterator *it = icalrecur_iterator_new(rule, start);
        for (icaltimetype t = icalrecur_iterator_next(it);
             it && !icaltime_is_null_time(t) && e.occurrences.size() < maxOccurrences;
             t = icalrecur_iterator_next(it))
            e.occurrences << occurrence(t);
        if (it)
            icalrecur_iterator_free(it);
    } else if (!icaltime_is_null_time(start)) {
        e.occurrences << occurrence(start);
    }

    for (icalcomponent *a = icalcomponent_get_first_component(ev, ICAL_VALARM_COMPONENT); a;
         a = icalcomponent_get_next_component(ev, ICAL_VALARM_COMPONENT)) {
        IcalAlarm alarm;
        if (icalproperty *p = icalcomponent_get_first_property(a, ICAL_ACTION_PROPERTY))
            alarm.action = text(icalproperty_get_value_as_string(p));
        if (icalproperty *p = icalcomponent_get_first_property(a, ICAL_TRIGGER_PROPERTY)) {
            alarm.triggerMinutes = icaldurationtype_as_int(icalproperty_get_trigger(p).duration) / 60;
            if (icalparameter *related = icalproperty_get_first_parameter(p, ICAL_RELATED_PARAMETER))
                alarm.relatedToEnd = icalparameter_get_related(related) == ICAL_RELATED_END;
        }
        if (icalproperty *p = icalcomponent_get_first_property(a, ICAL_DESCRIPTION_PROPERTY))
            alarm.description = text(icalproperty_get_description(p));
        e.alarms << alarm;
    }
    return e;
}

} // namespace ical

inline IcalCalendar parseIcal(const QByteArray &ics, int maxOccurrences = 10000)
{
    IcalCalendar cal;
    icalcomponent *root = icalparser_parse_string(ics.constData());
    if (!root)
        return cal;
    cal.parsed = icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT;
    if (cal.parsed) {
        cal.restrictionsHold = icalrestriction_check(root) != 0;
        if (icalproperty *p = icalcomponent_get_first_property(root, ICAL_VERSION_PROPERTY))
            cal.version = ical::text(icalproperty_get_version(p));
        if (icalproperty *p = icalcomponent_get_first_property(root, ICAL_METHOD_PROPERTY))
            cal.method = ical::text(icalproperty_get_value_as_string(p));
        for (icalproperty *p = icalcomponent_get_first_property(root, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(root, ICAL_X_PROPERTY)) {
            if (qstrcmp(icalproperty_get_x_name(p), "X-WR-CALNAME") == 0)
                cal.name = ical::text(icalproperty_get_x(p));
        }
        for (icalcomponent *ev = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); ev;
             ev = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT))
            cal.events << ical::readEvent(ev, maxOccurrences);
    }
    ical::collectErrors(root, &cal.errors);
    icalcomponent_free(root);
    return cal;
}

// The checks every export must pass, as one message for QVERIFY2 (empty: all passed).
inline QString icalProblems(const IcalCalendar &cal)
{
    QStringList problems;
    if (!cal.parsed)
        problems << QStringLiteral("libical did not return one VCALENDAR");
    if (!cal.restrictionsHold)
        problems << QStringLiteral("icalrestriction_check failed");
    for (const QString &e : cal.errors)
        problems << QStringLiteral("X-LIC-ERROR: ") + e;
    return problems.join(u'\n');
}

} // namespace ordo::test
