// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "builtinplans.h"
#include "shell/desktopapp.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ordo::cli {
namespace {

QString usageText()
{
    return QCoreApplication::translate(
        "ordo::cli",
        "Usage:\n"
        "  ordo [PLAN]                          open the app, optionally with a plan file\n"
        "  ordo check PLAN [--json] [--strict]  analyse a plan and print its findings\n"
        "  ordo validate PLAN                   parse and validate only\n"
        "  ordo export PLAN --pdf OUT.pdf [--page-size A4|Letter] [--orientation portrait|landscape]\n"
        "                                [--week N|--all-weeks]\n"
        "  ordo export PLAN --ics OUT.ics --start-date YYYY-MM-DD [--weeks N|--until YYYY-MM-DD]\n"
        "  ordo templates                       list the built-in plans\n"
        "  ordo new TEMPLATE OUT.ordo           write a built-in plan to a file\n"
        "  ordo --version | --help\n"
        "\n"
        "PLAN is a path, - for standard input, or template:NAME for a built-in plan.\n"
        "Exit codes: 0 done, 1 check --strict found warnings, 2 usage error,\n"
        "3 plan unreadable or invalid, 4 output could not be written.\n");
}

int runValidate(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(QCoreApplication::translate("ordo::cli", "validate takes exactly one PLAN"));
    if (!loadPlanOrReport(args.first()))
        return InvalidPlan;
    return Done;
}

int runTemplates(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(QCoreApplication::translate("ordo::cli", "templates takes no arguments"));
    QString out;
    for (const BuiltinPlan &p : builtinPlans())
        out += p.name + u'\t' + p.title + u'\n';
    printOut(out);
    return Done;
}

int runNew(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(QCoreApplication::translate("ordo::cli", "new takes TEMPLATE and OUT.ordo"));
    QString name = args[0];
    if (name.startsWith(u"template:"_s))
        name = name.mid(9);
    const ReadResult r = readBuiltinPlan(name);
    if (!r.plan) {
        for (const PlanError &e : r.errors)
            printError(u"template:"_s + name, e.where, e.what);
        return InvalidPlan;
    }
    QString error;
    if (!writePlanFile(*r.plan, args[1], &error)) {
        printError(args[1], QString(), error);
        return OutputFailed;
    }
    return Done;
}

} // namespace

void printError(const QString &file, const QString &where, const QString &what)
{
    QString line = u"ordo: "_s + file + u": "_s;
    if (!where.isEmpty())
        line += where + u": "_s;
    line += what + u'\n';
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &what)
{
    const QByteArray bytes = (u"ordo: "_s + what + u"\n"_s
                              + QCoreApplication::translate("ordo::cli", "Try 'ordo --help'.") + u'\n')
                                 .toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return UsageError;
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

std::optional<Plan> loadPlanOrReport(const QString &source)
{
    ReadResult r = readPlanSource(source);
    if (r.plan)
        return std::move(r.plan);
    for (const PlanError &e : r.errors)
        printError(source, e.where, e.what);
    return std::nullopt;
}

int run(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == u"--version"_s || command == u"-v"_s) {
        printOut(u"ordo "_s + QStringLiteral(ORDO_VERSION) + u'\n');
        return Done;
    }
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        printOut(usageText());
        return Done;
    }
    if (command == u"validate"_s) {
        QCoreApplication app(argc, argv);
        return runValidate(rest);
    }
    if (command == u"check"_s) {
        QCoreApplication app(argc, argv);
        return runCheck(rest);
    }
    if (command == u"templates"_s) {
        QCoreApplication app(argc, argv);
        return runTemplates(rest);
    }
    if (command == u"new"_s) {
        QCoreApplication app(argc, argv);
        return runNew(rest);
    }
    if (command == u"export"_s)
        return runExport(argc, argv, rest);
    return runDesktopApp(argc, argv);
}

} // namespace ordo::cli
