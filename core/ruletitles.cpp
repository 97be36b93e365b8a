// SPDX-License-Identifier: GPL-3.0-or-later

#include "ruletitles.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ordo {

QString ruleTitle(const QString &ruleId)
{
    // Titles in the words of docs/rules.md, one per rule id.
    // clang-format off
    static const QHash<QString, const char *> titles = {
        { u"overlap"_s,                  QT_TRANSLATE_NOOP("ordo::RuleTitles", "Sessions overlap") },
        { u"duplicate"_s,                QT_TRANSLATE_NOOP("ordo::RuleTitles", "Same session twice") },
        { u"crosses-midnight"_s,         QT_TRANSLATE_NOOP("ordo::RuleTitles", "Runs past midnight") },
        { u"crosses-plan-end"_s,         QT_TRANSLATE_NOOP("ordo::RuleTitles", "Runs past the end of the plan") },
        { u"implausible-duration"_s,     QT_TRANSLATE_NOOP("ordo::RuleTitles", "Unusual duration") },
        { u"rpe-mismatch"_s,             QT_TRANSLATE_NOOP("ordo::RuleTitles", "Effort does not match intensity") },
        { u"warmup"_s,                   QT_TRANSLATE_NOOP("ordo::RuleTitles", "Warm-up before lifting") },
        { u"warmup-long"_s,              QT_TRANSLATE_NOOP("ordo::RuleTitles", "Long warm-up") },
        { u"warmup-too-hard"_s,          QT_TRANSLATE_NOOP("ordo::RuleTitles", "Warm-up too hard") },
        { u"ampk-window"_s,              QT_TRANSLATE_NOOP("ordo::RuleTitles", "Cardio right before lifting") },
        { u"split-gap"_s,                QT_TRANSLATE_NOOP("ordo::RuleTitles", "Short gap between cardio and lifting") },
        { u"beginner-intense-first"_s,   QT_TRANSLATE_NOOP("ordo::RuleTitles", "Hard cardio first for a beginner") },
        { u"endurance-order"_s,          QT_TRANSLATE_NOOP("ordo::RuleTitles", "Order for endurance") },
        { u"endurance-lift-dose"_s,      QT_TRANSLATE_NOOP("ordo::RuleTitles", "Lifting dose for endurance") },
        { u"post-lift-hiit"_s,           QT_TRANSLATE_NOOP("ordo::RuleTitles", "HIIT right after lifting") },
        { u"post-lift-long"_s,           QT_TRANSLATE_NOOP("ordo::RuleTitles", "Long cardio after lifting") },
        { u"combined-too-long"_s,        QT_TRANSLATE_NOOP("ordo::RuleTitles", "Combined session too long") },
        { u"leg-day-cardio"_s,           QT_TRANSLATE_NOOP("ordo::RuleTitles", "Leg-heavy cardio near leg day") },
        { u"leg-day-hiit"_s,             QT_TRANSLATE_NOOP("ordo::RuleTitles", "HIIT near leg day") },
        { u"leg-day-friendly"_s,         QT_TRANSLATE_NOOP("ordo::RuleTitles", "Leg-friendly cardio near leg day") },
        { u"rowing-after-legs"_s,        QT_TRANSLATE_NOOP("ordo::RuleTitles", "Rowing after leg day") },
        { u"active-recovery"_s,          QT_TRANSLATE_NOOP("ordo::RuleTitles", "Active recovery") },
        { u"hiit-before-legs"_s,         QT_TRANSLATE_NOOP("ordo::RuleTitles", "HIIT the day before legs") },
        { u"legs-before-key-cardio"_s,   QT_TRANSLATE_NOOP("ordo::RuleTitles", "Legs before a key cardio session") },
        { u"muscle-not-recovered"_s,     QT_TRANSLATE_NOOP("ordo::RuleTitles", "Muscles not recovered") },
        { u"double-hiit-day"_s,          QT_TRANSLATE_NOOP("ordo::RuleTitles", "Two HIIT sessions in a day") },
        { u"hiit-spacing"_s,             QT_TRANSLATE_NOOP("ordo::RuleTitles", "HIIT on back-to-back days") },
        { u"hiit-weekly"_s,              QT_TRANSLATE_NOOP("ordo::RuleTitles", "HIIT sessions per week") },
        { u"hiit-heavy-streak"_s,        QT_TRANSLATE_NOOP("ordo::RuleTitles", "Hard days in a row") },
        { u"no-rest-day"_s,              QT_TRANSLATE_NOOP("ordo::RuleTitles", "No rest day") },
        { u"cardio-frequency"_s,         QT_TRANSLATE_NOOP("ordo::RuleTitles", "Cardio sessions per week") },
        { u"cardio-duration"_s,          QT_TRANSLATE_NOOP("ordo::RuleTitles", "Long cardio session") },
        { u"lifting-frequency"_s,        QT_TRANSLATE_NOOP("ordo::RuleTitles", "Lifting sessions per week") },
        { u"endurance-volume-balance"_s, QT_TRANSLATE_NOOP("ordo::RuleTitles", "Lifting and cardio balance") },
        { u"aerobic-minimum"_s,          QT_TRANSLATE_NOOP("ordo::RuleTitles", "Weekly aerobic minimum") },
        { u"beginner-volume"_s,          QT_TRANSLATE_NOOP("ordo::RuleTitles", "Training volume for a beginner") },
        { u"high-load-day"_s,            QT_TRANSLATE_NOOP("ordo::RuleTitles", "High-load day") },
        { u"load-spike"_s,               QT_TRANSLATE_NOOP("ordo::RuleTitles", "Sudden rise in weekly load") },
        { u"monotony"_s,                 QT_TRANSLATE_NOOP("ordo::RuleTitles", "Same load every day") },
        { u"cycle-phase"_s,              QT_TRANSLATE_NOOP("ordo::RuleTitles", "Menstrual cycle phase") },
        { u"tip-pre-lift-fuel"_s,        QT_TRANSLATE_NOOP("ordo::RuleTitles", "Food before lifting") },
        { u"tip-fasted-cardio"_s,        QT_TRANSLATE_NOOP("ordo::RuleTitles", "Fasted cardio") },
        { u"tip-sleep"_s,                QT_TRANSLATE_NOOP("ordo::RuleTitles", "Sleep before hard days") },
        { u"upper-day-cardio"_s,         QT_TRANSLATE_NOOP("ordo::RuleTitles", "Arm-heavy cardio near upper-body day") },
        { u"beginner-hiit"_s,            QT_TRANSLATE_NOOP("ordo::RuleTitles", "HIIT for a beginner") },
        { u"legs-long-easy"_s,           QT_TRANSLATE_NOOP("ordo::RuleTitles", "Long easy cardio after leg day") },
        { u"explosive-after-cardio"_s,   QT_TRANSLATE_NOOP("ordo::RuleTitles", "Explosive work soon after cardio") },
        { u"outside-availability"_s,     QT_TRANSLATE_NOOP("ordo::RuleTitles", "Outside your available times") },
        { u"load-ramp"_s,                QT_TRANSLATE_NOOP("ordo::RuleTitles", "Steep rise in weekly load") },
        { u"no-lighter-week"_s,          QT_TRANSLATE_NOOP("ordo::RuleTitles", "No lighter week") },
    };
    // clang-format on
    const auto it = titles.constFind(ruleId);
    return it == titles.constEnd() ? QString() : QCoreApplication::translate("ordo::RuleTitles", *it);
}

