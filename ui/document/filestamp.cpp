// SPDX-License-Identifier: GPL-3.0-or-later

#include "filestamp.h"

#include "nativepath.h"

#include <sys/stat.h>

namespace ordo {

FileStamp FileStamp::of(const QString &path)
{
    FileStamp stamp;
    struct stat st;
    if (path.isEmpty() || ::stat(nativeFromPath(path).constData(), &st) != 0)
        return stamp;
    stamp.exists = true;
    stamp.modifiedNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    stamp.size = qint64(st.st_size);
    stamp.device = quint64(st.st_dev);
    stamp.inode = quint64(st.st_ino);
    return stamp;
}

} // namespace ordo
