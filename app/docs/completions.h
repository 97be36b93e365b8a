// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

// Shell completions for ordo, written from the command-line definitions of clispec.h by
// ordo_clidocs at build time: sub-commands, options, option values, built-in plan names
// (template:NAME) and .ordo files. `templates` are the built-in plans' names.
namespace ordo::cli {

QString bashCompletion(const QStringList &templates);
QString zshCompletion(const QStringList &templates);
QString fishCompletion(const QStringList &templates);

} // namespace ordo::cli
