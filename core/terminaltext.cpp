// SPDX-License-Identifier: GPL-3.0-or-later

#include "terminaltext.h"

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

bool needsEscape(char16_t u)
{
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) // C0, DEL, C1
        || u == 0x2028 || u == 0x2029 // line and paragraph separators
        || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)
        || u == 0xfeff;
}

QString hex(unsigned value, int digits)
{
    return QString::number(value, 16).rightJustified(digits, u'0');
}

} // namespace

QString visibleText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text.mid(i, 2);
            ++i;
            continue;
        }
        if (QChar::isSurrogate(u)) {
            // U+DC80…U+DCFF stand for a byte of a file name that is not UTF-8.
            out += u >= 0xdc80 && u <= 0xdcff ? u"\\x"_s + hex(u - 0xdc00, 2) : u"\\u"_s + hex(u, 4);
            continue;
        }
        if (!needsEscape(u)) {
            out += QChar(u);
            continue;
        }
        switch (u) {
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case 0x1b:
            out += u"\\e"_s;
            break;
        default:
            out += u < 0x80 ? u"\\x"_s + hex(u, 2) : u"\\u"_s + hex(u, 4);
            break;
        }
    }
    return out;
}

QString cutText(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype keep = std::max<qsizetype>(maxChars - 1, 0);
    if (keep > 0 && text[keep - 1].isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

} // namespace ordo
