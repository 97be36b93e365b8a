// SPDX-License-Identifier: GPL-3.0-or-later

#include "dragpayload.h"

#include "planio.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

constexpr int kPayloadVersion = 1;

QString originId(DragOrigin origin)
{
    return origin == DragOrigin::Palette ? u"palette"_s : u"sessions"_s;
}

QString spanId(DragSpan span)
{
    switch (span) {
    case DragSpan::Sessions:
        break;
    case DragSpan::Day:
        return u"day"_s;
    case DragSpan::Week:
        return u"week"_s;
    }
    return u"sessions"_s;
}

} // namespace

QString dragPayloadMimeType()
{
    return u"application/x-ordo-sessions"_s;
}

QByteArray encodeDragPayload(const DragPayload &payload)
{
    // The sessions travel inside a one-week plan so that decoding can reuse the plan
    // reader's validation instead of a second, weaker parser.
    Plan carrier;
    carrier.name = u"drag"_s;
    int maxWeek = 0;
    for (const Session &s : payload.sessions)
        maxWeek = std::max(maxWeek, s.week);
    carrier.weeks = maxWeek + 1;
    carrier.sessions = payload.sessions;
    carrier.sortSessions();
    const QJsonDocument planDoc = QJsonDocument::fromJson(serializePlan(carrier));
    QJsonObject root;
    root.insert(u"format"_s, u"ordo-drag"_s);
    root.insert(u"version"_s, kPayloadVersion);
    root.insert(u"origin"_s, originId(payload.origin));
    if (payload.span != DragSpan::Sessions) // absent means sessions: older payloads stay valid
        root.insert(u"span"_s, spanId(payload.span));
    root.insert(u"plan"_s, planDoc.object());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<DragPayload> decodeDragPayload(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > kMaxDragPayloadBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != u"ordo-drag"_s)
        return std::nullopt;
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != kPayloadVersion)
        return std::nullopt;
    DragPayload payload;
    const QString origin = root.value(u"origin"_s).toString();
    if (origin == originId(DragOrigin::Palette))
        payload.origin = DragOrigin::Palette;
    else if (origin == originId(DragOrigin::Sessions))
        payload.origin = DragOrigin::Sessions;
    else
        return std::nullopt;
    const QJsonValue span = root.value(u"span"_s);
    if (span.isUndefined() || span.toString() == spanId(DragSpan::Sessions))
        payload.span = DragSpan::Sessions;
    else if (span.toString() == spanId(DragSpan::Day))
        payload.span = DragSpan::Day;
    else if (span.toString() == spanId(DragSpan::Week))
        payload.span = DragSpan::Week;
    else
        return std::nullopt;
    const QJsonValue plan = root.value(u"plan"_s);
    if (!plan.isObject())
        return std::nullopt;
    const ReadResult read = parsePlan(QJsonDocument(plan.toObject()).toJson(QJsonDocument::Compact));
    if (!read.ok() || read.plan->sessions.isEmpty() || read.plan->sessions.size() > kMaxDragPayloadSessions)
        return std::nullopt;
    payload.sessions = read.plan->sessions;
    return payload;
}

QMimeData *createDragMimeData(const DragPayload &payload)
{
    auto *data = new QMimeData;
    data->setData(dragPayloadMimeType(), encodeDragPayload(payload));
    QStringList titles;
    for (const Session &s : payload.sessions)
        titles.append(s.displayTitle());
    data->setText(titles.join(u'\n'));
    return data;
}

std::optional<DragPayload> decodeDragMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(dragPayloadMimeType()))
        return std::nullopt;
    return decodeDragPayload(data->data(dragPayloadMimeType()));
}

} // namespace ordo
