// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clispec.h"
#include "planio.h"

#include <QString>
#include <QStringList>

// The `ordo` command line (docs/cli.md): parses every word with the definitions of clispec.h
// before any QCoreApplication exists, dispatches the sub-commands that work without a display,
// and otherwise starts the desktop app. Each sub-command lives in its own file
// (checkcommand.cpp, exportcommand.cpp, …) and uses the helpers declared here.
namespace ordo::cli {

class CommandParser;

int run(int argc, char *argv[]);

// The language asked for with --lang; empty: the system's (core/translations.h).
QString language();
// Ends the QCoreApplication that translates the command line's texts, before a command
// creates the QApplication it needs (and installs the translations in that one).
void releaseTextApp();

// "ordo: FILE: WHERE: WHAT" on standard error (WHERE omitted when empty).
void printError(const QString &file, const QString &where, const QString &what);
int usageError(const QString &what); // prints and returns UsageError
// UTF-8 to standard output, as is; false (and an error line) if it could not all be written.
bool printOut(const QString &text);
bool writeStandardOutput(const QByteArray &bytes); // false if the bytes could not all be written

// Reads PLAN (path, "-" or template:NAME); on failure prints every error and returns nullopt.
std::optional<Plan> loadPlanOrReport(const QString &source);

int runCheck(const CommandParser &parser);
int runArrange(const CommandParser &parser);
int runExport(int argc, char *argv[], const CommandParser &parser);

} // namespace ordo::cli
