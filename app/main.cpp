// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // The one place the names are set (before any application object or command exists):
    // settings live in Ordo/Ordo.conf and app data, such as the crash-recovery copies, in
    // Ordo/ under the platform's data folder (Autosave::defaultDirectory()).
    QCoreApplication::setOrganizationName(u"Ordo"_s);
    QCoreApplication::setApplicationName(u"Ordo"_s);
    return ordo::cli::run(argc, argv);
}
