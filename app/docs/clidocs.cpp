// SPDX-License-Identifier: GPL-3.0-or-later

// ordo_clidocs: writes the man page and the shell completions from the command-line
// definitions (app/clispec.cpp), at build time.
//   ordo_clidocs OUT_DIR VERSION DATE
// writes OUT_DIR/ordo.1, OUT_DIR/ordo.bash, OUT_DIR/_ordo and OUT_DIR/ordo.fish.

#include "builtinplans.h"
#include "completions.h"
#include "manpage.h"

#include <QDir>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool write(const QDir &dir, const QString &name, const QString &text)
{
    QSaveFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        std::fprintf(stderr, "ordo_clidocs: cannot write %s: %s\n", qPrintable(file.fileName()),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: ordo_clidocs OUT_DIR VERSION DATE\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const QString version = QString::fromLocal8Bit(argv[2]);
    const QString date = QString::fromLocal8Bit(argv[3]);
    if (!QDir().mkpath(dir.path()))
        return 1;
    QStringList templates;
    for (const ordo::BuiltinPlan &p : ordo::builtinPlans())
        templates << p.name;
    const bool ok = write(dir, u"ordo.1"_s, ordo::cli::manPage(version, date, templates))
        && write(dir, u"ordo.bash"_s, ordo::cli::bashCompletion(templates))
        && write(dir, u"_ordo"_s, ordo::cli::zshCompletion(templates))
        && write(dir, u"ordo.fish"_s, ordo::cli::fishCompletion(templates));
    return ok ? 0 : 1;
}
