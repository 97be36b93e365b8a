// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// Streams JSON text with keys in the caller's order and two-space indentation, which
// QJsonDocument cannot do (it sorts keys and indents by four). Used by plan files and
// `ordo check --json` so their output is stable byte for byte.
namespace ordo {

class JsonWriter
{
public:
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
    void field(const QString &name, const QJsonValue &v)
    {
        key(name);
        value(v);
    }

    QByteArray finish(); // adds the final newline

    static QByteArray formatNumber(double d);
    static QByteArray quote(const QString &s);

private:
    void beforeValue();
    void newline();

    QByteArray m_out;
    int m_depth = 0;
    bool m_firstInContainer = true;
    bool m_afterKey = false;
};

} // namespace ordo
