// SPDX-License-Identifier: GPL-3.0-or-later

#include "plan.h"

#include "enums.h"

#include <algorithm>

namespace ordo {

double Session::defaultRpe() const
{
    // Defaults from docs/plan-format.md, "Session" table.
    switch (kind) {
    case Kind::Strength:
        switch (load) {
        case Load::Heavy:
            return 8;
        case Load::Moderate:
            return 6;
        case Load::Light:
            return 4;
        }
        break;
    case Kind::Cardio:
        switch (intensity) {
        case Intensity::Hiit:
            return 8;
        case Intensity::Moderate:
            return 5;
        case Intensity::Easy:
            return 3;
        }
        break;
    case Kind::Mobility:
        return 2;
    }
    return 5;
}

QString Session::displayTitle() const
{
    if (!title.isEmpty())
        return title;
    switch (kind) {
    case Kind::Strength:
        return displayName(load) + u' ' + displayName(focus).toLower();
    case Kind::Cardio:
        return displayName(intensity) + u' ' + displayName(modality).toLower();
    case Kind::Mobility:
        return displayName(Kind::Mobility);
    }
    return id;
}

int Plan::indexOf(const QString &id) const
{
    for (int i = 0; i < sessions.size(); ++i) {
        if (sessions[i].id == id)
            return i;
    }
    return -1;
}

const Session *Plan::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &sessions[i];
}

Session *Plan::find(const QString &id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &sessions[i];
}

bool Plan::hasMissed() const
{
    return std::any_of(sessions.cbegin(), sessions.cend(), [](const Session &s) { return s.missed; });
}

void Plan::sortSessions()
{
    std::stable_sort(sessions.begin(), sessions.end(), [](const Session &a, const Session &b) {
        if (a.axisStart() != b.axisStart())
            return a.axisStart() < b.axisStart();
        return a.id < b.id;
    });
}

const WeekPhase *Plan::phaseOf(int week) const
{
    for (const WeekPhase &p : phases) {
        if (p.week == week)
            return &p;
    }
    return nullptr;
}

QString Plan::nextSessionId() const
{
    int highest = 0;
    for (const Session &s : sessions) {
        if (s.id.startsWith(u's')) {
            bool ok = false;
            const int n = s.id.mid(1).toInt(&ok);
            if (ok)
                highest = std::max(highest, n);
        }
    }
    QString candidate;
    for (int n = highest + 1;; ++n) {
        candidate = u's' + QString::number(n);
        if (indexOf(candidate) < 0)
            return candidate;
    }
}

} // namespace ordo
