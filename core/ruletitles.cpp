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

} // namespace ordo
