// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QPoint;
class QTreeView;
class QWidget;

// The user's own session templates: "Save session as template…" asks for a name (the
// session's title offered), adds it to the palette and confirms; the palette's context menu
// offers Rename… and Remove on the user's templates only (built-in ones have no menu).
// Owned by the main window, which shows the confirmations in its status bar.
namespace ordo {

class Document;
class PaletteModel;

class TemplateCommands : public QObject
{
    Q_OBJECT

public:
    // Asks for a name, offering `suggested`; nothing if the person cancels.
    using NamePrompt = std::function<std::optional<QString>(const QString &title, const QString &suggested)>;

    TemplateCommands(Document *document, PaletteModel *model, QWidget *window);

    QAction *saveAction() const { return m_save; }
    void setSelection(const QStringList &ids);
    // Replaces the name dialog (tests).
    void setNamePrompt(NamePrompt prompt) { m_prompt = std::move(prompt); }
    // The palette view whose context menu offers Rename… and Remove.
    void attachTo(QTreeView *view);
    // The menu for the item at `index` of the palette: empty (nullptr) for built-in items.
    QMenu *menuFor(const QString &templateId, QWidget *parent);

    bool saveSelectedSession();
    bool renameTemplate(const QString &id);
    bool removeTemplate(const QString &id);

signals:
    // A short confirmation for the status bar ("Saved “Hill sprints” as a template").
    void confirmed(const QString &message);

private:
    std::optional<QString> askName(const QString &title, const QString &suggested);

    Document *m_document;
    PaletteModel *m_model;
    QWidget *m_window;
    QAction *m_save;
    QStringList m_selection;
    NamePrompt m_prompt;
};

} // namespace ordo
