// SPDX-License-Identifier: GPL-3.0-or-later

#include "outputfile.h"

#include "planio.h"

namespace ordo {

bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *errorString)
{
    // Only regular files are written (atomically). A FIFO or a device would block or be
    // replaced by the rename; standard output is "-", handled by the caller.
    return writeFileAtomically(path, bytes, errorString);
}

} // namespace ordo
