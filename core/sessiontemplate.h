// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The palette's catalogue of session templates: built-in strength (by focus and load),
// cardio (by modality and intensity) and mobility templates, plus the user's own templates
// stored in settings as plan bytes. Used by the palette model and File ▸ New-style helpers.
namespace ordo {

struct SessionTemplate
{
    QString id; // stable ASCII id, e.g. "heavy-lower"; user templates "user-<n>"
    Session session; // the prototype: title, kind, focus/load or modality/intensity, duration
    bool user = false;
    bool operator==(const SessionTemplate &) const = default;
};

QList<SessionTemplate> builtinSessionTemplates();
const SessionTemplate *findBuiltinSessionTemplate(const QString &id);

// User templates travel through settings as a plan file (validated on read like any file).
QByteArray serializeUserTemplates(const QList<SessionTemplate> &templates);
QList<SessionTemplate> parseUserTemplates(const QByteArray &bytes);
// A template made from an existing session (its position is dropped).
SessionTemplate templateFromSession(const Session &session, const QString &id);

} // namespace ordo
