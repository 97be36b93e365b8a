// SPDX-License-Identifier: GPL-3.0-or-later

#include "ruletable.h"

using namespace Qt::StringLiterals;

namespace ordo {

const QList<RuleInfo> &ruleCatalog()
{
    // The "Source" column of docs/rules.md, with the seed numbers spelled as their file names.
    const QString s000 = u"000_b743a5f68db8ab6e.txt"_s;
    const QString s001 = u"001_a94c69c416480d76.txt"_s;
    const QString s002 = u"002_8691838a3373c1ba.txt"_s;
    constexpr Severity Info = Severity::Info, Warning = Severity::Warning, Critical = Severity::Critical;
    constexpr bool Implemented = true, Documented = false; // Documented: needs data format 1 lacks
    constexpr bool Listed = false, Hidden = true;
    // clang-format off
    // Pair rank: docs/rules.md 3.10.3, 19 > 18 > 12 > 13 > 10 > 15 > 11 > 23 > 24 > 25 > 14 > 16 > 9 > 22 > 21 > 20.
    static const QList<RuleInfo> rules = {
    //    No. id                              severity  grade    rank   implemented  badge   source
        { 1,  u"overlap"_s,                   Critical, u"-"_s,    0,   Implemented, Listed, u"Engine (integrity)"_s },
        { 2,  u"duplicate"_s,                 Critical, u"-"_s,    0,   Implemented, Listed, u"Engine"_s },
        { 3,  u"crosses-midnight"_s,          Info,     u"-"_s,    0,   Implemented, Listed, u"Engine convention (physiology.md 2.3)"_s },
        { 4,  u"crosses-plan-end"_s,          Info,     u"-"_s,    0,   Implemented, Listed, u"Engine"_s },
        { 5,  u"implausible-duration"_s,      Warning,  u"-"_s,    0,   Implemented, Listed, u"[H]; ACSM intensity classes"_s },
        { 6,  u"rpe-mismatch"_s,              Info,     u"-"_s,    0,   Implemented, Listed, u"physiology.md 2.1 [H]"_s },
        { 7,  u"warmup"_s,                    Info,     u"B/C"_s,  0,   Implemented, Listed, s000 + u", "_s + s001 + u"; Wojtaszewski 2000"_s },
        { 8,  u"warmup-long"_s,               Info,     u"B"_s,    0,   Implemented, Listed, s000 + u"; Wojtaszewski 2000"_s },
        { 9,  u"warmup-too-hard"_s,           Info,     u"C"_s,   13,   Implemented, Listed, s001 },
        { 10, u"ampk-window"_s,               Warning,  u"A/B"_s,  5,   Implemented, Listed, s000 + u"; Eddens 2018; Murlasits 2018; Wojtaszewski 2000; Lee-Young 2008"_s },
        { 11, u"split-gap"_s,                 Info,     u"B"_s,    7,   Implemented, Listed, s000 + u", "_s + s002 + u"; Robineau 2016; Lundberg 2013"_s },
        { 12, u"beginner-intense-first"_s,    Warning,  u"C"_s,    3,   Implemented, Listed, s000 },
        { 13, u"endurance-order"_s,           Warning,  u"B"_s,    4,   Implemented, Listed, s000 + u", "_s + s001 + u"; Doma & Deakin 2013"_s },
        { 14, u"endurance-lift-dose"_s,       Info,     u"C"_s,   11,   Implemented, Listed, s000 },
        { 15, u"post-lift-hiit"_s,            Warning,  u"C"_s,    6,   Implemented, Listed, s000 + u", "_s + s002 + u" vs "_s + s001 },
        { 16, u"post-lift-long"_s,            Info,     u"A/C"_s, 12,   Implemented, Listed, s000 + u", "_s + s001 + u"; Wilson 2012"_s },
        { 17, u"combined-too-long"_s,         Info,     u"C"_s,    0,   Implemented, Listed, s000 },
        { 18, u"leg-day-cardio"_s,            Warning,  u"B"_s,    2,   Implemented, Listed, s000 + u"; Sporer & Wenger 2003; Doma & Deakin 2013"_s },
        { 19, u"leg-day-hiit"_s,              Warning,  u"B/C"_s,  1,   Implemented, Listed, s000 + u", "_s + s002 + u"; Sporer & Wenger 2003"_s },
        { 20, u"leg-day-friendly"_s,          Info,     u"C"_s,   16,   Implemented, Hidden, s000 },
        { 21, u"rowing-after-legs"_s,         Info,     u"C"_s,   15,   Implemented, Listed, s000 },
        { 22, u"active-recovery"_s,           Info,     u"C"_s,   14,   Implemented, Listed, s002 + u", "_s + s000 },
        { 23, u"hiit-before-legs"_s,          Info,     u"B"_s,    8,   Implemented, Listed, s000 + u"; Sporer & Wenger 2003; Stanley 2013; Doma 2017"_s },
        { 24, u"legs-before-key-cardio"_s,    Info,     u"B"_s,    9,   Implemented, Listed, u"Doma & Deakin 2013; Doma 2017"_s },
        { 25, u"muscle-not-recovered"_s,      Warning,  u"B"_s,   10,   Implemented, Listed, u"ACSM 2009; Morán-Navarro 2017"_s },
        { 26, u"double-hiit-day"_s,           Warning,  u"C"_s,    0,   Implemented, Listed, s000 + u"; Stanley 2013; Buchheit & Laursen 2013"_s },
        { 27, u"hiit-spacing"_s,              Info,     u"C"_s,    0,   Implemented, Listed, s000 + u"; Stanley 2013; Buchheit & Laursen 2013"_s },
        { 28, u"hiit-weekly"_s,               Warning,  u"A/C"_s,  0,   Implemented, Listed, s000 + u"; Wilson 2012"_s },
        { 29, u"hiit-heavy-streak"_s,         Warning,  u"C"_s,    0,   Implemented, Listed, s000 },
        { 30, u"no-rest-day"_s,               Warning,  u"C"_s,    0,   Implemented, Listed, s000 + u"; ACSM 2009"_s },
        { 31, u"cardio-frequency"_s,          Info,     u"A/C"_s,  0,   Implemented, Listed, s000 + u"; Wilson 2012"_s },
        { 32, u"cardio-duration"_s,           Info,     u"A/C"_s,  0,   Implemented, Listed, s000 + u"; Wilson 2012"_s },
        { 33, u"lifting-frequency"_s,         Info,     u"B/C"_s,  0,   Implemented, Listed, s000 + u"; ACSM 2009"_s },
        { 34, u"endurance-volume-balance"_s,  Info,     u"C"_s,    0,   Implemented, Listed, s000 },
        { 35, u"aerobic-minimum"_s,           Info,     u"A"_s,    0,   Implemented, Listed, u"WHO 2020; Compendium of Physical Activities"_s },
        { 36, u"beginner-volume"_s,           Info,     u"B/C"_s,  0,   Implemented, Listed, s000 + u"; ACSM 2009"_s },
        { 37, u"high-load-day"_s,             Info,     u"H"_s,    0,   Implemented, Listed, u"physiology.md 2.3 [H]"_s },
        { 38, u"load-spike"_s,                Warning,  u"B"_s,    0,   Implemented, Listed, u"Williams 2017; Impellizzeri 2020"_s },
        { 39, u"monotony"_s,                  Info,     u"B"_s,    0,   Implemented, Listed, u"Foster 1998"_s },
        { 40, u"cycle-phase"_s,               Info,     u"A"_s,    0,   Implemented, Listed, s000 + u"; McNulty 2020; Colenso-Semple 2023"_s },
        { 41, u"tip-pre-lift-fuel"_s,         Info,     u"B/C"_s,  0,   Documented,  Listed, s001 + u"; Kerksick 2017"_s },
        { 42, u"tip-fasted-cardio"_s,         Info,     u"B"_s,    0,   Documented,  Listed, s001 + u"; Schoenfeld 2014"_s },
        { 43, u"tip-sleep"_s,                 Info,     u"B"_s,    0,   Documented,  Listed, s001 + u"; NSF / AASM 2015"_s },
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
