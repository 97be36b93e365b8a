// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

// Writes an exported file atomically, like a plan: the previous file or the whole new one,
// never over a FIFO or a device node (docs/reliability.md, "Never lose a plan").
namespace ordo {

bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *errorString);

} // namespace ordo
