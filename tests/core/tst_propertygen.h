// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jsonwriter.h"
#include "plan.h"
#include "planedit.h"
#include "settingstable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtGlobal>

#include <algorithm>

// Seeded generator of random *valid* plans and plan edits for the property tests. Every
// value stays inside the ranges of docs/plan-format.md, fields that a session's kind does not
// use keep their defaults (the file does not store them), and strings mix ASCII, JSON
// escapes, non-BMP characters and line separators. Same seed, same plans.
namespace ordo::test {

class PlanGenerator
{
public:
    explicit PlanGenerator(quint64 seed)
        : m_rng(seed)
    { }

    int between(int lo, int hi) { return lo + int(m_rng.bounded(hi - lo + 1)); } // inclusive
    bool chance(int percent) { return between(1, 100) <= percent; }
    double real(double lo, double hi) { return lo + m_rng.generateDouble() * (hi - lo); }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

    QString text(int maxPieces, int maxLength)
    {
        static const QList<QString> pieces
            = { QStringLiteral("a"),     QStringLiteral("Heavy"),   QStringLiteral(" "),
                QStringLiteral("lower"), QStringLiteral("\""),      QStringLiteral("\\"),
                QStringLiteral("/"),     QStringLiteral("\n"),      QStringLiteral("\t"),
                QStringLiteral("\r"),    QString(QChar(0x01)),      QString(QChar(0x1f)),
                QStringLiteral("é"),     QStringLiteral("ß"),       QStringLiteral("€"),
                QStringLiteral("日本"),  QStringLiteral("🏋️"), QStringLiteral("𝄞"),
                QString(QChar(0x2028)),  QString(QChar(0xfeff)),    QStringLiteral("</script>"),
                QStringLiteral("%s"),    QStringLiteral("{}[]:,"),  QStringLiteral("0") };
        QString s;
        const int n = between(0, maxPieces);
        for (int i = 0; i < n; ++i)
            s += pick(pieces);
        // Cut at a limit without splitting a surrogate pair.
        while (s.size() > maxLength)
            s.chop(s.back().isLowSurrogate() ? 2 : 1);
        // Qt 6.4's JSON parser drops a U+FEFF at the very start of a string value; that
        // case has its own test in tst_hostile_input.cpp.
        if (s.startsWith(QChar(0xfeff)))
            s.prepend(u'a');
        while (s.size() > maxLength)
            s.chop(s.back().isLowSurrogate() ? 2 : 1);
        return s;
    }

    double number()
    {
        switch (between(0, 7)) {
        case 0:
            return between(-1000, 1000);
        case 1:
            return real(-1e6, 1e6);
        case 2:
            return real(0, 1) * 1e-300;
        case 3:
            return real(-1, 1) * 1e300;
        case 4:
            return 4503599627370496.0 + between(0, 1000); // around 2^52: still exact
        case 5:
            return -0.0;
        case 6:
            return 0.1 * between(0, 100);
        default:
            return double(between(0, 1 << 30)) * 8;
        }
    }

    // A number as JSON text: the digits a double would lose (-0, 1.0, 2^64-1, 30-digit
    // integers, 1e308, subnormals) as often as ordinary ones.
    QByteArray numberText()
    {
        static const QList<QByteArray> awkward = { "-0",
                                                   "1.0",
                                                   "1e308",
                                                   "18446744073709551615",
                                                   "123456789012345678901234567890",
                                                   "-0.0",
                                                   "1E2",
                                                   "0.10",
                                                   "4.9e-324",
                                                   "-9223372036854775809",
                                                   "1e-300",
                                                   "2.50e0",
                                                   "9007199254740993" };
        if (chance(50))
            return pick(awkward);
        return JsonWriter::formatNumber(number());
    }

    // One JSON value as minified text, the way unknown keys are kept.
    QByteArray jsonText(int depth)
    {
        switch (between(0, depth > 0 ? 6 : 4)) {
        case 0:
            return "null";
        case 1:
            return chance(50) ? "true" : "false";
        case 2:
            return numberText();
        case 3:
            return JsonWriter::quote(text(6, 50));
        case 4:
            return "\"\"";
        case 5: {
            QByteArrayList items;
            for (int i = between(0, 4); i > 0; --i)
                items << jsonText(depth - 1);
            return '[' + items.join(',') + ']';
        }
        default: {
            // Keys in no particular order, sometimes repeated: kept as written.
            QByteArrayList members;
            for (int i = between(0, 4); i > 0; --i)
                members << JsonWriter::quote(QStringLiteral("k") + text(2, 10)) + ':' + jsonText(depth - 1);
            return '{' + members.join(',') + '}';
        }
        }
    }

