// SPDX-License-Identifier: GPL-3.0-or-later

#include "palettemodel.h"

#include "dragpayload.h"
#include "enums.h"
#include "week/weekpainter.h"

#include <QGuiApplication>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

QString intensityText(const Session &s)
{
    switch (s.kind) {
    case Kind::Strength:
        return displayName(s.load) + u" · "_s + displayName(s.focus);
    case Kind::Cardio:
        return displayName(s.intensity) + u" · "_s + displayName(s.modality);
    case Kind::Mobility:
        return displayName(Kind::Mobility);
    }
    return {};
}

} // namespace

PaletteModel::PaletteModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_groups.resize(kGroupCount);
    for (const SessionTemplate &t : builtinSessionTemplates())
        m_groups[int(t.session.kind)].append(t);
}

QString PaletteModel::groupName(int group) const
{
    switch (group) {
    case 0:
        return tr("Strength");
    case 1:
        return tr("Cardio");
    case 2:
        return tr("Mobility");
    default:
        return tr("My templates");
    }
}

QModelIndex PaletteModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < kGroupCount ? createIndex(row, 0, kGroupMarker) : QModelIndex();
    if (parent.internalId() != kGroupMarker || row >= m_groups[parent.row()].size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()));
}

QModelIndex PaletteModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupMarker)
        return {};
    return createIndex(int(child.internalId()), 0, kGroupMarker);
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kGroupCount;
    if (parent.column() != 0 || parent.internalId() != kGroupMarker)
        return 0;
    return int(m_groups[parent.row()].size());
}

int PaletteModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const SessionTemplate *PaletteModel::templateAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupMarker)
        return nullptr;
    const QList<SessionTemplate> &group = m_groups[int(index.internalId())];
    return index.row() < group.size() ? &group[index.row()] : nullptr;
}

QModelIndex PaletteModel::indexOfTemplate(const QString &id) const
{
    for (int g = 0; g < kGroupCount; ++g) {
        for (int i = 0; i < m_groups[g].size(); ++i) {
            if (m_groups[g][i].id == id)
                return createIndex(i, 0, quintptr(g));
        }
    }
    return {};
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupMarker) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return groupName(index.row());
        return {};
    }
    const SessionTemplate *t = templateAt(index);
    if (!t)
        return {};
    const Session &s = t->session;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  (%2)").arg(s.displayTitle(), formatDuration(s.durationMin));
    case Qt::AccessibleTextRole:
        return s.displayTitle();
    case Qt::ToolTipRole:
        return tr("%1, %2\nDrag onto the week to add it.")
            .arg(intensityText(s), formatDuration(s.durationMin));
    case Qt::DecorationRole: {
        const WeekPainter painter(WeekPainterOptions::fromPalette(QGuiApplication::palette()));
        return swatch(painter.sessionColor(s));
    }
    case TemplateIdRole:
        return t->id;
    default:
        return {};
    }
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupMarker)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList PaletteModel::mimeTypes() const
{
    return { dragPayloadMimeType() };
}

Qt::DropActions PaletteModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QMimeData *PaletteModel::mimeData(const QModelIndexList &indexes) const
{
    DragPayload payload;
    payload.origin = DragOrigin::Palette;
    int start = 0;
    for (const QModelIndex &index : indexes) {
        const SessionTemplate *t = templateAt(index);
        if (!t)
            continue;
        // Several templates dragged together land one after the other.
        Session s = t->session;
        s.id = u"t"_s + QString::number(payload.sessions.size() + 1);
        s.week = 0;
        s.day = Day::Mon;
        s.startMinute = start;
        start = std::min(start + s.durationMin, kMinutesPerDay - 1);
        payload.sessions.append(s);
    }
    if (payload.sessions.isEmpty())
        return nullptr;
    return createDragMimeData(payload);
}

void PaletteModel::setUserTemplates(const QList<SessionTemplate> &templates)
{
    const QModelIndex group = index(kUserGroup, 0);
    if (!m_groups[kUserGroup].isEmpty()) {
        beginRemoveRows(group, 0, int(m_groups[kUserGroup].size()) - 1);
        m_groups[kUserGroup].clear();
        endRemoveRows();
    }
    if (!templates.isEmpty()) {
        beginInsertRows(group, 0, int(templates.size()) - 1);
        m_groups[kUserGroup] = templates;
        endInsertRows();
    }
    emit userTemplatesChanged();
}

QString PaletteModel::addUserTemplate(const Session &session)
{
    int n = 1;
    while (indexOfTemplate(u"user-"_s + QString::number(n)).isValid())
        ++n;
    const QString id = u"user-"_s + QString::number(n);
    const QModelIndex group = index(kUserGroup, 0);
    const int row = int(m_groups[kUserGroup].size());
    beginInsertRows(group, row, row);
    m_groups[kUserGroup].append(templateFromSession(session, id));
    endInsertRows();
    emit userTemplatesChanged();
    return id;
}

bool PaletteModel::renameUserTemplate(const QString &id, const QString &name)
{
    QList<SessionTemplate> &user = m_groups[kUserGroup];
    const QString title = name.trimmed();
    for (int i = 0; i < user.size(); ++i) {
        if (user[i].id != id)
            continue;
        if (title.isEmpty() || user[i].session.title == title)
            return false;
        user[i].session.title = title;
        const QModelIndex changed = index(i, 0, index(kUserGroup, 0));
        emit dataChanged(changed, changed);
        emit userTemplatesChanged();
        return true;
    }
    return false;
}

bool PaletteModel::removeUserTemplate(const QString &id)
{
    QList<SessionTemplate> &user = m_groups[kUserGroup];
    for (int i = 0; i < user.size(); ++i) {
        if (user[i].id == id) {
            beginRemoveRows(index(kUserGroup, 0), i, i);
            user.removeAt(i);
            endRemoveRows();
            emit userTemplatesChanged();
            return true;
        }
    }
    return false;
}

} // namespace ordo
