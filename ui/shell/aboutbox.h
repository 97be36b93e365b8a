// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QWidget;

// Help ▸ About Ordo: the version, what Ordo does, the work its rules follow, the licence.
namespace ordo {

class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(ordo::AboutBox)

public:
    // Shows the box, modal to `parent`, until it is closed.
    static void exec(QWidget *parent);
};

} // namespace ordo
