// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planio.h"

#include <QString>
#include <QStringList>

// The `ordo` command line (docs/cli.md): dispatches sub-commands that work without a display,
// and otherwise starts the desktop app. Each sub-command lives in its own file
// (checkcommand.cpp, exportcommand.cpp, …) and uses the helpers declared here.
namespace ordo::cli {

enum ExitCode {
    Done = 0,
    StrictFindings = 1,
    UsageError = 2,
    InvalidPlan = 3,
    OutputFailed = 4,
};

int run(int argc, char *argv[]);

// "ordo: FILE: WHERE: WHAT" on standard error (WHERE omitted when empty).
void printError(const QString &file, const QString &where, const QString &what);
int usageError(const QString &what); // prints and returns UsageError
void printOut(const QString &text); // UTF-8 to standard output, as is

// Reads PLAN (path, "-" or template:NAME); on failure prints every error and returns nullopt.
std::optional<Plan> loadPlanOrReport(const QString &source);

int runCheck(const QStringList &args);
int runExport(int argc, char *argv[], const QStringList &args);

} // namespace ordo::cli
