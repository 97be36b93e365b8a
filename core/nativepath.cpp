// SPDX-License-Identifier: GPL-3.0-or-later

#include "nativepath.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstring>

#if defined(Q_OS_UNIX)
#include <climits>
#include <cstdlib>
#include <sys/stat.h>
#endif

namespace ordo {
namespace {

constexpr char16_t kFirstKeptByte = 0xDC80; // U+DC80 + (byte - 0x80)

// Length of the valid UTF-8 sequence at `i`, or 0 if the byte there does not start one.
int validSequenceLength(const QByteArray &b, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return k < b.size() ? uchar(b[k]) : uchar(0); };
    const uchar c = byte(i);
    auto continuation = [&](qsizetype k) { return (byte(k) & 0xC0) == 0x80; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return continuation(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const uchar c1 = byte(i + 1);
        // No overlong forms (E0 80–9F) and no encoded surrogates (ED A0–BF).
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))
            return 0;
        return continuation(i + 1) && continuation(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const uchar c1 = byte(i + 1);
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
            return 0;
        return continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    }
    return 0;
}

#if defined(Q_OS_UNIX)
// The absolute path with the symlinks of its folder resolved; the last part kept as given.
QByteArray resolvedParent(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const qsizetype slash = absolute.lastIndexOf(u'/');
    const QByteArray folder = nativeFromPath(slash <= 0 ? QStringLiteral("/") : absolute.left(slash));
    char resolved[PATH_MAX];
    QByteArray out = ::realpath(folder.constData(), resolved) ? QByteArray(resolved) : folder;
    return out + '/' + nativeFromPath(absolute.mid(slash + 1));
}
#endif

} // namespace

QString pathFromNative(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    // A name may start with U+FEFF; QString::fromUtf8 would drop it.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    qsizetype i = 0;
    while (i < bytes.size()) {
        // Copy the longest valid run at once.
        qsizetype run = i;
        int n = 0;
        while (run < bytes.size() && (n = validSequenceLength(bytes, run)) > 0)
            run += n;
        if (run > i) {
            out += utf8.decode(QByteArrayView(bytes.constData() + i, run - i));
            i = run;
        }
        if (i < bytes.size()) {
            out += QChar(char16_t(kFirstKeptByte + (uchar(bytes[i]) - 0x80)));
            ++i;
        }
    }
    return out;
}

QByteArray nativeFromPath(const QString &path)
{
    QByteArray out;
    out.reserve(path.size());
    const qsizetype n = path.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = path[i].unicode();
        if (u >= kFirstKeptByte && u <= 0xDCFF && !(i > 0 && QChar::isHighSurrogate(path[i - 1].unicode()))) {
            out += QStringView(path).mid(start, i - start).toUtf8();
            out += char(0x80 + (u - kFirstKeptByte));
            start = i + 1;
        }
    }
    out += QStringView(path).mid(start).toUtf8();
    return out;
}

bool isPlainPath(const QString &path)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i].isLowSurrogate() && !(i > 0 && path[i - 1].isHighSurrogate()))
            return false;
    }
    return true;
}

bool isSameFile(const QString &a, const QString &b)
{
#if defined(Q_OS_UNIX)
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    const bool aExists = ::stat(nativeFromPath(a).constData(), &sa) == 0;
    const bool bExists = ::stat(nativeFromPath(b).constData(), &sb) == 0;
    if (aExists && bExists)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    if (aExists != bExists)
        return false;
    return resolvedParent(a) == resolvedParent(b);
#else
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
#endif
}

QString systemErrorString(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

} // namespace ordo
