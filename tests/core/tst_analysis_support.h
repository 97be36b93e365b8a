// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"
#include "plan.h"

#include <QStringList>
#include <QTest>

// Compact plans for the analysis tests, written like the docs/rules.md examples:
//   "Mon 06:20 cycling hiit 25 rpe=9", "Tue 07:00 strength lower heavy 60 id=s4 w=1",
//   "Fri 23:30 mobility 30", "Sat 08:00 swimming moderate 30 legs=true",
//   "Tue 09:00 strength lower moderate 45 explosive", "Mon 17:00 other hiit 30 title=HIIT_class".
namespace ordo::test {

inline Session parseSession(const QString &line, int index)
{
    const QStringList t = line.split(u' ', Qt::SkipEmptyParts);
    Session s;
    s.id = QStringLiteral("s%1").arg(index + 1);
    const auto day = fromId<Day>(t.value(0).toLower());
    const auto clock = parseClock(t.value(1));
    if (!day || !clock)
        qFatal("bad session line %s", qPrintable(line));
    s.day = *day;
    s.startMinute = *clock;
    int i = 2;
    if (t.value(i) == u"strength") {
        s.kind = Kind::Strength;
        s.focus = *fromId<Focus>(t.value(i + 1));
        s.load = *fromId<Load>(t.value(i + 2));
        i += 3;
    } else if (t.value(i) == u"mobility") {
        s.kind = Kind::Mobility;
        i += 1;
    } else {
        s.kind = Kind::Cardio;
        const auto m = fromId<Modality>(t.value(i));
        const auto in = fromId<Intensity>(t.value(i + 1));
        if (!m || !in)
            qFatal("bad cardio in %s", qPrintable(line));
        s.modality = *m;
        s.intensity = *in;
        i += 2;
    }
    s.durationMin = t.value(i).toInt();
    for (++i; i < t.size(); ++i) {
        const QString &opt = t[i];
        if (opt.startsWith(u"rpe="))
            s.rpe = opt.mid(4).toDouble();
        else if (opt.startsWith(u"id="))
            s.id = opt.mid(3);
        else if (opt.startsWith(u"w="))
            s.week = opt.mid(2).toInt();
        else if (opt.startsWith(u"legs="))
            s.loadsLegs = opt.mid(5) == u"true";
        else if (opt == u"explosive")
            s.explosive = true;
        else if (opt.startsWith(u"title="))
            s.title = opt.mid(6).replace(u'_', u' ');
        else
            qFatal("bad option %s", qPrintable(opt));
    }
    return s;
}

// goal id, sessions separated by ';'. Defaults of the docs/rules.md examples: intermediate,
// 82 kg, age 35, one week, repeat false.
inline Plan makePlan(const QString &goal, const QString &sessions, bool repeat = false, int weeks = 1,
                     Experience level = Experience::Intermediate)
{
    Plan p;
    p.name = QStringLiteral("test");
    p.weeks = weeks;
    p.repeat = repeat;
    p.profile.goal = *fromId<Goal>(goal);
    p.profile.experience = level;
    p.profile.bodyMassKg = 82;
    p.profile.age = 35;
    const QStringList lines = sessions.split(u';', Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i)
        p.sessions.append(parseSession(lines[i].trimmed(), i));
    p.sortSessions();
    return p;
}

} // namespace ordo::test
