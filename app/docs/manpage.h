// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

// The man page ordo(1) in roff (man macros), written from the command-line definitions of
// clispec.h by ordo_clidocs at build time.
namespace ordo::cli {

// `templates`: the built-in plans' names, listed under PLAN.
QString manPage(const QString &version, const QString &date, const QStringList &templates);

// Escapes plain text for roff: backslashes, minus signs, non-ASCII characters, and a
// control character at the start of a line.
QString roffEscape(const QString &text);

} // namespace ordo::cli
