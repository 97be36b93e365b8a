// SPDX-License-Identifier: GPL-3.0-or-later

#include "planio.h"

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

namespace ordo {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::PlanIo)
};

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

// Collects content errors (up to PlanLimits::kMaxReportedErrors) while reading a parsed document.
class Reader
{
public:
    explicit Reader(const JsonText &text)
        : m_text(text)
    { }

    QList<PlanError> errors;

    void error(const QString &where, const QString &what)
    {
        if (errors.size() < PlanLimits::kMaxReportedErrors)
            errors.append({ where, what });
    }

    // Every key of the object at `span` not in `known`, with its value's text as written (a
    // later duplicate replaces an earlier one, as in the parser).
    UnknownKeys unknown(JsonText::Span span, std::initializer_list<QStringView> known) const
    {
        UnknownKeys out;
        for (const JsonText::Member &m : m_text.members(span)) {
            bool isKnown = false;
            for (QStringView k : known)
                isKnown = isKnown || k == m.key;
            if (!isKnown)
                out.insertParsed(m.key, m_text.minified(m.value));
        }
        return out;
    }

    std::optional<QString> string(const QJsonObject &obj, const QString &key, const QString &ptr,
                                  bool required, int maxLength)
    {
        const QJsonValue v = obj.value(key);
        const QString where = ptr + u'/' + key;
        if (v.isUndefined()) {
            if (required)
                error(where, Tr::tr("missing required key"));
            return std::nullopt;
        }
        if (!v.isString()) {
            error(where, Tr::tr("expected a string, got %1").arg(describe(v)));
            return std::nullopt;
        }
        const QString s = v.toString();
        if (s.size() > maxLength) {
            error(where, Tr::tr("longer than %1 characters (%2)").arg(maxLength).arg(s.size()));
            return std::nullopt;
        }
        return s;
    }

    std::optional<double> number(const QJsonObject &obj, const QString &key, const QString &ptr,
                                 bool required, double lo, double hi, bool integer)
    {
        const QJsonValue v = obj.value(key);
        const QString where = ptr + u'/' + key;
        if (v.isUndefined()) {
            if (required)
                error(where, Tr::tr("missing required key"));
            return std::nullopt;
        }
        if (!v.isDouble()) {
            error(where,
                  (integer ? Tr::tr("expected an integer, got %1") : Tr::tr("expected a number, got %1"))
                      .arg(describe(v)));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            error(where, Tr::tr("expected a finite number"));
            return std::nullopt;
        }
        if (integer && d != std::floor(d)) {
            error(where, Tr::tr("expected an integer, got %1").arg(describe(v)));
            return std::nullopt;
        }
        if (d < lo || d > hi) {
            error(where,
                  Tr::tr("must be between %1 and %2, got %3")
                      .arg(QString::fromUtf8(JsonWriter::formatNumber(lo)),
                           QString::fromUtf8(JsonWriter::formatNumber(hi)), describe(v)));
            return std::nullopt;
        }
        return d;
    }

