// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "autosave.h"

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

// After a crash, lists every copy of unsaved changes that was left behind (one per window
// that had some): the plan's name, the file it belongs to, when it was saved and how many
// sessions it holds. Restore and Discard act on the selected copy, which then leaves the
// list; Decide Later closes the dialog and leaves the copies still listed for the next
// start. Only copies the user discarded are deleted. Shown by FileCommands::offerRecovery.
namespace ordo {

class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    // Restores one copy (into some window); returns false with an error to show.
    using Restorer = std::function<bool(const Autosave::Recovery &, QString *errorString)>;

    RecoveryDialog(const QList<Autosave::Recovery> &copies, Restorer restorer, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *laterButton() const { return m_later; }
    int restoredCount() const { return m_restored; }

private:
    void restoreSelected();
    void discardSelected();
    void removeRow(int row);
    void updateButtons();

    QList<Autosave::Recovery> m_copies; // in the list's row order
    QList<bool> m_readable;
    Restorer m_restorer;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_discard;
    QPushButton *m_later;
    int m_restored = 0;
};

} // namespace ordo
