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
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest AMPK window after HIIT"))},
        {u"ampk.hiit.baseMin"_s, 120, 0, 480, u"min"_s, u"physiology.md 2.2 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "AMPK window after HIIT before the duration term"))},
        {u"ampk.hiit.perMin"_s, 6, 0, 30, u"min/min"_s, u"physiology.md 2.2 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "AMPK window growth per minute of HIIT"))},
        {u"ampk.hiit.peak"_s, 1.0, 0, 2, u""_s, u"physiology.md 2.2 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Relative AMPK peak after HIIT (A0)"))},
        {u"ampk.moderate.baseMin"_s, 60, 0, 240, u"min"_s, u"000 (moderate ≈ 1 h)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "AMPK window after moderate cardio up to the duration knee"))},
        {u"ampk.moderate.kneeMin"_s, 45, 0, 240, u"min"_s, u"physiology.md 2.2 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Moderate cardio duration after which the window grows"))},
        {u"ampk.moderate.maxMin"_s, 120, 0, 480, u"min"_s, u"physiology.md 2.2 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest AMPK window after moderate cardio"))},
        {u"ampk.moderate.peak"_s, 0.5, 0, 2, u""_s, u"physiology.md 2.2 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Relative AMPK peak after moderate cardio (A0)"))},
        {u"ampk.vigorous.minRpe"_s, 7, 1, 11, u"RPE"_s, u"physiology.md 2.1/2.2 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "RPE from which moderate cardio counts as vigorous continuous (11 turns this off)"))},
        {u"ampk.vigorous.baseMin"_s, 120, 0, 480, u"min"_s, u"physiology.md 2.2 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "AMPK window after vigorous continuous cardio up to the duration knee"))},
        {u"ampk.vigorous.maxMin"_s, 180, 0, 480, u"min"_s, u"physiology.md 2.2 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest AMPK window after vigorous continuous cardio"))},
        {u"ampk.vigorous.peak"_s, 0.75, 0, 2, u""_s, u"physiology.md 2.2 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Relative AMPK peak after vigorous continuous cardio (A0)"))},
        {u"ampk.riseMin"_s, 10, 1, 60, u"min"_s, u"physiology.md 2.2 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Time in which the AMPK curve rises to its peak during cardio"))},
        {u"ampk.enduranceTrained"_s, 0, 0, 1, u"on/off"_s, u"McConell 2005 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Endurance-trained toggle: smaller and shorter AMPK response"))},
        {u"ampk.trained.peakFactor"_s, 0.5, 0, 1, u"×"_s, u"McConell 2005 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Peak factor when endurance-trained"))},
        {u"ampk.trained.windowFactor"_s, 0.75, 0, 1, u"×"_s, u"McConell 2005 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Window factor when endurance-trained"))},
        // Carried fatigue (docs/physiology.md 2.3): T90 per session type, τ = T90 / ln 10
        {u"fatigue.t90.strengthHeavyH"_s, 72, 1, 240, u"h"_s, u"Morán-Navarro 2017; ACSM 2009 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Time until 90 % of a heavy strength session's fatigue has cleared"))},
        {u"fatigue.t90.strengthModerateH"_s, 48, 1, 240, u"h"_s, u"Morán-Navarro 2017 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Time until 90 % of a moderate strength session's fatigue has cleared"))},
        {u"fatigue.t90.strengthLightH"_s, 24, 1, 240, u"h"_s, u"physiology.md 2.3 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Time until 90 % of a light strength session's fatigue has cleared"))},
        {u"fatigue.t90.hiitEccentricH"_s, 48, 1, 240, u"h"_s, u"Stanley 2013; Doma & Deakin 2013 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Time until 90 % of running, jumping or stair HIIT fatigue has cleared"))},
        {u"fatigue.t90.hiitOtherH"_s, 24, 1, 240, u"h"_s, u"Sporer & Wenger 2003 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Time until 90 % of other HIIT fatigue has cleared"))},
        {u"fatigue.t90.moderateEccentricH"_s, 24, 1, 240, u"h"_s, u"Stanley 2013 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Time until 90 % of moderate running, jumping or stair fatigue has cleared"))},
        {u"fatigue.t90.moderateOtherH"_s, 18, 1, 240, u"h"_s, u"physiology.md 2.3 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Time until 90 % of other moderate cardio fatigue has cleared"))},
        {u"fatigue.t90.easyH"_s, 9, 1, 240, u"h"_s, u"physiology.md 2.3 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Time until 90 % of easy cardio fatigue has cleared"))},
        {u"fatigue.refAU"_s, 384, 1, 5000, u"AU"_s, u"physiology.md 2.3 (0.80 × 480) [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Region fatigue shown as 100 %"))},
        {u"fatigue.notRecoveredPct"_s, 40, 5, 200, u"%"_s, u"physiology.md 2.3 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Residual muscle-group fatigue that counts as not recovered"))},
        // Back-to-back sessions (docs/rules.md derived terms; rules 25 and 27)
        {u"spacing.backToBackMaxStartGapMin"_s, 2160, 0, 4320, u"min"_s, u"rules.md derived terms [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Start gap under which two sessions on non-adjacent days still count as back-to-back"))},
        // Load monitoring (docs/physiology.md 2.3)
        {u"load.highDayMinAU"_s, 720, 0, 20000, u"AU"_s, u"physiology.md 2.3 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Smallest daily load marked as high"))},
        {u"load.highDayFactor"_s, 1.5, 1, 10, u"×"_s, u"physiology.md 2.3 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Multiple of the mean load of the plan's training days marked as high"))},
        {u"load.atlDays"_s, 7, 1, 60, u"days"_s, u"Banister model convention"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Time constant of acute training load (fatigue)"))},
        {u"load.ctlDays"_s, 42, 1, 120, u"days"_s, u"Banister model convention"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Time constant of chronic training load (fitness)"))},
        {u"load.convergencePct"_s, 0.1, 0.001, 10, u"%"_s, u"physiology.md 2.3"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Change below which a repeating plan's CTL/ATL counts as settled"))},
        {u"monotony.max"_s, 2, 1, 10, u""_s, u"Foster 1998"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Weekly monotony above which a note is given"))},
        {u"monotony.minWeekAU"_s, 1500, 0, 20000, u"AU"_s, u"rules.md rule 39 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Smallest weekly hard-session load for which monotony is judged"))},
        {u"monotony.minWeekShare"_s, 0.8, 0, 1, u"×"_s, u"rules.md rule 39 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Share of the plan's mean weekly hard-session load below which a week is not judged"))},
        {u"acwr.minWeeks"_s, 5, 2, 52, u"weeks"_s, u"physiology.md 2.3"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Shortest one-off plan for which the acute:chronic ratio is computed"))},
        {u"acwr.chronicWeeks"_s, 4, 1, 12, u"weeks"_s, u"Williams 2017; Windt & Gabbett"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Weeks averaged for the chronic load"))},
        {u"acwr.infoRatio"_s, 1.3, 1, 5, u"×"_s, u"Williams 2017"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Acute:chronic load ratio that gives a note"))},
        {u"acwr.warnRatio"_s, 1.5, 1, 5, u"×"_s, u"Williams 2017"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Acute:chronic load ratio that gives a warning"))},
        // Across weeks (docs/rules.md rules 49 and 50)
        {u"ramp.lookbackWeeks"_s, 4, 1, 12, u"weeks"_s, u"rules.md rule 49 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Weeks back whose heaviest week a rise in weekly load is measured from"))},
        {u"ramp.infoPct"_s, 20, 1, 500, u"%"_s, u"Gabbett 2016; Buist 2008 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Rise in weekly load above which a note is given"))},
        {u"ramp.warnPct"_s, 50, 1, 500, u"%"_s, u"Gabbett 2016; rules.md rule 38 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Rise in weekly load above which a warning is given"))},
        {u"ramp.minWeekAU"_s, 1000, 0, 20000, u"AU"_s, u"rules.md rule 49 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Smallest weekly load whose rise is judged"))},
        {u"lighter.maxRunWeeks"_s, 4, 1, 52, u"weeks"_s, u"rules.md rule 50 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Weeks in a row without a lighter week before a note is given"))},
        {u"lighter.dropPct"_s, 15, 1, 90, u"%"_s, u"rules.md rule 50 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Load below the mean of the weeks before at which a week counts as lighter"))},
        // Derived terms (docs/rules.md)
        {u"warmup.maxMin"_s, 15, 5, 30, u"min"_s, u"000 (10–15 min walk), 001 (5–10 min)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest easy cardio that counts as a warm-up"))},
        {u"warmup.maxGapMin"_s, 15, 0, 60, u"min"_s, u"000, 001"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest gap between a warm-up and the lifting after it"))},
        {u"warmup.longMaxMin"_s, 30, 15, 60, u"min"_s, u"000"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest easy cardio reported as a long warm-up"))},
        {u"warmup.hardMaxMin"_s, 20, 5, 60, u"min"_s, u"001 (warm-up vs workout)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest hard cardio right before lifting reported as a too-hard warm-up"))},
        {u"activeRecovery.minMin"_s, 10, 1, 60, u"min"_s, u"002 (10–20 min LISS)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Shortest easy cardio that counts as active recovery"))},
        {u"activeRecovery.maxMin"_s, 20, 1, 120, u"min"_s, u"002 (10–20 min LISS)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest easy cardio that counts as active recovery"))},
        {u"activeRecovery.maxStartGapMin"_s, 60, 0, 240, u"min"_s, u"002"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Latest start of active recovery after heavy legs end"))},
        {u"rest.maxEasyMin"_s, 60, 0, 300, u"min"_s, u"000 FAQ"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Most easy cardio a rest day may hold"))},
        {u"rest.activeMaxEasyMin"_s, 120, 60, 300, u"min"_s, u"000 FAQ; rules.md active-rest day"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Most easy cardio an active-rest day may hold (it breaks a run without rest)"))},
        {u"rest.maxRunDays"_s, 7, 2, 28, u"days"_s, u"000 FAQ; ACSM 2009"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Days without rest that give a warning"))},
        {u"rest.criticalRunDays"_s, 14, 3, 56, u"days"_s, u"000 FAQ"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Days without rest that give a critical finding"))},
        {u"sameDay.windowMin"_s, 720, 0, 1440, u"min"_s, u"rules.md derived terms"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Gap under which two sessions count as the same day"))},
        {u"combined.maxGapMin"_s, 30, 0, 120, u"min"_s, u"rules.md derived terms"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Largest gap inside a combined session"))},
        {u"combined.maxSpanMin"_s, 80, 30, 240, u"min"_s, u"000 (75–80 min)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest combined lifting + cardio session"))},
        {u"combined.coolDownMaxMin"_s, 20, 0, 60, u"min"_s, u"000 (Zone 1 as cool-down); rules.md cool-down"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest easy cardio after lifting that counts as a cool-down"))},
        // Revision 2 rules 33, 45, 46, 47
        {u"explosive.minGapMin"_s, 180, 0, 720, u"min"_s, u"Schumann 2022"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Smallest gap between hard cardio and explosive work after it"))},
        {u"beginner.hiitInfoCount"_s, 2, 1, 14, u"sessions"_s, u"000 (beginners)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "HIIT sessions in 7 days that give a beginner a note"))},
        {u"beginner.hiitWarnCount"_s, 3, 1, 14, u"sessions"_s, u"000 (beginners)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "HIIT sessions in 7 days that give a beginner a warning"))},
        {u"beginner.maxHiitMin"_s, 20, 5, 120, u"min"_s, u"000 (beginners)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest HIIT session for a beginner"))},
        {u"legs.longEasyMin"_s, 30, 10, 240, u"min"_s, u"002 (10–20 min LISS)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest easy cardio straight after heavy legs without a note"))},
        {u"lifting.minPerWeekEndurance"_s, 2, 0, 14, u"sessions"_s, u"Blagrove 2018; Llanos-Lagos 2024"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Fewest strength sessions a week for an endurance goal"))},
        // Plan integrity (rules 5, 6)
        {u"duration.hiitMaxMin"_s, 60, 10, 600, u"min"_s, u"[H]; ACSM intensity classes"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest plausible HIIT session"))},
        {u"duration.moderateMaxMin"_s, 240, 10, 600, u"min"_s, u"[H]; ACSM intensity classes"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest plausible moderate cardio session"))},
        {u"duration.easyMaxMin"_s, 300, 10, 600, u"min"_s, u"[H]; ACSM intensity classes"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest plausible easy cardio session"))},
        {u"duration.strengthMaxMin"_s, 150, 10, 600, u"min"_s, u"[H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest plausible strength session"))},
        {u"rpe.easyMismatchMin"_s, 6, 0, 11, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "RPE from which easy cardio is reported as mismatched"))},
        {u"rpe.moderateMismatchMax"_s, 2, -1, 10, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "RPE up to which moderate cardio is reported as mismatched"))},
        {u"rpe.moderateMismatchMin"_s, 8, 0, 11, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "RPE from which moderate cardio is reported as mismatched"))},
        {u"rpe.hiitMismatchMax"_s, 5, -1, 10, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "RPE up to which HIIT is reported as mismatched"))},
        {u"rpe.heavyMismatchMax"_s, 4, -1, 10, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "RPE up to which heavy strength is reported as mismatched"))},
        {u"rpe.lightMismatchMin"_s, 8, 0, 11, u"RPE"_s, u"physiology.md 2.1 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "RPE from which light strength is reported as mismatched"))},
        // Cardio before and after lifting (rules 9–17)
        {u"split.minGapMin"_s, 360, 60, 1440, u"min"_s, u"000, 002; Robineau 2016"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Recommended gap between split cardio and lifting"))},
        {u"split.minModerateMin"_s, 30, 0, 240, u"min"_s, u"rules.md rule 11"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Shortest moderate cardio for the short-gap note"))},
        {u"beginner.intenseFirstGapMin"_s, 60, 0, 240, u"min"_s, u"000 (beginners)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Gap after intense cardio within which a beginner's lifting is flagged"))},
        {u"beginner.maxStrengthPerWeek"_s, 3, 1, 14, u"sessions"_s, u"000 (beginners); ACSM 2009"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Strength sessions in 7 days above which a beginner gets a note"))},
        {u"beginner.maxStrengthMin"_s, 60, 10, 300, u"min"_s, u"000 (beginners); ACSM 2009"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest strength session before a beginner gets a note"))},
        {u"endurance.orderGapMin"_s, 360, 0, 1440, u"min"_s, u"000, 001; Doma & Deakin 2013"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Gap under which lifting before key cardio is flagged for endurance"))},
        {u"endurance.keyModerateMin"_s, 45, 0, 300, u"min"_s, u"rules.md rule 13"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Shortest moderate cardio that counts as a key endurance session"))},
        {u"endurance.keyAnyMin"_s, 60, 0, 300, u"min"_s, u"rules.md rule 13"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Shortest cardio of any intensity that counts as a key endurance session"))},
        {u"endurance.doseCardioMin"_s, 45, 0, 300, u"min"_s, u"000 (endurance)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Shortest cardio after which lifting should stay short for endurance"))},
        {u"endurance.liftMaxMin"_s, 45, 10, 300, u"min"_s, u"000 (endurance)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest lifting after key cardio for endurance"))},
        {u"endurance.keyRunMin"_s, 60, 0, 300, u"min"_s, u"Doma & Deakin 2013"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Shortest run that counts as key cardio the day after heavy legs"))},
        {u"postLift.maxModerateMin"_s, 30, 5, 120, u"min"_s, u"000, 001; Wilson 2012"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest moderate cardio right after lifting"))},
        // Leg day (rules 18–24)
        {u"legs.sameDayGapWarnMin"_s, 480, 0, 1440, u"min"_s, u"Sporer & Wenger 2003"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Gap under which leg-loading cardio on heavy-leg day is a warning"))},
        {u"legs.minCardioMin"_s, 10, 1, 60, u"min"_s, u"rules.md rule 18"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Shortest leg-loading cardio reported on heavy-leg day"))},
        {u"legs.hiitBeforeMinGapMin"_s, 720, 0, 2880, u"min"_s, u"rules.md rule 23"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Smallest gap for the HIIT-before-heavy-legs note (below: leg-day rules)"))},
        {u"legs.hiitBeforeMaxGapMin"_s, 2160, 0, 4320, u"min"_s, u"Sporer & Wenger 2003"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Largest gap for the note after cycling, rowing, elliptical or walking HIIT"))},
        {u"legs.hiitBeforeEccentricMaxGapMin"_s, 2880, 0, 5760, u"min"_s, u"Stanley 2013; Doma 2017"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Largest gap for the note after running, jumping or stair HIIT"))},
        {u"legs.keyCardioMinGapMin"_s, 720, 0, 2880, u"min"_s, u"Doma & Deakin 2013"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Smallest gap for the note on heavy legs before key cardio"))},
        {u"legs.keyCardioMaxGapMin"_s, 1440, 0, 4320, u"min"_s, u"Doma & Deakin 2013; Doma 2017"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Largest gap for the note on heavy legs before key cardio"))},
        // HIIT dose (rules 26–29)
        {u"hiit.minDurationMin"_s, 10, 1, 60, u"min"_s, u"rules.md (counting rules)"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Shortest HIIT that counts for dose rules"))},
        {u"hiit.clusterCount"_s, 3, 2, 14, u"sessions"_s, u"rules.md rule 27"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "HIIT sessions that, within the cluster span, give a warning"))},
        {u"hiit.clusterSpanMin"_s, 4320, 0, 20160, u"min"_s, u"rules.md rule 27"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Span of start times within which clustered HIIT gives a warning"))},
        {u"hiit.maxPerWeek"_s, 3, 1, 14, u"sessions"_s, u"000; Wilson 2012"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "HIIT sessions in 7 days above which a warning is given"))},
        {u"hiit.heavyStreakDays"_s, 3, 2, 14, u"days"_s, u"000 FAQ"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Consecutive days with HIIT and heavy lifting that give a warning"))},
        // Weekly structure (rules 31–36)
        {u"cardio.minCountedMin"_s, 10, 1, 60, u"min"_s, u"rules.md rule 31"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Shortest hard cardio counted per week"))},
        {u"cardio.maxHardPerWeek"_s, 3, 1, 14, u"sessions"_s, u"000; Wilson 2012"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Hard cardio sessions in 7 days above which a note is given"))},
        {u"cardio.maxHardMin"_s, 30, 5, 240, u"min"_s, u"000; Wilson 2012"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Longest hard cardio session for muscle or strength goals"))},
        {u"lifting.minPerWeek"_s, 2, 0, 14, u"sessions"_s, u"000; ACSM 2009"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Fewest strength sessions in 7 days without a note"))},
        {u"lifting.maxPerWeek"_s, 4, 1, 14, u"sessions"_s, u"000; ACSM 2009"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Strength sessions in 7 days above which, with much hard cardio, a note is given"))},
        {u"volume.maxHardCardioMin"_s, 240, 0, 2000, u"min"_s, u"000"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Hard cardio minutes in 7 days above which lifting volume should drop"))},
        {u"volume.minStrength"_s, 3, 1, 14, u"sessions"_s, u"000"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Strength sessions in 7 days that, with high cardio volume, give a note"))},
        {u"volume.minHeavy"_s, 2, 0, 14, u"sessions"_s, u"000"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Heavy strength sessions among them that give the note"))},
        {u"aerobic.minWeeklyMin"_s, 150, 0, 600, u"min"_s, u"WHO 2020"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Weekly moderate-equivalent minutes suggested by health guidelines"))},
        {u"aerobic.moderateMet"_s, 3.0, 1, 20, u"MET"_s, u"WHO 2020; Compendium"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "MET from which cardio minutes count as moderate activity"))},
        {u"aerobic.vigorousMet"_s, 6.0, 1, 20, u"MET"_s, u"WHO 2020; Compendium"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "MET from which cardio minutes count double (vigorous)"))},
        // Opt-in (rule 40)
        {u"cycle.lutealDays"_s, 14, 1, 28, u"days"_s, u"000; McNulty 2020"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Length of the estimated luteal phase at the end of the cycle"))},
        // Heart-rate zones and energy (docs/physiology.md 2.1, 2.4)
        {u"hr.tanakaIntercept"_s, 208, 150, 250, u"bpm"_s, u"Tanaka 2001"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "HRmax estimate: intercept of 208 − 0.7 × age"))},
        {u"hr.tanakaSlope"_s, 0.7, 0, 2, u"bpm/year"_s, u"Tanaka 2001"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "HRmax estimate: slope of 208 − 0.7 × age"))},
        {u"zones.easyMaxPct"_s, 60, 30, 90, u"% HRmax"_s, u"000 (Zone 1 50–60 %); ACSM classes"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Upper bound of easy cardio"))},
        {u"zones.moderateMaxPct"_s, 80, 40, 100, u"% HRmax"_s, u"000 (HIIT 80–95 %); ACSM classes"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Upper bound of moderate cardio (HIIT from here)"))},
        {u"epoc.moderate"_s, 0.06, 0, 0.5, u"× net kcal"_s, u"LaForgia 2006; Bahr 1987 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Afterburn after moderate cardio, as a share of net kcal"))},
        {u"epoc.hiit"_s, 0.15, 0, 0.5, u"× net kcal"_s, u"LaForgia 2006; Townsend 2013 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Afterburn after HIIT, as a share of net kcal"))},
        {u"epoc.strengthLight"_s, 0.03, 0, 0.5, u"× net kcal"_s, u"physiology.md 2.4 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Afterburn after light strength training"))},
        {u"epoc.strengthModerate"_s, 0.06, 0, 0.5, u"× net kcal"_s, u"physiology.md 2.4 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Afterburn after moderate strength training"))},
        {u"epoc.strengthHeavy"_s, 0.10, 0, 0.5, u"× net kcal"_s, u"physiology.md 2.4 [H]"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Afterburn after heavy strength training"))},
        // Auto-fixes and output limits (engine, not physiology)
        {u"autofix.snapMin"_s, 15, 1, 60, u"min"_s, u"rules.md rule 1"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Grid to which a session moved by an auto-fix is snapped (later, never earlier)"))},
        {u"findings.maxPerRule"_s, 50, 1, 100000, u"findings"_s, u"Engine"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Findings of one rule shown before the rest are summarised in one finding"))},
        {u"findings.maxPairNeighbours"_s, 64, 2, 100000, u"sessions"_s, u"Engine"_s,
         QStringLiteral(QT_TRANSLATE_NOOP("ordo::Settings", "Later sessions each session is paired with (bounds the cost of crowded plans)"))}
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

QString settingDescription(const SettingDefinition &definition)
{
    // The table holds the English text (marked with QT_TRANSLATE_NOOP); it is translated here,
    // when shown, so files and the command line's JSON keep the English words.
    return QCoreApplication::translate("ordo::Settings", definition.description.toUtf8().constData());
}

QString settingUnit(const SettingDefinition &definition)
{
    // Units in words are translated; "min", "h", "%", "RPE", "MET", "bpm" and "×" stay as they are.
    static const char *const wordUnits[] = {
        QT_TRANSLATE_NOOP("ordo::Settings", "days"),       QT_TRANSLATE_NOOP("ordo::Settings", "weeks"),
        QT_TRANSLATE_NOOP("ordo::Settings", "sessions"),   QT_TRANSLATE_NOOP("ordo::Settings", "findings"),
        QT_TRANSLATE_NOOP("ordo::Settings", "× net kcal"), QT_TRANSLATE_NOOP("ordo::Settings", "% HRmax"),
        QT_TRANSLATE_NOOP("ordo::Settings", "bpm/year"),
    };
    for (const char *word : wordUnits) {
        if (definition.unit == QString::fromUtf8(word))
            return QCoreApplication::translate("ordo::Settings", word);
    }
    return definition.unit;
}

QString settingLabel(const SettingDefinition &definition)
{
    // Load is RPE × minutes: named so, not by the abbreviation "AU".
    const QString unit = definition.unit == u"on/off"_s ? QString()
        : definition.unit == u"AU"_s ? QCoreApplication::translate("ordo::Settings", "RPE × min")
                                     : settingUnit(definition);
    const QString description = settingDescription(definition);
    if (unit.isEmpty())
        return description;
    return QCoreApplication::translate("ordo::Settings", "%1 (%2)").arg(description, unit);
}

QString settingSourceText(const SettingDefinition &definition)
{
    return readableSource(definition.source);
}

} // namespace ordo
