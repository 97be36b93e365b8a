// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

// Writes an exported file: atomically (QSaveFile) for regular files, directly for existing
// special files such as /dev/stdout, whose node a rename would replace.
namespace ordo {

bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *errorString);

} // namespace ordo
