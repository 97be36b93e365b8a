// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QString>

// The plans every benchmark measures, so figures of analysis, load/save, charts and PDF
// export refer to the same sessions: a hybrid week of 15 sessions and, for longer plans,
// 19 sessions per week (988 sessions in 52 weeks).
namespace ordo::bench {

using namespace Qt::StringLiterals;

inline Session make(int n, int week, Day day, int hh, int mm, int duration, Kind kind)
{
    Session s;
    s.id = u"s%1"_s.arg(n);
    s.week = week;
    s.day = day;
    s.startMinute = hh * 60 + mm;
    s.durationMin = duration;
    s.kind = kind;
    return s;
}

// A hybrid week of 15 sessions (warm-ups, heavy and moderate lifting, HIIT, steady cardio,
// active recovery, mobility); `extra` adds four more so longer plans reach ~1,000 sessions.
inline void addWeek(Plan &p, int week, bool extra)
{
    int n = int(p.sessions.size()) + 1;
    const int shift = (week % 3) * 15; // vary start times a little from week to week
    auto strength = [&](Day d, int hh, int mm, int dur, Focus f, Load l) {
        Session s = make(n++, week, d, hh, mm + shift, dur, Kind::Strength);
        s.focus = f;
        s.load = l;
        p.sessions.append(s);
    };
    auto cardio = [&](Day d, int hh, int mm, int dur, Modality m, Intensity i) {
        Session s = make(n++, week, d, hh, mm + shift, dur, Kind::Cardio);
        s.modality = m;
        s.intensity = i;
        p.sessions.append(s);
    };
    cardio(Day::Mon, 6, 45, 10, Modality::Walking, Intensity::Easy);
    strength(Day::Mon, 7, 0, 60, Focus::Lower, Load::Heavy);
    cardio(Day::Mon, 8, 5, 15, Modality::Walking, Intensity::Easy);
    cardio(Day::Tue, 6, 20, 25, Modality::Cycling, Intensity::Hiit);
    strength(Day::Tue, 17, 0, 60, Focus::Upper, Load::Heavy);
    cardio(Day::Wed, 7, 0, 40, Modality::Running, Intensity::Moderate);
    p.sessions.append(make(n++, week, Day::Wed, 20, 0, 20, Kind::Mobility));
    strength(Day::Thu, 17, 0, 50, Focus::Full, Load::Moderate);
    cardio(Day::Thu, 18, 0, 20, Modality::Rowing, Intensity::Moderate);
    cardio(Day::Fri, 12, 30, 30, Modality::Walking, Intensity::Easy);
    strength(Day::Fri, 17, 30, 45, Focus::Upper, Load::Moderate);
    cardio(Day::Sat, 9, 0, 75, Modality::Running, Intensity::Moderate);
    strength(Day::Sat, 17, 0, 30, Focus::Core, Load::Light);
    p.sessions.append(make(n++, week, Day::Sun, 10, 0, 30, Kind::Mobility));
    cardio(Day::Sun, 16, 0, 45, Modality::Swimming, Intensity::Easy);
    if (extra) {
        cardio(Day::Tue, 12, 0, 20, Modality::Walking, Intensity::Easy);
        cardio(Day::Wed, 18, 0, 20, Modality::ArmErgometer, Intensity::Moderate);
        p.sessions.append(make(n++, week, Day::Fri, 20, 0, 15, Kind::Mobility));
        cardio(Day::Sat, 19, 0, 15, Modality::Jumping, Intensity::Hiit);
    }
}

inline Plan hybridPlan(int weeks)
{
    Plan p;
    p.name = u"benchmark"_s;
    p.weeks = weeks;
    p.repeat = weeks < 5;
    p.profile.goal = Goal::MuscleGrowth;
    for (int w = 0; w < weeks; ++w)
        addWeek(p, w, weeks > 1);
    p.sortSessions();
    return p;
}

// 52 weeks of the hybrid week, each week repeated at shifted times until the plan holds
// `sessions` sessions (10,000: about 27 a day).
inline Plan crowdedYear(int sessions)
{
    Plan p;
    p.name = u"benchmark"_s;
    p.weeks = 52;
    p.repeat = false;
    for (int copy = 0; p.sessions.size() < sessions; ++copy) {
        for (int w = 0; w < p.weeks && p.sessions.size() < sessions; ++w) {
            Plan week;
            addWeek(week, w, true);
            for (Session s : std::as_const(week.sessions)) {
                if (p.sessions.size() >= sessions)
                    break;
                s.id = u"s%1"_s.arg(p.sessions.size() + 1);
                s.startMinute = (s.startMinute + copy * 37) % kMinutesPerDay;
                p.sessions.append(s);
            }
        }
    }
    p.sortSessions();
    return p;
}

} // namespace ordo::bench
