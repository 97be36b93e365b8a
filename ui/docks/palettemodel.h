// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sessiontemplate.h"

#include <QAbstractItemModel>
#include <QList>

// The palette's item model: session templates grouped Strength / Cardio / Mobility / My
// templates, each with a colour swatch and its intensity. mimeData() encodes the chosen
// templates with the drag payload codec, so a drop on the week view creates them.
// Owned by the main window (palette dock); user templates are persisted by its owner.
namespace ordo {

class PaletteModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { TemplateIdRole = Qt::UserRole + 1 };

    explicit PaletteModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    const SessionTemplate *templateAt(const QModelIndex &index) const;
    QModelIndex indexOfTemplate(const QString &id) const;

    QList<SessionTemplate> userTemplates() const { return m_groups.value(kUserGroup); }
    void setUserTemplates(const QList<SessionTemplate> &templates);
    // Adds a template made from a session; returns its id.
    QString addUserTemplate(const Session &session);
    bool removeUserTemplate(const QString &id);
    // Gives a user template a new name (its session's title); false for built-in ones.
    bool renameUserTemplate(const QString &id, const QString &name);

signals:
    void userTemplatesChanged();

private:
    static constexpr int kGroupCount = 4;
    static constexpr int kUserGroup = 3;
    static constexpr quintptr kGroupMarker = quintptr(-1);

    QString groupName(int group) const;
    QList<QList<SessionTemplate>> m_groups;
};

} // namespace ordo
