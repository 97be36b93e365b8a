// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Starts the desktop app: QApplication, main window, optional PLAN and the options used by
// scripts (--screenshot FILE, --measure-startup). The command line (app/commandline.cpp)
// parses them, with Qt's own options still in argv for QApplication to take.
namespace ordo {

struct DesktopOptions
{
    QString language; // --lang; empty: the Language preference, else the system's
    QString planSource;
    QString screenshotPath;
    bool measureStartup = false;
};

int runDesktopApp(int argc, char *argv[], const DesktopOptions &options);

} // namespace ordo
