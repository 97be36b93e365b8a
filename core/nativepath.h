// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

// File names as Linux stores them: bytes, not always UTF-8 (a USB stick from an old system,
// a Latin-1 archive). Qt decodes names as UTF-8 and turns other bytes into U+FFFD, so such a
// file could be neither opened nor saved under its own name. pathFromNative() keeps each
// byte that is not part of valid UTF-8 as a lone low surrogate U+DC80…U+DCFF, which valid
// UTF-8 never yields, and nativeFromPath() turns it back into the byte. The command line
// decodes its arguments this way; plan I/O opens and saves through nativeFromPath().
namespace ordo {

QString pathFromNative(const QByteArray &bytes);
QByteArray nativeFromPath(const QString &path);
// True if Qt's own file classes reach the file under this name (no kept bytes in it).
bool isPlainPath(const QString &path);

// True if both names lead to the same file: the same inode when both exist (symlinks and
// hard links included), otherwise the same absolute path once "." and ".." and the
// symlinks of the folder are resolved.
bool isSameFile(const QString &a, const QString &b);

// "No such file or directory" for ENOENT: the system's message for an errno value.
QString systemErrorString(int errorNumber);

} // namespace ordo
