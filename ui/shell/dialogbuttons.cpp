// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogbuttons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>

namespace ordo::DialogButtons {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ordo::DialogButtons", text);
}

// Texts with mnemonics for the standard buttons Ordo uses; the letters differ within each
// combination the app shows (OK/Cancel, Save/Discard/Cancel, Yes/No, Close).
QString textWithMnemonic(int button)
{
    switch (button) {
    case QDialogButtonBox::Ok:
        return tr("&OK");
    case QDialogButtonBox::Cancel:
        return tr("&Cancel");
    case QDialogButtonBox::Save:
        return tr("&Save");
    case QDialogButtonBox::Discard:
        return tr("&Discard");
    case QDialogButtonBox::Close:
        return tr("C&lose");
    case QDialogButtonBox::Yes:
        return tr("&Yes");
    case QDialogButtonBox::No:
        return tr("&No");
    case QDialogButtonBox::Open:
        return tr("&Open");
    case QDialogButtonBox::Apply:
        return tr("&Apply");
    case QDialogButtonBox::Help:
        return tr("&Help");
    case QDialogButtonBox::Reset:
        return tr("&Reset");
    case QDialogButtonBox::RestoreDefaults:
        return tr("Restore &Defaults");
    default:
        return {};
    }
}

void giveMnemonic(QAbstractButton *button, int standardButton)
{
    if (button->text().contains(u'&'))
        return;
    const QString text = textWithMnemonic(standardButton);
    if (!text.isEmpty())
        button->setText(text);
}

} // namespace

void addMnemonics(QDialogButtonBox *box)
{
    for (QAbstractButton *button : box->buttons())
        giveMnemonic(button, box->standardButton(button));
}

void addMnemonics(QMessageBox *box)
{
    for (QAbstractButton *button : box->buttons())
        giveMnemonic(button, box->standardButton(button));
}

QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                const QString &text, QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    addMnemonics(&box);
    box.exec();
    return box.standardButton(box.clickedButton());
}

void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    ask(parent, icon, title, text, QMessageBox::Ok);
}

} // namespace ordo::DialogButtons
