// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIcon>
#include <QString>

// Icons of the menus and the toolbar: the desktop theme's when it has one, else the copy
// shipped in the ui library's resources (offscreen and bare window managers have no theme).
namespace ordo {

QIcon themeIcon(const QString &name);

} // namespace ordo
