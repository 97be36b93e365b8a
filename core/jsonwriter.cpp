// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonwriter.h"

#include "jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <limits>

namespace ordo {

void JsonWriter::newline()
{
    if (m_style == Style::Compact)
        return;
    m_out += '\n';
    m_out += QByteArray(m_depth * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_firstInContainer)
            m_out += ',';
        newline();
    }
    m_firstInContainer = false;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    ++m_depth;
    m_firstInContainer = true;
}

void JsonWriter::endObject()
{
    --m_depth;
    if (!m_firstInContainer)
        newline();
    m_out += '}';
    m_firstInContainer = false;
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    ++m_depth;
    m_firstInContainer = true;
}

void JsonWriter::endArray()
{
    --m_depth;
    if (!m_firstInContainer)
        newline();
    m_out += ']';
    m_firstInContainer = false;
}

void JsonWriter::key(const QString &name)
{
    rawKey(m_style == Style::Compact ? quoteCompact(name) : quote(name));
}

void JsonWriter::rawKey(const QByteArray &quoted)
{
    if (!m_firstInContainer)
        m_out += ',';
    newline();
    m_firstInContainer = false;
    m_out += quoted;
    m_out += m_style == Style::Compact ? ":" : ": ";
    m_afterKey = true;
}

void JsonWriter::rawValue(const QByteArray &json)
{
    if (m_style == Style::Compact) {
        beforeValue();
        m_out += json;
        return;
    }
    // Walk the tokens of the minified text and write them as value() would write the same
    // structure; strings and numbers are copied as they are.
    QList<bool> inObject;
    bool keyNext = false;
    const qsizetype n = json.size();
    qsizetype i = 0;
    while (i < n && !overflowed()) {
        const char c = json[i];
        switch (c) {
        case '{':
            beginObject();
            inObject.append(true);
            keyNext = true;
            ++i;
            break;
        case '[':
            beginArray();
            inObject.append(false);
            keyNext = false;
            ++i;
            break;
        case '}':
        case ']':
            c == '}' ? endObject() : endArray();
            inObject.removeLast();
            ++i;
            break;
        case ',':
            keyNext = !inObject.isEmpty() && inObject.last();
            ++i;
            break;
        case ':':
            ++i;
            break;
        default: {
            const qsizetype end = c == '"' ? JsonText::stringEnd(json, i) : JsonText::valueEnd(json, i);
            const QByteArray token = json.mid(i, std::max<qsizetype>(end - i, 1));
            if (keyNext) {
                rawKey(token);
                keyNext = false;
            } else {
                beforeValue();
                m_out += token;
            }
            i += token.size();
            break;
        }
        }
    }
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        beginObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            field(it.key(), it.value());
        endObject();
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        beginArray();
        for (const QJsonValue &e : a)
            value(e);
        endArray();
        return;
    }
    default:
        break;
    }
    beforeValue();
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        m_out += "null";
        break;
    case QJsonValue::Bool:
        m_out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        // Integers beyond 2^53 (kept in unknown keys) must not pass through a double.
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 integer = v.toInteger(notIntegral);
        if (integer != notIntegral && std::fabs(v.toDouble()) >= 9007199254740992.0)
            m_out += QByteArray::number(integer);
        else if (m_style == Style::Compact)
            m_out += shortestNumber(v.toDouble());
        else
            m_out += formatNumber(v.toDouble());
        break;
    }
    case QJsonValue::String:
        m_out += m_style == Style::Compact ? quoteCompact(v.toString()) : quote(v.toString());
        break;
    default:
        break;
    }
}

QByteArray JsonWriter::finish()
{
    QByteArray out = std::move(m_out);
    if (m_style == Style::Indented)
        out += '\n';
    m_out.clear();
    m_depth = 0;
    m_firstInContainer = true;
    m_afterKey = false;
    return out;
}

QByteArray JsonWriter::formatNumber(double d)
{
    if (!std::isfinite(d))
        return "null";
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
        return QByteArray::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest).toUtf8();
}

QByteArray JsonWriter::shortestNumber(double d)
{
    if (!std::isfinite(d))
        return "null";
    QByteArray best = formatNumber(d);
    // Scientific notation without the '+' and the exponent's leading zeros: "1e-05" → "1e-5".
    QByteArray sci = QString::number(d, 'e', QLocale::FloatingPointShortest).toLatin1();
    const qsizetype e = sci.indexOf('e');
    if (e >= 0) {
        QByteArray mantissa = sci.left(e);
        QByteArray exponent = sci.mid(e + 1);
        const bool negative = exponent.startsWith('-');
        if (exponent.startsWith('+') || negative)
            exponent.remove(0, 1);
        while (exponent.size() > 1 && exponent.startsWith('0'))
            exponent.remove(0, 1);
        sci = mantissa + 'e' + (negative ? "-" : "") + exponent;
        if (sci.size() < best.size())
            best = sci;
    }
    return best;
}

QByteArray JsonWriter::quote(const QString &s)
{
    return quoteString(s, true);
}

QByteArray JsonWriter::quoteCompact(const QString &s)
{
    return quoteString(s, false);
}

QByteArray JsonWriter::quoteString(const QString &s, bool escapeEveryFeff)
{
    static const char hex[] = "0123456789abcdef";
    auto escapeUnit = [](QByteArray &out, char16_t u) {
        out += "\\u";
        out += hex[(u >> 12) & 0xf];
        out += hex[(u >> 8) & 0xf];
        out += hex[(u >> 4) & 0xf];
        out += hex[u & 0xf];
    };
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        switch (c) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        default:
            break;
        }
        if (c < 0x20 || (c == 0xFEFF && (escapeEveryFeff || i == 0))) {
            // Control characters must be escaped; U+FEFF is escaped because Qt's parser
            // drops it raw at the start of a string, which would change the plan on reload.
            escapeUnit(out, c);
        } else if (c < 0x80) {
            out += char(c);
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1].unicode())) {
            out += QStringView(s).mid(i, 2).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate has no UTF-8 form; the escape keeps it exactly as it was read.
            escapeUnit(out, c);
        } else {
            out += QStringView(s).mid(i, 1).toUtf8();
        }
    }
    out += '"';
    return out;
}

} // namespace ordo