    std::optional<bool> boolean(const QJsonObject &obj, const QString &key, const QString &ptr)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool()) {
            error(ptr + u'/' + key, Tr::tr("expected true or false, got %1").arg(describe(v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    template<typename E>
    std::optional<E> enumeration(const QJsonObject &obj, const QString &key, const QString &ptr,
                                 bool required)
    {
        const QJsonValue v = obj.value(key);
        const QString where = ptr + u'/' + key;
        if (v.isUndefined()) {
            if (required)
                error(where, Tr::tr("missing required key"));
            return std::nullopt;
        }
        const auto e = v.isString() ? fromId<E>(v.toString()) : std::nullopt;
        if (!e)
            error(where, Tr::tr("expected one of %1, got %2").arg(allIds<E>().join(u", "_s), describe(v)));
        return e;
    }

    std::optional<QJsonObject> object(const QJsonObject &obj, const QString &key, const QString &ptr)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            error(ptr + u'/' + key, Tr::tr("expected an object, got %1").arg(describe(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    void readCycle(const QJsonObject &obj, JsonText::Span span, const QString &ptr, int weeks,
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

    void readProfile(const QJsonObject &obj, JsonText::Span span, const QString &ptr, int weeks,
                     Profile &profile)
    {
        profile.unknownKeys
            = unknown(span, { u"goal", u"experience", u"bodyMassKg", u"age", u"sex", u"cycle" });
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

    void readAnalysis(const QJsonObject &obj, JsonText::Span span, const QString &ptr,
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
                    if (const auto v = number(*t, it.key(), ptr + u"/thresholds"_s, true,
                                              -std::numeric_limits<double>::max(),
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
    std::optional<int> clock(const QJsonObject &obj, const QString &key, const QString &ptr, bool endOfDay)
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
    std::optional<QList<TimeWindow>> readWindows(const QJsonValue &value, JsonText::Span span,
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
    WeekdayWindows readWeekdays(const QJsonObject &obj, JsonText::Span span, const QString &ptr)
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

    void readAvailability(const QJsonObject &obj, JsonText::Span span, const QString &ptr, int weeks,
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
                        w.days
                            = readWeekdays(*days, m_text.member(spans.value(i), u"days"), wptr + u"/days"_s);
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
                    b.unknownKeys
                        = unknown(spans.value(i), { u"week", u"day", u"start", u"end", u"summary" });
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
                    if (const auto text
                        = string(o, u"summary"_s, bptr, false, PlanLimits::kMaxBusySummaryLength))
                        b.summary = *text;
                    out.busy.append(b);
                }
            }
        }
    }

    std::optional<QDate> anchorDate(const QJsonObject &root)
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
    QList<WeekPhase> readPhases(const QJsonValue &value, JsonText::Span span, int weeks)
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

    std::optional<Session> readSession(const QJsonValue &value, JsonText::Span span, const QString &ptr,
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
            s.unknownKeys = unknown(span,
                                    { u"id", u"title", u"week", u"day", u"start", u"durationMin", u"kind",
                                      u"rpe", u"notes", u"locked", u"focus", u"load", u"explosive" });
            break;
        case Kind::Cardio:
            if (const auto m = enumeration<Modality>(obj, u"modality"_s, ptr, true))
                s.modality = *m;
            if (const auto i = enumeration<Intensity>(obj, u"intensity"_s, ptr, true))
                s.intensity = *i;
            s.loadsLegs = boolean(obj, u"loadsLegs"_s, ptr);
            s.unknownKeys = unknown(span,
                                    { u"id", u"title", u"week", u"day", u"start", u"durationMin", u"kind",
                                      u"rpe", u"notes", u"locked", u"modality", u"intensity", u"loadsLegs" });
            break;
        case Kind::Mobility:
            s.unknownKeys = unknown(span,
                                    { u"id", u"title", u"week", u"day", u"start", u"durationMin", u"kind",
                                      u"rpe", u"notes", u"locked" });
            break;
        }
        if (errors.size() != errorsBefore)
            return std::nullopt;
        return s;
    }

    std::optional<Plan> readPlan(const QJsonObject &root)
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
        plan.unknownKeys
            = unknown(span,
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
                    error(
                        ptr + u"/id"_s,
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

private:
    const JsonText &m_text;
};

// Writes a plan in one of two forms: indented with every default written out (the form
// docs/plan-format.md describes), or compact — no whitespace, defaults left out, each value
// in its shortest text — which is never longer than any file the same plan was read from.
class PlanWriter
{
public:
    explicit PlanWriter(JsonWriter::Style style)
        : m_w(style)
        , m_compact(style == JsonWriter::Style::Compact)
    { }

    void setLimit(qint64 bytes) { m_w.setLimit(bytes); }

    // Empty if the limit was passed.
    QByteArray write(const Plan &plan)
    {
        const Plan defaults;
        m_w.beginObject();
        m_w.field(u"format"_s, u"ordo-plan"_s);
        m_w.field(u"version"_s, kFormatVersion);
        if (!m_compact || plan.name != defaults.name)
            m_w.field(u"name"_s, plan.name);
        if (!plan.notes.isEmpty())
            m_w.field(u"notes"_s, plan.notes);
        if (!m_compact || plan.weeks != defaults.weeks)
            m_w.field(u"weeks"_s, plan.weeks);
        if (!m_compact || plan.repeat != defaults.repeat)
            m_w.field(u"repeat"_s, plan.repeat);
        if (plan.anchorDate)
            m_w.field(u"anchorDate"_s, plan.anchorDate->toString(Qt::ISODate));
        if (!m_compact || plan.profile != defaults.profile)
            writeProfile(plan.profile);
        if (plan.hasAnalysisKey || !plan.analysis.isEmpty())
            writeAnalysis(plan.analysis);
        if (plan.availability)
            writeAvailability(*plan.availability);
        if (!plan.phases.isEmpty())
            writePhases(plan.phases);

        Plan sorted = plan;
        sorted.sortSessions();
        m_w.key(u"sessions"_s);
        m_w.beginArray();
        for (const Session &s : sorted.sessions) {
            writeSession(s);
            if (m_w.overflowed())
                return {};
        }
        m_w.endArray();
        writeUnknown(plan.unknownKeys);
        m_w.endObject();
        if (m_w.overflowed())
            return {};
        return m_w.finish();
    }

private:
    void number(const QString &key, double value)
    {
        m_w.key(key);
        // value(QJsonValue) writes the shortest text in the compact style.
        m_w.value(value);
    }

    void writeProfile(const Profile &p)
    {
        const Profile defaults;
        m_w.key(u"profile"_s);
        m_w.beginObject();
        if (!m_compact || p.goal != defaults.goal)
            m_w.field(u"goal"_s, toId(p.goal));
        if (!m_compact || p.experience != defaults.experience)
            m_w.field(u"experience"_s, toId(p.experience));
        if (!m_compact || p.bodyMassKg != defaults.bodyMassKg)
            number(u"bodyMassKg"_s, p.bodyMassKg);
        if (!m_compact || p.age != defaults.age)
            m_w.field(u"age"_s, p.age);
        if (!m_compact || p.sex != defaults.sex)
            m_w.field(u"sex"_s, toId(p.sex));
        if (p.cycle) {
            const CycleSettings defaultCycle;
            m_w.key(u"cycle"_s);
            m_w.beginObject();
            m_w.key(u"firstDay"_s);
            m_w.beginObject();
            if (!m_compact || p.cycle->firstWeek != defaultCycle.firstWeek)
                m_w.field(u"week"_s, p.cycle->firstWeek);
            m_w.field(u"day"_s, toId(p.cycle->firstDay));
            writeUnknown(p.cycle->firstDayUnknownKeys);
            m_w.endObject();
            if (!m_compact || p.cycle->lengthDays != defaultCycle.lengthDays)
                m_w.field(u"lengthDays"_s, p.cycle->lengthDays);
            writeUnknown(p.cycle->unknownKeys);
            m_w.endObject();
        }
        writeUnknown(p.unknownKeys);
        m_w.endObject();
    }

    void writePhases(const QList<WeekPhase> &phases)
    {
        m_w.key(u"phases"_s);
        m_w.beginArray();
        for (const WeekPhase &p : phases) {
            m_w.beginObject();
            m_w.field(u"week"_s, p.week);
            m_w.field(u"phase"_s, toId(p.phase));
            if (p.phase == Phase::Custom)
                m_w.field(u"label"_s, p.label);
            writeUnknown(p.unknownKeys);
            m_w.endObject();
        }
        m_w.endArray();
    }

    void writeAnalysis(const AnalysisSettings &a)
    {
        m_w.key(u"analysis"_s);
        m_w.beginObject();
        if (!a.disabledRules.isEmpty())
            m_w.field(u"disabledRules"_s, QJsonArray::fromStringList(a.disabledRules));
        if (!a.thresholds.isEmpty()) {
            m_w.key(u"thresholds"_s);
            m_w.beginObject();
            for (auto it = a.thresholds.begin(); it != a.thresholds.end(); ++it)
                number(it.key(), it.value());
            m_w.endObject();
        }
        writeUnknown(a.unknownKeys);
        m_w.endObject();
    }

    static QString endClock(int minute)
    {
        return minute >= kMinutesPerDay ? u"24:00"_s : formatClock(minute);
    }

    void writeWeekdays(const WeekdayWindows &days)
    {
        m_w.key(u"days"_s);
        m_w.beginObject();
        for (int d = 0; d < kDaysPerWeek; ++d) {
            if (!days.byDay[d])
                continue;
            m_w.key(toId(Day(d)));
            m_w.beginArray();
            for (const TimeWindow &w : *days.byDay[d]) {
                m_w.beginObject();
                m_w.field(u"start"_s, formatClock(w.startMinute));
                m_w.field(u"end"_s, endClock(w.endMinute));
                if (!w.kinds.isEmpty()) {
                    QJsonArray kinds;
                    for (Kind k : w.kinds)
                        kinds.append(toId(k));
                    m_w.field(u"kinds"_s, kinds);
                }
                writeUnknown(w.unknownKeys);
                m_w.endObject();
            }
            m_w.endArray();
        }
        writeUnknown(days.unknownKeys);
        m_w.endObject();
    }

    void writeAvailability(const Availability &a)
    {
        m_w.key(u"availability"_s);
        m_w.beginObject();
        if (!a.days.isEmpty() || !a.days.unknownKeys.isEmpty())
            writeWeekdays(a.days);
        if (!a.weeks.isEmpty()) {
            m_w.key(u"weeks"_s);
            m_w.beginArray();
            for (const WeekOverride &w : a.weeks) {
                m_w.beginObject();
                m_w.field(u"week"_s, w.week);
                writeWeekdays(w.days);
                writeUnknown(w.unknownKeys);
                m_w.endObject();
            }
            m_w.endArray();
        }
        if (!a.busy.isEmpty()) {
            m_w.key(u"busy"_s);
            m_w.beginArray();
            for (const BusyInterval &b : a.busy) {
                m_w.beginObject();
                if (!m_compact || b.week != 0)
                    m_w.field(u"week"_s, b.week);
                m_w.field(u"day"_s, toId(b.day));
                m_w.field(u"start"_s, formatClock(b.startMinute));
                m_w.field(u"end"_s, endClock(b.endMinute));
                if (!b.summary.isEmpty())
                    m_w.field(u"summary"_s, b.summary);
                writeUnknown(b.unknownKeys);
                m_w.endObject();
                if (m_w.overflowed())
                    return;
            }
            m_w.endArray();
        }
        writeUnknown(a.unknownKeys);
        m_w.endObject();
    }

    void writeSession(const Session &s)
    {
        const Session defaults;
        m_w.beginObject();
        m_w.field(u"id"_s, s.id);
        if (!s.title.isEmpty())
            m_w.field(u"title"_s, s.title);
        if (!m_compact || s.week != defaults.week)
            m_w.field(u"week"_s, s.week);
        m_w.field(u"day"_s, toId(s.day));
        m_w.field(u"start"_s, formatClock(s.startMinute));
        m_w.field(u"durationMin"_s, s.durationMin);
        m_w.field(u"kind"_s, toId(s.kind));
        switch (s.kind) {
        case Kind::Strength:
            m_w.field(u"focus"_s, toId(s.focus));
            if (!m_compact || s.load != defaults.load)
                m_w.field(u"load"_s, toId(s.load));
            if (s.explosive) // written only when true (docs/plan-format.md)
                m_w.field(u"explosive"_s, true);
            break;
        case Kind::Cardio:
            m_w.field(u"modality"_s, toId(s.modality));
            m_w.field(u"intensity"_s, toId(s.intensity));
            if (s.loadsLegs)
                m_w.field(u"loadsLegs"_s, *s.loadsLegs);
            break;
        case Kind::Mobility:
            break;
        }
        if (s.rpe)
            number(u"rpe"_s, *s.rpe);
        if (!s.notes.isEmpty())
            m_w.field(u"notes"_s, s.notes);
        if (s.locked)
            m_w.field(u"locked"_s, true);
        writeUnknown(s.unknownKeys);
        m_w.endObject();
    }

    void writeUnknown(const UnknownKeys &keys)
    {
        for (const UnknownKeys::Entry &e : keys.entries()) {
            m_w.key(e.key);
            m_w.rawValue(e.json);
        }
    }

    JsonWriter m_w;
    bool m_compact;
};

} // namespace

ReadResult parsePlan(const QByteArray &input)
{
    ReadResult result;
    if (input.size() > PlanLimits::kMaxFileBytes) {
        result.errors.append({ u"file"_s,
                               Tr::tr("larger than %1 (%2 bytes); refused before parsing")
                                   .arg(fileCapText())
                                   .arg(input.size()) });
        return result;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a UTF-8 byte order mark is harmless; some editors add one

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the offending byte; point at the byte itself.
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset - 1, 0, bytes.size());
        const QByteArray before = bytes.left(offset);
        const int line = int(before.count('\n')) + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        result.errors.append(
            { Tr::tr("line %1, column %2").arg(line).arg(column), parseError.errorString() });
        return result;
    }
    if (!doc.isObject()) {
        result.errors.append({ u"/"_s, Tr::tr("expected a JSON object at the top level") });
        return result;
    }
    const JsonText text(bytes);
    Reader reader(text);
    result.plan = reader.readPlan(doc.object());
    result.errors = reader.errors;
    if (!result.errors.isEmpty())
        result.plan.reset();
    return result;
}

ReadResult readPlanFile(const QString &path)
{
    ReadResult result;
    auto fail = [&result](const QString &what) {
        result.errors.append({ u"file"_s, what });
        return result;
    };
    QFile file;
#if defined(Q_OS_UNIX)
    // Opened by its bytes (docs/reliability.md: names that are not UTF-8), without waiting:
    // a FIFO with no writer would block open() forever, and only a regular file is a plan.
    const int fd = ::open(nativeFromPath(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(systemErrorString(errno));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const bool folder = S_ISDIR(st.st_mode);
        ::close(fd);
        return fail(folder ? Tr::tr("is a folder, not a plan file")
                           : Tr::tr("is not a regular file (a pipe or a device); only files are read"));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(file.errorString());
    }
#else
    if (QFileInfo(path).isDir())
        return fail(Tr::tr("is a folder, not a plan file"));
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
#endif
    // Checked before parsing; read one byte past the cap so a growing file can't slip by.
    if (file.size() > PlanLimits::kMaxFileBytes)
        return fail(
            Tr::tr("larger than %1 (%2 bytes); refused before parsing").arg(fileCapText()).arg(file.size()));
    const QByteArray bytes = file.read(PlanLimits::kMaxFileBytes + 1);
    return parsePlan(bytes);
}

QByteArray serializePlan(const Plan &plan)
{
    // Indented while that fits in a file the reader takes; otherwise compact, which a plan
    // that was read from a file always fits in (docs/plan-format.md, "Writing").
    PlanWriter indented(JsonWriter::Style::Indented);
    indented.setLimit(PlanLimits::kMaxFileBytes);
    QByteArray bytes = indented.write(plan);
    if (!bytes.isEmpty())
        return bytes;
    return serializePlanCompact(plan);
}

QByteArray serializePlanCompact(const Plan &plan)
{
    return PlanWriter(JsonWriter::Style::Compact).write(plan);
}

namespace {

// QFileDevice reports a short write (a full disk) without an error; say what happened.
QString describeWriteFailure(const QFileDevice &file)
{
    const QString reason = file.errorString();
    if (file.error() == QFileDevice::NoError || reason.isEmpty() || reason == u"Unknown error"_s)
        return Tr::tr("could not write the whole file (is the disk full?)");
    return reason;
}

// After a rename the new name lives in the folder's entry; sync it too, so a power cut
// right after a save cannot bring back the old file. Best effort: some file systems cannot.
void syncFolderOf(const QString &path)
{
#if defined(Q_OS_UNIX)
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

bool writeFully(QFileDevice &file, const QByteArray &bytes, QString *errorString)
{
    auto fail = [&] {
        if (errorString)
            *errorString = describeWriteFailure(file);
        return false;
    };
    // A short write (a disk that fills up on the way) is retried: the call that writes
    // nothing at all carries the reason, such as "No space left on device".
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return fail();
        done += written;
    }
    // Small files only reach Qt's buffer in write(); the disk is met here. A flush that
    // gets part of the buffer out is retried for the same reason.
    qint64 pending = file.bytesToWrite();
    while (!file.flush()) {
        const qint64 left = file.bytesToWrite();
        if (left == 0 || left >= pending)
            return fail();
        pending = left;
    }
    return true;
}

namespace {

bool saveWithQSaveFile(const QString &path, const QByteArray &bytes, QString *errorString)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    if (!writeFully(file, bytes, errorString)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (errorString)
            *errorString = describeWriteFailure(file);
        return false;
    }
    return true;
}

#if defined(Q_OS_UNIX)
// For a name Qt cannot address (bytes that are not UTF-8): QSaveFile writes a temporary file
// with a plain name in the same folder, reached through the folder's descriptor, and a
// rename gives it its own name. The same guarantees: the old file or the whole new one.
bool saveUnderNativeName(QByteArray native, const QByteArray &bytes, QString *errorString)
{
    auto fail = [errorString](int error) {
        if (errorString)
            *errorString = systemErrorString(error);
        return false;
    };
    struct stat existing
    {
    };
    const bool exists = ::stat(native.constData(), &existing) == 0;
    char resolved[PATH_MAX];
    if (exists && ::realpath(native.constData(), resolved))
        native = resolved; // a symlink: replace the file it points to, as QSaveFile does
    const qsizetype slash = native.lastIndexOf('/');
    const QByteArray folder = slash < 0 ? QByteArray(".") : slash == 0 ? QByteArray("/") : native.left(slash);
    const QByteArray name = native.mid(slash + 1);
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return fail(errno);
    const QByteArray temporary
        = ".ordo-save-" + QUuid::createUuid().toString(QUuid::Id128).left(12).toLatin1() + ".tmp";
    const QString viaDescriptor = u"/proc/self/fd/%1/"_s.arg(dirFd) + QString::fromLatin1(temporary);
    bool ok = saveWithQSaveFile(viaDescriptor, bytes, errorString);
    if (ok && exists)
        ::fchmodat(dirFd, temporary.constData(), existing.st_mode & 07777, 0);
    if (ok && ::renameat(dirFd, temporary.constData(), dirFd, name.constData()) != 0) {
        const int error = errno;
        ::unlinkat(dirFd, temporary.constData(), 0);
        ok = fail(error);
    }
    if (ok)
        ::fsync(dirFd);
    ::close(dirFd);
    return ok;
}
#endif

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *errorString)
{
#if defined(Q_OS_UNIX)
    // A save replaces the file by a rename, which would put a plan in place of a FIFO or a
    // device node (or, through a symlink, of /dev/null): only regular files are replaced.
    const QByteArray native = nativeFromPath(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (errorString)
            *errorString = S_ISDIR(st.st_mode)
                ? Tr::tr("is a folder")
                : Tr::tr("is not a regular file (a pipe or a device); not replaced");
        return false;
    }
    if (!isPlainPath(path))
        return saveUnderNativeName(native, bytes, errorString);
#endif
    if (!saveWithQSaveFile(path, bytes, errorString))
        return false;
    syncFolderOf(path);
    return true;
}

bool writePlanFile(const Plan &plan, const QString &path, QString *errorString)
{
    const QByteArray bytes = serializePlan(plan);
    if (bytes.size() > PlanLimits::kMaxFileBytes) {
        // Written, it could not be opened again; the caller keeps the plan and says why.
        if (errorString)
            *errorString = Tr::tr("the plan needs %1 bytes, more than the %2 a plan file may hold; "
                                  "shorten notes or remove sessions")
                               .arg(bytes.size())
                               .arg(fileCapText());
        return false;
    }
    return writeFileAtomically(path, bytes, errorString);
}

} // namespace ordo
