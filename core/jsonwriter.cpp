#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace ordo {

void JsonWriter::newline()
{
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
    if (!m_firstInContainer)
        m_out += ',';
    newline();
    m_firstInContainer = false;
    m_out += quote(name);
    m_out += ": ";
    m_afterKey = true;
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
    case QJsonValue::Double:
        m_out += formatNumber(v.toDouble());
        break;
    case QJsonValue::String:
        m_out += quote(v.toString());
        break;
    default:
        break;
    }
}

QByteArray JsonWriter::finish()
{
    QByteArray out = std::move(m_out);
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

QByteArray JsonWriter::quote(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace ordo
