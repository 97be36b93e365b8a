// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessiontemplate.h"

#include "planio.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::SessionTemplate)
};

SessionTemplate strength(const QString &id, const QString &title, Focus focus, Load load, int minutes)
{
    SessionTemplate t;
    t.id = id;
    t.session.id = u"t1"_s;
    t.session.title = title;
    t.session.kind = Kind::Strength;
    t.session.focus = focus;
    t.session.load = load;
    t.session.durationMin = minutes;
    return t;
}

SessionTemplate cardio(const QString &id, const QString &title, Modality modality, Intensity intensity,
                       int minutes)
{
    SessionTemplate t;
    t.id = id;
    t.session.id = u"t1"_s;
    t.session.title = title;
    t.session.kind = Kind::Cardio;
    t.session.modality = modality;
    t.session.intensity = intensity;
    t.session.durationMin = minutes;
    return t;
}

SessionTemplate mobility(const QString &id, const QString &title, int minutes)
{
    SessionTemplate t;
    t.id = id;
    t.session.id = u"t1"_s;
    t.session.title = title;
    t.session.kind = Kind::Mobility;
    t.session.durationMin = minutes;
    return t;
}

} // namespace

QList<SessionTemplate> builtinSessionTemplates()
{
    return {
        strength(u"heavy-lower"_s, Tr::tr("Heavy lower"), Focus::Lower, Load::Heavy, 60),
        strength(u"heavy-upper"_s, Tr::tr("Heavy upper"), Focus::Upper, Load::Heavy, 60),
        strength(u"full-body"_s, Tr::tr("Full body"), Focus::Full, Load::Moderate, 60),
        strength(u"moderate-lower"_s, Tr::tr("Moderate lower"), Focus::Lower, Load::Moderate, 45),
        strength(u"moderate-upper"_s, Tr::tr("Moderate upper"), Focus::Upper, Load::Moderate, 45),
        strength(u"light-full"_s, Tr::tr("Light full body"), Focus::Full, Load::Light, 40),
        strength(u"core"_s, Tr::tr("Core"), Focus::Core, Load::Moderate, 20),
        cardio(u"zone1-walk"_s, Tr::tr("Zone 1 walk"), Modality::Walking, Intensity::Easy, 20),
        cardio(u"steady-run"_s, Tr::tr("Steady run"), Modality::Running, Intensity::Moderate, 30),
        cardio(u"bike-hiit"_s, Tr::tr("Bike HIIT"), Modality::Cycling, Intensity::Hiit, 25),
        cardio(u"sprint-intervals"_s, Tr::tr("Sprint intervals"), Modality::Running, Intensity::Hiit, 20),
        cardio(u"tempo-run"_s, Tr::tr("Tempo run"), Modality::Running, Intensity::Hiit, 30),
        cardio(u"easy-swim"_s, Tr::tr("Easy swim"), Modality::Swimming, Intensity::Easy, 30),
        cardio(u"arm-ergometer"_s, Tr::tr("Arm ergometer"), Modality::ArmErgometer, Intensity::Moderate, 20),
        cardio(u"stair-climber"_s, Tr::tr("Stair climber"), Modality::StairClimbing, Intensity::Moderate, 20),
        cardio(u"jump-rope"_s, Tr::tr("Jump rope"), Modality::Jumping, Intensity::Hiit, 15),
        cardio(u"rowing"_s, Tr::tr("Rowing"), Modality::Rowing, Intensity::Moderate, 30),
        cardio(u"easy-bike"_s, Tr::tr("Easy bike"), Modality::Cycling, Intensity::Easy, 30),
        mobility(u"yoga"_s, Tr::tr("Yoga"), 45),
        mobility(u"stretching"_s, Tr::tr("Stretching"), 15),
    };
}

const SessionTemplate *findBuiltinSessionTemplate(const QString &id)
{
    static const QList<SessionTemplate> templates = builtinSessionTemplates();
    for (const SessionTemplate &t : templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QByteArray serializeUserTemplates(const QList<SessionTemplate> &templates)
{
    Plan carrier;
    carrier.name = u"user templates"_s;
    for (const SessionTemplate &t : templates) {
        Session s = t.session;
        s.id = t.id;
        s.week = 0;
        s.day = Day::Mon;
        s.startMinute = 0;
        carrier.sessions.append(s);
    }
    carrier.sortSessions();
    return serializePlan(carrier);
}

QList<SessionTemplate> parseUserTemplates(const QByteArray &bytes)
{
    QList<SessionTemplate> out;
    const ReadResult read = parsePlan(bytes);
    if (!read.ok())
        return out;
    for (const Session &s : read.plan->sessions) {
        SessionTemplate t;
        t.id = s.id;
        t.session = s;
        t.session.id = u"t1"_s;
        t.user = true;
        out.append(t);
    }
    return out;
}

SessionTemplate templateFromSession(const Session &session, const QString &id)
{
    SessionTemplate t;
    t.id = id;
    t.session = session;
    t.session.id = u"t1"_s;
    t.session.week = 0;
    t.session.day = Day::Mon;
    t.session.startMinute = 0;
    if (t.session.title.isEmpty())
        t.session.title = session.displayTitle();
    t.user = true;
    return t;
}

} // namespace ordo
