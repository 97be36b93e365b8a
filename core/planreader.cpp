// SPDX-License-Identifier: GPL-3.0-or-later

// The readers of each part of a plan file (docs/plan-format.md): profile, analysis settings,
// availability, phases, sessions and the plan itself, with an error for every wrong value.

#include "planreader.h"

#include "enums.h"
#include "jsontext.h"
#include "jsonwriter.h"
#include "nativepath.h"
#include "phase.h"
#include "rules/ruletable.h"
#include "settingstable.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <cerrno>
#include <cmath>
#include <limits>

#if defined(Q_OS_UNIX)
#include <climits>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ordo::planreader {

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::fromUtf8(JsonWriter::formatNumber(v.toDouble()));
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(37) + u"…"_s;
        return u'"' + s + u'"';
    }
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    default:
        return Tr::tr("nothing");
    }
}

// "10,000": the format's figures as docs/plan-format.md writes them, whatever the locale.
QString englishNumber(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

// "4 MiB"
QString fileCapText()
{
    return Tr::tr("%1 MiB").arg(PlanLimits::kMaxFileBytes / (1024 * 1024));
}

QString escapePointerToken(QString key)
{
    key.replace(u'~', u"~0"_s);
    key.replace(u'/', u"~1"_s);
    // A key may be megabytes long; an error names its start, which is enough to find it.
    return cutText(key, 64);
}

void Reader::readCycle(const QJsonObject &obj, JsonText::Span span, const QString &ptr, int weeks,
                       Profile &profile)
{
    CycleSettings cycle;
    cycle.unknownKeys = unknown(span, { u"firstDay", u"lengthDays" });
    if (const auto first = object(obj, u"firstDay"_s, ptr)) {
        const QString fptr = ptr + u"/firstDay"_s;
        cycle.firstDayUnknownKeys = unknown(m_text.member(span, u"firstDay"), { u"week", u"day" });
        if (const auto w = number(*first, u"week"_s, fptr, false, 0, weeks - 1, true))
            cycle.firstWeek = int(*w);
        if (const auto d = enumeration<Day>(*first, u"day"_s, fptr, true))
            cycle.firstDay = *d;
    } else if (!obj.contains(u"firstDay"_s)) {
        error(ptr + u"/firstDay"_s, Tr::tr("missing required key"));
    }
    if (const auto len = number(obj, u"lengthDays"_s, ptr, false, PlanLimits::kMinCycleLengthDays,
                                PlanLimits::kMaxCycleLengthDays, true))
        cycle.lengthDays = int(*len);
    profile.cycle = cycle;
}

void Reader::readProfile(const QJsonObject &obj, JsonText::Span span, const QString &ptr, int weeks,
                         Profile &profile)
{
    profile.unknownKeys = unknown(span, { u"goal", u"experience", u"bodyMassKg", u"age", u"sex", u"cycle" });
    if (const auto g = enumeration<Goal>(obj, u"goal"_s, ptr, false))
        profile.goal = *g;
    if (const auto e = enumeration<Experience>(obj, u"experience"_s, ptr, false))
        profile.experience = *e;
    if (const auto m = number(obj, u"bodyMassKg"_s, ptr, false, PlanLimits::kMinBodyMassKg,
                              PlanLimits::kMaxBodyMassKg, false))
        profile.bodyMassKg = *m;
    if (const auto a = number(obj, u"age"_s, ptr, false, PlanLimits::kMinAge, PlanLimits::kMaxAge, true))
        profile.age = int(*a);
    if (const auto s = enumeration<Sex>(obj, u"sex"_s, ptr, false))
        profile.sex = *s;
    if (obj.contains(u"cycle"_s) && !obj.value(u"cycle"_s).isNull()) {
        if (const auto c = object(obj, u"cycle"_s, ptr))
            readCycle(*c, m_text.member(span, u"cycle"), ptr + u"/cycle"_s, weeks, profile);
    }
}

void Reader::readAnalysis(const QJsonObject &obj, JsonText::Span span, const QString &ptr,
                          AnalysisSettings &settings)
{
    settings.unknownKeys = unknown(span, { u"disabledRules", u"thresholds" });
    const QJsonValue rules = obj.value(u"disabledRules"_s);
    if (!rules.isUndefined()) {
        if (!rules.isArray()) {
            error(ptr + u"/disabledRules"_s,
                  Tr::tr("expected an array of rule ids, got %1").arg(describe(rules)));
        } else {
            const QJsonArray a = rules.toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QString where = ptr + u"/disabledRules/"_s + QString::number(i);
                if (!a[i].isString() || !isKnownRuleId(a[i].toString()))
                    error(where, Tr::tr("unknown rule id %1").arg(describe(a[i])));
                else if (!settings.disabledRules.contains(a[i].toString()))
                    settings.disabledRules.append(a[i].toString());
            }
        }
    }
    if (const auto t = object(obj, u"thresholds"_s, ptr)) {
        for (auto it = t->begin(); it != t->end(); ++it) {
            const QString where = ptr + u"/thresholds/"_s + escapePointerToken(it.key());
            const SettingDefinition *def = findSetting(it.key());
            if (!def && isRetiredSetting(it.key())) {
                if (const auto v
                    = number(*t, it.key(), ptr + u"/thresholds"_s, true, -std::numeric_limits<double>::max(),
                             std::numeric_limits<double>::max(), false))
                    settings.thresholds.insert(it.key(), *v);
                continue;
            }
            if (!def) {
                error(where, Tr::tr("unknown setting name"));
                continue;
            }
            if (const auto v
                = number(*t, it.key(), ptr + u"/thresholds"_s, true, def->minimum, def->maximum, false))
                settings.thresholds.insert(it.key(), *v);
        }
    }
}

