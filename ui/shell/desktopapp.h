// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Starts the desktop app: QApplication, main window, optional PLAN argument and the
// hidden options used by scripts (--screenshot FILE). Called by the command line.
namespace ordo {

int runDesktopApp(int argc, char *argv[]);

} // namespace ordo
