// SPDX-License-Identifier: GPL-3.0-or-later

#include "phase.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Phase)
};

constexpr std::array<QStringView, 6> kIds { u"base", u"build", u"peak", u"deload", u"taper", u"custom" };

} // namespace

QString toId(Phase phase)
{
    return kIds[std::size_t(phase)].toString();
}

std::optional<Phase> phaseFromId(QStringView id)
{
    for (std::size_t i = 0; i < kIds.size(); ++i) {
        if (kIds[i] == id)
            return Phase(i);
    }
    return std::nullopt;
}

QStringList phaseIds()
{
    QStringList out;
    for (QStringView id : kIds)
        out.append(id.toString());
    return out;
}

QString displayName(Phase phase)
{
    switch (phase) {
    case Phase::Base:
        return Tr::tr("Base");
    case Phase::Build:
        return Tr::tr("Build");
    case Phase::Peak:
        return Tr::tr("Peak");
    case Phase::Deload:
        return Tr::tr("Deload");
    case Phase::Taper:
        return Tr::tr("Taper");
    case Phase::Custom:
        return Tr::tr("Custom");
    }
    return {};
}

QString phaseLabel(const WeekPhase &phase)
{
    return phase.phase == Phase::Custom && !phase.label.isEmpty() ? phase.label : displayName(phase.phase);
}

} // namespace ordo
