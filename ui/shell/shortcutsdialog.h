// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

// Help ▸ Keyboard Shortcuts (F1): every command that has a key, listed by menu, read from
// the actions themselves when the dialog opens, so the list cannot drift from the keys. Actions
// with keys outside the menus (the week view's own) are listed after the menus. Owned and
// shown by the main window; not modal, so it can stay open beside the work.
namespace ordo {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);

    // Rebuilds the list from the window's menu bar and its other actions.
    void refresh();
    QTreeWidget *list() const { return m_list; }

    // An action's name as the list shows it: no mnemonic marks, no trailing ellipsis, and a
    // fixed name for actions whose text changes (Undo, Redo show their icon text).
    static QString commandName(const QAction *action);

private:
    QWidget *m_window;
    QTreeWidget *m_list;
};

} // namespace ordo
