// SPDX-License-Identifier: GPL-3.0-or-later

#include "thresholds.h"

#include "settingstable.h"

#include <QHash>

namespace ordo {

namespace {

using Field = double Thresholds::*;

const QHash<QString, Field> &fieldsByName()
{
    static const QHash<QString, Field> map = [] {
        QHash<QString, Field> m;
#define ORDO_THRESHOLD_ENTRY(field, name) m.insert(QString::fromLatin1(name), &Thresholds::field);
        ORDO_THRESHOLD_FIELDS(ORDO_THRESHOLD_ENTRY)
#undef ORDO_THRESHOLD_ENTRY
        return m;
    }();
    return map;
}

} // namespace

const Thresholds &Thresholds::defaults()
{
    static const Thresholds d = [] {
        Thresholds t;
        for (const SettingDefinition &def : settingDefinitions())
            t.set(def.name, def.defaultValue);
        return t;
    }();
    return d;
}

Thresholds Thresholds::forPlan(const Plan &plan)
{
    Thresholds t = defaults();
    for (auto it = plan.analysis.thresholds.cbegin(); it != plan.analysis.thresholds.cend(); ++it)
        t.set(it.key(), it.value());
    return t;
}

bool Thresholds::set(const QString &settingName, double value)
{
    const auto it = fieldsByName().constFind(settingName);
    if (it == fieldsByName().cend())
        return false;
    this->*(it.value()) = value;
    return true;
}

QStringList Thresholds::settingNames()
{
    QStringList names;
#define ORDO_THRESHOLD_NAME(field, name) names.append(QString::fromLatin1(name));
    ORDO_THRESHOLD_FIELDS(ORDO_THRESHOLD_NAME)
#undef ORDO_THRESHOLD_NAME
    return names;
}

} // namespace ordo
