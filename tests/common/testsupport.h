// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planio.h"

#include <QFile>
#include <QString>
#include <QTest>

// Helpers shared by the test executables: reading fixtures and building small plans.
namespace ordo::test {

inline QByteArray readFixture(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    return f.readAll();
}

inline QString dataDir()
{
    return QStringLiteral(ORDO_TEST_DATA_DIR);
}

} // namespace ordo::test