    // Keys this format version does not know: "x-…" never collides with a known key.
    UnknownKeys unknownKeys(int depth, int maxKeys)
    {
        UnknownKeys keys;
        for (int i = between(0, maxKeys); i > 0; --i) {
            const bool inserted = keys.insert(QStringLiteral("x-") + text(3, 20), jsonText(depth));
            Q_ASSERT(inserted);
        }
        return keys;
    }

    QStringList ruleIds()
    {
        QStringList ids;
        for (const RuleInfo &r : ruleCatalog())
            ids << r.id;
        return ids;
    }

    Session session(const QString &id, int weeks)
    {
        Session s;
        s.id = id;
        if (chance(60))
            s.title = text(6, 200);
        s.week = between(0, weeks - 1);
        s.day = Day(between(0, 6));
        s.startMinute = chance(10) ? (chance(50) ? 0 : 1439) : between(0, 1439);
        s.durationMin = chance(10) ? (chance(50) ? 5 : 600) : between(5, 180);
        s.kind = Kind(between(0, 2));
        if (chance(40))
            s.rpe = chance(50) ? double(between(1, 10)) : real(1, 10);
        if (chance(30))
            s.notes = text(20, 2000);
        switch (s.kind) {
        case Kind::Strength:
            s.focus = Focus(between(0, 3));
            s.load = Load(between(0, 2));
            break;
        case Kind::Cardio:
            s.modality = Modality(between(0, 9));
            s.intensity = Intensity(between(0, 2));
            if (chance(30))
                s.loadsLegs = chance(50);
            break;
        case Kind::Mobility:
            break;
        }
        if (chance(15))
            s.unknownKeys = unknownKeys(2, 3);
        s.locked = chance(10);
        s.missed = chance(10);
        s.priority = Priority(between(0, 2));
        return s;
    }

    QList<TimeWindow> windows()
    {
        QList<TimeWindow> out;
        for (int i = between(0, 3); i > 0; --i) {
            TimeWindow w;
            w.startMinute = between(0, kMinutesPerDay - 1);
            w.endMinute = between(w.startMinute + 1, kMinutesPerDay);
            for (Kind k : { Kind::Strength, Kind::Cardio, Kind::Mobility }) {
                if (chance(30))
                    w.kinds.append(k);
            }
            if (chance(10))
                w.unknownKeys = unknownKeys(1, 2);
            out.append(w);
        }
        return out;
    }

    WeekdayWindows weekdays()
    {
        WeekdayWindows d;
        for (auto &day : d.byDay) {
            if (chance(40))
                day = windows();
        }
        if (chance(10))
            d.unknownKeys = unknownKeys(1, 2);
        return d;
    }

    // docs/plan-format.md, "Availability".
    Availability availability(int weeks)
    {
        Availability a;
        a.days = weekdays();
        for (int w = 0; w < weeks && a.weeks.size() < 2; ++w) {
            if (chance(20)) {
                WeekOverride o;
                o.week = w;
                o.days = weekdays();
                if (chance(10))
                    o.unknownKeys = unknownKeys(1, 2);
                a.weeks.append(o);
            }
        }
        for (int i = between(0, 4); i > 0; --i) {
            BusyInterval b;
            b.week = between(0, weeks - 1);
            b.day = Day(between(0, 6));
            b.startMinute = between(0, kMinutesPerDay - 1);
            b.endMinute = between(b.startMinute + 1, kMinutesPerDay);
            b.summary = text(4, 40);
            if (chance(10))
                b.unknownKeys = unknownKeys(1, 2);
            a.busy.append(b);
        }
        if (chance(10))
            a.unknownKeys = unknownKeys(1, 2);
        return a;
    }

    QString uniqueId(const Plan &plan)
    {
        if (chance(70))
            return plan.nextSessionId();
        for (;;) {
            QString id = text(4, 40) + QString::number(between(0, 1 << 20));
            if (!id.isEmpty() && !plan.find(id))
                return id;
        }
    }

