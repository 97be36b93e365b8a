// SPDX-License-Identifier: GPL-3.0-or-later

#include "keybindings.h"

namespace ordo::KeyBindings {

QList<QKeySequence> standard(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence> { fallback } : keys;
}

QList<QKeySequence> including(QKeySequence::StandardKey key, const QKeySequence &required)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(required))
        keys.prepend(required);
    return keys;
}

} // namespace ordo::KeyBindings
