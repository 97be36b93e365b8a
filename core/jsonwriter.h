// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// Streams JSON text with keys in the caller's order and two-space indentation, which
// QJsonDocument cannot do (it sorts keys and indents by four). Used by plan files and
// `ordo check --json` so their output is stable byte for byte. The compact style writes the
// fewest bytes the JSON grammar allows for the same values (plan files too large to indent).
namespace ordo {

class JsonWriter
{
public:
    enum class Style { Indented, Compact };
    explicit JsonWriter(Style style = Style::Indented)
        : m_style(style)
    { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &name); // next value belongs to this key
    void value(const QJsonValue &v); // any value; objects keep QJsonObject's key order
    void value(const QString &s) { value(QJsonValue(s)); }
    void value(double d) { value(QJsonValue(d)); }
    void value(int i) { value(QJsonValue(i)); }
    void value(bool b) { value(QJsonValue(b)); }
    // One JSON value given as minified text (UnknownKeys), re-indented in the indented style.
    void rawValue(const QByteArray &minifiedJson);
    void field(const QString &name, const QJsonValue &v)
    {
        key(name);
        value(v);
    }

    QByteArray finish(); // adds the final newline (indented style)

    // Stops writing once the text passes `bytes` (overflowed() then says so): indenting deeply
    // nested unknown values grows with the square of their depth.
    void setLimit(qint64 bytes) { m_limit = bytes; }
    bool overflowed() const { return m_limit >= 0 && m_out.size() > m_limit; }

    static QByteArray formatNumber(double d);
    // The shortest text that reads back as `d`: "1e-5" rather than "0.00001", "1e3" for 1000.
    static QByteArray shortestNumber(double d);
    static QByteArray quote(const QString &s);
    // As quote(), but U+FEFF is escaped only where Qt's parser would drop it (the start).
    static QByteArray quoteCompact(const QString &s);

private:
    void beforeValue();
    void newline();
    void rawKey(const QByteArray &quoted);
    static QByteArray quoteString(const QString &s, bool escapeEveryFeff);

    Style m_style = Style::Indented;
    qint64 m_limit = -1;
    QByteArray m_out;
    int m_depth = 0;
    bool m_firstInContainer = true;
    bool m_afterKey = false;
};

} // namespace ordo