    Profile profile(int weeks)
    {
        Profile p;
        p.goal = Goal(between(0, 4));
        p.experience = Experience(between(0, 2));
        p.bodyMassKg = chance(50) ? double(between(30, 300)) : real(30, 300);
        p.age = between(10, 100);
        p.sex = Sex(between(0, 2));
        if (chance(30)) {
            CycleSettings c;
            c.firstWeek = between(0, weeks - 1);
            c.firstDay = Day(between(0, 6));
            c.lengthDays = between(20, 45);
            if (chance(10))
                c.unknownKeys = unknownKeys(1, 2);
            if (chance(10))
                c.firstDayUnknownKeys = unknownKeys(1, 2);
            p.cycle = c;
        }
        if (chance(10))
            p.unknownKeys = unknownKeys(1, 2);
        return p;
    }

    AnalysisSettings analysisSettings()
    {
        AnalysisSettings a;
        const QStringList ids = ruleIds();
        for (int i = between(0, 3); i > 0 && !ids.isEmpty(); --i) {
            const QString id = pick(ids);
            if (!a.disabledRules.contains(id))
                a.disabledRules << id;
        }
        const QList<SettingDefinition> &defs = settingDefinitions();
        for (int i = between(0, 3); i > 0 && !defs.isEmpty(); --i) {
            const SettingDefinition &d = pick(defs);
            a.thresholds.insert(d.name, chance(50) ? d.minimum : real(d.minimum, d.maximum));
        }
        if (chance(10))
            a.unknownKeys = unknownKeys(1, 2);
        return a;
    }

    Plan plan(int maxSessions = 40, int maxWeeks = 6)
    {
        Plan p;
        p.name = text(8, 200);
        if (chance(50))
            p.notes = text(30, 10000);
        p.weeks = chance(5) ? 52 : between(1, maxWeeks);
        p.repeat = chance(60);
        p.profile = profile(p.weeks);
        p.hasAnalysisKey = chance(40);
        if (p.hasAnalysisKey)
            p.analysis = analysisSettings();
        for (int i = between(0, maxSessions); i > 0; --i)
            p.sessions.append(session(uniqueId(p), p.weeks));
        if (chance(10))
            p.unknownKeys = unknownKeys(2, 3);
        if (chance(25))
            p.availability = availability(p.weeks);
        if (chance(20))
            p.anchorDate = QDate(2026, 1, 5).addDays(7 * between(0, 200));
        p.sortSessions();
        return p;
    }

