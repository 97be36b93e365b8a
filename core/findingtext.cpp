// SPDX-License-Identifier: GPL-3.0-or-later

#include "findingtext.h"

#include "enums.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {

QString intensityWord(Intensity i)
{
    switch (i) {
    case Intensity::Easy:
        return QCoreApplication::translate("ordo::FindingText", "easy");
    case Intensity::Moderate:
        return QCoreApplication::translate("ordo::FindingText", "moderate");
    case Intensity::Hiit:
        return QCoreApplication::translate("ordo::FindingText", "HIIT");
    }
    return {};
}

QString cardioWords(const Session &cardio, double vigorousMinRpe)
{
    switch (cardio.intensity) {
    case Intensity::Easy:
        return QCoreApplication::translate("ordo::FindingText", "easy cardio");
    case Intensity::Moderate:
        return cardio.effectiveRpe() >= vigorousMinRpe
            ? QCoreApplication::translate("ordo::FindingText", "hard steady cardio")
            : QCoreApplication::translate("ordo::FindingText", "moderate cardio");
    case Intensity::Hiit:
        return QCoreApplication::translate("ordo::FindingText", "HIIT");
    }
    return {};
}

QString formatNumber(double v)
{
    if (std::isinf(v))
        return u"∞"_s;
    const double r = std::round(v * 10) / 10;
    return QString::number(r, 'f', r == std::round(r) ? 0 : 1);
}

} // namespace ordo
