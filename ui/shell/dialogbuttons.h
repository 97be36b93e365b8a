// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMessageBox>

class QDialogButtonBox;

// Every button of Ordo's dialogs can be pressed with Alt and a letter: the standard buttons'
// texts from Qt's platform theme ("OK", "Cancel", "Save", "Discard") have no mnemonic on
// most Linux desktops, so these give them one. Message boxes are built here for the same
// reason; every dialog of ui/ passes its buttons through one of these.
namespace ordo::DialogButtons {

// Gives each standard button whose text has no mnemonic the text "&OK", "&Cancel", ….
void addMnemonics(QDialogButtonBox *box);
void addMnemonics(QMessageBox *box);

// QMessageBox::warning/question/information with mnemonics on the buttons; returns the
// button pressed (Escape: the box's escape button, as QMessageBox decides).
QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                const QString &text, QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);

} // namespace ordo::DialogButtons
