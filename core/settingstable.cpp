#include "settingstable.h"

using namespace Qt::StringLiterals;

namespace ordo {

const QList<SettingDefinition> &settingDefinitions()
{
    // Every threshold a rule or model uses. Defaults, ranges and sources follow rules.md
    // and physiology.md; [H] marks a heuristic chosen for Ordo.
    static const QList<SettingDefinition> table = {
        {u"ampk.hiit.maxMin"_s, 240, 60, 480, u"min"_s, u"000 (HIIT up to 4 h); Wojtaszewski 2000"_s,
         u"Longest AMPK window after HIIT"_s},
        {u"ampk.hiit.baseMin"_s, 120, 0, 480, u"min"_s, u"physiology.md 2.2 [H]"_s,
         u"AMPK window after HIIT before the duration term"_s},
        {u"ampk.hiit.perMin"_s, 6, 0, 30, u"min/min"_s, u"physiology.md 2.2 [H]"_s,
         u"AMPK window growth per minute of HIIT"_s},
        {u"ampk.moderate.baseMin"_s, 60, 0, 240, u"min"_s, u"000 (moderate ≈ 1 h)"_s,
         u"AMPK window after moderate cardio up to the duration knee"_s},
        {u"ampk.moderate.kneeMin"_s, 45, 0, 240, u"min"_s, u"physiology.md 2.2 [H]"_s,
         u"Moderate cardio duration after which the window grows"_s},
        {u"ampk.moderate.maxMin"_s, 120, 0, 480, u"min"_s, u"physiology.md 2.2 [H]"_s,
         u"Longest AMPK window after moderate cardio"_s},
        {u"warmup.maxMin"_s, 15, 5, 30, u"min"_s, u"000 (10–15 min walk), 001 (5–10 min)"_s,
         u"Longest easy cardio that counts as a warm-up"_s},
        {u"warmup.maxGapMin"_s, 15, 0, 60, u"min"_s, u"000, 001"_s,
         u"Longest gap between a warm-up and the lifting after it"_s},
        {u"warmup.longMaxMin"_s, 30, 15, 60, u"min"_s, u"000"_s,
         u"Longest easy cardio reported as a long warm-up"_s},
        {u"split.minGapMin"_s, 360, 60, 1440, u"min"_s, u"000, 002; Robineau 2016"_s,
         u"Recommended gap between split cardio and lifting"_s},
        {u"sameDay.windowMin"_s, 720, 0, 1440, u"min"_s, u"rules.md derived terms"_s,
         u"Gap under which two sessions count as the same day"_s},
        {u"legs.sameDayGapWarnMin"_s, 480, 0, 1440, u"min"_s, u"Sporer & Wenger 2003"_s,
         u"Gap under which leg-loading cardio on heavy-leg day is a warning"_s},
        {u"combined.maxGapMin"_s, 30, 0, 120, u"min"_s, u"rules.md derived terms"_s,
         u"Largest gap inside a combined session"_s},
        {u"combined.maxSpanMin"_s, 80, 30, 240, u"min"_s, u"000 (75–80 min)"_s,
         u"Longest combined lifting + cardio session"_s},
        {u"postLift.maxModerateMin"_s, 30, 5, 120, u"min"_s, u"000, 001; Wilson 2012"_s,
         u"Longest moderate cardio right after lifting"_s},
        {u"rest.maxEasyMin"_s, 60, 0, 300, u"min"_s, u"000 FAQ"_s,
         u"Most easy cardio a rest day may hold"_s},
        {u"rest.maxRunDays"_s, 7, 2, 28, u"days"_s, u"000 FAQ; ACSM 2009"_s,
         u"Days without rest that give a warning"_s},
        {u"rest.criticalRunDays"_s, 14, 3, 56, u"days"_s, u"000 FAQ"_s,
         u"Days without rest that give a critical finding"_s},
        {u"fatigue.notRecoveredPct"_s, 40, 5, 200, u"%"_s, u"physiology.md 2.3 [H]"_s,
         u"Residual muscle-group fatigue that counts as not recovered"_s},
        {u"fatigue.sameMuscleMinGapMin"_s, 2880, 0, 10080, u"min"_s, u"ACSM 2009 (48–72 h)"_s,
         u"Smallest gap between hard sessions for the same muscles"_s},
        {u"hiit.minDurationMin"_s, 10, 1, 60, u"min"_s, u"rules.md (counting rules)"_s,
         u"Shortest HIIT that counts for dose rules"_s},
        {u"hiit.minSpacingMin"_s, 2880, 0, 10080, u"min"_s, u"Buchheit & Laursen 2013"_s,
         u"Recommended gap between HIIT sessions"_s},
        {u"hiit.maxPerWeek"_s, 3, 1, 14, u"sessions"_s, u"000; Wilson 2012"_s,
         u"HIIT sessions in 7 days above which a warning is given"_s},
        {u"cardio.maxHardPerWeek"_s, 3, 1, 14, u"sessions"_s, u"000; Wilson 2012"_s,
         u"Hard cardio sessions in 7 days above which a note is given"_s},
        {u"cardio.maxHardMin"_s, 30, 5, 240, u"min"_s, u"000; Wilson 2012"_s,
         u"Longest hard cardio session for muscle or strength goals"_s},
        {u"aerobic.minWeeklyMin"_s, 150, 0, 600, u"min"_s, u"WHO 2020"_s,
         u"Weekly moderate-equivalent minutes suggested by health guidelines"_s},
        {u"load.highDayMinAU"_s, 500, 0, 5000, u"AU"_s, u"physiology.md 2.3 [H]"_s,
         u"Smallest daily load marked as high"_s},
        {u"load.highDayFactor"_s, 2, 1, 10, u"×"_s, u"physiology.md 2.3 [H]"_s,
         u"Multiple of the mean daily load marked as high"_s},
        {u"monotony.max"_s, 2, 1, 10, u""_s, u"Foster 1998"_s,
         u"Weekly monotony above which a note is given"_s},
        {u"acwr.infoRatio"_s, 1.3, 1, 5, u"×"_s, u"Williams 2017"_s,
         u"Acute:chronic load ratio that gives a note"_s},
        {u"acwr.warnRatio"_s, 1.5, 1, 5, u"×"_s, u"Williams 2017"_s,
         u"Acute:chronic load ratio that gives a warning"_s},
    };
    return table;
}

const SettingDefinition *findSetting(const QString &name)
{
    for (const SettingDefinition &d : settingDefinitions()) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

const QList<RuleInfo> &ruleCatalog()
{
    static const QList<RuleInfo> rules = {
        {1, u"overlap"_s, u"-"_s}, {2, u"duplicate"_s, u"-"_s},
        {3, u"crosses-midnight"_s, u"-"_s}, {4, u"crosses-plan-end"_s, u"-"_s},
        {5, u"implausible-duration"_s, u"-"_s}, {6, u"rpe-mismatch"_s, u"-"_s},
        {7, u"warmup"_s, u"B/C"_s}, {8, u"warmup-long"_s, u"B"_s}, {9, u"warmup-too-hard"_s, u"C"_s},
        {10, u"ampk-window"_s, u"A/B"_s}, {11, u"split-gap"_s, u"B"_s},
        {12, u"beginner-intense-first"_s, u"C"_s}, {13, u"endurance-order"_s, u"B"_s},
        {14, u"endurance-lift-dose"_s, u"C"_s}, {15, u"post-lift-hiit"_s, u"C"_s},
        {16, u"post-lift-long"_s, u"A/C"_s}, {17, u"combined-too-long"_s, u"C"_s},
        {18, u"leg-day-cardio"_s, u"B"_s}, {19, u"leg-day-hiit"_s, u"B/C"_s},
        {20, u"leg-day-friendly"_s, u"C"_s}, {21, u"rowing-after-legs"_s, u"C"_s},
        {22, u"active-recovery"_s, u"C"_s}, {23, u"hiit-before-legs"_s, u"B"_s},
        {24, u"legs-before-key-cardio"_s, u"B"_s}, {25, u"muscle-not-recovered"_s, u"B"_s},
        {26, u"double-hiit-day"_s, u"C"_s}, {27, u"hiit-spacing"_s, u"C"_s},
        {28, u"hiit-weekly"_s, u"A/C"_s}, {29, u"hiit-heavy-streak"_s, u"C"_s},
        {30, u"no-rest-day"_s, u"C"_s}, {31, u"cardio-frequency"_s, u"A/C"_s},
        {32, u"cardio-duration"_s, u"A/C"_s}, {33, u"lifting-frequency"_s, u"B/C"_s},
        {34, u"endurance-volume-balance"_s, u"C"_s}, {35, u"aerobic-minimum"_s, u"A"_s},
        {36, u"beginner-volume"_s, u"B/C"_s}, {37, u"high-load-day"_s, u"H"_s},
        {38, u"load-spike"_s, u"B"_s}, {39, u"monotony"_s, u"B"_s}, {40, u"cycle-phase"_s, u"A"_s},
        {41, u"tip-pre-lift-fuel"_s, u"B/C"_s, false}, {42, u"tip-fasted-cardio"_s, u"B"_s, false},
        {43, u"tip-sleep"_s, u"B"_s, false},
    };
    return rules;
}

bool isKnownRuleId(const QString &id)
{
    for (const RuleInfo &r : ruleCatalog()) {
        if (r.id == id)
            return true;
    }
    return false;
}

} // namespace ordo
