// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// What a file on disk looked like at one moment: whether it existed, its modification time
// (in nanoseconds), its size and which file it was (device and inode, so a file replaced by
// a rename counts as changed). The document keeps the stamp of the file it last read or
// wrote; a different stamp now means another program or window changed the file since.
namespace ordo {

struct FileStamp
{
    bool exists = false;
    qint64 modifiedNs = 0;
    qint64 size = -1;
    quint64 device = 0;
    quint64 inode = 0;

    // Reads the file's metadata now, by the name's own bytes (nativepath.h).
    static FileStamp of(const QString &path);
    bool operator==(const FileStamp &) const = default;
};

} // namespace ordo
