// SPDX-License-Identifier: GPL-3.0-or-later

#include "planfilename.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// Long enough for any plan name people give; short enough for 255-byte file systems once
// the name is UTF-8 and a suffix is added.
constexpr int kMaxBaseLength = 80;

} // namespace

QString planFileName(const QString &planName, const QString &suffix)
{
    // Separators and the characters Windows reserves (files travel between systems).
    static const QRegularExpression reserved(u"[/\\\\:*?\"<>|]"_s);
    static const QRegularExpression control(u"[\\x00-\\x1f\\x7f]"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    QString base = planName;
    base.replace(reserved, u"-"_s);
    base.replace(control, u" "_s);
    base.replace(spaces, u" "_s);
    base = base.left(kMaxBaseLength).trimmed();
    // No hidden file (leading dot), no name Windows trims (trailing dots and spaces).
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    while (base.endsWith(u'.') || base.endsWith(u' '))
        base.chop(1);
    // Device names Windows will not open as files.
    static const QRegularExpression device(u"^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(base).hasMatch())
        base = QCoreApplication::translate("ordo::PlanFileName", "%1 plan").arg(base);
    if (base.isEmpty())
        base = QCoreApplication::translate("ordo::PlanFileName", "Untitled plan");
    return base + suffix;
}

} // namespace ordo
