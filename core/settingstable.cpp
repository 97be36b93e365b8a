// SPDX-License-Identifier: GPL-3.0-or-later

#include "settingstable.h"

#include "ruletitles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ordo {

const QList<SettingDefinition> &settingDefinitions()
{
    // Every threshold a rule or model uses. Defaults, ranges and sources follow docs/rules.md
    // and docs/physiology.md; [H] marks a heuristic chosen for Ordo.
    // clang-format off
    static const QList<SettingDefinition> table = {
        // AMPK-elevated window (docs/physiology.md 2.2)
        {u"ampk.hiit.maxMin"_s, 240, 60, 480, u"min"_s, u"000 (HIIT up to 4 h); Wojtaszewski 2000"_s,
         u"Longest AMPK window after HIIT"_s},
        {u"ampk.hiit.baseMin"_s, 120, 0, 480, u"min"_s, u"physiology.md 2.2 [H]"_s,
         u"AMPK window after HIIT before the duration term"_s},
        {u"ampk.hiit.perMin"_s, 6, 0, 30, u"min/min"_s, u"physiology.md 2.2 [H]"_s,
         u"AMPK window growth per minute of HIIT"_s},
        {u"ampk.hiit.peak"_s, 1.0, 0, 2, u""_s, u"physiology.md 2.2 [H]"_s,
         u"Relative AMPK peak after HIIT (A0)"_s},
        {u"ampk.moderate.baseMin"_s, 60, 0, 240, u"min"_s, u"000 (moderate ≈ 1 h)"_s,
         u"AMPK window after moderate cardio up to the duration knee"_s},
        {u"ampk.moderate.kneeMin"_s, 45, 0, 240, u"min"_s, u"physiology.md 2.2 [H]"_s,
         u"Moderate cardio duration after which the window grows"_s},
        {u"ampk.moderate.maxMin"_s, 120, 0, 480, u"min"_s, u"physiology.md 2.2 [H]"_s,
         u"Longest AMPK window after moderate cardio"_s},
        {u"ampk.moderate.peak"_s, 0.5, 0, 2, u""_s, u"physiology.md 2.2 [H]"_s,
         u"Relative AMPK peak after moderate cardio (A0)"_s},
        {u"ampk.vigorous.minRpe"_s, 7, 1, 11, u"RPE"_s, u"physiology.md 2.1/2.2 [H]"_s,
         u"RPE from which moderate cardio counts as vigorous continuous (11 turns this off)"_s},
        {u"ampk.vigorous.baseMin"_s, 120, 0, 480, u"min"_s, u"physiology.md 2.2 [H]"_s,
         u"AMPK window after vigorous continuous cardio up to the duration knee"_s},
        {u"ampk.vigorous.maxMin"_s, 180, 0, 480, u"min"_s, u"physiology.md 2.2 [H]"_s,
         u"Longest AMPK window after vigorous continuous cardio"_s},
        {u"ampk.vigorous.peak"_s, 0.75, 0, 2, u""_s, u"physiology.md 2.2 [H]"_s,
         u"Relative AMPK peak after vigorous continuous cardio (A0)"_s},
        {u"ampk.riseMin"_s, 10, 1, 60, u"min"_s, u"physiology.md 2.2 [H]"_s,
         u"Time in which the AMPK curve rises to its peak during cardio"_s},
        {u"ampk.enduranceTrained"_s, 0, 0, 1, u"on/off"_s, u"McConell 2005 [H]"_s,
         u"Endurance-trained toggle: smaller and shorter AMPK response"_s},
        {u"ampk.trained.peakFactor"_s, 0.5, 0, 1, u"×"_s, u"McConell 2005 [H]"_s,
         u"Peak factor when endurance-trained"_s},
        {u"ampk.trained.windowFactor"_s, 0.75, 0, 1, u"×"_s, u"McConell 2005 [H]"_s,
         u"Window factor when endurance-trained"_s},
        // Carried fatigue (docs/physiology.md 2.3): T90 per session type, τ = T90 / ln 10
        {u"fatigue.t90.strengthHeavyH"_s, 72, 1, 240, u"h"_s, u"Morán-Navarro 2017; ACSM 2009 [H]"_s,
         u"Time until 90 % of a heavy strength session's fatigue has cleared"_s},
        {u"fatigue.t90.strengthModerateH"_s, 48, 1, 240, u"h"_s, u"Morán-Navarro 2017 [H]"_s,
         u"Time until 90 % of a moderate strength session's fatigue has cleared"_s},
        {u"fatigue.t90.strengthLightH"_s, 24, 1, 240, u"h"_s, u"physiology.md 2.3 [H]"_s,
         u"Time until 90 % of a light strength session's fatigue has cleared"_s},
        {u"fatigue.t90.hiitEccentricH"_s, 48, 1, 240, u"h"_s, u"Stanley 2013; Doma & Deakin 2013 [H]"_s,
         u"Time until 90 % of running, jumping or stair HIIT fatigue has cleared"_s},
        {u"fatigue.t90.hiitOtherH"_s, 24, 1, 240, u"h"_s, u"Sporer & Wenger 2003 [H]"_s,
         u"Time until 90 % of other HIIT fatigue has cleared"_s},
        {u"fatigue.t90.moderateEccentricH"_s, 24, 1, 240, u"h"_s, u"Stanley 2013 [H]"_s,
         u"Time until 90 % of moderate running, jumping or stair fatigue has cleared"_s},
        {u"fatigue.t90.moderateOtherH"_s, 18, 1, 240, u"h"_s, u"physiology.md 2.3 [H]"_s,
         u"Time until 90 % of other moderate cardio fatigue has cleared"_s},
        {u"fatigue.t90.easyH"_s, 9, 1, 240, u"h"_s, u"physiology.md 2.3 [H]"_s,
         u"Time until 90 % of easy cardio fatigue has cleared"_s},
        {u"fatigue.refAU"_s, 384, 1, 5000, u"AU"_s, u"physiology.md 2.3 (0.80 × 480) [H]"_s,
         u"Region fatigue shown as 100 %"_s},
        {u"fatigue.notRecoveredPct"_s, 40, 5, 200, u"%"_s, u"physiology.md 2.3 [H]"_s,
         u"Residual muscle-group fatigue that counts as not recovered"_s},
        // Back-to-back sessions (docs/rules.md derived terms; rules 25 and 27)
        {u"spacing.backToBackMaxStartGapMin"_s, 2160, 0, 4320, u"min"_s, u"rules.md derived terms [H]"_s,
         u"Start gap under which two sessions on non-adjacent days still count as back-to-back"_s},
        // Load monitoring (docs/physiology.md 2.3)
        {u"load.highDayMinAU"_s, 720, 0, 20000, u"AU"_s, u"physiology.md 2.3 [H]"_s,
         u"Smallest daily load marked as high"_s},
        {u"load.highDayFactor"_s, 1.5, 1, 10, u"×"_s, u"physiology.md 2.3 [H]"_s,
         u"Multiple of the mean load of the plan's training days marked as high"_s},
        {u"load.atlDays"_s, 7, 1, 60, u"days"_s, u"Banister model convention"_s,
         u"Time constant of acute training load (fatigue)"_s},
        {u"load.ctlDays"_s, 42, 1, 120, u"days"_s, u"Banister model convention"_s,
         u"Time constant of chronic training load (fitness)"_s},
        {u"load.convergencePct"_s, 0.1, 0.001, 10, u"%"_s, u"physiology.md 2.3"_s,
         u"Change below which a repeating plan's CTL/ATL counts as settled"_s},
        {u"monotony.max"_s, 2, 1, 10, u""_s, u"Foster 1998"_s,
         u"Weekly monotony above which a note is given"_s},
        {u"monotony.minWeekAU"_s, 1500, 0, 20000, u"AU"_s, u"rules.md rule 39 [H]"_s,
         u"Smallest weekly hard-session load for which monotony is judged"_s},
        {u"monotony.minWeekShare"_s, 0.8, 0, 1, u"×"_s, u"rules.md rule 39 [H]"_s,
         u"Share of the plan's mean weekly hard-session load below which a week is not judged"_s},
        {u"acwr.minWeeks"_s, 5, 2, 52, u"weeks"_s, u"physiology.md 2.3"_s,
         u"Shortest one-off plan for which the acute:chronic ratio is computed"_s},
        {u"acwr.chronicWeeks"_s, 4, 1, 12, u"weeks"_s, u"Williams 2017; Windt & Gabbett"_s,
         u"Weeks averaged for the chronic load"_s},
        {u"acwr.infoRatio"_s, 1.3, 1, 5, u"×"_s, u"Williams 2017"_s,
         u"Acute:chronic load ratio that gives a note"_s},
        {u"acwr.warnRatio"_s, 1.5, 1, 5, u"×"_s, u"Williams 2017"_s,
         u"Acute:chronic load ratio that gives a warning"_s},
        // Derived terms (docs/rules.md)
        {u"warmup.maxMin"_s, 15, 5, 30, u"min"_s, u"000 (10–15 min walk), 001 (5–10 min)"_s,
         u"Longest easy cardio that counts as a warm-up"_s},
        {u"warmup.maxGapMin"_s, 15, 0, 60, u"min"_s, u"000, 001"_s,
         u"Longest gap between a warm-up and the lifting after it"_s},
        {u"warmup.longMaxMin"_s, 30, 15, 60, u"min"_s, u"000"_s,
         u"Longest easy cardio reported as a long warm-up"_s},
        {u"warmup.hardMaxMin"_s, 20, 5, 60, u"min"_s, u"001 (warm-up vs workout)"_s,
         u"Longest hard cardio right before lifting reported as a too-hard warm-up"_s},
        {u"activeRecovery.minMin"_s, 10, 1, 60, u"min"_s, u"002 (10–20 min LISS)"_s,
         u"Shortest easy cardio that counts as active recovery"_s},
        {u"activeRecovery.maxMin"_s, 20, 1, 120, u"min"_s, u"002 (10–20 min LISS)"_s,
         u"Longest easy cardio that counts as active recovery"_s},
        {u"activeRecovery.maxStartGapMin"_s, 60, 0, 240, u"min"_s, u"002"_s,
         u"Latest start of active recovery after heavy legs end"_s},
        {u"rest.maxEasyMin"_s, 60, 0, 300, u"min"_s, u"000 FAQ"_s,
         u"Most easy cardio a rest day may hold"_s},
        {u"rest.activeMaxEasyMin"_s, 120, 60, 300, u"min"_s, u"000 FAQ; rules.md active-rest day"_s,
         u"Most easy cardio an active-rest day may hold (it breaks a run without rest)"_s},
        {u"rest.maxRunDays"_s, 7, 2, 28, u"days"_s, u"000 FAQ; ACSM 2009"_s,
         u"Days without rest that give a warning"_s},
        {u"rest.criticalRunDays"_s, 14, 3, 56, u"days"_s, u"000 FAQ"_s,
         u"Days without rest that give a critical finding"_s},
        {u"sameDay.windowMin"_s, 720, 0, 1440, u"min"_s, u"rules.md derived terms"_s,
         u"Gap under which two sessions count as the same day"_s},
        {u"combined.maxGapMin"_s, 30, 0, 120, u"min"_s, u"rules.md derived terms"_s,
         u"Largest gap inside a combined session"_s},
        {u"combined.maxSpanMin"_s, 80, 30, 240, u"min"_s, u"000 (75–80 min)"_s,
         u"Longest combined lifting + cardio session"_s},
        {u"combined.coolDownMaxMin"_s, 20, 0, 60, u"min"_s, u"000 (Zone 1 as cool-down); rules.md cool-down"_s,
         u"Longest easy cardio after lifting that counts as a cool-down"_s},
        // Revision 2 rules 33, 45, 46, 47
        {u"explosive.minGapMin"_s, 180, 0, 720, u"min"_s, u"Schumann 2022"_s,
         u"Smallest gap between hard cardio and explosive work after it"_s},
        {u"beginner.hiitInfoCount"_s, 2, 1, 14, u"sessions"_s, u"000 (beginners)"_s,
         u"HIIT sessions in 7 days that give a beginner a note"_s},
        {u"beginner.hiitWarnCount"_s, 3, 1, 14, u"sessions"_s, u"000 (beginners)"_s,
         u"HIIT sessions in 7 days that give a beginner a warning"_s},
        {u"beginner.maxHiitMin"_s, 20, 5, 120, u"min"_s, u"000 (beginners)"_s,
         u"Longest HIIT session for a beginner"_s},
        {u"legs.longEasyMin"_s, 30, 10, 240, u"min"_s, u"002 (10–20 min LISS)"_s,
         u"Longest easy cardio straight after heavy legs without a note"_s},
        {u"lifting.minPerWeekEndurance"_s, 2, 0, 14, u"sessions"_s, u"Blagrove 2018; Llanos-Lagos 2024"_s,
         u"Fewest strength sessions a week for an endurance goal"_s},
        // Plan integrity (rules 5, 6)
        {u"duration.hiitMaxMin"_s, 60, 10, 600, u"min"_s, u"[H]; ACSM intensity classes"_s,
         u"Longest plausible HIIT session"_s},
        {u"duration.moderateMaxMin"_s, 240, 10, 600, u"min"_s, u"[H]; ACSM intensity classes"_s,
         u"Longest plausible moderate cardio session"_s},
        {u"duration.easyMaxMin"_s, 300, 10, 600, u"min"_s, u"[H]; ACSM intensity classes"_s,
         u"Longest plausible easy cardio session"_s},
        {u"duration.strengthMaxMin"_s, 150, 10, 600, u"min"_s, u"[H]"_s,
         u"Longest plausible strength session"_s},
        {u"rpe.easyMismatchMin"_s, 6, 0, 11, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         u"RPE from which easy cardio is reported as mismatched"_s},
        {u"rpe.moderateMismatchMax"_s, 2, -1, 10, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         u"RPE up to which moderate cardio is reported as mismatched"_s},
        {u"rpe.moderateMismatchMin"_s, 8, 0, 11, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         u"RPE from which moderate cardio is reported as mismatched"_s},
        {u"rpe.hiitMismatchMax"_s, 5, -1, 10, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         u"RPE up to which HIIT is reported as mismatched"_s},
        {u"rpe.heavyMismatchMax"_s, 4, -1, 10, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         u"RPE up to which heavy strength is reported as mismatched"_s},
        {u"rpe.lightMismatchMin"_s, 8, 0, 11, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         u"RPE from which light strength is reported as mismatched"_s},
        // Cardio before and after lifting (rules 9–17)
        {u"split.minGapMin"_s, 360, 60, 1440, u"min"_s, u"000, 002; Robineau 2016"_s,
         u"Recommended gap between split cardio and lifting"_s},
        {u"split.minModerateMin"_s, 30, 0, 240, u"min"_s, u"rules.md rule 11"_s,
         u"Shortest moderate cardio for the short-gap note"_s},
        {u"beginner.intenseFirstGapMin"_s, 60, 0, 240, u"min"_s, u"000 (beginners)"_s,
         u"Gap after intense cardio within which a beginner's lifting is flagged"_s},
        {u"beginner.maxStrengthPerWeek"_s, 3, 1, 14, u"sessions"_s, u"000 (beginners); ACSM 2009"_s,
         u"Strength sessions in 7 days above which a beginner gets a note"_s},
        {u"beginner.maxStrengthMin"_s, 60, 10, 300, u"min"_s, u"000 (beginners); ACSM 2009"_s,
         u"Longest strength session before a beginner gets a note"_s},
        {u"endurance.orderGapMin"_s, 360, 0, 1440, u"min"_s, u"000, 001; Doma & Deakin 2013"_s,
         u"Gap under which lifting before key cardio is flagged for endurance"_s},
        {u"endurance.keyModerateMin"_s, 45, 0, 300, u"min"_s, u"rules.md rule 13"_s,
         u"Shortest moderate cardio that counts as a key endurance session"_s},
        {u"endurance.keyAnyMin"_s, 60, 0, 300, u"min"_s, u"rules.md rule 13"_s,
         u"Shortest cardio of any intensity that counts as a key endurance session"_s},
        {u"endurance.doseCardioMin"_s, 45, 0, 300, u"min"_s, u"000 (endurance)"_s,
         u"Shortest cardio after which lifting should stay short for endurance"_s},
        {u"endurance.liftMaxMin"_s, 45, 10, 300, u"min"_s, u"000 (endurance)"_s,
         u"Longest lifting after key cardio for endurance"_s},
        {u"endurance.keyRunMin"_s, 60, 0, 300, u"min"_s, u"Doma & Deakin 2013"_s,
         u"Shortest run that counts as key cardio the day after heavy legs"_s},
        {u"postLift.maxModerateMin"_s, 30, 5, 120, u"min"_s, u"000, 001; Wilson 2012"_s,
         u"Longest moderate cardio right after lifting"_s},
        // Leg day (rules 18–24)
        {u"legs.sameDayGapWarnMin"_s, 480, 0, 1440, u"min"_s, u"Sporer & Wenger 2003"_s,
         u"Gap under which leg-loading cardio on heavy-leg day is a warning"_s},
        {u"legs.minCardioMin"_s, 10, 1, 60, u"min"_s, u"rules.md rule 18"_s,
         u"Shortest leg-loading cardio reported on heavy-leg day"_s},
        {u"legs.hiitBeforeMinGapMin"_s, 720, 0, 2880, u"min"_s, u"rules.md rule 23"_s,
         u"Smallest gap for the HIIT-before-heavy-legs note (below: leg-day rules)"_s},
        {u"legs.hiitBeforeMaxGapMin"_s, 2160, 0, 4320, u"min"_s, u"Sporer & Wenger 2003"_s,
         u"Largest gap for the note after cycling, rowing, elliptical or walking HIIT"_s},
        {u"legs.hiitBeforeEccentricMaxGapMin"_s, 2880, 0, 5760, u"min"_s, u"Stanley 2013; Doma 2017"_s,
         u"Largest gap for the note after running, jumping or stair HIIT"_s},
        {u"legs.keyCardioMinGapMin"_s, 720, 0, 2880, u"min"_s, u"Doma & Deakin 2013"_s,
         u"Smallest gap for the note on heavy legs before key cardio"_s},
        {u"legs.keyCardioMaxGapMin"_s, 1440, 0, 4320, u"min"_s, u"Doma & Deakin 2013; Doma 2017"_s,
         u"Largest gap for the note on heavy legs before key cardio"_s},
        // HIIT dose (rules 26–29)
        {u"hiit.minDurationMin"_s, 10, 1, 60, u"min"_s, u"rules.md (counting rules)"_s,
         u"Shortest HIIT that counts for dose rules"_s},
        {u"hiit.clusterCount"_s, 3, 2, 14, u"sessions"_s, u"rules.md rule 27"_s,
         u"HIIT sessions that, within the cluster span, give a warning"_s},
        {u"hiit.clusterSpanMin"_s, 4320, 0, 20160, u"min"_s, u"rules.md rule 27"_s,
         u"Span of start times within which clustered HIIT gives a warning"_s},
        {u"hiit.maxPerWeek"_s, 3, 1, 14, u"sessions"_s, u"000; Wilson 2012"_s,
         u"HIIT sessions in 7 days above which a warning is given"_s},
        {u"hiit.heavyStreakDays"_s, 3, 2, 14, u"days"_s, u"000 FAQ"_s,
         u"Consecutive days with HIIT and heavy lifting that give a warning"_s},
        // Weekly structure (rules 31–36)
        {u"cardio.minCountedMin"_s, 10, 1, 60, u"min"_s, u"rules.md rule 31"_s,
         u"Shortest hard cardio counted per week"_s},
        {u"cardio.maxHardPerWeek"_s, 3, 1, 14, u"sessions"_s, u"000; Wilson 2012"_s,
         u"Hard cardio sessions in 7 days above which a note is given"_s},
        {u"cardio.maxHardMin"_s, 30, 5, 240, u"min"_s, u"000; Wilson 2012"_s,
         u"Longest hard cardio session for muscle or strength goals"_s},
        {u"lifting.minPerWeek"_s, 2, 0, 14, u"sessions"_s, u"000; ACSM 2009"_s,
         u"Fewest strength sessions in 7 days without a note"_s},
        {u"lifting.maxPerWeek"_s, 4, 1, 14, u"sessions"_s, u"000; ACSM 2009"_s,
         u"Strength sessions in 7 days above which, with much hard cardio, a note is given"_s},
        {u"volume.maxHardCardioMin"_s, 240, 0, 2000, u"min"_s, u"000"_s,
         u"Hard cardio minutes in 7 days above which lifting volume should drop"_s},
        {u"volume.minStrength"_s, 3, 1, 14, u"sessions"_s, u"000"_s,
         u"Strength sessions in 7 days that, with high cardio volume, give a note"_s},
        {u"volume.minHeavy"_s, 2, 0, 14, u"sessions"_s, u"000"_s,
         u"Heavy strength sessions among them that give the note"_s},
        {u"aerobic.minWeeklyMin"_s, 150, 0, 600, u"min"_s, u"WHO 2020"_s,
         u"Weekly moderate-equivalent minutes suggested by health guidelines"_s},
        {u"aerobic.moderateMet"_s, 3.0, 1, 20, u"MET"_s, u"WHO 2020; Compendium"_s,
         u"MET from which cardio minutes count as moderate activity"_s},
        {u"aerobic.vigorousMet"_s, 6.0, 1, 20, u"MET"_s, u"WHO 2020; Compendium"_s,
         u"MET from which cardio minutes count double (vigorous)"_s},
        // Opt-in (rule 40)
        {u"cycle.lutealDays"_s, 14, 1, 28, u"days"_s, u"000; McNulty 2020"_s,
         u"Length of the estimated luteal phase at the end of the cycle"_s},
        // Heart-rate zones and energy (docs/physiology.md 2.1, 2.4)
        {u"hr.tanakaIntercept"_s, 208, 150, 250, u"bpm"_s, u"Tanaka 2001"_s,
         u"HRmax estimate: intercept of 208 − 0.7 × age"_s},
        {u"hr.tanakaSlope"_s, 0.7, 0, 2, u"bpm/year"_s, u"Tanaka 2001"_s,
         u"HRmax estimate: slope of 208 − 0.7 × age"_s},
        {u"zones.easyMaxPct"_s, 60, 30, 90, u"% HRmax"_s, u"000 (Zone 1 50–60 %); ACSM classes"_s,
         u"Upper bound of easy cardio"_s},
        {u"zones.moderateMaxPct"_s, 80, 40, 100, u"% HRmax"_s, u"000 (HIIT 80–95 %); ACSM classes"_s,
         u"Upper bound of moderate cardio (HIIT from here)"_s},
        {u"epoc.moderate"_s, 0.06, 0, 0.5, u"× net kcal"_s, u"LaForgia 2006; Bahr 1987 [H]"_s,
         u"Afterburn after moderate cardio, as a share of net kcal"_s},
        {u"epoc.hiit"_s, 0.15, 0, 0.5, u"× net kcal"_s, u"LaForgia 2006; Townsend 2013 [H]"_s,
         u"Afterburn after HIIT, as a share of net kcal"_s},
        {u"epoc.strengthLight"_s, 0.03, 0, 0.5, u"× net kcal"_s, u"physiology.md 2.4 [H]"_s,
         u"Afterburn after light strength training"_s},
        {u"epoc.strengthModerate"_s, 0.06, 0, 0.5, u"× net kcal"_s, u"physiology.md 2.4 [H]"_s,
         u"Afterburn after moderate strength training"_s},
        {u"epoc.strengthHeavy"_s, 0.10, 0, 0.5, u"× net kcal"_s, u"physiology.md 2.4 [H]"_s,
         u"Afterburn after heavy strength training"_s},
        // Auto-fixes and output limits (engine, not physiology)
        {u"autofix.snapMin"_s, 15, 1, 60, u"min"_s, u"rules.md rule 1"_s,
         u"Grid to which a session moved by an auto-fix is snapped (later, never earlier)"_s},
        {u"findings.maxPerRule"_s, 50, 1, 100000, u"findings"_s, u"Engine"_s,
         u"Findings of one rule shown before the rest are summarised in one finding"_s},
        {u"findings.maxPairNeighbours"_s, 64, 2, 100000, u"sessions"_s, u"Engine"_s,
         u"Later sessions each session is paired with (bounds the cost of crowded plans)"_s}
    };
    // clang-format on
    return table;
}

bool isRetiredSetting(const QString &name)
{
    // docs/plan-format.md "Retired settings (revision 2)": replaced by
    // spacing.backToBackMaxStartGapMin.
    return name == u"fatigue.sameMuscleMinGapMin" || name == u"hiit.minSpacingMin";
}

const SettingDefinition *findSetting(const QString &name)
{
    for (const SettingDefinition &d : settingDefinitions()) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

QString settingLabel(const SettingDefinition &definition)
{
    // Load is RPE × minutes: named so, not by the abbreviation "AU".
    const QString unit = definition.unit == u"on/off"_s ? QString()
        : definition.unit == u"AU"_s ? QCoreApplication::translate("ordo::Settings", "RPE × min")
                                     : definition.unit;
    if (unit.isEmpty())
        return definition.description;
    return QCoreApplication::translate("ordo::Settings", "%1 (%2)").arg(definition.description, unit);
}

QString settingSourceText(const SettingDefinition &definition)
{
    return readableSource(definition.source);
}

} // namespace ordo