    // One random user-level change that is valid for `plan`: add, move, resize, delete,
    // change fields of one or two sessions, or change the plan header.
    PlanEdit edit(const Plan &plan)
    {
        const bool empty = plan.sessions.isEmpty();
        const int op = empty ? 0 : between(0, 6);
        switch (op) {
        case 0: {
            QList<Session> added;
            Plan scratch = plan;
            for (int i = between(1, 3); i > 0; --i) {
                added << session(uniqueId(scratch), plan.weeks);
                scratch.sessions << added.back();
            }
            return PlanEdit::addSessions(added, QStringLiteral("Add"));
        }
        case 1: { // move
            Session s = pick(plan.sessions);
            s.week = between(0, plan.weeks - 1);
            s.day = Day(between(0, 6));
            s.startMinute = between(0, 95) * 15;
            return PlanEdit::changeSessions({ s }, QStringLiteral("Move"));
        }
        case 2: { // resize
            Session s = pick(plan.sessions);
            s.durationMin = std::clamp(s.durationMin + between(-8, 8) * 15, 5, 600);
            return PlanEdit::changeSessions({ s }, QStringLiteral("Resize"));
        }
        case 3: { // delete
            QStringList ids;
            for (int i = between(1, 2); i > 0; --i) {
                const QString id = pick(plan.sessions).id;
                if (!ids.contains(id))
                    ids << id;
            }
            return PlanEdit::removeSessions(ids, QStringLiteral("Delete"));
        }
        case 4: { // change fields, keeping the id and place
            const Session &old = pick(plan.sessions);
            Session s = session(old.id, plan.weeks);
            s.week = old.week;
            s.day = old.day;
            s.startMinute = old.startMinute;
            return PlanEdit::changeSessions({ s }, QStringLiteral("Change"));
        }
        case 5: { // swap two sessions' places
            Session a = pick(plan.sessions);
            Session b = pick(plan.sessions);
            if (a.id == b.id)
                return PlanEdit::changeSessions({ a }, QStringLiteral("Touch"));
            std::swap(a.week, b.week);
            std::swap(a.day, b.day);
            std::swap(a.startMinute, b.startMinute);
            return PlanEdit::changeSessions({ a, b }, QStringLiteral("Swap"));
        }
        default: { // header; weeks never drop below the last used week
            int minWeeks = 1;
            for (const Session &s : plan.sessions)
                minWeeks = std::max(minWeeks, s.week + 1);
            PlanHeader h = PlanHeader::of(plan);
            switch (between(0, 4)) {
            case 0:
                h.name = text(8, 200);
                break;
            case 1:
                h.weeks = between(minWeeks, std::max(minWeeks, 8));
                break;
            case 2:
                h.repeat = !h.repeat;
                break;
            case 3:
                h.analysis = analysisSettings();
                h.hasAnalysisKey = true;
                break;
            default: {
                h.profile = profile(h.weeks);
                if (h.profile.cycle)
                    h.profile.cycle->firstWeek = std::min(h.profile.cycle->firstWeek, minWeeks - 1);
                break;
            }
            }
            if (h.profile.cycle && h.profile.cycle->firstWeek >= h.weeks)
                h.profile.cycle->firstWeek = h.weeks - 1;
            return PlanEdit::changeHeader(h, QStringLiteral("Plan settings"));
        }
        }
    }

private:
    QRandomGenerator m_rng;
};

// Names the first field in which two plans differ (for failure messages), or "".
inline QString firstDifference(const Plan &a, const Plan &b)
{
    if (a.name != b.name)
        return QStringLiteral("name");
    if (a.notes != b.notes)
        return QStringLiteral("notes");
    if (a.weeks != b.weeks || a.repeat != b.repeat)
        return QStringLiteral("weeks/repeat");
    if (!(a.profile == b.profile))
        return QStringLiteral("profile");
    if (!(a.analysis == b.analysis))
        return QStringLiteral("analysis");
    if (a.hasAnalysisKey != b.hasAnalysisKey)
        return QStringLiteral("hasAnalysisKey");
    if (a.anchorDate != b.anchorDate)
        return QStringLiteral("anchorDate");
    if (a.availability != b.availability)
        return QStringLiteral("availability");
    if (a.unknownKeys != b.unknownKeys)
        return QStringLiteral("unknownKeys");
    if (a.sessions.size() != b.sessions.size())
        return QStringLiteral("session count");
    for (qsizetype i = 0; i < a.sessions.size(); ++i) {
        const Session &x = a.sessions.at(i);
        const Session &y = b.sessions.at(i);
        if (x == y)
            continue;
        QString what = QStringLiteral("session %1 (%2): ").arg(i).arg(x.id);
        if (x.id != y.id)
            return what + QStringLiteral("id");
        if (x.title != y.title)
            return what
                + QStringLiteral("title [%1] vs [%2]")
                      .arg(QString::fromLatin1(x.title.toUtf8().toHex()),
                           QString::fromLatin1(y.title.toUtf8().toHex()));
        if (x.notes != y.notes)
            return what + QStringLiteral("notes");
        if (x.rpe != y.rpe)
            return what + QStringLiteral("rpe");
        if (x.unknownKeys != y.unknownKeys) {
            auto show = [](const UnknownKeys &keys) {
                QByteArray out;
                for (const UnknownKeys::Entry &e : keys.entries())
                    out += JsonWriter::quote(e.key) + ':' + e.json + ' ';
                return QString::fromUtf8(out);
            };
            return what
                + QStringLiteral("unknownKeys %1 vs %2").arg(show(x.unknownKeys), show(y.unknownKeys));
        }
        return what + QStringLiteral("fields");
    }
    return {};
}

// Sanitizer builds run everything about ten times slower; they check memory and UB, not
// coverage of the plan space, so they run fewer iterations (same seeds, a prefix).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitizerBuild = true;
#else
constexpr bool kSanitizerBuild = false;
#endif
constexpr int iterations(int normal)
{
    return kSanitizerBuild ? std::max(1, normal / 4) : normal;
}

// Base seed for the property tests; ORDO_PROPERTY_SEED overrides it to reproduce a failure.
inline quint64 propertySeed()
{
    bool ok = false;
    const quint64 fromEnv = qEnvironmentVariable("ORDO_PROPERTY_SEED").toULongLong(&ok);
    return ok ? fromEnv : 20261124;
}

} // namespace ordo::test
