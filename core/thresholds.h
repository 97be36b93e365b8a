// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QString>

// Every numeric threshold of the analysis, resolved once per analyze() call from the
// settings table (settingstable.cpp: default, unit, range, source) and the plan's
// analysis.thresholds overrides. Rule bodies read these fields, never literals.
namespace ordo {

// field name, setting name. The setting table is the single place for values and sources.
// clang-format off
#define ORDO_THRESHOLD_FIELDS(X) \
    X(ampkHiitMaxMin, "ampk.hiit.maxMin") \
    X(ampkHiitBaseMin, "ampk.hiit.baseMin") \
    X(ampkHiitPerMin, "ampk.hiit.perMin") \
    X(ampkHiitPeak, "ampk.hiit.peak") \
    X(ampkModerateBaseMin, "ampk.moderate.baseMin") \
    X(ampkModerateKneeMin, "ampk.moderate.kneeMin") \
    X(ampkModerateMaxMin, "ampk.moderate.maxMin") \
    X(ampkModeratePeak, "ampk.moderate.peak") \
    X(ampkVigorousMinRpe, "ampk.vigorous.minRpe") \
    X(ampkVigorousBaseMin, "ampk.vigorous.baseMin") \
    X(ampkVigorousMaxMin, "ampk.vigorous.maxMin") \
    X(ampkVigorousPeak, "ampk.vigorous.peak") \
    X(ampkRiseMin, "ampk.riseMin") \
    X(ampkEnduranceTrained, "ampk.enduranceTrained") \
    X(ampkTrainedPeakFactor, "ampk.trained.peakFactor") \
    X(ampkTrainedWindowFactor, "ampk.trained.windowFactor") \
    X(fatigueStrengthHeavyT90H, "fatigue.t90.strengthHeavyH") \
    X(fatigueStrengthModerateT90H, "fatigue.t90.strengthModerateH") \
    X(fatigueStrengthLightT90H, "fatigue.t90.strengthLightH") \
    X(fatigueHiitEccentricT90H, "fatigue.t90.hiitEccentricH") \
    X(fatigueHiitOtherT90H, "fatigue.t90.hiitOtherH") \
    X(fatigueModerateEccentricT90H, "fatigue.t90.moderateEccentricH") \
    X(fatigueModerateOtherT90H, "fatigue.t90.moderateOtherH") \
    X(fatigueEasyT90H, "fatigue.t90.easyH") \
    X(fatigueRefAU, "fatigue.refAU") \
    X(fatigueNotRecoveredPct, "fatigue.notRecoveredPct") \
    X(spacingBackToBackMaxStartGapMin, "spacing.backToBackMaxStartGapMin") \
    X(loadHighDayMinAU, "load.highDayMinAU") \
    X(loadHighDayFactor, "load.highDayFactor") \
    X(loadAtlDays, "load.atlDays") \
    X(loadCtlDays, "load.ctlDays") \
    X(loadConvergencePct, "load.convergencePct") \
    X(monotonyMax, "monotony.max") \
    X(monotonyMinWeekAU, "monotony.minWeekAU") \
    X(monotonyMinWeekShare, "monotony.minWeekShare") \
    X(acwrMinWeeks, "acwr.minWeeks") \
    X(acwrChronicWeeks, "acwr.chronicWeeks") \
    X(acwrInfoRatio, "acwr.infoRatio") \
    X(acwrWarnRatio, "acwr.warnRatio") \
    X(rampLookbackWeeks, "ramp.lookbackWeeks") \
    X(rampInfoPct, "ramp.infoPct") \
    X(rampWarnPct, "ramp.warnPct") \
    X(rampMinWeekAU, "ramp.minWeekAU") \
    X(lighterMaxRunWeeks, "lighter.maxRunWeeks") \
    X(lighterDropPct, "lighter.dropPct") \
    X(warmupMaxMin, "warmup.maxMin") \
    X(warmupMaxGapMin, "warmup.maxGapMin") \
    X(warmupLongMaxMin, "warmup.longMaxMin") \
    X(warmupHardMaxMin, "warmup.hardMaxMin") \
    X(activeRecoveryMinMin, "activeRecovery.minMin") \
    X(activeRecoveryMaxMin, "activeRecovery.maxMin") \
    X(activeRecoveryMaxStartGapMin, "activeRecovery.maxStartGapMin") \
    X(restMaxEasyMin, "rest.maxEasyMin") \
    X(restActiveMaxEasyMin, "rest.activeMaxEasyMin") \
    X(restMaxRunDays, "rest.maxRunDays") \
    X(restCriticalRunDays, "rest.criticalRunDays") \
    X(sameDayWindowMin, "sameDay.windowMin") \
    X(combinedMaxGapMin, "combined.maxGapMin") \
    X(combinedMaxSpanMin, "combined.maxSpanMin") \
    X(combinedCoolDownMaxMin, "combined.coolDownMaxMin") \
    X(explosiveMinGapMin, "explosive.minGapMin") \
    X(beginnerHiitInfoCount, "beginner.hiitInfoCount") \
    X(beginnerHiitWarnCount, "beginner.hiitWarnCount") \
    X(beginnerMaxHiitMin, "beginner.maxHiitMin") \
    X(legsLongEasyMin, "legs.longEasyMin") \
    X(liftingMinPerWeekEndurance, "lifting.minPerWeekEndurance") \
    X(durationHiitMaxMin, "duration.hiitMaxMin") \
    X(durationModerateMaxMin, "duration.moderateMaxMin") \
    X(durationEasyMaxMin, "duration.easyMaxMin") \
    X(durationStrengthMaxMin, "duration.strengthMaxMin") \
    X(rpeEasyMismatchMin, "rpe.easyMismatchMin") \
    X(rpeModerateMismatchMax, "rpe.moderateMismatchMax") \
    X(rpeModerateMismatchMin, "rpe.moderateMismatchMin") \
    X(rpeHiitMismatchMax, "rpe.hiitMismatchMax") \
    X(rpeHeavyMismatchMax, "rpe.heavyMismatchMax") \
    X(rpeLightMismatchMin, "rpe.lightMismatchMin") \
    X(splitMinGapMin, "split.minGapMin") \
    X(splitMinModerateMin, "split.minModerateMin") \
    X(beginnerIntenseFirstGapMin, "beginner.intenseFirstGapMin") \
    X(beginnerMaxStrengthPerWeek, "beginner.maxStrengthPerWeek") \
    X(beginnerMaxStrengthMin, "beginner.maxStrengthMin") \
    X(enduranceOrderGapMin, "endurance.orderGapMin") \
    X(enduranceKeyModerateMin, "endurance.keyModerateMin") \
    X(enduranceKeyAnyMin, "endurance.keyAnyMin") \
    X(enduranceDoseCardioMin, "endurance.doseCardioMin") \
    X(enduranceLiftMaxMin, "endurance.liftMaxMin") \
    X(enduranceKeyRunMin, "endurance.keyRunMin") \
    X(postLiftMaxModerateMin, "postLift.maxModerateMin") \
    X(legsSameDayGapWarnMin, "legs.sameDayGapWarnMin") \
    X(legsMinCardioMin, "legs.minCardioMin") \
    X(legsHiitBeforeMinGapMin, "legs.hiitBeforeMinGapMin") \
    X(legsHiitBeforeMaxGapMin, "legs.hiitBeforeMaxGapMin") \
    X(legsHiitBeforeEccentricMaxGapMin, "legs.hiitBeforeEccentricMaxGapMin") \
    X(legsKeyCardioMinGapMin, "legs.keyCardioMinGapMin") \
    X(legsKeyCardioMaxGapMin, "legs.keyCardioMaxGapMin") \
    X(hiitMinDurationMin, "hiit.minDurationMin") \
    X(hiitClusterCount, "hiit.clusterCount") \
    X(hiitClusterSpanMin, "hiit.clusterSpanMin") \
    X(hiitMaxPerWeek, "hiit.maxPerWeek") \
    X(hiitHeavyStreakDays, "hiit.heavyStreakDays") \
    X(cardioMinCountedMin, "cardio.minCountedMin") \
    X(cardioMaxHardPerWeek, "cardio.maxHardPerWeek") \
    X(cardioMaxHardMin, "cardio.maxHardMin") \
    X(liftingMinPerWeek, "lifting.minPerWeek") \
    X(liftingMaxPerWeek, "lifting.maxPerWeek") \
    X(volumeMaxHardCardioMin, "volume.maxHardCardioMin") \
    X(volumeMinStrength, "volume.minStrength") \
    X(volumeMinHeavy, "volume.minHeavy") \
    X(aerobicMinWeeklyMin, "aerobic.minWeeklyMin") \
    X(aerobicModerateMet, "aerobic.moderateMet") \
    X(aerobicVigorousMet, "aerobic.vigorousMet") \
    X(cycleLutealDays, "cycle.lutealDays") \
    X(hrTanakaIntercept, "hr.tanakaIntercept") \
    X(hrTanakaSlope, "hr.tanakaSlope") \
    X(zoneEasyMaxPct, "zones.easyMaxPct") \
    X(zoneModerateMaxPct, "zones.moderateMaxPct") \
    X(epocModerate, "epoc.moderate") \
    X(epocHiit, "epoc.hiit") \
    X(epocStrengthLight, "epoc.strengthLight") \
    X(epocStrengthModerate, "epoc.strengthModerate") \
    X(epocStrengthHeavy, "epoc.strengthHeavy") \
    X(autoFixSnapMin, "autofix.snapMin") \
    X(findingsMaxPerRule, "findings.maxPerRule") \
    X(findingsMaxPairNeighbours, "findings.maxPairNeighbours")
// clang-format on

struct Thresholds
{
#define ORDO_THRESHOLD_MEMBER(field, name) double field = 0;
    ORDO_THRESHOLD_FIELDS(ORDO_THRESHOLD_MEMBER)
#undef ORDO_THRESHOLD_MEMBER

    // The defaults of the settings table (built once).
    static const Thresholds &defaults();
    // Defaults with the plan's analysis.thresholds applied (unknown names are ignored:
    // plan I/O has already rejected them).
    static Thresholds forPlan(const Plan &plan);
    // Sets one value by setting name; false if the name is not a threshold.
    bool set(const QString &settingName, double value);
    // Setting names of every field, in declaration order (tests check they match the table).
    static QStringList settingNames();

    bool operator==(const Thresholds &) const = default;
};

} // namespace ordo
