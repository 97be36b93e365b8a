// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QKeySequence>
#include <QList>

// The keys of a standard command: the platform's own, else a fallback a person expects on
// Linux desktops (Save As is Ctrl+Shift+S; some platform themes give no key at all). Used by
// the main window and the file commands when they create their actions.
namespace ordo::KeyBindings {

// The platform's keys for `key`, or `fallback` when the platform has none.
QList<QKeySequence> standard(QKeySequence::StandardKey key, const QKeySequence &fallback);
// The platform's keys for `key`, always including `required`.
QList<QKeySequence> including(QKeySequence::StandardKey key, const QKeySequence &required);

} // namespace ordo::KeyBindings
