// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The one naming scheme for files made from a plan (Save As, PDF, calendar): the plan's name
// with path separators, characters Windows or macOS refuse, and control characters replaced,
// so "Fat loss - 4 day upper/lower" becomes "Fat loss - 4 day upper-lower.ordo". The file
// commands put it in the last used folder, or Documents.
namespace ordo {

// `suffix` includes its dot (".ordo", ".pdf", ".ics").
QString planFileName(const QString &planName, const QString &suffix);

} // namespace ordo
