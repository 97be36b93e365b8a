// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

// Boundary cases of every implemented rule of docs/rules.md in the plan notation of
// tst_analysis_support.h: a case that fires, a near miss and the exact boundary, with the week
// wrap where it matters. tst_analysis_rules.cpp checks each case's outcome; tst_ruletable.cpp
// runs the rule engine over all of them to learn which rules it can emit. A new rule adds its
// cases here.
namespace ordo::test {

struct RuleCase
{
    const char *name;
    QString goal;
    QString level;
    bool repeat = false;
    int weeks = 1;
    QString sessions;
    QString rule;
    QString expected; // severity, "related", or "" (no finding)
};

inline QList<RuleCase> ruleCases()
{
    using namespace Qt::StringLiterals;
    QList<RuleCase> cases;
    const auto row = [&cases](const char *name, const QString &goal, const QString &sessions,
                              const QString &rule, const QString &expected, bool repeat = false,
                              int weeks = 1, const QString &level = u"intermediate"_s) {
        cases.append({ name, goal, level, repeat, weeks, sessions, rule, expected });
    };
    const QString gf = u"general_fitness"_s, mg = u"muscle_growth"_s, st = u"strength"_s, fl = u"fat_loss"_s,
                  en = u"endurance"_s;
    // clang-format off

    // 1 overlap
    row("1 fires", gf, u"Mon 18:00 strength full moderate 60; Mon 18:45 cycling moderate 30"_s, u"overlap"_s, u"critical"_s);
    row("1 1 min", gf, u"Mon 18:00 strength full moderate 60; Mon 18:59 mobility 30"_s, u"overlap"_s, u"critical"_s);
    row("1 touching", gf, u"Mon 18:00 strength full moderate 60; Mon 19:00 mobility 30"_s, u"overlap"_s, u""_s);
    row("1 across midnight", gf, u"Mon 23:30 strength full moderate 60; Tue 00:15 mobility 30"_s, u"overlap"_s, u"critical"_s);
    row("1 week wrap, repeat", gf, u"Sun 23:30 strength full moderate 60; Mon 00:15 mobility 30"_s, u"overlap"_s, u"critical"_s, true);
    row("1 week wrap, one-off", gf, u"Sun 23:30 strength full moderate 60; Mon 00:15 mobility 30"_s, u"overlap"_s, u""_s, false);
    // 2 duplicate
    row("2 strength", gf, u"Tue 07:00 strength lower heavy 60; Tue 07:00 strength lower heavy 45"_s, u"duplicate"_s, u"critical"_s);
    row("2 cardio", gf, u"Tue 07:00 running easy 30; Tue 07:00 running hiit 20"_s, u"duplicate"_s, u"critical"_s);
    row("2 other focus", gf, u"Tue 07:00 strength lower heavy 60; Tue 07:00 strength upper heavy 60"_s, u"duplicate"_s, u""_s);
    row("2 other focus overlaps", gf, u"Tue 07:00 strength lower heavy 60; Tue 07:00 strength upper heavy 60"_s, u"overlap"_s, u"critical"_s);
    row("2 one minute later", gf, u"Tue 07:00 strength lower heavy 60; Tue 07:01 strength lower heavy 60"_s, u"duplicate"_s, u""_s);
    // 3 crosses-midnight
    row("3 fires", gf, u"Fri 23:30 running moderate 60"_s, u"crosses-midnight"_s, u"info"_s);
    row("3 ends at midnight", gf, u"Fri 23:00 running moderate 60"_s, u"crosses-midnight"_s, u""_s);
    // 4 crosses-plan-end
    row("4 fires", gf, u"Sun 23:30 running easy 60"_s, u"crosses-plan-end"_s, u"info"_s);
    row("4 repeat", gf, u"Sun 23:30 running easy 60"_s, u"crosses-plan-end"_s, u""_s, true);
    row("4 ends at the end", gf, u"Sun 23:00 running easy 60"_s, u"crosses-plan-end"_s, u""_s);
    // 5 implausible-duration
    row("5 hiit 61", gf, u"Mon 07:00 cycling hiit 61"_s, u"implausible-duration"_s, u"warning"_s);
    row("5 hiit 60", gf, u"Mon 07:00 cycling hiit 60"_s, u"implausible-duration"_s, u""_s);
    row("5 moderate 241", gf, u"Mon 07:00 cycling moderate 241"_s, u"implausible-duration"_s, u"warning"_s);
    row("5 easy 300", gf, u"Mon 07:00 walking easy 300"_s, u"implausible-duration"_s, u""_s);
    row("5 easy 301", gf, u"Mon 07:00 walking easy 301"_s, u"implausible-duration"_s, u"warning"_s);
    row("5 strength 151", gf, u"Mon 07:00 strength upper moderate 151"_s, u"implausible-duration"_s, u"warning"_s);
    row("5 strength 150", gf, u"Mon 07:00 strength upper moderate 150"_s, u"implausible-duration"_s, u""_s);
    // 6 rpe-mismatch
    row("6 easy rpe 6", gf, u"Mon 07:00 walking easy 30 rpe=6"_s, u"rpe-mismatch"_s, u"info"_s);
    row("6 easy rpe 5", gf, u"Mon 07:00 walking easy 30 rpe=5"_s, u"rpe-mismatch"_s, u""_s);
    row("6 hiit rpe 5", gf, u"Mon 07:00 cycling hiit 20 rpe=5"_s, u"rpe-mismatch"_s, u"info"_s);
    row("6 hiit rpe 6", gf, u"Mon 07:00 cycling hiit 20 rpe=6"_s, u"rpe-mismatch"_s, u""_s);
    row("6 moderate rpe 8", gf, u"Mon 07:00 cycling moderate 20 rpe=8"_s, u"rpe-mismatch"_s, u"info"_s);
    row("6 moderate rpe 2", gf, u"Mon 07:00 cycling moderate 20 rpe=2"_s, u"rpe-mismatch"_s, u"info"_s);
    row("6 heavy rpe 4", gf, u"Mon 07:00 strength upper heavy 60 rpe=4"_s, u"rpe-mismatch"_s, u"info"_s);
    row("6 light rpe 8", gf, u"Mon 07:00 strength upper light 60 rpe=8"_s, u"rpe-mismatch"_s, u"info"_s);
    row("6 defaults", gf, u"Mon 07:00 strength upper light 60"_s, u"rpe-mismatch"_s, u""_s);
    // 7 warmup, 8 warmup-long
    row("7 gap 15", mg, u"Mon 17:30 walking easy 15; Mon 18:00 strength upper heavy 60"_s, u"warmup"_s, u"info"_s);
    row("7 gap 16", mg, u"Mon 17:29 walking easy 15; Mon 18:00 strength upper heavy 60"_s, u"warmup"_s, u""_s);
    row("7 next is not strength", mg, u"Mon 17:45 walking easy 15; Mon 18:00 mobility 30"_s, u"warmup"_s, u""_s);
    row("7 across the week wrap", mg, u"Sun 23:50 walking easy 10; Mon 00:00 strength upper heavy 60"_s, u"warmup"_s, u"info"_s, true);
    row("8 16 min", mg, u"Mon 17:44 walking easy 16; Mon 18:00 strength upper heavy 60"_s, u"warmup-long"_s, u"info"_s);
    row("8 15 min is a warm-up", mg, u"Mon 17:45 walking easy 15; Mon 18:00 strength upper heavy 60"_s, u"warmup-long"_s, u""_s);
    row("8 30 min", mg, u"Mon 17:30 walking easy 30; Mon 18:00 strength upper heavy 60"_s, u"warmup-long"_s, u"info"_s);
    row("8 31 min", mg, u"Mon 17:29 walking easy 31; Mon 18:00 strength upper heavy 60"_s, u"warmup-long"_s, u""_s);
    // 9 warmup-too-hard (alone for EN, where moderate cardio first gives no rule 10)
    row("9 alone", en, u"Mon 17:40 cycling moderate 20; Mon 18:00 strength upper heavy 60"_s, u"warmup-too-hard"_s, u""_s); // R2: only beside rule 10 or 12
    row("9 21 min", en, u"Mon 17:39 cycling moderate 21; Mon 18:00 strength upper heavy 60"_s, u"warmup-too-hard"_s, u""_s);
    row("9 with rule 10", mg, u"Mon 17:40 cycling moderate 20; Mon 18:00 strength upper heavy 60"_s, u"warmup-too-hard"_s, u"related"_s);
    // 10 ampk-window
    row("10 inside", st, u"Tue 06:00 rowing moderate 30; Tue 07:29 strength upper heavy 60"_s, u"ampk-window"_s, u"warning"_s);
    row("10 exactly W", st, u"Tue 06:00 rowing moderate 30; Tue 07:30 strength upper heavy 60"_s, u"ampk-window"_s, u""_s);
    row("10 hiit exactly 4 h", mg, u"Mon 06:20 rowing hiit 25; Mon 10:45 strength upper heavy 60"_s, u"ampk-window"_s, u""_s);
    row("10 hiit 4 h minus 1 min", mg, u"Mon 06:20 rowing hiit 25; Mon 10:44 strength upper heavy 60"_s, u"ampk-window"_s, u"warning"_s);
    row("10 gap 0", st, u"Tue 06:00 rowing moderate 30; Tue 06:30 strength upper heavy 60"_s, u"ampk-window"_s, u"warning"_s);
    row("10 light lifting", st, u"Tue 06:00 rowing hiit 20; Tue 07:00 strength upper light 60"_s, u"ampk-window"_s, u"info"_s);
    row("10 warm-up exempt", mg, u"Tue 06:45 cycling easy 15; Tue 07:00 strength upper heavy 60"_s, u"ampk-window"_s, u""_s);
    row("10 across midnight", mg, u"Mon 22:30 rowing hiit 30; Tue 01:00 strength upper heavy 60"_s, u"ampk-window"_s, u"warning"_s);
    row("10 week wrap", mg, u"Sun 22:30 rowing hiit 30; Mon 01:00 strength upper heavy 60"_s, u"ampk-window"_s, u"warning"_s, true);
    row("10 week wrap one-off", mg, u"Sun 22:30 rowing hiit 30; Mon 01:00 strength upper heavy 60"_s, u"ampk-window"_s, u""_s);
    // 11 split-gap
    row("11 fires", st, u"Wed 10:00 running moderate 40; Wed 14:40 strength upper heavy 60"_s, u"split-gap"_s, u"info"_s);
    row("11 exactly 6 h", st, u"Wed 10:00 running moderate 40; Wed 16:40 strength upper heavy 60"_s, u"split-gap"_s, u""_s);
    row("11 just under 6 h", st, u"Wed 10:00 running moderate 40; Wed 16:39 strength upper heavy 60"_s, u"split-gap"_s, u"info"_s);
    row("11 exactly W", st, u"Wed 10:00 running moderate 40; Wed 11:40 strength upper heavy 60"_s, u"split-gap"_s, u"info"_s);
    row("11 beginner", st, u"Wed 10:00 running moderate 40; Wed 14:40 strength upper heavy 60"_s, u"split-gap"_s, u""_s, false, 1, u"beginner"_s);
    row("11 fat loss", fl, u"Wed 10:00 running moderate 40; Wed 14:40 strength upper heavy 60"_s, u"split-gap"_s, u""_s);
    row("11 short moderate", st, u"Wed 10:00 running moderate 29; Wed 14:40 strength upper heavy 60"_s, u"split-gap"_s, u""_s);
    // 12 beginner-intense-first
    row("12 gap 60", fl, u"Mon 18:00 cycling hiit 10; Mon 19:10 strength upper moderate 45"_s, u"beginner-intense-first"_s, u"warning"_s, false, 1, u"beginner"_s);
    row("12 gap 61", fl, u"Mon 18:00 cycling hiit 10; Mon 19:11 strength upper moderate 45"_s, u"beginner-intense-first"_s, u""_s, false, 1, u"beginner"_s);
    row("12 hiit 9 min", fl, u"Mon 18:00 cycling hiit 9; Mon 18:30 strength upper moderate 45"_s, u"beginner-intense-first"_s, u""_s, false, 1, u"beginner"_s);
    row("12 intermediate", fl, u"Mon 18:00 cycling hiit 10; Mon 18:30 strength upper moderate 45"_s, u"beginner-intense-first"_s, u""_s);
    // 13 endurance-order
    row("13 info", en, u"Tue 17:00 strength upper moderate 45; Tue 18:00 running moderate 60"_s, u"endurance-order"_s, u"info"_s);
    row("13 HL", en, u"Tue 17:00 strength lower heavy 45; Tue 20:00 cycling moderate 60"_s, u"endurance-order"_s, u"warning"_s);
    row("13 gap 6 h", en, u"Tue 07:00 strength upper moderate 45; Tue 13:45 running moderate 60"_s, u"endurance-order"_s, u""_s);
    row("13 gap under 6 h", en, u"Tue 07:00 strength upper moderate 45; Tue 13:44 running moderate 60"_s, u"endurance-order"_s, u"info"_s);
    row("13 short easy cardio", en, u"Tue 17:00 strength upper moderate 45; Tue 18:00 running easy 59"_s, u"endurance-order"_s, u""_s);
    row("13 not endurance", mg, u"Tue 17:00 strength upper moderate 45; Tue 18:00 running moderate 60"_s, u"endurance-order"_s, u""_s);
    // 14 endurance-lift-dose
    row("14 fires", en, u"Mon 07:00 running moderate 45; Mon 10:00 strength upper heavy 60"_s, u"endurance-lift-dose"_s, u"info"_s);
    row("14 gap 360", en, u"Mon 07:00 running moderate 45; Mon 13:45 strength upper heavy 60"_s, u"endurance-lift-dose"_s, u"info"_s);
    row("14 gap 361", en, u"Mon 07:00 running moderate 45; Mon 13:46 strength upper heavy 60"_s, u"endurance-lift-dose"_s, u""_s);
    row("14 short moderate lifting", en, u"Mon 07:00 running moderate 45; Mon 10:00 strength upper moderate 45"_s, u"endurance-lift-dose"_s, u""_s);
    // 15 post-lift-hiit
    row("15 gap 30", mg, u"Thu 18:00 strength upper heavy 60; Thu 19:30 cycling hiit 20"_s, u"post-lift-hiit"_s, u"warning"_s);
    row("15 rowing beside upper", mg, u"Thu 18:00 strength upper heavy 60; Thu 19:30 rowing hiit 20"_s, u"post-lift-hiit"_s, u"related"_s);
    row("15 band 2 from 31 min", mg, u"Thu 18:00 strength upper heavy 60; Thu 19:31 cycling hiit 20"_s, u"post-lift-hiit"_s, u"info"_s);
    row("15 band 2 up to 6 h", mg, u"Thu 18:00 strength upper heavy 60; Fri 00:59 cycling hiit 20"_s, u"post-lift-hiit"_s, u"info"_s);
    row("15 band 3 at 6 h", mg, u"Thu 18:00 strength upper heavy 60; Fri 01:00 cycling hiit 20"_s, u"post-lift-hiit"_s, u""_s);
    row("15 band 2 fat loss", fl, u"Thu 18:00 strength upper heavy 60; Thu 19:31 cycling hiit 20"_s, u"post-lift-hiit"_s, u""_s);
    
    row("15 light lifting", mg, u"Thu 18:00 strength upper light 60; Thu 19:00 rowing hiit 20"_s, u"post-lift-hiit"_s, u""_s);
    // 16 post-lift-long
    row("16 31 min", mg, u"Thu 18:00 strength upper heavy 60; Thu 19:00 cycling moderate 31"_s, u"post-lift-long"_s, u"info"_s);
    row("16 30 min", mg, u"Thu 18:00 strength upper heavy 60; Thu 19:00 cycling moderate 30"_s, u"post-lift-long"_s, u""_s);
    row("16 general fitness", gf, u"Thu 18:00 strength upper heavy 60; Thu 19:00 cycling moderate 31"_s, u"post-lift-long"_s, u""_s);
    // 17 combined-too-long
    row("17 span 85", fl, u"Thu 18:00 strength upper heavy 60; Thu 19:05 cycling moderate 20"_s, u"combined-too-long"_s, u"info"_s);
    row("17 span 80", fl, u"Thu 18:00 strength upper heavy 60; Thu 19:05 cycling moderate 15"_s, u"combined-too-long"_s, u""_s);
    row("17 gap 31", fl, u"Thu 18:00 strength upper heavy 60; Thu 19:31 cycling moderate 20"_s, u"combined-too-long"_s, u""_s);
    row("17 warm-up left out", fl, u"Thu 17:45 walking easy 15; Thu 18:00 strength upper heavy 70"_s, u"combined-too-long"_s, u""_s);
    row("17 long warm-up counts", fl, u"Thu 17:35 walking easy 25; Thu 18:00 strength upper heavy 60"_s, u"combined-too-long"_s, u"info"_s);
    row("17 cool-down left out", st, u"Thu 17:00 strength lower heavy 75; Thu 18:20 walking easy 15"_s, u"combined-too-long"_s, u""_s);
    row("17 cool-down over 20 min", fl, u"Thu 17:00 strength upper heavy 75; Thu 18:20 walking easy 21"_s, u"combined-too-long"_s, u"info"_s);
    row("17 lifting only", fl, u"Thu 17:00 strength upper heavy 60; Thu 18:00 strength lower heavy 60"_s, u"combined-too-long"_s, u""_s);
    // 18 leg-day-cardio
    row("18 gap 8 h", st, u"Wed 06:00 running moderate 40; Wed 14:40 strength lower heavy 60"_s, u"leg-day-cardio"_s, u"info"_s);
    row("18 gap under 8 h", st, u"Wed 06:00 running moderate 40; Wed 14:39 strength lower heavy 60"_s, u"leg-day-cardio"_s, u"warning"_s);
    row("18 after legs", st, u"Wed 07:00 strength lower heavy 60; Wed 12:00 cycling moderate 30"_s, u"leg-day-cardio"_s, u"warning"_s);
    row("18 easy running", st, u"Wed 10:00 running easy 30; Wed 14:40 strength lower heavy 60"_s, u"leg-day-cardio"_s, u"info"_s);
    row("18 easy cycling", st, u"Wed 10:00 cycling easy 30; Wed 14:40 strength lower heavy 60"_s, u"leg-day-cardio"_s, u""_s);
    row("18 9 min", st, u"Wed 10:00 running moderate 9; Wed 14:40 strength lower heavy 60"_s, u"leg-day-cardio"_s, u""_s);
    row("18 gap 12 h", st, u"Mon 20:00 running moderate 40; Tue 08:40 strength lower heavy 60"_s, u"leg-day-cardio"_s, u""_s);
    row("18 gap just under 12 h", st, u"Mon 20:00 running moderate 40; Tue 08:39 strength lower heavy 60"_s, u"leg-day-cardio"_s, u"info"_s);
    row("18 upper body", st, u"Wed 10:00 running moderate 40; Wed 14:40 strength upper heavy 60"_s, u"leg-day-cardio"_s, u""_s);
    row("18 loadsLegs swim", st, u"Wed 10:00 swimming moderate 40 legs=true; Wed 14:40 strength lower heavy 60"_s, u"leg-day-cardio"_s, u"warning"_s);
    row("18 week wrap", st, u"Sun 22:00 running moderate 40; Mon 07:00 strength lower heavy 60"_s, u"leg-day-cardio"_s, u"info"_s, true);
    row("18 week wrap one-off", st, u"Sun 22:00 running moderate 40; Mon 07:00 strength lower heavy 60"_s, u"leg-day-cardio"_s, u""_s);
    // 19 leg-day-hiit
    row("19 gap just under 12 h", mg, u"Mon 20:00 running hiit 30; Tue 08:29 strength lower heavy 60"_s, u"leg-day-hiit"_s, u"warning"_s);
    row("19 gap 12 h", mg, u"Mon 20:00 running hiit 30; Tue 08:30 strength lower heavy 60"_s, u"leg-day-hiit"_s, u""_s);
    row("19 not leg-loading", mg, u"Mon 10:00 swimming hiit 20; Mon 17:00 strength lower heavy 60"_s, u"leg-day-hiit"_s, u"info"_s);
    row("19 endurance", en, u"Mon 10:00 running hiit 20; Mon 17:00 strength lower heavy 60"_s, u"leg-day-hiit"_s, u"warning"_s);
    row("19 week wrap", mg, u"Sun 20:00 running hiit 30; Mon 07:00 strength lower heavy 60"_s, u"leg-day-hiit"_s, u"warning"_s, true);
    row("19 week wrap one-off", mg, u"Sun 20:00 running hiit 30; Mon 07:00 strength lower heavy 60"_s, u"leg-day-hiit"_s, u""_s);
    // 20 leg-day-friendly, 21 rowing-after-legs
    row("20 arm ergometer", mg, u"Mon 07:00 strength lower heavy 60; Mon 17:00 arm_ergometer moderate 20"_s, u"leg-day-friendly"_s, u"info"_s);
    row("20 kick swim", mg, u"Mon 07:00 strength lower heavy 60; Mon 17:00 swimming moderate 20 legs=true"_s, u"leg-day-friendly"_s, u""_s);
    row("21 fires", mg, u"Mon 07:00 strength lower heavy 60; Mon 12:00 rowing moderate 20"_s, u"rowing-after-legs"_s, u"info"_s);
    row("21 other day", mg, u"Mon 07:00 strength lower heavy 60; Tue 12:00 rowing moderate 20"_s, u"rowing-after-legs"_s, u""_s);
    // 22 active-recovery
    row("22 start 60 min after", fl, u"Mon 07:00 strength lower heavy 60; Mon 09:00 walking easy 20"_s, u"active-recovery"_s, u"info"_s);
    row("22 start 61 min after", fl, u"Mon 07:00 strength lower heavy 60; Mon 09:01 walking easy 20"_s, u"active-recovery"_s, u""_s);
    row("22 21 min", fl, u"Mon 07:00 strength lower heavy 60; Mon 08:00 walking easy 21"_s, u"active-recovery"_s, u""_s);
    row("22 9 min", fl, u"Mon 07:00 strength lower heavy 60; Mon 08:00 walking easy 9"_s, u"active-recovery"_s, u""_s);
    row("22 long easy cycling", fl, u"Mon 07:00 strength lower heavy 60; Mon 09:00 cycling easy 40"_s, u"active-recovery"_s, u""_s); // R2: rule 46
    // 23 hiit-before-legs
    row("23 gap 12 h", mg, u"Mon 18:00 cycling hiit 25; Tue 06:25 strength lower heavy 60"_s, u"hiit-before-legs"_s, u"info"_s);
    row("23 gap 36 h", mg, u"Mon 18:00 cycling hiit 25; Wed 06:25 strength lower heavy 60"_s, u"hiit-before-legs"_s, u"info"_s);
    row("23 gap 36 h 1 min", mg, u"Mon 18:00 cycling hiit 25; Wed 06:26 strength lower heavy 60"_s, u"hiit-before-legs"_s, u""_s);
    row("23 running 48 h", mg, u"Mon 18:00 running hiit 25; Wed 18:25 strength lower heavy 60"_s, u"hiit-before-legs"_s, u"info"_s);
    row("23 running 48 h 1 min", mg, u"Mon 18:00 running hiit 25; Wed 18:26 strength lower heavy 60"_s, u"hiit-before-legs"_s, u""_s);
    row("23 endurance", en, u"Mon 18:00 cycling hiit 25; Tue 17:00 strength lower heavy 60"_s, u"hiit-before-legs"_s, u""_s);
    // 24 legs-before-key-cardio
    row("24 fires", en, u"Mon 17:00 strength lower heavy 60; Tue 08:00 running hiit 30"_s, u"legs-before-key-cardio"_s, u"info"_s);
    row("24 gap 24 h", en, u"Mon 17:00 strength lower heavy 60; Tue 18:00 running hiit 30"_s, u"legs-before-key-cardio"_s, u"info"_s);
    row("24 gap 24 h 1 min", en, u"Mon 17:00 strength lower heavy 60; Tue 18:01 running hiit 30"_s, u"legs-before-key-cardio"_s, u""_s);
    row("24 long run", en, u"Mon 17:00 strength lower heavy 60; Tue 09:00 running moderate 60"_s, u"legs-before-key-cardio"_s, u"info"_s);
    row("24 short run", en, u"Mon 17:00 strength lower heavy 60; Tue 09:00 running moderate 59"_s, u"legs-before-key-cardio"_s, u""_s);
    // 25 muscle-not-recovered
    row("25 day gap 2, 48 h (T16)", mg, u"Mon 07:00 strength lower heavy 60; Wed 07:00 strength lower heavy 60"_s, u"muscle-not-recovered"_s, u""_s);
    row("25 next day (T23)", st, u"Mon 07:00 strength lower heavy 60; Tue 18:00 strength lower heavy 60"_s, u"muscle-not-recovered"_s, u"warning"_s);
    row("25 start gap 32 h", mg, u"Mon 22:00 strength lower heavy 60; Wed 06:00 strength lower heavy 60"_s, u"muscle-not-recovered"_s, u"warning"_s);
    row("25 start gap 36 h", mg, u"Mon 19:00 strength lower heavy 60; Wed 07:00 strength lower heavy 60"_s, u"muscle-not-recovered"_s, u""_s);
    row("25 full and core", st, u"Mon 18:00 strength full heavy 60; Tue 18:00 strength core heavy 60"_s, u"muscle-not-recovered"_s, u""_s);
    row("25 exactly 48 h", mg, u"Mon 07:00 strength lower heavy 60; Wed 08:00 strength lower heavy 60"_s, u"muscle-not-recovered"_s, u""_s);
    row("25 moderate S", mg, u"Mon 07:00 strength lower heavy 60; Tue 07:00 strength full moderate 60"_s, u"muscle-not-recovered"_s, u"info"_s);
    row("25 other muscles", mg, u"Mon 07:00 strength lower heavy 60; Tue 07:00 strength upper heavy 60"_s, u"muscle-not-recovered"_s, u""_s);
    row("25 light S", mg, u"Mon 07:00 strength lower heavy 60; Tue 07:00 strength lower light 60"_s, u"muscle-not-recovered"_s, u""_s);
    row("25 week wrap", mg, u"Sun 07:00 strength lower heavy 60; Mon 07:00 strength lower heavy 60"_s, u"muscle-not-recovered"_s, u"warning"_s, true);
    // 26 double-hiit-day
    row("26 gap under 12 h", gf, u"Mon 20:00 cycling hiit 25; Tue 08:24 cycling hiit 25"_s, u"double-hiit-day"_s, u"warning"_s);
    row("26 gap 12 h", gf, u"Mon 20:00 cycling hiit 25; Tue 08:25 cycling hiit 25"_s, u"double-hiit-day"_s, u""_s);
    row("26 9 min", gf, u"Sat 08:00 running hiit 9; Sat 17:00 cycling hiit 25"_s, u"double-hiit-day"_s, u""_s);
    // 27 hiit-spacing
    row("27 back-to-back days", gf, u"Mon 18:00 cycling hiit 20; Tue 18:00 cycling hiit 20"_s, u"hiit-spacing"_s, u"info"_s);
    row("27 start gap 35 h 59 min", gf, u"Mon 20:01 cycling hiit 20; Wed 08:00 cycling hiit 20"_s, u"hiit-spacing"_s, u"info"_s);
    row("27 start gap 36 h", gf, u"Mon 20:00 cycling hiit 20; Wed 08:00 cycling hiit 20"_s, u"hiit-spacing"_s, u""_s);
    row("27 every other day (T26)", gf, u"Mon 18:00 cycling hiit 20; Wed 17:00 cycling hiit 20"_s, u"hiit-spacing"_s, u""_s);
    row("27 gap 12 h is rule 26", gf, u"Mon 20:00 cycling hiit 25; Tue 08:24 cycling hiit 25"_s, u"hiit-spacing"_s, u""_s);
    row("27 three in 72 h", gf, u"Mon 08:00 cycling hiit 20; Tue 20:00 cycling hiit 20; Thu 07:59 cycling hiit 20"_s, u"hiit-spacing"_s, u"warning"_s);
    // 28 hiit-weekly
    row("28 three for MG", mg, u"Mon 18:00 cycling hiit 20; Wed 18:00 cycling hiit 20; Fri 18:00 cycling hiit 20"_s, u"hiit-weekly"_s, u"info"_s);
    row("28 three for GF", gf, u"Mon 18:00 cycling hiit 20; Wed 18:00 cycling hiit 20; Fri 18:00 cycling hiit 20"_s, u"hiit-weekly"_s, u""_s);
    row("28 four", gf, u"Mon 18:00 cycling hiit 20; Wed 18:00 cycling hiit 20; Fri 18:00 cycling hiit 20; Sun 18:00 cycling hiit 20"_s, u"hiit-weekly"_s, u"warning"_s);
    row("28 rolling across weeks", gf, u"Fri 18:00 cycling hiit 20; Sun 18:00 cycling hiit 20; Tue 18:00 cycling hiit 20 w=1; Thu 17:00 cycling hiit 20 w=1"_s, u"hiit-weekly"_s, u"warning"_s, false, 2);
    // 29 hiit-heavy-streak
    row("29 three days", gf, u"Mon 07:00 cycling hiit 20; Mon 18:00 strength upper heavy 60; Tue 07:00 cycling hiit 20; Tue 18:00 strength upper heavy 60; Wed 07:00 cycling hiit 20; Wed 18:00 strength upper heavy 60"_s, u"hiit-heavy-streak"_s, u"warning"_s);
    row("29 two days", gf, u"Mon 07:00 cycling hiit 20; Mon 18:00 strength upper heavy 60; Tue 07:00 cycling hiit 20; Tue 18:00 strength upper heavy 60"_s, u"hiit-heavy-streak"_s, u""_s);
    // 30 no-rest-day
    row("30 six days", mg, u"Mon 07:00 strength upper light 30; Tue 07:00 strength upper light 30; Wed 07:00 strength upper light 30; Thu 07:00 strength upper light 30; Fri 07:00 strength upper light 30; Sat 07:00 strength upper light 30"_s, u"no-rest-day"_s, u""_s);
    row("30 easy 60 is rest", mg, u"Mon 07:00 strength upper light 30; Tue 07:00 strength upper light 30; Wed 07:00 strength upper light 30; Thu 07:00 walking easy 60; Fri 07:00 strength upper light 30; Sat 07:00 strength upper light 30; Sun 07:00 strength upper light 30"_s, u"no-rest-day"_s, u""_s);
    row("30 easy 120 is active rest", mg, u"Mon 07:00 strength upper light 30; Tue 07:00 strength upper light 30; Wed 07:00 strength upper light 30; Thu 07:00 walking easy 120; Fri 07:00 strength upper light 30; Sat 07:00 strength upper light 30; Sun 07:00 strength upper light 30"_s, u"no-rest-day"_s, u""_s);
    row("30 easy 121 is not", mg, u"Mon 07:00 strength upper light 30; Tue 07:00 strength upper light 30; Wed 07:00 strength upper light 30; Thu 07:00 walking easy 121; Fri 07:00 strength upper light 30; Sat 07:00 strength upper light 30; Sun 07:00 strength upper light 30"_s, u"no-rest-day"_s, u"warning"_s);
    row("30 easy 61 is active rest", mg, u"Mon 07:00 strength upper light 30; Tue 07:00 strength upper light 30; Wed 07:00 strength upper light 30; Thu 07:00 walking easy 61; Fri 07:00 strength upper light 30; Sat 07:00 strength upper light 30; Sun 07:00 strength upper light 30"_s, u"no-rest-day"_s, u""_s);
    // 31 cardio-frequency, 32 cardio-duration
    row("31 four", mg, u"Mon 07:00 cycling moderate 20; Tue 07:00 cycling moderate 20; Thu 07:00 cycling moderate 20; Sat 07:00 cycling moderate 20"_s, u"cardio-frequency"_s, u"info"_s);
    row("31 three", mg, u"Mon 07:00 cycling moderate 20; Tue 07:00 cycling moderate 20; Thu 07:00 cycling moderate 20"_s, u"cardio-frequency"_s, u""_s);
    row("31 GF", gf, u"Mon 07:00 cycling moderate 20; Tue 07:00 cycling moderate 20; Thu 07:00 cycling moderate 20; Sat 07:00 cycling moderate 20"_s, u"cardio-frequency"_s, u""_s);
    row("32 31 min", mg, u"Mon 07:00 cycling moderate 31"_s, u"cardio-duration"_s, u"info"_s);
    row("32 30 min", mg, u"Mon 07:00 cycling moderate 30"_s, u"cardio-duration"_s, u""_s);
    row("32 easy", mg, u"Mon 07:00 cycling easy 90"_s, u"cardio-duration"_s, u""_s);
    // 33 lifting-frequency
    row("33 one", mg, u"Mon 07:00 strength upper heavy 60"_s, u"lifting-frequency"_s, u"info"_s);
    row("33 two", mg, u"Mon 07:00 strength upper heavy 60; Thu 07:00 strength lower heavy 60"_s, u"lifting-frequency"_s, u""_s);
    row("33 endurance one", en, u"Mon 07:00 strength upper heavy 60"_s, u"lifting-frequency"_s, u"info"_s); // R2
    row("33 endurance two", en, u"Mon 07:00 strength upper heavy 60; Thu 07:00 strength lower moderate 40"_s, u"lifting-frequency"_s, u""_s);
    row("33 endurance none", en, u"Mon 07:00 running moderate 60"_s, u"lifting-frequency"_s, u"info"_s);
    row("33 too much", mg, u"Mon 07:00 strength upper heavy 45; Tue 07:00 strength lower heavy 45; Wed 07:00 strength upper moderate 45; Thu 07:00 strength lower moderate 45; Fri 07:00 strength core light 45; Mon 18:00 cycling moderate 20; Tue 18:00 cycling moderate 20; Thu 18:00 cycling moderate 20; Sat 18:00 cycling moderate 20"_s, u"lifting-frequency"_s, u"info"_s);
    // 34 endurance-volume-balance
    row("34 fires", en, u"Mon 07:00 running moderate 50; Tue 07:00 running moderate 50; Wed 07:00 running moderate 50; Thu 07:00 running moderate 50; Fri 07:00 running moderate 50; Mon 18:00 strength upper heavy 45; Wed 18:00 strength lower heavy 45; Fri 18:00 strength full moderate 45"_s, u"endurance-volume-balance"_s, u"info"_s);
    row("34 240 min", en, u"Mon 07:00 running moderate 48; Tue 07:00 running moderate 48; Wed 07:00 running moderate 48; Thu 07:00 running moderate 48; Fri 07:00 running moderate 48; Mon 18:00 strength upper heavy 45; Wed 18:00 strength lower heavy 45; Fri 18:00 strength full moderate 45"_s, u"endurance-volume-balance"_s, u""_s);
    // 35 aerobic-minimum
    row("35 lifting only", gf, u"Mon 07:00 strength upper heavy 60; Thu 07:00 strength lower heavy 60"_s, u"aerobic-minimum"_s, u"info"_s);
    row("35 150 min walking", gf, u"Mon 07:00 walking easy 50; Wed 07:00 walking easy 50; Fri 07:00 walking easy 50"_s, u"aerobic-minimum"_s, u""_s);
    row("35 149 min walking", gf, u"Mon 07:00 walking easy 50; Wed 07:00 walking easy 50; Fri 07:00 walking easy 49"_s, u"aerobic-minimum"_s, u"info"_s);
    row("35 vigorous counts twice", gf, u"Mon 07:00 running moderate 75"_s, u"aerobic-minimum"_s, u""_s);
    row("35 muscle growth", mg, u"Mon 07:00 strength upper heavy 60"_s, u"aerobic-minimum"_s, u""_s);
    // 36 beginner-volume
    row("36 four sessions", gf, u"Mon 07:00 strength upper moderate 45; Tue 07:00 strength lower moderate 45; Thu 07:00 strength upper moderate 45; Fri 07:00 strength lower moderate 45"_s, u"beginner-volume"_s, u"info"_s, false, 1, u"beginner"_s);
    row("36 three sessions", gf, u"Mon 07:00 strength upper moderate 45; Wed 07:00 strength lower moderate 45; Fri 07:00 strength upper moderate 45"_s, u"beginner-volume"_s, u""_s, false, 1, u"beginner"_s);
    row("36 61 min", gf, u"Mon 07:00 strength upper moderate 61; Thu 07:00 strength lower moderate 45"_s, u"beginner-volume"_s, u"info"_s, false, 1, u"beginner"_s);
    row("36 60 min", gf, u"Mon 07:00 strength upper moderate 60; Thu 07:00 strength lower moderate 45"_s, u"beginner-volume"_s, u""_s, false, 1, u"beginner"_s);
    // 37 high-load-day
    row("37 fires (T37)", mg, u"Mon 18:00 strength upper moderate 45; Wed 18:00 strength lower moderate 45; Thu 18:00 cycling moderate 30; Sat 08:00 cycling hiit 25 rpe=9; Sat 16:00 strength upper heavy 90"_s, u"high-load-day"_s, u"info"_s, true);
    row("37 one session (T16)", mg, u"Mon 07:00 strength lower heavy 60"_s, u"high-load-day"_s, u""_s);
    row("37 one training session", mg, u"Mon 07:00 strength lower heavy 150; Mon 18:00 walking easy 30; Wed 07:00 strength upper light 30"_s, u"high-load-day"_s, u""_s);
    row("37 exactly 720", mg, u"Mon 07:00 strength lower heavy 60; Mon 18:00 cycling moderate 48; Wed 07:00 strength upper light 10; Fri 07:00 strength upper light 10"_s, u"high-load-day"_s, u"info"_s);
    row("37 under 720", mg, u"Mon 07:00 strength lower heavy 60; Mon 18:00 cycling moderate 47; Wed 07:00 strength upper light 10; Fri 07:00 strength upper light 10"_s, u"high-load-day"_s, u""_s);
    // 38 load-spike (the info band and repeating plans: tst_analysis_rules.cpp loadSpike())
    row("38 doubled last week", mg, u"Mon 07:00 strength upper moderate 60 w=0; Thu 07:00 strength lower moderate 60 w=0; Mon 07:00 strength upper moderate 60 w=1; Thu 07:00 strength lower moderate 60 w=1; Mon 07:00 strength upper moderate 60 w=2; Thu 07:00 strength lower moderate 60 w=2; Mon 07:00 strength upper moderate 60 w=3; Thu 07:00 strength lower moderate 60 w=3; Mon 07:00 strength upper moderate 60 w=4; Tue 07:00 strength lower moderate 60 w=4; Thu 07:00 strength upper moderate 60 w=4; Fri 07:00 strength lower moderate 60 w=4"_s, u"load-spike"_s, u"warning"_s, false, 5);
    // 39 monotony
    row("39 flat light week under 1,500 (T12)", mg, u"Mon 07:00 strength upper light 30; Tue 07:00 strength upper light 30; Wed 07:00 strength upper light 30; Thu 07:00 strength upper light 30; Fri 07:00 strength upper light 30; Sat 07:00 strength upper light 30; Sun 07:00 strength upper light 30"_s, u"monotony"_s, u""_s);
    row("39 flat week at 1,500", gf, u"Mon 18:00 cycling moderate 50; Tue 18:00 cycling moderate 50; Wed 18:00 cycling moderate 50; Thu 18:00 cycling moderate 50; Fri 18:00 cycling moderate 50; Sat 18:00 cycling moderate 50"_s, u"monotony"_s, u"info"_s);
    row("39 flat week at 1,450", gf, u"Mon 18:00 cycling moderate 50; Tue 18:00 cycling moderate 50; Wed 18:00 cycling moderate 50; Thu 18:00 cycling moderate 50; Fri 18:00 cycling moderate 50; Sat 18:00 cycling moderate 40"_s, u"monotony"_s, u""_s);
    row("39 easy walks do not count", gf, u"Mon 18:00 walking easy 100; Tue 18:00 walking easy 100; Wed 18:00 walking easy 100; Thu 18:00 walking easy 100; Fri 18:00 walking easy 100; Sat 18:00 walking easy 100; Sun 18:00 walking easy 100"_s, u"monotony"_s, u""_s);
    row("39 varied week", mg, u"Mon 07:00 strength upper light 30; Wed 07:00 strength upper heavy 60"_s, u"monotony"_s, u""_s);
    // 49 load-ramp (all boundaries, repeating plans and rule 38's weeks: tst_acrossweekrules.cpp)
    row("49 +22 %", gf, u"Mon 18:00 cycling moderate 60 rpe=5 w=0; Wed 18:00 cycling moderate 60 rpe=5 w=0; Fri 18:00 cycling moderate 60 rpe=5 w=0; Sat 18:00 cycling moderate 60 rpe=5 w=0; Mon 18:00 cycling moderate 73 rpe=5 w=1; Wed 18:00 cycling moderate 73 rpe=5 w=1; Fri 18:00 cycling moderate 73 rpe=5 w=1; Sat 18:00 cycling moderate 73 rpe=5 w=1"_s, u"load-ramp"_s, u"info"_s, false, 2);
    row("49 exactly +20 %", gf, u"Mon 18:00 cycling moderate 60 rpe=5 w=0; Wed 18:00 cycling moderate 60 rpe=5 w=0; Fri 18:00 cycling moderate 60 rpe=5 w=0; Sat 18:00 cycling moderate 60 rpe=5 w=0; Mon 18:00 cycling moderate 72 rpe=5 w=1; Wed 18:00 cycling moderate 72 rpe=5 w=1; Fri 18:00 cycling moderate 72 rpe=5 w=1; Sat 18:00 cycling moderate 72 rpe=5 w=1"_s, u"load-ramp"_s, u""_s, false, 2);
    row("49 +52 %", gf, u"Mon 18:00 cycling moderate 60 rpe=5 w=0; Wed 18:00 cycling moderate 60 rpe=5 w=0; Fri 18:00 cycling moderate 60 rpe=5 w=0; Sat 18:00 cycling moderate 60 rpe=5 w=0; Mon 18:00 cycling moderate 91 rpe=5 w=1; Wed 18:00 cycling moderate 91 rpe=5 w=1; Fri 18:00 cycling moderate 91 rpe=5 w=1; Sat 18:00 cycling moderate 91 rpe=5 w=1"_s, u"load-ramp"_s, u"warning"_s, false, 2);
    // 50 no-lighter-week (tst_acrossweekrules.cpp)
    row("50 five full weeks", gf, u"Mon 18:00 cycling moderate 60 rpe=5 w=0; Wed 18:00 cycling moderate 60 rpe=5 w=0; Fri 18:00 cycling moderate 60 rpe=5 w=0; Sat 18:00 cycling moderate 60 rpe=5 w=0; Mon 18:00 cycling moderate 60 rpe=5 w=1; Wed 18:00 cycling moderate 60 rpe=5 w=1; Fri 18:00 cycling moderate 60 rpe=5 w=1; Sat 18:00 cycling moderate 60 rpe=5 w=1; Mon 18:00 cycling moderate 60 rpe=5 w=2; Wed 18:00 cycling moderate 60 rpe=5 w=2; Fri 18:00 cycling moderate 60 rpe=5 w=2; Sat 18:00 cycling moderate 60 rpe=5 w=2; Mon 18:00 cycling moderate 60 rpe=5 w=3; Wed 18:00 cycling moderate 60 rpe=5 w=3; Fri 18:00 cycling moderate 60 rpe=5 w=3; Sat 18:00 cycling moderate 60 rpe=5 w=3; Mon 18:00 cycling moderate 60 rpe=5 w=4; Wed 18:00 cycling moderate 60 rpe=5 w=4; Fri 18:00 cycling moderate 60 rpe=5 w=4; Sat 18:00 cycling moderate 60 rpe=5 w=4"_s, u"no-lighter-week"_s, u"info"_s, false, 5);
    row("50 four full weeks", gf, u"Mon 18:00 cycling moderate 60 rpe=5 w=0; Wed 18:00 cycling moderate 60 rpe=5 w=0; Fri 18:00 cycling moderate 60 rpe=5 w=0; Sat 18:00 cycling moderate 60 rpe=5 w=0; Mon 18:00 cycling moderate 60 rpe=5 w=1; Wed 18:00 cycling moderate 60 rpe=5 w=1; Fri 18:00 cycling moderate 60 rpe=5 w=1; Sat 18:00 cycling moderate 60 rpe=5 w=1; Mon 18:00 cycling moderate 60 rpe=5 w=2; Wed 18:00 cycling moderate 60 rpe=5 w=2; Fri 18:00 cycling moderate 60 rpe=5 w=2; Sat 18:00 cycling moderate 60 rpe=5 w=2; Mon 18:00 cycling moderate 60 rpe=5 w=3; Wed 18:00 cycling moderate 60 rpe=5 w=3; Fri 18:00 cycling moderate 60 rpe=5 w=3; Sat 18:00 cycling moderate 60 rpe=5 w=3"_s, u"no-lighter-week"_s, u""_s, false, 4);
    row("50 repeating 2 weeks", gf, u"Mon 18:00 cycling moderate 60 rpe=5 w=0; Wed 18:00 cycling moderate 60 rpe=5 w=0; Fri 18:00 cycling moderate 60 rpe=5 w=0; Sat 18:00 cycling moderate 60 rpe=5 w=0; Mon 18:00 cycling moderate 60 rpe=5 w=1; Wed 18:00 cycling moderate 60 rpe=5 w=1; Fri 18:00 cycling moderate 60 rpe=5 w=1; Sat 18:00 cycling moderate 60 rpe=5 w=1"_s, u"no-lighter-week"_s, u"info"_s, true, 2);
    // 40 cycle-phase needs a cycle in the profile: tst_analysis_rules.cpp cyclePhase()
    // 44 upper-day-cardio (R2)
    row("44 moderate after", mg, u"Mon 17:00 strength upper heavy 45; Mon 17:50 arm_ergometer moderate 30"_s, u"upper-day-cardio"_s, u"info"_s);
    row("44 hiit after", mg, u"Mon 17:00 strength upper heavy 45; Mon 17:50 rowing hiit 20"_s, u"upper-day-cardio"_s, u"warning"_s);
    row("44 hiit before", st, u"Mon 16:30 swimming hiit 20; Mon 17:00 strength full heavy 45"_s, u"upper-day-cardio"_s, u"warning"_s);
    row("44 gap 31", mg, u"Mon 17:00 strength upper heavy 45; Mon 18:16 arm_ergometer moderate 30"_s, u"upper-day-cardio"_s, u""_s);
    row("44 general fitness", gf, u"Mon 17:00 strength upper heavy 45; Mon 17:50 arm_ergometer moderate 30"_s, u"upper-day-cardio"_s, u""_s);
    row("44 easy", mg, u"Mon 17:00 strength upper heavy 45; Mon 17:50 arm_ergometer easy 30"_s, u"upper-day-cardio"_s, u""_s);
    row("44 moderate lift", mg, u"Mon 17:00 strength upper moderate 45; Mon 17:50 arm_ergometer moderate 30"_s, u"upper-day-cardio"_s, u""_s);
    // 45 beginner-hiit (R2)
    row("45 three", gf, u"Tue 18:00 cycling hiit 20; Fri 18:00 running hiit 20; Sun 10:00 jumping hiit 15"_s, u"beginner-hiit"_s, u"warning"_s, true, 1, u"beginner"_s);
    row("45 two", gf, u"Tue 18:00 cycling hiit 20; Fri 18:00 running hiit 20"_s, u"beginner-hiit"_s, u"info"_s, true, 1, u"beginner"_s);
    row("45 one", gf, u"Tue 18:00 cycling hiit 20"_s, u"beginner-hiit"_s, u""_s, true, 1, u"beginner"_s);
    row("45 one long", gf, u"Tue 18:00 cycling hiit 21"_s, u"beginner-hiit"_s, u"info"_s, true, 1, u"beginner"_s);
    row("45 not intermediate", gf, u"Tue 18:00 cycling hiit 20; Fri 18:00 running hiit 20"_s, u"beginner-hiit"_s, u""_s, true);
    row("45 replaces 28", mg, u"Mon 18:00 cycling hiit 20; Wed 18:00 cycling hiit 20; Fri 18:00 cycling hiit 20"_s, u"hiit-weekly"_s, u""_s, true, 1, u"beginner"_s);
    // 46 legs-long-easy (R2)
    row("46 fires", mg, u"Mon 17:00 strength lower heavy 60; Mon 18:05 walking easy 45"_s, u"legs-long-easy"_s, u"info"_s);
    row("46 30 min", mg, u"Mon 17:00 strength lower heavy 60; Mon 18:05 walking easy 30"_s, u"legs-long-easy"_s, u""_s);
    row("46 start 61 min later", mg, u"Mon 17:00 strength lower heavy 60; Mon 19:01 cycling easy 45"_s, u"legs-long-easy"_s, u""_s);
    row("46 fat loss", fl, u"Mon 17:00 strength lower heavy 60; Mon 18:05 walking easy 45"_s, u"legs-long-easy"_s, u""_s);
    row("46 easy run is leg-loading", mg, u"Mon 17:00 strength lower heavy 60; Mon 18:05 running easy 45"_s, u"legs-long-easy"_s, u""_s);
    // 47 explosive-after-cardio (R2)
    row("47 fires", st, u"Tue 07:00 cycling moderate 30; Tue 09:00 strength lower moderate 45 explosive"_s, u"explosive-after-cardio"_s, u"warning"_s);
    row("47 gap 3 h", st, u"Tue 05:30 cycling moderate 30; Tue 09:00 strength lower moderate 45 explosive"_s, u"explosive-after-cardio"_s, u""_s);
    row("47 not explosive", st, u"Tue 07:00 cycling moderate 30; Tue 09:00 strength lower moderate 45"_s, u"explosive-after-cardio"_s, u""_s);
    row("47 endurance", en, u"Tue 07:00 cycling moderate 30; Tue 09:00 strength lower moderate 45 explosive"_s, u"explosive-after-cardio"_s, u"info"_s);
    row("47 easy cardio", st, u"Tue 07:00 cycling easy 30; Tue 09:00 strength lower moderate 45 explosive"_s, u"explosive-after-cardio"_s, u""_s);
    // clang-format on
    return cases;
}

} // namespace ordo::test
