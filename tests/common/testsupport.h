// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planio.h"

#include <QFile>
#include <QString>
#include <QTest>

#include <dirent.h>

// Helpers shared by the test executables: reading fixtures and building small plans.
namespace ordo::test {

inline QByteArray readFixture(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    return f.readAll();
}

// The number of entries in a folder as the system lists them: QDir skips names that are not
// UTF-8.
inline int filesIn(const QString &folder)
{
    int count = 0;
    if (DIR *dir = ::opendir(QFile::encodeName(folder).constData())) {
        while (const dirent *entry = ::readdir(dir))
            count += qstrcmp(entry->d_name, ".") != 0 && qstrcmp(entry->d_name, "..") != 0;
        ::closedir(dir);
    }
    return count;
}

inline QString dataDir()
{
    return QStringLiteral(ORDO_TEST_DATA_DIR);
}

} // namespace ordo::test
