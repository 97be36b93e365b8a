// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clispec.h"

#include <QString>
#include <QStringList>

// The plain text of `ordo --help` (the desktop command: every command's synopsis) and of
// `ordo COMMAND --help`, laid out from the command-line definitions in clispec.h.
namespace ordo::cli {

QString helpText(const CommandSpec &command);

// The synopsis form "PLAN [--json] [--strict]" split into words, keeping "[...]" groups whole.
QStringList synopsisWords(const QString &form);

// Greedy word wrap: the first line starts with `first`, later lines with `indent` spaces.
QStringList wrapWords(const QStringList &words, const QString &first, int indent, int width);

} // namespace ordo::cli
