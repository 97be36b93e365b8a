// SPDX-License-Identifier: GPL-3.0-or-later

#include "aboutbox.h"

#include "dialogbuttons.h"

#include <QApplication>
#include <QMessageBox>

namespace ordo {

void AboutBox::exec(QWidget *parent)
{
    // QMessageBox::about's OK button has no mnemonic; this box is the same otherwise.
    QMessageBox box(parent);
    box.setWindowTitle(tr("About Ordo"));
    box.setIconPixmap(QApplication::windowIcon().pixmap(64));
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<h3>Ordo %1</h3>"
           "<p>Plans a training week that combines strength and cardio, and shows what each placement "
           "costs before you make it.</p>"
           "<p>The rules follow published work on concurrent training: the order effect (Eddens 2018, "
           "Murlasits 2018), AMPK after exercise (Wojtaszewski 2000, Lee-Young 2008), leg fatigue after "
           "cycling and running (Sporer &amp; Wenger 2003, Doma &amp; Deakin 2013), session-RPE load "
           "(Foster 2001), interference (Wilson 2012) and recovery spacing (ACSM 2009). "
           "Each finding's “Why?” names its source and evidence grade.</p>"
           "<p>A planning aid, not medical advice.</p>"
           "<p>Copyright © 2026 the Ordo authors.<br>"
           "Ordo is free software: you can redistribute it and/or modify it under the terms of the "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a> as "
           "published by the Free Software Foundation, either version 3 of the License, or (at your "
           "option) any later version. It comes with ABSOLUTELY NO WARRANTY.</p>")
            .arg(QStringLiteral(ORDO_VERSION)));
    box.setStandardButtons(QMessageBox::Ok);
    DialogButtons::addMnemonics(&box);
    box.exec();
}

} // namespace ordo
