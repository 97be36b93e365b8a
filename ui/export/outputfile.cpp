// SPDX-License-Identifier: GPL-3.0-or-later

#include "outputfile.h"

#include "planio.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ordo {

bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *errorString)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        if (errorString)
            *errorString = QCoreApplication::translate("ordo::OutputFile", "is a directory");
        return false;
    }
    if (info.exists() && !info.isFile()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
            if (errorString)
                *errorString = file.errorString();
            return false;
        }
        return true;
    }
    return writeFileAtomically(path, bytes, errorString);
}

} // namespace ordo
