// SPDX-License-Identifier: GPL-3.0-or-later

#include "ruletable.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ordo {

const QList<RuleInfo> &ruleCatalog()
{
    // The "Source" column of docs/rules.md as users read it (docs/rules.md 3.11): the articles by
    // their titles, papers as "Author Year", Ordo's own checks and estimates named as such.
    const QString a000 = u"Cardio before or after weights? (Exercise Menu article)"_s;
    const QString a001 = u"Cardio Before or After Weights: The Ultimate Fat Loss Sequencing (article)"_s;
    const QString a002 = u"Cardio right after leg day (article)"_s;
    const QString check = u"Ordo plan check"_s;
    const QString estimate = u"Ordo estimate"_s;
    const auto join = [](std::initializer_list<QString> parts) { return QStringList(parts).join(u"; "_s); };
    constexpr Severity Info = Severity::Info, Warning = Severity::Warning, Critical = Severity::Critical;
    constexpr bool Implemented = true, Documented = false; // Documented: needs data format 1 lacks
    constexpr bool Listed = false, Hidden = true;
    constexpr bool Caution = false, Badge = true;
    // clang-format off
    // Pair rank: docs/rules.md 3.10.3,
    // 19 > 18 > 44 > 46 > 47 > 12 > 13 > 10 > 15 > 11 > 23 > 24 > 25 > 14 > 16 > 9 > 22 > 21 > 7 > 20.
    static const QList<RuleInfo> rules = {
    //    No. id                              severity  grade    rank   implemented  badge   positive source
        { 1,  u"overlap"_s,                   Critical, u"-"_s,    0,   Implemented, Listed, Caution, check },
        { 2,  u"duplicate"_s,                 Critical, u"-"_s,    0,   Implemented, Listed, Caution, check },
        { 3,  u"crosses-midnight"_s,          Info,     u"-"_s,    0,   Implemented, Listed, Caution, check },
        { 4,  u"crosses-plan-end"_s,          Info,     u"-"_s,    0,   Implemented, Listed, Caution, check },
        { 5,  u"implausible-duration"_s,      Warning,  u"-"_s,    0,   Implemented, Listed, Caution, join({ estimate, u"ACSM intensity classes"_s }) },
        { 6,  u"rpe-mismatch"_s,              Info,     u"-"_s,    0,   Implemented, Listed, Caution, estimate },
        { 7,  u"warmup"_s,                    Info,     u"B/C"_s,  0,   Implemented, Listed, Badge,   join({ a000, a001, u"Wojtaszewski 2000"_s }) },
        { 8,  u"warmup-long"_s,               Info,     u"B"_s,    0,   Implemented, Listed, Caution, join({ a000, u"Wojtaszewski 2000"_s }) },
        { 9,  u"warmup-too-hard"_s,           Info,     u"C"_s,   16,   Implemented, Listed, Caution, a001 },
        { 10, u"ampk-window"_s,               Warning,  u"A/B"_s,  8,   Implemented, Listed, Caution, join({ a000, u"Eddens 2018"_s, u"Murlasits 2018"_s, u"Wojtaszewski 2000"_s, u"Lee-Young 2008"_s, u"Sabag 2018"_s, u"Huiberts 2024"_s }) },
        { 11, u"split-gap"_s,                 Info,     u"B"_s,   10,   Implemented, Listed, Caution, join({ a000, a002, u"Robineau 2016"_s, u"Lundberg 2013"_s, u"Huiberts 2024"_s }) },
        { 12, u"beginner-intense-first"_s,    Warning,  u"C"_s,    6,   Implemented, Listed, Caution, a000 },
        { 13, u"endurance-order"_s,           Warning,  u"B"_s,    7,   Implemented, Listed, Caution, join({ a000, a001, u"Doma & Deakin 2013"_s }) },
        { 14, u"endurance-lift-dose"_s,       Info,     u"C"_s,   14,   Implemented, Listed, Caution, a000 },
        { 15, u"post-lift-hiit"_s,            Warning,  u"C"_s,    9,   Implemented, Listed, Caution, join({ a000, a002, a001, u"Robineau 2016"_s, u"Schumann 2022"_s }) },
        { 16, u"post-lift-long"_s,            Info,     u"A/C"_s, 15,   Implemented, Listed, Caution, join({ a000, a001, u"Wilson 2012"_s }) },
        { 17, u"combined-too-long"_s,         Info,     u"C"_s,    0,   Implemented, Listed, Caution, a000 },
        { 18, u"leg-day-cardio"_s,            Warning,  u"B"_s,    2,   Implemented, Listed, Caution, join({ a000, u"Sporer & Wenger 2003"_s, u"Doma & Deakin 2013"_s }) },
        { 19, u"leg-day-hiit"_s,              Warning,  u"B/C"_s,  1,   Implemented, Listed, Caution, join({ a000, a002, u"Sporer & Wenger 2003"_s }) },
        { 20, u"leg-day-friendly"_s,          Info,     u"C"_s,   19,   Implemented, Hidden, Badge,   a000 },
        { 21, u"rowing-after-legs"_s,         Info,     u"C"_s,   18,   Implemented, Listed, Caution, a000 },
        { 22, u"active-recovery"_s,           Info,     u"C"_s,   17,   Implemented, Listed, Badge,   join({ a002, a000 }) },
        { 23, u"hiit-before-legs"_s,          Info,     u"B"_s,   11,   Implemented, Listed, Caution, join({ a000, u"Sporer & Wenger 2003"_s, u"Stanley 2013"_s, u"Doma 2017"_s }) },
        { 24, u"legs-before-key-cardio"_s,    Info,     u"B"_s,   12,   Implemented, Listed, Caution, join({ u"Doma & Deakin 2013"_s, u"Doma 2017"_s }) },
        { 25, u"muscle-not-recovered"_s,      Warning,  u"B"_s,   13,   Implemented, Listed, Caution, join({ u"ACSM 2009"_s, u"Morán-Navarro 2017"_s, u"Sporer & Wenger 2003"_s, u"Doma 2017"_s }) },
        { 26, u"double-hiit-day"_s,           Warning,  u"C"_s,    0,   Implemented, Listed, Caution, join({ a000, u"Stanley 2013"_s, u"Buchheit & Laursen 2013"_s }) },
        { 27, u"hiit-spacing"_s,              Info,     u"C"_s,    0,   Implemented, Listed, Caution, join({ a000, u"Stanley 2013"_s, u"Buchheit & Laursen 2013"_s }) },
        { 28, u"hiit-weekly"_s,               Warning,  u"A/C"_s,  0,   Implemented, Listed, Caution, join({ a000, u"Wilson 2012"_s }) },
        { 29, u"hiit-heavy-streak"_s,         Warning,  u"C"_s,    0,   Implemented, Listed, Caution, a000 },
        { 30, u"no-rest-day"_s,               Warning,  u"C"_s,    0,   Implemented, Listed, Caution, join({ a000, u"ACSM 2009"_s }) },
        { 31, u"cardio-frequency"_s,          Info,     u"A/C"_s,  0,   Implemented, Listed, Caution, join({ a000, u"Wilson 2012"_s }) },
        { 32, u"cardio-duration"_s,           Info,     u"A/C"_s,  0,   Implemented, Listed, Caution, join({ a000, u"Wilson 2012"_s }) },
        { 33, u"lifting-frequency"_s,         Info,     u"B/C"_s,  0,   Implemented, Listed, Caution, join({ a000, u"ACSM 2009"_s, u"Blagrove 2018"_s, u"Llanos-Lagos 2024"_s }) },
        { 34, u"endurance-volume-balance"_s,  Info,     u"C"_s,    0,   Implemented, Listed, Caution, a000 },
        { 35, u"aerobic-minimum"_s,           Info,     u"A"_s,    0,   Implemented, Listed, Caution, join({ u"WHO 2020"_s, u"Compendium of Physical Activities"_s }) },
        { 36, u"beginner-volume"_s,           Info,     u"B/C"_s,  0,   Implemented, Listed, Caution, join({ a000, u"ACSM 2009"_s }) },
        { 37, u"high-load-day"_s,             Info,     u"H"_s,    0,   Implemented, Listed, Caution, join({ u"Foster 2001"_s, estimate }) },
        { 38, u"load-spike"_s,                Warning,  u"B"_s,    0,   Implemented, Listed, Caution, join({ u"Williams 2017"_s, u"Impellizzeri 2020"_s }) },
        { 39, u"monotony"_s,                  Info,     u"B"_s,    0,   Implemented, Listed, Caution, u"Foster 1998"_s },
        { 40, u"cycle-phase"_s,               Info,     u"A"_s,    0,   Implemented, Listed, Caution, join({ a000, u"McNulty 2020"_s, u"Colenso-Semple 2023"_s }) },
        { 41, u"tip-pre-lift-fuel"_s,         Info,     u"B/C"_s,  0,   Documented,  Listed, Caution, join({ a001, u"Kerksick 2017"_s }) },
        { 42, u"tip-fasted-cardio"_s,         Info,     u"B"_s,    0,   Documented,  Listed, Caution, join({ a001, u"Schoenfeld 2014"_s }) },
        { 43, u"tip-sleep"_s,                 Info,     u"B"_s,    0,   Documented,  Listed, Caution, join({ a001, u"NSF / AASM 2015"_s }) },
        { 44, u"upper-day-cardio"_s,          Warning,  u"C"_s,    3,   Implemented, Listed, Caution, join({ a000, u"Sporer & Wenger 2003"_s }) },
        { 45, u"beginner-hiit"_s,             Warning,  u"C"_s,    0,   Implemented, Listed, Caution, join({ a000, u"ACSM 2009"_s }) },
        { 46, u"legs-long-easy"_s,            Info,     u"C"_s,    4,   Implemented, Listed, Caution, join({ a002, a000 }) },
        { 47, u"explosive-after-cardio"_s,    Warning,  u"B"_s,    5,   Implemented, Listed, Caution, u"Schumann 2022"_s },
        { 48, u"outside-availability"_s,      Warning,  u"-"_s,    0,   Implemented, Listed, Caution, check },
        { 49, u"load-ramp"_s,                 Warning,  u"H"_s,    0,   Implemented, Listed, Caution, join({ u"Gabbett 2016"_s, u"Buist 2008"_s, estimate }) },
        { 50, u"no-lighter-week"_s,           Info,     u"C"_s,    0,   Implemented, Listed, Caution, join({ u"Gabbett 2016"_s, estimate }) },
    };
    // clang-format on
    return rules;
}

const RuleInfo *findRule(int number)
{
    static const QList<const RuleInfo *> byNumber = [] {
        QList<const RuleInfo *> v;
        for (const RuleInfo &r : ruleCatalog()) {
            if (r.number >= v.size())
                v.resize(r.number + 1, nullptr);
            v[r.number] = &r;
        }
        return v;
    }();
    return number >= 0 && number < byNumber.size() ? byNumber[number] : nullptr;
}

const RuleInfo *findRule(const QString &id)
{
    for (const RuleInfo &r : ruleCatalog()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

bool isKnownRuleId(const QString &id)
{
    return findRule(id) != nullptr;
}

} // namespace ordo