// "HH:MM", or "24:00" where `endOfDay` allows the end of the day.
std::optional<int> Reader::clock(const QJsonObject &obj, const QString &key, const QString &ptr,
                                 bool endOfDay)
{
    const auto text = string(obj, key, ptr, true, 1000);
    if (!text)
        return std::nullopt;
    if (endOfDay && *text == u"24:00"_s)
        return kMinutesPerDay;
    if (const auto m = parseClock(*text))
        return *m;
    error(ptr + u'/' + key,
          (endOfDay ? Tr::tr("expected HH:MM or 24:00, got %1") : Tr::tr("expected HH:MM, got %1"))
              .arg(describe(QJsonValue(*text))));
    return std::nullopt;
}

// One day's list of windows.
std::optional<QList<TimeWindow>> Reader::readWindows(const QJsonValue &value, JsonText::Span span,
                                                     const QString &ptr)
{
    if (!value.isArray()) {
        error(ptr, Tr::tr("expected an array of time windows, got %1").arg(describe(value)));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > PlanLimits::kMaxWindowsPerDay) {
        error(ptr,
              Tr::tr("%1 windows; at most %2 are allowed per day")
                  .arg(array.size())
                  .arg(PlanLimits::kMaxWindowsPerDay));
        return std::nullopt;
    }
    const QList<JsonText::Span> spans = m_text.elements(span);
    const int errorsBefore = int(errors.size());
    QList<TimeWindow> out;
    for (int i = 0; i < array.size(); ++i) {
        const QString wptr = ptr + u'/' + QString::number(i);
        if (!array[i].isObject()) {
            error(wptr, Tr::tr("expected a time window object, got %1").arg(describe(array[i])));
            continue;
        }
        const QJsonObject obj = array[i].toObject();
        TimeWindow w;
        w.unknownKeys = unknown(spans.value(i), { u"start", u"end", u"kinds" });
        const auto start = clock(obj, u"start"_s, wptr, false);
        const auto end = clock(obj, u"end"_s, wptr, true);
        if (start && end && *end <= *start)
            error(wptr + u"/end"_s,
                  Tr::tr("must be after the start (%1); a window ends on its own day, so split one "
                         "that runs past midnight")
                      .arg(formatClock(*start)));
        w.startMinute = start.value_or(0);
        w.endMinute = end.value_or(kMinutesPerDay);
        const QJsonValue kinds = obj.value(u"kinds"_s);
        if (!kinds.isUndefined()) {
            if (!kinds.isArray() || kinds.toArray().isEmpty()) {
                error(wptr + u"/kinds"_s,
                      Tr::tr("expected a non-empty array of kinds (leave it out to allow every kind), "
                             "got %1")
                          .arg(describe(kinds)));
            } else {
                const QJsonArray a = kinds.toArray();
                for (int k = 0; k < a.size(); ++k) {
                    const auto kind = a[k].isString() ? fromId<Kind>(a[k].toString()) : std::nullopt;
                    if (!kind)
                        error(wptr + u"/kinds/"_s + QString::number(k),
                              Tr::tr("expected one of %1, got %2")
                                  .arg(allIds<Kind>().join(u", "_s), describe(a[k])));
                    else
                        w.kinds.append(*kind);
                }
            }
        }
        out.append(w);
    }
    if (errors.size() != errorsBefore)
        return std::nullopt;
    return out;
}

