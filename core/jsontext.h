// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

// The text of a JSON document that a parser (QJsonDocument) has already accepted, walked
// without building values: where each member and element starts and ends, so a value can be
// kept exactly as written. The plan reader uses it for unknown keys, whose numbers would
// otherwise pass through a double (docs/plan-format.md, "Unknown keys are kept").
namespace ordo {

class JsonText
{
public:
    struct Span
    {
        qsizetype begin = -1;
        qsizetype end = -1; // one past the value's last byte
        bool isValid() const { return begin >= 0; }
    };
    struct Member
    {
        QString key; // decoded as Qt decodes it
        Span value;
    };

    // `text` must be valid JSON as QJsonDocument::fromJson accepts it (no byte order mark).
    explicit JsonText(const QByteArray &text);

    Span root() const;
    // The members of the object at `object`, in document order, duplicates included.
    QList<Member> members(Span object) const;
    // The value of the last member named `key` (the one a parser keeps), or an invalid span.
    Span member(Span object, QStringView key) const;
    QList<Span> elements(Span array) const;
    // The value's text without whitespace outside strings; strings and numbers as written.
    QByteArray minified(Span value) const;

    // The end of the string starting at `quote` (one past the closing quote).
    static qsizetype stringEnd(const QByteArray &text, qsizetype quote);
    // The end of the value starting at `begin`: string, number, literal, object or array.
    static qsizetype valueEnd(const QByteArray &text, qsizetype begin);

private:
    qsizetype skipSpace(qsizetype i) const;
    QString decodeKey(qsizetype quote, qsizetype end) const;

    const QByteArray &m_text;
};

} // namespace ordo