QString ruleTitles(const QStringList &ruleIds)
{
    QStringList titles;
    for (const QString &id : ruleIds) {
        const QString title = ruleTitle(id);
        titles << (title.isEmpty() ? id : title);
    }
    return titles.join(u", "_s);
}

QString readableSource(const QString &source)
{
    QString text = source;
    const bool heuristic = text.contains(u"[H]"_s);
    text.remove(u"[H]"_s);
    QStringList parts;
    for (QString part : text.split(u';')) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        // The detail in parentheses after a note ("000 (endurance)") is kept.
        const qsizetype paren = part.indexOf(u'(');
        const QString detail = paren >= 0 ? part.mid(paren).trimmed() : QString();
        const QString head = paren >= 0 ? part.left(paren).trimmed() : part;
        const bool ownDocument = head.contains(u".md"_s);
        const bool note = head.size() >= 3 && head[0].isDigit() && head[1].isDigit() && head[2].isDigit()
            && (head.size() == 3 || !head[3].isDigit());
        QString words;
        if (head.startsWith(u"physiology.md"_s))
            words = QCoreApplication::translate("ordo::RuleTitles", "Ordo's physiology model");
        else if (ownDocument || head == u"Engine"_s)
            words = QCoreApplication::translate("ordo::RuleTitles", "Ordo's rule definitions");
        else if (note)
            words = QCoreApplication::translate("ordo::RuleTitles", "Ordo's research notes");
        else
            words = head;
        if (!detail.isEmpty() && !ownDocument)
            words += u' ' + detail;
        if (!words.isEmpty() && !parts.contains(words))
            parts.append(words);
    }
    if (heuristic)
        parts.append(QCoreApplication::translate("ordo::RuleTitles", "a value chosen for Ordo"));
    // Note numbers inside a detail ("001 (5–10 min)" after a comma) read as words too.
    static const QRegularExpression noteNumber(u"\\b0\\d\\d(_[0-9a-f]+\\.txt)?\\b"_s);
    return parts.join(u"; "_s).replace(
        noteNumber, QCoreApplication::translate("ordo::RuleTitles", "Ordo's research notes"));
}

