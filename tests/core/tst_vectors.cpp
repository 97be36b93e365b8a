// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "autofix.h"
#include "physiology.h"
#include "tst_analysis_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;
using ordo::test::makePlan;

// The public examples T1–T44 of docs/rules.md (revision 2), one data row per plan and variant.
// A row gives the plan in the notation of tst_analysis_support.h, the profile options, and the
// findings it must produce: rule, severity, the sessions named, the "also:" list, words the
// message and the fix must contain and the auto-fix. Rules of the weekly structure (30–39) are
// checked only where the row lists them; "exclusive" rows allow no other finding.
namespace {

// "rule|severity|sessions|related|message words|fix words|autofix". Empty parts are not checked;
// "-" in related means none; autofix: "none", "swap", "move", "delete", "changeIntensity",
// "setDuration:30". Several words are separated by "&&".
struct Expected
{
    QString rule, severity, sessions, related, message, fix, autoFix;
};

Expected parse(const QString &text)
{
    const QStringList p = text.split(u'|');
    return { p.value(0), p.value(1), p.value(2), p.value(3), p.value(4), p.value(5), p.value(6) };
}

// Profile options: "beg", "adv", "F", "repeat", "weeks=2", "kg=64", "cycle=0:thu:28".
Plan makeVectorPlan(const QString &goal, const QString &options, const QString &sessions)
{
    const QStringList opts = options.split(u' ', Qt::SkipEmptyParts);
    Experience level = Experience::Intermediate;
    bool repeat = false;
    int weeks = 1;
    for (const QString &o : opts) {
        if (o == u"beg")
            level = Experience::Beginner;
        else if (o == u"adv")
            level = Experience::Advanced;
        else if (o == u"repeat")
            repeat = true;
        else if (o.startsWith(u"weeks="))
            weeks = o.mid(6).toInt();
    }
    Plan p = makePlan(goal, sessions, repeat, weeks, level);
    for (const QString &o : opts) {
        if (o == u"F")
            p.profile.sex = Sex::Female;
        else if (o.startsWith(u"kg="))
            p.profile.bodyMassKg = o.mid(3).toDouble();
        else if (o.startsWith(u"cycle=")) {
            const QStringList c = o.mid(6).split(u':');
            CycleSettings cycle;
            cycle.firstWeek = c.value(0).toInt();
            cycle.firstDay = *fromId<Day>(c.value(1));
            cycle.lengthDays = c.value(2).toInt();
            p.profile.cycle = cycle;
        }
    }
    return p;
}

bool isWeeklyRule(const QString &id)
{
    static const QStringList weekly = { u"no-rest-day"_s,
                                        u"cardio-frequency"_s,
                                        u"cardio-duration"_s,
                                        u"lifting-frequency"_s,
                                        u"endurance-volume-balance"_s,
                                        u"aerobic-minimum"_s,
                                        u"beginner-volume"_s,
                                        u"high-load-day"_s,
                                        u"load-spike"_s,
                                        u"monotony"_s };
    return weekly.contains(id);
}

QString autoFixText(const Finding &f)
{
    if (!f.autoFix)
        return u"none"_s;
    switch (f.autoFix->type) {
    case AutoFix::Type::Move:
        return u"move"_s;
    case AutoFix::Type::Swap:
        return u"swap"_s;
    case AutoFix::Type::Delete:
        return u"delete"_s;
    case AutoFix::Type::ChangeIntensity:
        return u"changeIntensity"_s;
    case AutoFix::Type::SetDuration:
        return u"setDuration:%1"_s.arg(f.autoFix->newDurationMin);
    }
    return {};
}

QString describe(const Finding &f)
{
    return f.rule + u'|' + toId(f.severity) + u'|' + f.sessions.join(u',') + u'|'
        + (f.related.isEmpty() ? u"-"_s : f.related.join(u',')) + u" «"_s + f.message + u"» fix «"_s + f.fix
        + u"» "_s + autoFixText(f);
}

bool containsAll(const QString &text, const QString &words)
{
    if (words.isEmpty())
        return true;
    for (const QString &w : words.split(u"&&"_s)) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

bool matches(const Finding &f, const Expected &e)
{
    if (f.rule != e.rule || (!e.severity.isEmpty() && toId(f.severity) != e.severity))
        return false;
    if (!e.sessions.isEmpty() && f.sessions.join(u',') != e.sessions)
        return false;
    if (!e.related.isEmpty()
        && (e.related == u"-" ? !f.related.isEmpty() : f.related.join(u',') != e.related))
        return false;
    if (!containsAll(f.message, e.message) || !containsAll(f.fix, e.fix))
        return false;
    return e.autoFix.isEmpty() || autoFixText(f) == e.autoFix;
}

} // namespace

class TestVectors : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("sessions");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent"); // rule ids that must be neither a finding nor related
        QTest::addColumn<bool>("exclusive");
        const QString mg = u"muscle_growth"_s, st = u"strength"_s, fl = u"fat_loss"_s, en = u"endurance"_s,
                      gf = u"general_fitness"_s;
        const auto row
            = [](const char *name, const QString &goal, const QString &options, const QString &sessions,
                 const QStringList &expected, const QStringList &absent, bool exclusive) {
                  QTest::newRow(name) << goal << options << sessions << expected << absent << exclusive;
              };
        // clang-format off
        row("T1", mg, u""_s, u"Mon 17:45 walking easy 15; Mon 18:00 strength upper heavy 60"_s,
            { u"warmup|info|s1|-|Warm-up"_s }, { u"ampk-window"_s }, true);
        row("T2", mg, u""_s, u"Mon 17:30 walking easy 25; Mon 18:00 strength upper heavy 60"_s,
            { u"warmup-long|info|s1"_s, u"combined-too-long|info|s1,s2|-|1 h 30 min"_s }, { u"ampk-window"_s }, true);
        row("T3", mg, u""_s, u"Mon 06:20 cycling hiit 25 rpe=9; Mon 07:45 strength upper heavy 60"_s,
            { u"ampk-window|info|s1,s2|-|until Mon 10:45 (4 h)&&smaller for an upper-body session|Mon 10:45 or later|swap"_s },
            {}, true);
        row("T4 ST", st, u""_s, u"Tue 06:00 running moderate 30; Tue 06:45 strength upper heavy 60"_s,
            { u"ampk-window|info|s1,s2|combined-too-long|until Tue 07:30 (1 h)&&lasts 1 h 45 min"_s }, {}, true);
        row("T4 FL", fl, u""_s, u"Tue 06:00 running moderate 30; Tue 06:45 strength upper heavy 60"_s,
            { u"combined-too-long|info|s1,s2|-|1 h 45 min"_s }, { u"ampk-window"_s }, true);
        row("T4 Beg MG", mg, u"beg"_s, u"Tue 06:00 running moderate 30; Tue 06:45 strength upper heavy 60"_s,
            { u"combined-too-long|info|s1,s2|-|1 h 45 min"_s }, { u"ampk-window"_s }, true);
        row("T4 EN", en, u""_s, u"Tue 06:00 running moderate 30; Tue 06:45 strength upper heavy 60"_s,
            { u"combined-too-long|info|s1,s2"_s }, { u"ampk-window"_s }, true);
        row("T5", mg, u""_s, u"Mon 20:00 running hiit 30; Tue 07:00 strength lower heavy 60"_s,
            { u"leg-day-hiit|warning|s1,s2|-"_s }, { u"ampk-window"_s, u"muscle-not-recovered"_s }, true);
        row("T6 MG", mg, u""_s, u"Mon 18:00 cycling hiit 25; Tue 17:00 strength lower heavy 60"_s,
            { u"hiit-before-legs|info|s1,s2|-|22 h 35 min"_s }, {}, true);
        row("T6 GF", gf, u""_s, u"Mon 18:00 cycling hiit 25; Tue 17:00 strength lower heavy 60"_s, {}, {}, true);
        row("T7", st, u""_s, u"Wed 06:00 running moderate 40; Wed 18:00 strength lower heavy 60"_s,
            { u"leg-day-cardio|info|s1,s2|cardio-duration|11 h 20 min&&At 40 min it is also longer"_s },
            { u"ampk-window"_s, u"split-gap"_s }, true);
        row("T8", st, u""_s, u"Wed 10:00 running moderate 40; Wed 14:40 strength lower heavy 60"_s,
            { u"leg-day-cardio|warning|s1,s2|split-gap,cardio-duration|4 h apart"_s }, {}, true);
        row("T9 FL", fl, u""_s, u"Thu 18:00 strength upper heavy 60; Thu 19:05 rowing hiit 20"_s,
            { u"upper-day-cardio|info|s1,s2|post-lift-hiit,combined-too-long|right after it&&lasts 1 h 25 min"_s }, {}, true);
        row("T9 MG", mg, u""_s, u"Thu 18:00 strength upper heavy 60; Thu 19:05 rowing hiit 20"_s,
            { u"upper-day-cardio|warning|s1,s2|post-lift-hiit,combined-too-long|HIIT next to lifting"_s }, {}, true);
        row("T9 FL lower", fl, u""_s, u"Thu 18:00 strength lower heavy 60; Thu 19:05 rowing hiit 20"_s,
            { u"leg-day-hiit|warning|s1,s2|combined-too-long"_s }, {}, true);
        row("T10", fl, u""_s, u"Mon 07:00 strength lower heavy 60; Mon 08:00 walking easy 20"_s,
            { u"active-recovery|info|s1,s2|leg-day-friendly"_s }, { u"leg-day-cardio"_s, u"combined-too-long"_s }, true);
        row("T11", gf, u""_s, u"Sat 08:00 running hiit 25; Sat 17:00 cycling hiit 25"_s,
            { u"double-hiit-day|warning|s1,s2"_s }, {}, true);
        row("T11 heavy legs", gf, u""_s,
            u"Sat 08:00 running hiit 25; Sat 17:00 cycling hiit 25; Sat 10:00 strength lower heavy 60"_s,
            { u"double-hiit-day|critical"_s, u"leg-day-hiit|warning|s1,s3|ampk-window|Leg-loading HIIT"_s,
              u"leg-day-hiit|warning|s3,s2|-"_s },
            {}, true);
        row("T12 repeat", mg, u"repeat"_s,
            u"Mon 07:00 strength upper light 30; Tue 07:00 strength upper light 30; Wed 07:00 strength upper light 30; "
            u"Thu 07:00 strength upper light 30; Fri 07:00 strength upper light 30; Sat 07:00 strength upper light 30; "
            u"Sun 07:00 strength upper light 30"_s,
            { u"no-rest-day|critical|||never a day off"_s }, { u"monotony"_s, u"muscle-not-recovered"_s }, true);
        row("T12 one-off", mg, u""_s,
            u"Mon 07:00 strength upper light 30; Tue 07:00 strength upper light 30; Wed 07:00 strength upper light 30; "
            u"Thu 07:00 strength upper light 30; Fri 07:00 strength upper light 30; Sat 07:00 strength upper light 30; "
            u"Sun 07:00 strength upper light 30"_s,
            { u"no-rest-day|warning|||7 days in a row"_s }, { u"monotony"_s, u"muscle-not-recovered"_s }, true);
        row("T13", gf, u""_s, u"Mon 18:00 strength full moderate 60; Mon 18:45 cycling moderate 30"_s,
            { u"overlap|critical|s1,s2||15 min|Mon 19:00|move"_s }, {}, false);
        row("T14", gf, u""_s, u"Tue 07:00 strength lower heavy 60 id=s4; Tue 07:00 strength lower heavy 45 id=s9"_s,
            { u"duplicate|critical|s4,s9|||Delete one|delete"_s }, { u"overlap"_s }, true);
        row("T15", gf, u""_s, u"Fri 23:30 running moderate 60"_s,
            { u"crosses-midnight|info|s1||30 min on Fri, 30 min on Sat"_s }, {}, true);
        row("T16 one session", mg, u""_s, u"Mon 07:00 strength lower heavy 60"_s, {}, { u"high-load-day"_s }, true);
        row("T16 Tue", mg, u""_s, u"Mon 07:00 strength lower heavy 60; Tue 07:00 strength lower heavy 60"_s,
            { u"muscle-not-recovered|warning|s1,s2|-|yesterday&&48 %|Wed 07:00 or later"_s }, {}, true);
        row("T16 Wed 07:00", mg, u""_s, u"Mon 07:00 strength lower heavy 60; Wed 07:00 strength lower heavy 60"_s,
            {}, { u"muscle-not-recovered"_s }, true);
        row("T16 Wed 09:00", mg, u""_s, u"Mon 07:00 strength lower heavy 60; Wed 09:00 strength lower heavy 60"_s,
            {}, { u"muscle-not-recovered"_s }, true);
        row("T17", fl, u"beg"_s, u"Mon 18:00 jumping hiit 10; Mon 18:12 strength full moderate 45"_s,
            { u"beginner-intense-first|warning|s1,s2|ampk-window,warmup-too-hard|about form, not about interference"_s },
            { u"leg-day-hiit"_s, u"leg-day-cardio"_s }, true);
        row("T18", en, u""_s, u"Tue 17:00 strength lower heavy 45; Tue 17:50 running hiit 30"_s,
            { u"leg-day-hiit|warning|s1,s2|endurance-order"_s }, {}, true);
        row("T19", mg, u""_s,
            u"Mon 18:00 cycling hiit 20; Tue 18:00 cycling hiit 20; Wed 18:00 cycling hiit 20; Sat 18:00 cycling hiit 20"_s,
            { u"hiit-weekly|warning|s1,s2,s3,s4"_s, u"hiit-spacing|warning|s1,s2,s3|-|3 HIIT sessions within 48 h"_s },
            {}, true);
        row("T22", mg, u"repeat"_s,
            u"Mon 18:00 strength full heavy 60; Wed 18:00 strength full heavy 60; Fri 18:00 strength full heavy 60"_s,
            {}, { u"muscle-not-recovered"_s, u"high-load-day"_s, u"monotony"_s, u"no-rest-day"_s }, true);
        row("T23", st, u""_s, u"Mon 07:00 strength lower heavy 60; Tue 18:00 strength lower heavy 60"_s,
            { u"muscle-not-recovered|warning|s1,s2|-|yesterday&&Mon 07:00|Wed 18:00 or later"_s }, {}, true);
        row("T23 37 h", st, u""_s, u"Mon 18:00 strength lower heavy 60; Wed 07:00 strength lower heavy 60"_s, {},
            { u"muscle-not-recovered"_s }, true);
        row("T23 full then core", st, u""_s, u"Mon 18:00 strength full heavy 60; Tue 18:00 strength core heavy 60"_s,
            {}, { u"muscle-not-recovered"_s }, true);
        row("T24", mg, u""_s,
            u"Mon 07:00 strength lower heavy 60; Tue 18:00 running hiit 30 rpe=9; Wed 09:00 strength lower heavy 60"_s,
            { u"muscle-not-recovered|warning|s2,s3|hiit-before-legs|still about 51 %&&(Tue) and&&(Mon)&&100 % = legs"_s },
            { u"leg-day-hiit"_s }, true);
        row("T24 upper", mg, u""_s,
            u"Mon 07:00 strength lower heavy 60; Tue 18:00 running hiit 30 rpe=9; Wed 09:00 strength upper heavy 60"_s,
            {}, { u"muscle-not-recovered"_s }, true);
        row("T24 easy ride", mg, u""_s,
            u"Mon 07:00 strength lower heavy 60; Tue 18:00 running hiit 30 rpe=9; Wed 09:00 strength lower heavy 60; "
            u"Tue 18:45 cycling easy 120"_s,
            { u"muscle-not-recovered|warning|s2,s3|hiit-before-legs|still about 51 %"_s }, {}, false);
        row("T24 easy run", mg, u""_s,
            u"Mon 07:00 strength lower heavy 60; Tue 18:00 running hiit 30 rpe=9; Wed 09:00 strength lower heavy 60; "
            u"Tue 18:45 running easy 120"_s,
            { u"muscle-not-recovered|warning|||still about 54 %"_s }, {}, false);
        row("T25", mg, u""_s, u"Mon 06:00 cycling easy 90; Mon 08:05 strength lower heavy 60"_s, {},
            { u"muscle-not-recovered"_s, u"leg-day-cardio"_s, u"leg-day-friendly"_s, u"legs-long-easy"_s,
              u"combined-too-long"_s },
            true);
        row("T26", mg, u"repeat"_s, u"Mon 18:00 cycling hiit 20; Wed 18:00 cycling hiit 20; Fri 18:00 cycling hiit 20"_s,
            { u"hiit-weekly|info|||leave little time to recover"_s }, { u"hiit-spacing"_s }, true);
        row("T26 Tue", mg, u"repeat"_s, u"Mon 18:00 cycling hiit 20; Tue 18:00 cycling hiit 20; Fri 18:00 cycling hiit 20"_s,
            { u"hiit-weekly|info"_s, u"hiit-spacing|info|s1,s2|-|back-to-back days (Mon and Tue, 24 h apart)"_s }, {}, true);
        row("T27 08:10", mg, u""_s, u"Mon 07:00 strength upper heavy 60; Mon 08:10 cycling hiit 20"_s,
            { u"post-lift-hiit|warning|s1,s2|combined-too-long|lasts 1 h 30 min||changeIntensity"_s },
            { u"upper-day-cardio"_s }, true);
        row("T27 08:45", mg, u""_s, u"Mon 07:00 strength upper heavy 60; Mon 08:45 cycling hiit 20"_s,
            { u"post-lift-hiit|info|s1,s2|-|starts 45 min after||none"_s }, {}, true);
        row("T27 13:45", mg, u""_s, u"Mon 07:00 strength upper heavy 60; Mon 13:45 cycling hiit 20"_s,
            { u"post-lift-hiit|info|s1,s2|-|5 h 45 min|Mon 14:00 or later|none"_s }, {}, true);
        row("T27 14:00", mg, u""_s, u"Mon 07:00 strength upper heavy 60; Mon 14:00 cycling hiit 20"_s, {},
            { u"post-lift-hiit"_s }, true);
        row("T27 FL 08:10", fl, u""_s, u"Mon 07:00 strength upper heavy 60; Mon 08:10 cycling hiit 20"_s,
            { u"post-lift-hiit|info|s1,s2|combined-too-long|recommends it for fat loss"_s }, {}, true);
        row("T27 FL 08:45", fl, u""_s, u"Mon 07:00 strength upper heavy 60; Mon 08:45 cycling hiit 20"_s, {},
            { u"post-lift-hiit"_s }, true);
        row("T27 EN 08:10", en, u""_s, u"Mon 07:00 strength upper heavy 60; Mon 08:10 cycling hiit 20"_s,
            { u"endurance-order|warning|s1,s2|combined-too-long"_s }, { u"post-lift-hiit"_s, u"upper-day-cardio"_s }, true);
        row("T28", en, u""_s, u"Tue 06:30 running hiit 40; Tue 07:15 strength full moderate 35"_s, {},
            { u"ampk-window"_s, u"endurance-lift-dose"_s, u"muscle-not-recovered"_s, u"combined-too-long"_s }, true);
        row("T28 heavy upper", en, u""_s, u"Tue 06:30 running hiit 40; Tue 07:15 strength upper heavy 45"_s,
            { u"endurance-lift-dose|info|s1,s2|combined-too-long|start it after Tue 11:10|Tue 11:10 or later|none"_s },
            { u"ampk-window"_s }, true);
        row("T29", mg, u""_s, u"Mon 17:00 strength upper heavy 45; Mon 17:50 arm_ergometer moderate 30"_s,
            { u"upper-day-cardio|info|s1,s2|-"_s }, { u"combined-too-long"_s, u"post-lift-long"_s }, true);
        row("T29 rowing hiit", mg, u""_s, u"Mon 17:00 strength upper heavy 45; Mon 17:50 rowing hiit 20"_s,
            { u"upper-day-cardio|warning|s1,s2|post-lift-hiit"_s }, {}, true);
        row("T29 GF", gf, u""_s, u"Mon 17:00 strength upper heavy 45; Mon 17:50 arm_ergometer moderate 30"_s, {},
            { u"upper-day-cardio"_s }, true);
        row("T29 easy", mg, u""_s, u"Mon 17:00 strength upper heavy 45; Mon 17:50 arm_ergometer easy 30"_s, {},
            { u"upper-day-cardio"_s }, true);
        row("T30", mg, u""_s, u"Mon 17:00 strength lower heavy 60; Mon 18:05 walking easy 45"_s,
            { u"legs-long-easy|info|s1,s2|combined-too-long|45 min of easy walking&&lasts 1 h 50 min||setDuration:20"_s },
            { u"active-recovery"_s, u"leg-day-friendly"_s }, true);
        row("T30 FL", fl, u""_s, u"Mon 17:00 strength lower heavy 60; Mon 18:05 walking easy 45"_s,
            { u"combined-too-long|info|s1,s2"_s }, { u"legs-long-easy"_s }, true);
        row("T30 20 min", mg, u""_s, u"Mon 17:00 strength lower heavy 60; Mon 18:05 walking easy 20"_s,
            { u"active-recovery|info|s1,s2|leg-day-friendly"_s }, { u"combined-too-long"_s }, true);
        row("T31", gf, u"beg repeat"_s,
            u"Mon 18:00 strength full moderate 45; Thu 18:00 strength full moderate 45; Tue 18:00 cycling hiit 20; "
            u"Fri 18:00 running hiit 25; Sun 10:00 jumping hiit 15; Wed 12:30 walking easy 30; Sat 12:30 walking easy 30"_s,
            { u"beginner-hiit|warning||beginner-hiit|3 HIIT sessions in 7 days&&alone is 25 min"_s },
            { u"hiit-weekly"_s, u"hiit-spacing"_s, u"beginner-intense-first"_s, u"no-rest-day"_s, u"aerobic-minimum"_s,
              u"lifting-frequency"_s },
            true);
        row("T31 two", gf, u"beg repeat"_s,
            u"Mon 18:00 strength full moderate 45; Thu 18:00 strength full moderate 45; Tue 18:00 cycling hiit 20; "
            u"Fri 18:00 running hiit 20; Sun 10:00 jumping moderate 15; Wed 12:30 walking easy 30; Sat 12:30 walking easy 30"_s,
            { u"beginner-hiit|info||-|2 HIIT sessions"_s }, { u"hiit-weekly"_s }, false);
        row("T32", st, u""_s, u"Tue 07:00 cycling moderate 30; Tue 09:00 strength lower moderate 45 explosive"_s,
            { u"explosive-after-cardio|warning|s1,s2|split-gap|1 h 30 min after|Tue 10:30 or later"_s }, {}, true);
        row("T32 not explosive", st, u""_s, u"Tue 07:00 cycling moderate 30; Tue 09:00 strength lower moderate 45"_s,
            { u"split-gap|info|s1,s2"_s }, {}, true);
        row("T32 3 h", st, u""_s, u"Tue 05:30 cycling moderate 30; Tue 09:00 strength lower moderate 45 explosive"_s,
            { u"split-gap|info|s1,s2"_s }, { u"explosive-after-cardio"_s }, true);
        row("T32 EN", en, u""_s, u"Tue 07:00 cycling moderate 30; Tue 09:00 strength lower moderate 45 explosive"_s,
            { u"explosive-after-cardio|info|s1,s2"_s }, {}, false);
        row("T33 F hiit", st, u"F"_s, u"Tue 06:00 cycling hiit 20; Tue 08:00 strength lower moderate 60"_s,
            { u"ampk-window|info|s1,s2"_s }, {}, true);
        row("T33 hiit", st, u""_s, u"Tue 06:00 cycling hiit 20; Tue 08:00 strength lower moderate 60"_s,
            { u"ampk-window|warning|s1,s2"_s }, {}, true);
        row("T33 F moderate", st, u"F"_s, u"Tue 06:00 cycling moderate 30; Tue 07:15 strength lower moderate 60"_s,
            { u"ampk-window|info|s1,s2"_s }, {}, true);
        row("T33 moderate", st, u""_s, u"Tue 06:00 cycling moderate 30; Tue 07:15 strength lower moderate 60"_s,
            { u"ampk-window|warning|s1,s2"_s }, {}, true);
        row("T33 F 08:00", st, u"F"_s, u"Tue 06:00 cycling moderate 30; Tue 08:00 strength lower moderate 60"_s, {},
            { u"split-gap"_s, u"ampk-window"_s }, true);
        row("T33 08:00", st, u""_s, u"Tue 06:00 cycling moderate 30; Tue 08:00 strength lower moderate 60"_s,
            { u"split-gap|info|s1,s2"_s }, {}, true);
        row("T34", mg, u""_s, u"Mon 06:00 running hiit 20; Mon 08:00 strength upper heavy 60"_s,
            { u"ampk-window|info|s1,s2"_s }, {}, true);
        row("T34 rowing", mg, u""_s, u"Mon 06:00 rowing hiit 20; Mon 08:00 strength upper heavy 60"_s,
            { u"ampk-window|warning|s1,s2"_s }, {}, true);
        row("T35", en, u"repeat"_s,
            u"Mon 07:00 running easy 40; Tue 07:00 running hiit 40; Wed 18:00 strength full moderate 45; "
            u"Thu 07:00 running moderate 50; Sat 08:00 running moderate 90"_s,
            { u"lifting-frequency|info|s3||1 strength session&&For endurance, 2–3 short strength sessions"_s }, {}, false);
        row("T35 two lifts", en, u"repeat"_s,
            u"Mon 07:00 running easy 40; Tue 07:00 running hiit 40; Wed 18:00 strength full moderate 45; "
            u"Thu 07:00 running moderate 50; Sat 08:00 running moderate 90; Fri 18:00 strength upper moderate 40"_s,
            {}, { u"lifting-frequency"_s }, false);
        row("T36", gf, u"repeat"_s,
            u"Mon 18:00 strength full moderate 50; Wed 18:00 strength full moderate 50; Fri 18:00 strength full moderate 50; "
            u"Tue 07:00 running moderate 30; Sat 09:00 cycling moderate 45; Thu 12:30 walking easy 75; "
            u"Sun 10:00 walking easy 70; Sun 16:00 mobility 30"_s,
            {}, { u"no-rest-day"_s, u"monotony"_s }, false);
        row("T36 125 min", gf, u"repeat"_s,
            u"Mon 18:00 strength full moderate 50; Wed 18:00 strength full moderate 50; Fri 18:00 strength full moderate 50; "
            u"Tue 07:00 running moderate 30; Sat 09:00 cycling moderate 45; Thu 12:30 walking easy 125; "
            u"Sun 10:00 walking easy 125; Sun 16:00 mobility 30"_s,
            { u"no-rest-day|critical"_s }, {}, false);
        row("T37", mg, u"repeat"_s,
            u"Mon 18:00 strength upper moderate 45; Wed 18:00 strength lower moderate 45; Thu 18:00 cycling moderate 30; "
            u"Sat 08:00 cycling hiit 25 rpe=9; Sat 16:00 strength upper heavy 90"_s,
            { u"high-load-day|info|||Sat carries a training load of 945&&2.3×&&from 2 sessions|Tue"_s },
            { u"monotony"_s, u"ampk-window"_s, u"split-gap"_s }, false);
        row("T38", gf, u"weeks=2"_s,
            u"Mon 18:00 cycling moderate 60; Tue 18:00 cycling moderate 60; Wed 18:00 cycling moderate 60; "
            u"Thu 18:00 cycling moderate 60; Fri 18:00 cycling moderate 60; Sat 18:00 cycling moderate 60; "
            u"Mon 18:00 cycling moderate 30 w=1; Tue 18:00 cycling moderate 30 w=1; Wed 18:00 cycling moderate 30 w=1; "
            u"Thu 18:00 cycling moderate 30 w=1; Fri 18:00 cycling moderate 30 w=1; Sat 18:00 cycling moderate 30 w=1"_s,
            { u"monotony|info|||monotony 2.4"_s, u"lifting-frequency|info"_s },
            { u"no-rest-day"_s, u"high-load-day"_s, u"aerobic-minimum"_s, u"load-spike"_s }, false);
        row("T39", fl, u"F kg=64 repeat cycle=0:thu:28"_s,
            u"Wed 18:00 cycling hiit 20; Sat 09:00 cycling hiit 20; Mon 18:00 strength full moderate 45; "
            u"Thu 18:00 strength full moderate 45"_s,
            { u"cycle-phase|info||-|repeats every 7 days but your cycle is 28 days|4 weeks long"_s }, {}, false);
        row("T40", gf, u""_s, u"Sun 23:30 walking easy 45"_s,
            { u"crosses-plan-end|info|s1|crosses-midnight|runs 15 min past the end of the plan (midnight after Sun)"
              u"&&left out of the charts and totals"_s },
            {}, true);
        row("T40 repeat", gf, u"repeat"_s, u"Sun 23:30 walking easy 45"_s,
            { u"crosses-midnight|info|s1|-|30 min on Sun, 15 min on Mon"_s }, { u"crosses-plan-end"_s }, true);
        row("T41", st, u""_s,
            u"Tue 07:00 strength lower heavy 60; Tue 07:00 strength lower heavy 60; Thu 09:00 strength lower heavy 60"_s,
            { u"duplicate|critical|s1,s2"_s }, { u"muscle-not-recovered"_s, u"overlap"_s }, true);
        row("T42", fl, u""_s,
            u"Mon 17:20 walking easy 10; Mon 17:30 strength upper heavy 55; Mon 18:25 cycling moderate 35"_s,
            { u"warmup|info|s1"_s,
              u"post-lift-long|info|s2,s3|combined-too-long,cardio-duration|The whole session lasts 1 h 30 min&&At 35 min "
              u"it is also longer||setDuration:30"_s },
            {}, true);
        row("T42 ST", st, u"adv"_s, u"Mon 17:00 strength lower heavy 75; Mon 18:20 walking easy 15"_s,
            { u"active-recovery|info|s1,s2|leg-day-friendly"_s }, { u"combined-too-long"_s }, true);
        // docs/rules.md 3.10.8: the swap would put HIIT straight after lifting, so it is not offered.
        row("auto-fix never worse", mg, u""_s,
            u"Mon 05:00 cycling hiit 20; Mon 05:25 strength upper heavy 45; Mon 06:40 cycling moderate 45"_s,
            { u"ampk-window|info|s1,s2||||none"_s }, {}, false);
        // docs/rules.md 3.11.5: two sessions with one title are named with day and time.
        row("same titles", mg, u""_s,
            u"Mon 06:20 rowing hiit 25 title=Session; Mon 07:45 strength upper heavy 60 title=Session"_s,
            { u"ampk-window|warning|s1,s2|-|Session, Mon 07:45 starts 1 h after Session, Mon 06:20"_s }, {}, true);
        row("T44", en, u""_s, u"Sat 08:00 cycling moderate 300"_s,
            { u"implausible-duration|info|s1|-|5 h of moderate cardio is unusually long"_s }, {}, true);
        row("T44 GF", gf, u""_s, u"Sat 08:00 cycling moderate 300"_s,
            { u"implausible-duration|warning|s1|-|5 h of moderate cardio is unusually long"_s }, {}, true);
        // clang-format on
    }

    void vectors()
    {
        QFETCH(QString, goal);
        QFETCH(QString, options);
        QFETCH(QString, sessions);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        QFETCH(bool, exclusive);
        const Plan plan = makeVectorPlan(goal, options, sessions);
        Analysis a = analyze(plan);
        keepHelpfulFixes(plan, a); // the auto-fixes a user is offered (docs/rules.md 3.10.8)
        QStringList got;
        for (const Finding &f : a.findings)
            got << describe(f);
        const QString all = u"\n  "_s + got.join(u"\n  "_s);
        QList<bool> used(a.findings.size(), false);
        for (const QString &text : expected) {
            const Expected e = parse(text);
            bool found = false;
            for (int i = 0; i < a.findings.size() && !found; ++i) {
                if (!used[i] && matches(a.findings[i], e)) {
                    used[i] = true;
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(text + u" not in"_s + all));
        }
        for (const Finding &f : a.findings) {
            QVERIFY2(!absent.contains(f.rule), qPrintable(f.rule + u" unexpected in"_s + all));
            for (const QString &r : f.related)
                QVERIFY2(!absent.contains(r), qPrintable(r + u" unexpected in"_s + all));
        }
        if (exclusive) {
            for (int i = 0; i < a.findings.size(); ++i) {
                const Finding &f = a.findings[i];
                if (!used[i] && !isWeeklyRule(f.rule) && !f.hiddenByDefault)
                    QFAIL(qPrintable(u"extra finding "_s + got[i] + u" in"_s + all));
            }
        }
    }

    // T20: AMPK window lengths (docs/physiology.md 2.2).
    void t20Windows()
    {
        const Plan p = makePlan(
            u"general_fitness"_s,
            u"Mon 06:00 cycling moderate 20; Tue 06:00 cycling moderate 45; Wed 06:00 cycling moderate 90; "
            u"Thu 06:00 cycling hiit 10; Fri 06:00 cycling hiit 15; Sat 06:00 cycling hiit 25; "
            u"Sun 06:00 cycling easy 60"_s);
        const Thresholds t = Thresholds::forPlan(p);
        const QList<int> expected = { 60, 60, 105, 180, 210, 240, 0 };
        for (int i = 0; i < p.sessions.size(); ++i)
            QCOMPARE(physiology::ampkWindowMinutes(p.sessions[i], t), expected[i]);
    }

    // T21: kcal at 70 kg, rounded half away from zero.
    void t21Kcal()
    {
        const Plan p = makePlan(u"general_fitness"_s,
                                u"Mon 06:00 running moderate 45; Tue 06:00 running hiit 20; "
                                u"Wed 06:00 walking easy 20; Thu 06:00 strength full heavy 60"_s);
        const QList<double> expected = { 515, 219, 82, 420 };
        for (int i = 0; i < p.sessions.size(); ++i)
            QCOMPARE(std::round(physiology::sessionKcal(p.sessions[i], 70)), expected[i]);
    }

    // T14, T41: the later duplicate counts in no figure.
    void t41Figures()
    {
        const Plan p = makePlan(u"strength"_s,
                                u"Tue 07:00 strength lower heavy 60; Tue 07:00 strength lower heavy 60; "
                                u"Thu 09:00 strength lower heavy 60"_s);
        const Analysis a = analyze(p);
        QCOMPARE(a.days[1].load, 480.0);
        QCOMPARE(std::lround(a.days[1].kcal), 492L);
        QCOMPARE(a.summary.strengthSessions, 2);
    }

    // T39: with four repeating weeks the plan follows the cycle: notes per week, per session.
    void t39Aligned()
    {
        QString sessions;
        for (int w = 0; w < 4; ++w)
            sessions
                += u"Wed 18:00 cycling hiit 20 w=%1; Sat 09:00 cycling hiit 20 w=%1; "
                   u"Mon 18:00 strength full moderate 45 w=%1; Thu 18:00 strength full moderate 45 w=%1; "_s
                       .arg(w);
        sessions.chop(2);
        const Plan p = makeVectorPlan(u"fat_loss"_s, u"F kg=64 repeat weeks=4 cycle=0:thu:28"_s, sessions);
        const Analysis a = analyze(p);
        QStringList got;
        for (const Finding &f : a.findings) {
            if (f.rule == u"cycle-phase")
                got << u"%1:%2"_s.arg(f.week).arg(f.sessions.join(u','));
        }
        QCOMPARE(got, (QStringList { u"0:s1"_s, u"2:s10"_s, u"3:s13,s14"_s }));
    }

    // T16, T22, T24, T25: the region chart's figures at each lift (Analysis::liftFatigue), and
    // the finding quotes the same computation.
    void regionFigures_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<QString>("sessions");
        QTest::addColumn<QString>("lift");
        QTest::addColumn<double>("legs");
        QTest::addColumn<double>("upper");
        QTest::newRow("T16 Tue") << u"muscle_growth"_s << false
                                 << u"Mon 07:00 strength lower heavy 60; Tue 07:00 strength lower heavy 60"_s
                                 << u"s2"_s << 47.9 << -1.0;
        QTest::newRow("T22 Wed")
            << u"muscle_growth"_s << true
            << u"Mon 18:00 strength full heavy 60; Wed 18:00 strength full heavy 60; Fri 18:00 "
               u"strength full heavy 60"_s
            << u"s2"_s << 14.1 << 12.5;
        QTest::newRow("T22 Fri")
            << u"muscle_growth"_s << true
            << u"Mon 18:00 strength full heavy 60; Wed 18:00 strength full heavy 60; Fri 18:00 "
               u"strength full heavy 60"_s
            << u"s3"_s << 15.5 << -1.0;
        QTest::newRow("T22 Mon")
            << u"muscle_growth"_s << true
            << u"Mon 18:00 strength full heavy 60; Wed 18:00 strength full heavy 60; Fri 18:00 "
               u"strength full heavy 60"_s
            << u"s1"_s << 7.3 << -1.0;
        QTest::newRow("T24")
            << u"muscle_growth"_s << false
            << u"Mon 07:00 strength lower heavy 60; Tue 18:00 running hiit 30 rpe=9; Wed 09:00 strength "
               u"lower heavy 60"_s
            << u"s3"_s << 50.7 << -1.0;
        QTest::newRow("T24 easy ride")
            << u"muscle_growth"_s << false
            << u"Mon 07:00 strength lower heavy 60; Tue 18:00 running hiit 30 rpe=9; Wed 09:00 "
               u"strength lower heavy 60; Tue 18:45 cycling easy 120"_s
            << u"s3"_s << 50.7 << -1.0;
        QTest::newRow("T25") << u"muscle_growth"_s << false
                             << u"Mon 06:00 cycling easy 90; Mon 08:05 strength lower heavy 60"_s << u"s2"_s
                             << 0.0 << -1.0;
    }

    void regionFigures()
    {
        QFETCH(QString, goal);
        QFETCH(bool, repeat);
        QFETCH(QString, sessions);
        QFETCH(QString, lift);
        QFETCH(double, legs);
        QFETCH(double, upper);
        const Plan p = makePlan(goal, sessions, repeat);
        const Analysis a = analyze(p);
        const auto it = std::find_if(a.liftFatigue.cbegin(), a.liftFatigue.cend(),
                                     [&](const LiftFatigue &l) { return l.sessionId == lift; });
        QVERIFY(it != a.liftFatigue.cend());
        QCOMPARE(std::round(it->percent[size_t(Region::Legs)] * 10) / 10, legs);
        if (upper >= 0)
            QCOMPARE(std::round(it->percent[size_t(Region::Upper)] * 10) / 10, upper);
        // A muscle-not-recovered finding on this lift quotes the chart's value (no cardio ended
        // under 12 h before these lifts, so R(S) equals the drawn value).
        for (const Finding &f : a.findings) {
            if (f.rule == u"muscle-not-recovered" && f.sessions.last() == lift
                && f.message.contains(u"still about"))
                QVERIFY2(f.message.contains(u"about %1 %"_s.arg(std::lround(legs))), qPrintable(f.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestVectors)
#include "tst_vectors.moc"
