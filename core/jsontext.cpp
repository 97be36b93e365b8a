// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsontext.h"

#include <QStringDecoder>

namespace ordo {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

} // namespace

JsonText::JsonText(const QByteArray &text)
    : m_text(text)
{ }

qsizetype JsonText::skipSpace(qsizetype i) const
{
    while (i < m_text.size() && isSpace(m_text[i]))
        ++i;
    return i;
}

qsizetype JsonText::stringEnd(const QByteArray &text, qsizetype quote)
{
    qsizetype i = quote + 1;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\\')
            i += 2;
        else if (c == '"')
            return i + 1;
        else
            ++i;
    }
    return text.size();
}

qsizetype JsonText::valueEnd(const QByteArray &text, qsizetype begin)
{
    const qsizetype n = text.size();
    if (begin >= n)
        return n;
    const char first = text[begin];
    if (first == '"')
        return stringEnd(text, begin);
    if (first != '{' && first != '[') {
        qsizetype i = begin;
        while (i < n && !isSpace(text[i]) && text[i] != ',' && text[i] != '}' && text[i] != ']')
            ++i;
        return i;
    }
    // Nesting is bounded by the parser (1,024 levels); count brackets, skip strings.
    int depth = 0;
    qsizetype i = begin;
    while (i < n) {
        const char c = text[i];
        if (c == '"') {
            i = stringEnd(text, i);
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
        ++i;
    }
    return n;
}

JsonText::Span JsonText::root() const
{
    qsizetype begin = skipSpace(0);
    // Qt's parser also skips a byte order mark before the value.
    if (m_text.mid(begin, 3) == "\xEF\xBB\xBF")
        begin = skipSpace(begin + 3);
    return { begin, valueEnd(m_text, begin) };
}

QString JsonText::decodeKey(qsizetype quote, qsizetype end) const
{
    QString out;
    // A U+FEFF after the first character is kept (QString::fromUtf8 would drop it).
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    qsizetype i = quote + 1;
    const qsizetype last = end - 1; // the closing quote
    // Qt's parser drops one raw U+FEFF at the start of a string; so does this, to agree.
    if (m_text.mid(i, 3) == "\xEF\xBB\xBF")
        i += 3;
    while (i < last) {
        qsizetype run = i;
        while (run < last && m_text[run] != '\\')
            ++run;
        if (run > i) {
            out += utf8.decode(QByteArrayView(m_text.constData() + i, run - i));
            i = run;
            continue;
        }
        const char e = m_text[i + 1];
        i += 2;
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 0; k < 4 && i < last; ++k, ++i)
                unit = char16_t(unit * 16 + hexDigit(m_text[i]));
            out += QChar(unit); // a lone surrogate stays one, as in Qt
            break;
        }
        default: // '"', '\\', '/'
            out += QLatin1Char(e);
            break;
        }
    }
    return out;
}

QList<JsonText::Member> JsonText::members(Span object) const
{
    QList<Member> out;
    if (!object.isValid() || object.begin >= m_text.size() || m_text[object.begin] != '{')
        return out;
    qsizetype i = skipSpace(object.begin + 1);
    while (i < object.end && m_text[i] == '"') {
        const qsizetype keyEnd = stringEnd(m_text, i);
        Member m;
        m.key = decodeKey(i, keyEnd);
        i = skipSpace(keyEnd);
        i = skipSpace(i + 1); // ':'
        m.value = { i, valueEnd(m_text, i) };
        out.append(m);
        i = skipSpace(m.value.end);
        if (i < object.end && m_text[i] == ',')
            i = skipSpace(i + 1);
    }
    return out;
}

JsonText::Span JsonText::member(Span object, QStringView key) const
{
    Span found;
    for (const Member &m : members(object)) {
        if (m.key == key)
            found = m.value;
    }
    return found;
}

QList<JsonText::Span> JsonText::elements(Span array) const
{
    QList<Span> out;
    if (!array.isValid() || array.begin >= m_text.size() || m_text[array.begin] != '[')
        return out;
    qsizetype i = skipSpace(array.begin + 1);
    while (i < array.end && m_text[i] != ']') {
        const Span s { i, valueEnd(m_text, i) };
        out.append(s);
        i = skipSpace(s.end);
        if (i < array.end && m_text[i] == ',')
            i = skipSpace(i + 1);
    }
    return out;
}

QByteArray JsonText::minified(Span value) const
{
    QByteArray out;
    if (!value.isValid())
        return out;
    out.reserve(value.end - value.begin);
    qsizetype i = value.begin;
    while (i < value.end) {
        const char c = m_text[i];
        if (c == '"') {
            const qsizetype e = stringEnd(m_text, i);
            out.append(m_text.constData() + i, e - i);
            i = e;
        } else {
            if (!isSpace(c))
                out += c;
            ++i;
        }
    }
    return out;
}

} // namespace ordo