QStringList ruleSettings(const QString &ruleId)
{
    // clang-format off
    static const QHash<QString, QStringList> settings = {
        { u"overlap"_s,                  { u"autofix.snapMin"_s } },
        { u"implausible-duration"_s,     { u"duration.hiitMaxMin"_s, u"duration.moderateMaxMin"_s, u"duration.easyMaxMin"_s, u"duration.strengthMaxMin"_s } },
        { u"rpe-mismatch"_s,             { u"rpe.easyMismatchMin"_s, u"rpe.hiitMismatchMax"_s, u"rpe.heavyMismatchMax"_s } },
        { u"warmup"_s,                   { u"warmup.maxMin"_s, u"warmup.maxGapMin"_s } },
        { u"warmup-long"_s,              { u"warmup.longMaxMin"_s } },
        { u"warmup-too-hard"_s,          { u"warmup.hardMaxMin"_s } },
        { u"ampk-window"_s,              { u"ampk.hiit.maxMin"_s, u"ampk.moderate.baseMin"_s } },
        { u"split-gap"_s,                { u"split.minGapMin"_s } },
        { u"beginner-intense-first"_s,   { u"beginner.intenseFirstGapMin"_s } },
        { u"endurance-order"_s,          { u"endurance.orderGapMin"_s } },
        { u"endurance-lift-dose"_s,      { u"endurance.liftMaxMin"_s } },
        { u"post-lift-hiit"_s,           { u"combined.maxGapMin"_s, u"split.minGapMin"_s } },
        { u"post-lift-long"_s,           { u"postLift.maxModerateMin"_s } },
        { u"combined-too-long"_s,        { u"combined.maxSpanMin"_s, u"combined.coolDownMaxMin"_s } },
        { u"leg-day-cardio"_s,           { u"legs.sameDayGapWarnMin"_s } },
        { u"leg-day-hiit"_s,             { u"sameDay.windowMin"_s } },
        { u"rowing-after-legs"_s,        { u"sameDay.windowMin"_s } },
        { u"active-recovery"_s,          { u"activeRecovery.minMin"_s, u"activeRecovery.maxMin"_s } },
        { u"hiit-before-legs"_s,         { u"legs.hiitBeforeMaxGapMin"_s, u"legs.hiitBeforeEccentricMaxGapMin"_s } },
        { u"legs-before-key-cardio"_s,   { u"legs.keyCardioMaxGapMin"_s } },
        { u"muscle-not-recovered"_s,     { u"fatigue.notRecoveredPct"_s, u"spacing.backToBackMaxStartGapMin"_s } },
        { u"double-hiit-day"_s,          { u"sameDay.windowMin"_s } },
        { u"hiit-spacing"_s,             { u"spacing.backToBackMaxStartGapMin"_s, u"hiit.clusterSpanMin"_s } },
        { u"hiit-weekly"_s,              { u"hiit.maxPerWeek"_s } },
        { u"hiit-heavy-streak"_s,        { u"hiit.heavyStreakDays"_s } },
        { u"no-rest-day"_s,              { u"rest.maxRunDays"_s, u"rest.activeMaxEasyMin"_s } },
        { u"cardio-frequency"_s,         { u"cardio.maxHardPerWeek"_s } },
        { u"cardio-duration"_s,          { u"cardio.maxHardMin"_s } },
        { u"lifting-frequency"_s,        { u"lifting.minPerWeek"_s, u"lifting.minPerWeekEndurance"_s } },
        { u"endurance-volume-balance"_s, { u"volume.maxHardCardioMin"_s } },
        { u"aerobic-minimum"_s,          { u"aerobic.minWeeklyMin"_s } },
        { u"beginner-volume"_s,          { u"beginner.maxStrengthPerWeek"_s, u"beginner.maxStrengthMin"_s } },
        { u"high-load-day"_s,            { u"load.highDayMinAU"_s, u"load.highDayFactor"_s } },
        { u"load-spike"_s,               { u"acwr.infoRatio"_s, u"acwr.warnRatio"_s } },
        { u"monotony"_s,                 { u"monotony.max"_s, u"monotony.minWeekAU"_s } },
        { u"cycle-phase"_s,              { u"cycle.lutealDays"_s } },
        { u"upper-day-cardio"_s,         { u"combined.maxGapMin"_s } },
        { u"beginner-hiit"_s,            { u"beginner.hiitWarnCount"_s, u"beginner.maxHiitMin"_s } },
        { u"legs-long-easy"_s,           { u"legs.longEasyMin"_s } },
        { u"explosive-after-cardio"_s,   { u"explosive.minGapMin"_s } },
        { u"load-ramp"_s,                { u"ramp.infoPct"_s, u"ramp.warnPct"_s, u"ramp.lookbackWeeks"_s, u"ramp.minWeekAU"_s } },
        { u"no-lighter-week"_s,          { u"lighter.maxRunWeeks"_s, u"lighter.dropPct"_s } },
    };
    // clang-format on
    return settings.value(ruleId);
}

QString evidenceSentence(const QString &grade)
{
    if (grade == u"A")
        return QCoreApplication::translate("ordo::RuleTitles",
                                           "The advice rests on meta-analyses and systematic reviews.");
    if (grade == u"B")
        return QCoreApplication::translate("ordo::RuleTitles", "The advice rests on controlled studies.");
    if (grade == u"C")
        return QCoreApplication::translate(
            "ordo::RuleTitles",
            "The advice rests on the articles and coaching practice; no trial has "
            "tested it directly.");
    if (grade == u"A/B")
        return QCoreApplication::translate(
            "ordo::RuleTitles",
            "The advice rests on meta-analyses and controlled studies; the exact "
            "times are estimates.");
    if (grade == u"A/C" || grade == u"B/C")
        return QCoreApplication::translate(
            "ordo::RuleTitles",
            "The direction of the advice comes from studies; its exact limits come "
            "from the articles and coaching practice.");
    if (grade == u"H")
        return QCoreApplication::translate("ordo::RuleTitles",
                                           "The limit is Ordo's own estimate, not a study's.");
    return QCoreApplication::translate("ordo::RuleTitles", "This is a check of the plan itself.");
}

} // namespace ordo
