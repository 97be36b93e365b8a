// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Keys of a plan file that this version does not know, with their values as JSON text
// exactly as read (minified: only whitespace outside strings is dropped). Numbers keep
// their digits (-0, 1.0, 2^64-1, 30-digit integers) and nested objects their key order, which
// a QJsonValue would not (docs/plan-format.md, "Unknown keys are kept"). Held by Plan,
// Profile, CycleSettings, AnalysisSettings and Session; written back by serializePlan.
namespace ordo {

class UnknownKeys
{
public:
    struct Entry
    {
        QString key;
        QByteArray json; // one minified JSON value
        bool operator==(const Entry &) const = default;
    };

    // From values built in memory, in QJsonObject's key order.
    static UnknownKeys fromObject(const QJsonObject &object);

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    const QList<Entry> &entries() const { return m_entries; }
    bool contains(QStringView key) const;
    QByteArray json(QStringView key) const; // empty if absent
    QJsonValue value(QStringView key) const; // as Qt reads the text; Undefined if absent

    // Adds the key, or replaces its value in place. `json` must be one JSON value; returns
    // false (and changes nothing) otherwise.
    bool insert(const QString &key, const QByteArray &json);
    void insert(const QString &key, const QJsonValue &value);
    // For the plan reader: `minifiedJson` is a value of a document the JSON parser accepted.
    void insertParsed(const QString &key, QByteArray minifiedJson);

    bool operator==(const UnknownKeys &) const = default;

private:
    QList<Entry> m_entries;
};

} // namespace ordo