// A "days" object: weekday ids to window lists.
WeekdayWindows Reader::readWeekdays(const QJsonObject &obj, JsonText::Span span, const QString &ptr)
{
    WeekdayWindows out;
    out.unknownKeys = unknown(span, { u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun" });
    for (int d = 0; d < kDaysPerWeek; ++d) {
        const QString key = toId(Day(d));
        if (obj.contains(key))
            out.byDay[d] = readWindows(obj.value(key), m_text.member(span, key), ptr + u'/' + key);
    }
    return out;
}

void Reader::readAvailability(const QJsonObject &obj, JsonText::Span span, const QString &ptr, int weeks,
                              Availability &out)
{
    out.unknownKeys = unknown(span, { u"days", u"weeks", u"busy" });
    if (const auto days = object(obj, u"days"_s, ptr))
        out.days = readWeekdays(*days, m_text.member(span, u"days"), ptr + u"/days"_s);
    const QJsonValue overrides = obj.value(u"weeks"_s);
    if (!overrides.isUndefined()) {
        if (!overrides.isArray()) {
            error(ptr + u"/weeks"_s, Tr::tr("expected an array, got %1").arg(describe(overrides)));
        } else {
            const QJsonArray a = overrides.toArray();
            const QList<JsonText::Span> spans = m_text.elements(m_text.member(span, u"weeks"));
            QHash<int, int> firstIndex;
            for (int i = 0; i < a.size(); ++i) {
                const QString wptr = ptr + u"/weeks/"_s + QString::number(i);
                if (!a[i].isObject()) {
                    error(wptr, Tr::tr("expected an object, got %1").arg(describe(a[i])));
                    continue;
                }
                const QJsonObject o = a[i].toObject();
                WeekOverride w;
                w.unknownKeys = unknown(spans.value(i), { u"week", u"days" });
                if (const auto n = number(o, u"week"_s, wptr, true, 0, weeks - 1, true)) {
                    w.week = int(*n);
                    if (firstIndex.contains(w.week))
                        error(wptr + u"/week"_s,
                              Tr::tr("week %1 is given twice (first at %2/weeks/%3)")
                                  .arg(w.week)
                                  .arg(ptr)
                                  .arg(firstIndex.value(w.week)));
                    firstIndex.insert(w.week, i);
                }
                if (const auto days = object(o, u"days"_s, wptr))
                    w.days = readWeekdays(*days, m_text.member(spans.value(i), u"days"), wptr + u"/days"_s);
                else if (!o.contains(u"days"_s))
                    error(wptr + u"/days"_s, Tr::tr("missing required key"));
                out.weeks.append(w);
            }
        }
    }
    const QJsonValue busy = obj.value(u"busy"_s);
    if (!busy.isUndefined()) {
        if (!busy.isArray()) {
            error(ptr + u"/busy"_s, Tr::tr("expected an array, got %1").arg(describe(busy)));
        } else {
            const QJsonArray a = busy.toArray();
            if (a.size() > PlanLimits::kMaxBusyIntervals) {
                error(ptr + u"/busy"_s,
                      Tr::tr("%1 busy times; at most %2 are allowed")
                          .arg(a.size())
                          .arg(englishNumber(PlanLimits::kMaxBusyIntervals)));
                return;
            }
            const QList<JsonText::Span> spans = m_text.elements(m_text.member(span, u"busy"));
            for (int i = 0; i < a.size(); ++i) {
                const QString bptr = ptr + u"/busy/"_s + QString::number(i);
                if (!a[i].isObject()) {
                    error(bptr, Tr::tr("expected an object, got %1").arg(describe(a[i])));
                    continue;
                }
                const QJsonObject o = a[i].toObject();
                BusyInterval b;
                b.unknownKeys = unknown(spans.value(i), { u"week", u"day", u"start", u"end", u"summary" });
                if (const auto n = number(o, u"week"_s, bptr, false, 0, weeks - 1, true))
                    b.week = int(*n);
                if (const auto d = enumeration<Day>(o, u"day"_s, bptr, true))
                    b.day = *d;
                const auto start = clock(o, u"start"_s, bptr, false);
                const auto end = clock(o, u"end"_s, bptr, true);
                if (start && end && *end <= *start)
                    error(bptr + u"/end"_s,
                          Tr::tr("must be after the start (%1); busy time ends on its own day, so split "
                                 "one that runs past midnight")
                              .arg(formatClock(*start)));
                b.startMinute = start.value_or(0);
                b.endMinute = end.value_or(kMinutesPerDay);
                if (const auto text = string(o, u"summary"_s, bptr, false, PlanLimits::kMaxBusySummaryLength))
                    b.summary = *text;
                out.busy.append(b);
            }
        }
    }
}

std::optional<QDate> Reader::anchorDate(const QJsonObject &root)
{
    const auto text = string(root, u"anchorDate"_s, QString(), false, 1000);
    if (!text)
        return std::nullopt;
    static const QRegularExpression iso(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    const QDate date = iso.match(*text).hasMatch() ? QDate::fromString(*text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        error(u"/anchorDate"_s,
              Tr::tr("expected a date YYYY-MM-DD, got %1").arg(describe(QJsonValue(*text))));
        return std::nullopt;
    }
    if (date.dayOfWeek() != Qt::Monday) {
        error(u"/anchorDate"_s,
              Tr::tr("%1 is a %2; the anchor date is the Monday of week 0")
                  .arg(*text, displayLongName(Day(date.dayOfWeek() - 1))));
        return std::nullopt;
    }
    return date;
}

// "phases": one object per marked week, in week order (docs/plan-format.md, "Phases").
QList<WeekPhase> Reader::readPhases(const QJsonValue &value, JsonText::Span span, int weeks)
{
    QList<WeekPhase> out;
    if (!value.isArray()) {
        error(u"/phases"_s, Tr::tr("expected an array, got %1").arg(describe(value)));
        return out;
    }
    const QJsonArray array = value.toArray();
    const QList<JsonText::Span> spans = m_text.elements(span);
    for (int i = 0; i < array.size(); ++i) {
        const QString ptr = u"/phases/"_s + QString::number(i);
        if (!array[i].isObject()) {
            error(ptr, Tr::tr("expected a phase object, got %1").arg(describe(array[i])));
            continue;
        }
        const QJsonObject obj = array[i].toObject();
        const int errorsBefore = errors.size();
        WeekPhase phase;
        if (const auto w = number(obj, u"week"_s, ptr, true, 0, weeks - 1, true))
            phase.week = int(*w);
        const QJsonValue id = obj.value(u"phase"_s);
        if (id.isUndefined())
            error(ptr + u"/phase"_s, Tr::tr("missing required key"));
        else if (const auto p = id.isString() ? phaseFromId(id.toString()) : std::nullopt)
            phase.phase = *p;
        else
            error(ptr + u"/phase"_s,
                  Tr::tr("expected one of %1, got %2").arg(phaseIds().join(u", "_s), describe(id)));
        if (const auto l = string(obj, u"label"_s, ptr, false, PlanLimits::kMaxPhaseLabelLength))
            phase.label = *l;
        if (errors.size() != errorsBefore)
            continue;
        if (phase.phase == Phase::Custom && phase.label.trimmed().isEmpty())
            error(ptr + u"/label"_s, Tr::tr("a custom phase needs a label"));
        else if (phase.phase != Phase::Custom && obj.contains(u"label"_s))
            error(ptr + u"/label"_s, Tr::tr("only a custom phase has a label"));
        else if (!out.isEmpty() && phase.week <= out.last().week)
            error(ptr + u"/week"_s,
                  Tr::tr("phases must be in week order, one per week (week %1 follows week %2)")
                      .arg(phase.week)
                      .arg(out.last().week));
        if (errors.size() != errorsBefore)
            continue;
        phase.unknownKeys = unknown(spans.value(i), { u"week", u"phase", u"label" });
        out.append(phase);
    }
    return out;
}

std::optional<Session> Reader::readSession(const QJsonValue &value, JsonText::Span span, const QString &ptr,
                                           int weeks)
{
    if (!value.isObject()) {
        error(ptr, Tr::tr("expected a session object, got %1").arg(describe(value)));
        return std::nullopt;
    }
    const QJsonObject obj = value.toObject();
    const int errorsBefore = errors.size();
    Session s;
    if (const auto id = string(obj, u"id"_s, ptr, true, PlanLimits::kMaxIdLength)) {
        if (id->isEmpty())
            error(ptr + u"/id"_s, Tr::tr("must not be empty"));
        s.id = *id;
    }
    if (const auto t = string(obj, u"title"_s, ptr, false, PlanLimits::kMaxTitleLength))
        s.title = *t;
    if (const auto w = number(obj, u"week"_s, ptr, false, 0, weeks - 1, true))
        s.week = int(*w);
    if (const auto d = enumeration<Day>(obj, u"day"_s, ptr, true))
        s.day = *d;
    if (const auto start = string(obj, u"start"_s, ptr, true, 1000)) {
        if (const auto m = parseClock(*start))
            s.startMinute = *m;
        else
            error(ptr + u"/start"_s, Tr::tr("expected HH:MM, got %1").arg(describe(QJsonValue(*start))));
    }
    if (const auto dur = number(obj, u"durationMin"_s, ptr, true, PlanLimits::kMinDurationMin,
                                PlanLimits::kMaxDurationMin, true))
        s.durationMin = int(*dur);
    if (const auto r = number(obj, u"rpe"_s, ptr, false, PlanLimits::kMinRpe, PlanLimits::kMaxRpe, false))
        s.rpe = *r;
    if (const auto n = string(obj, u"notes"_s, ptr, false, PlanLimits::kMaxSessionNotesLength))
        s.notes = *n;
    if (const auto locked = boolean(obj, u"locked"_s, ptr))
        s.locked = *locked;
    if (const auto missed = boolean(obj, u"missed"_s, ptr))
        s.missed = *missed;
    if (const auto p = enumeration<Priority>(obj, u"priority"_s, ptr, false))
        s.priority = *p;
    const auto kind = enumeration<Kind>(obj, u"kind"_s, ptr, true);
    if (kind)
        s.kind = *kind;
    switch (kind.value_or(Kind::Mobility)) {
    case Kind::Strength:
        if (const auto f = enumeration<Focus>(obj, u"focus"_s, ptr, true))
            s.focus = *f;
        if (const auto l = enumeration<Load>(obj, u"load"_s, ptr, false))
            s.load = *l;
        s.explosive = boolean(obj, u"explosive"_s, ptr).value_or(false);
        s.unknownKeys
            = unknown(span,
                      { u"id", u"title", u"week", u"day", u"start", u"durationMin", u"kind", u"rpe", u"notes",
                        u"locked", u"missed", u"priority", u"focus", u"load", u"explosive" });
        break;
    case Kind::Cardio:
        if (const auto m = enumeration<Modality>(obj, u"modality"_s, ptr, true))
            s.modality = *m;
        if (const auto i = enumeration<Intensity>(obj, u"intensity"_s, ptr, true))
            s.intensity = *i;
        s.loadsLegs = boolean(obj, u"loadsLegs"_s, ptr);
        s.unknownKeys
            = unknown(span,
                      { u"id", u"title", u"week", u"day", u"start", u"durationMin", u"kind", u"rpe", u"notes",
                        u"locked", u"missed", u"priority", u"modality", u"intensity", u"loadsLegs" });
        break;
    case Kind::Mobility:
        s.unknownKeys = unknown(span,
                                { u"id", u"title", u"week", u"day", u"start", u"durationMin", u"kind", u"rpe",
                                  u"notes", u"locked", u"missed", u"priority" });
        break;
    }
    if (errors.size() != errorsBefore)
        return std::nullopt;
    return s;
}

std::optional<Plan> Reader::readPlan(const QJsonObject &root)
{
    const JsonText::Span span = m_text.root();
    // Identity first: a file that is not an Ordo plan, or is too new, gets one clear error.
    const QJsonValue format = root.value(u"format"_s);
    if (format.isUndefined()) {
        error(u"/format"_s, Tr::tr("missing: this is not an Ordo plan"));
        return std::nullopt;
    }
    if (format != QJsonValue(u"ordo-plan"_s)) {
        error(u"/format"_s,
              Tr::tr("expected \"ordo-plan\", got %1: this is not an Ordo plan").arg(describe(format)));
        return std::nullopt;
    }
    const QJsonValue version = root.value(u"version"_s);
    if (version.isUndefined()) {
        error(u"/version"_s, Tr::tr("missing required key"));
        return std::nullopt;
    }
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())
        || !std::isfinite(version.toDouble())) {
        error(u"/version"_s, Tr::tr("expected an integer, got %1").arg(describe(version)));
        return std::nullopt;
    }
    if (version.toDouble() > kFormatVersion) {
        error(u"/version"_s,
              Tr::tr("made by a newer Ordo (format %1); this version reads format %2")
                  .arg(describe(version))
                  .arg(kFormatVersion));
        return std::nullopt;
    }
    if (version.toDouble() < 1) {
        error(u"/version"_s, Tr::tr("unknown format version %1").arg(describe(version)));
        return std::nullopt;
    }

    Plan plan;
    plan.unknownKeys = unknown(span,
                               { u"format", u"version", u"name", u"notes", u"weeks", u"repeat", u"anchorDate",
                                 u"profile", u"analysis", u"availability", u"phases", u"sessions" });
    if (const auto n = string(root, u"name"_s, QString(), false, PlanLimits::kMaxNameLength))
        plan.name = *n;
    if (const auto n = string(root, u"notes"_s, QString(), false, PlanLimits::kMaxPlanNotesLength))
        plan.notes = *n;
    if (const auto w
        = number(root, u"weeks"_s, QString(), false, PlanLimits::kMinWeeks, PlanLimits::kMaxWeeks, true))
        plan.weeks = int(*w);
    else if (root.contains(u"weeks"_s))
        plan.weeks = PlanLimits::kMaxWeeks; // keep checking sessions against the widest valid range
    if (const auto r = boolean(root, u"repeat"_s, QString()))
        plan.repeat = *r;
    plan.anchorDate = anchorDate(root);
    if (const auto p = object(root, u"profile"_s, QString()))
        readProfile(*p, m_text.member(span, u"profile"), u"/profile"_s, plan.weeks, plan.profile);
    if (root.contains(u"analysis"_s)) {
        plan.hasAnalysisKey = true;
        if (const auto a = object(root, u"analysis"_s, QString()))
            readAnalysis(*a, m_text.member(span, u"analysis"), u"/analysis"_s, plan.analysis);
    }
    if (const auto a = object(root, u"availability"_s, QString())) {
        plan.availability.emplace();
        readAvailability(*a, m_text.member(span, u"availability"), u"/availability"_s, plan.weeks,
                         *plan.availability);
    }
    if (root.contains(u"phases"_s))
        plan.phases = readPhases(root.value(u"phases"_s), m_text.member(span, u"phases"), plan.weeks);
    const QJsonValue sessions = root.value(u"sessions"_s);
    if (sessions.isUndefined()) {
        error(u"/sessions"_s, Tr::tr("missing required key"));
    } else if (!sessions.isArray()) {
        error(u"/sessions"_s, Tr::tr("expected an array, got %1").arg(describe(sessions)));
    } else {
        const QJsonArray array = sessions.toArray();
        const QList<JsonText::Span> spans = m_text.elements(m_text.member(span, u"sessions"));
        if (array.size() > PlanLimits::kMaxSessions)
            error(u"/sessions"_s,
                  Tr::tr("%1 sessions; at most %2 are allowed")
                      .arg(array.size())
                      .arg(englishNumber(PlanLimits::kMaxSessions)));
        QHash<QString, int> firstIndex;
        for (int i = 0; i < array.size() && i < PlanLimits::kMaxSessions; ++i) {
            const QString ptr = u"/sessions/"_s + QString::number(i);
            auto s = readSession(array[i], spans.value(i), ptr, plan.weeks);
            if (!s)
                continue;
            const auto seen = firstIndex.constFind(s->id);
            if (seen != firstIndex.constEnd()) {
                error(ptr + u"/id"_s,
                      Tr::tr("duplicate id \"%1\" (first used at /sessions/%2/id)").arg(s->id).arg(*seen));
                continue;
            }
            firstIndex.insert(s->id, i);
            plan.sessions.append(std::move(*s));
        }
    }
    if (!errors.isEmpty())
        return std::nullopt;
    plan.sortSessions();
    return plan;
}

} // namespace ordo::planreader
