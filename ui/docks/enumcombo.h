// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <initializer_list>

// Combo boxes over the plan enums, shared by the session and plan inspectors: items show
// the translated name and carry the enum value as data.
namespace ordo {

template<typename E> QComboBox *enumCombo(QWidget *parent, std::initializer_list<E> values)
{
    auto *combo = new QComboBox(parent);
    for (E v : values)
        combo->addItem(displayName(v), int(v));
    return combo;
}

// Selects `value` without emitting change signals (used when refreshing from the plan).
inline void setComboValue(QComboBox *combo, int value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(value));
}

} // namespace ordo
