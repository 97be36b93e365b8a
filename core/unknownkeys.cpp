// SPDX-License-Identifier: GPL-3.0-or-later

#include "unknownkeys.h"

#include "jsontext.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ordo {

UnknownKeys UnknownKeys::fromObject(const QJsonObject &object)
{
    UnknownKeys keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.insert(it.key(), it.value());
    return keys;
}

bool UnknownKeys::contains(QStringView key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return true;
    }
    return false;
}

QByteArray UnknownKeys::json(QStringView key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return e.json;
    }
    return {};
}

QJsonValue UnknownKeys::value(QStringView key) const
{
    const QByteArray text = json(key);
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson('[' + text + ']').array().first();
}

bool UnknownKeys::insert(const QString &key, const QByteArray &json)
{
    const QByteArray wrapped = '[' + json + ']';
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return false;
    const JsonText text(wrapped);
    insertParsed(key, text.minified(text.elements(text.root()).first()));
    return true;
}

void UnknownKeys::insert(const QString &key, const QJsonValue &value)
{
    JsonWriter writer(JsonWriter::Style::Compact);
    writer.value(value);
    insertParsed(key, writer.finish());
}

void UnknownKeys::insertParsed(const QString &key, QByteArray minifiedJson)
{
    for (Entry &e : m_entries) {
        if (e.key == key) {
            e.json = std::move(minifiedJson);
            return;
        }
    }
    m_entries.append({ key, std::move(minifiedJson) });
}

} // namespace ordo
