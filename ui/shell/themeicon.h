// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIcon>
#include <QString>

// Icons of the menus and the toolbar: the desktop theme's when it has one, else the copy
// shipped in the ui library's resources (offscreen and bare window managers have no theme).
//
// Looking an icon up in the desktop theme reads the theme's index and searches its folders:
// on X11 the first lookup was a quarter of everything done before the window's first paint
// (docs/performance.md). So the icons show the shipped copy until useThemeIcons() is called,
// once the main window has painted, and only then ask the theme.
namespace ordo {

QIcon themeIcon(const QString &name);

// From now on every icon made by themeIcon() (also those made before) shows the theme's
// icon where the theme has one; the buttons showing them repaint. Called once the main window
// has painted for the first time (MainWindow::firstPainted); calling it again does nothing.
void useThemeIcons();
bool themeIconsInUse();

// An icon of the ui library's resources (":/icons/NAME.svg"), never the theme's, read when first
// drawn: an icon only shown in a menu loads neither the file nor the SVG icon plugin before the
// window paints.
QIcon shippedIcon(const QString &path);

} // namespace ordo
