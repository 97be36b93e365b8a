// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "builtinplans.h"
#include "commandparser.h"
#include "helptext.h"
#include "shell/desktopapp.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ordo::cli {
namespace {

int runValidate(const CommandParser &parser)
{
    if (!loadPlanOrReport(parser.arguments().first()))
        return InvalidPlan;
    return Done;
}

int runTemplates()
{
    QString out;
    for (const BuiltinPlan &p : builtinPlans())
        out += p.name + u'\t' + p.title + u'\n';
    printOut(out);
    return Done;
}

int runNew(const CommandParser &parser)
{
    const QStringList args = parser.arguments();
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

int runHelp(const CommandParser &parser)
{
    const QString name = parser.arguments().value(0);
    if (name.isEmpty()) {
        printOut(helpText(desktopCommand()));
        return Done;
    }
    const CommandSpec *command = findSubCommand(name);
    if (!command || command->name == u"help"_s)
        return usageError(translated(findSubCommand(u"help"_s)->extraArgument).arg(name));
    printOut(helpText(*command));
    return Done;
}

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// No sub-command: the desktop app. Its options are parsed here with the rest, so a usage
// error or --help needs no display.
int runApp(int argc, char *argv[], const QStringList &args)
{
    const CommandSpec &app = desktopCommand();
    CommandParser parser(app);
    if (!parser.parse(args))
        return usageError(parser.error());
    if (parser.helpRequested()) {
        printOut(helpText(app));
        return Done;
    }
    if (parser.isSet(u"version"_s)) {
        printOut(u"ordo "_s + QStringLiteral(ORDO_VERSION) + u'\n');
        return Done;
    }

    DesktopOptions options;
    options.planSource = parser.arguments().value(0);
    options.screenshotPath = parser.value(u"screenshot"_s);
    options.measureStartup = parser.isSet(u"measure-startup"_s);
    if (options.screenshotPath.isEmpty() && parser.isSet(u"screenshot"_s))
        return usageError(translated(app.findOption(u"screenshot"_s)->missingValue));

    const bool platformChosen
        = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || parser.isSet(u"platform"_s);
    if (!platformChosen && !hasDisplay()) {
        if (options.screenshotPath.isEmpty()) {
            // Qt would abort; say what is missing instead.
            printError(QCoreApplication::translate("ordo::cli", "no display"), QString(),
                       QCoreApplication::translate(
                           "ordo::cli",
                           "set DISPLAY or WAYLAND_DISPLAY, or use a command such as 'ordo check' "
                           "(see 'ordo --help')"));
            return AppFailed;
        }
        // A picture needs no screen: draw it on the offscreen platform.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return runDesktopApp(argc, argv, options);
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
    std::fflush(stderr);
    return UsageError;
}

void printOut(const QString &text)
{
    writeStandardOutput(text.toUtf8());
}

bool writeStandardOutput(const QByteArray &bytes)
{
    const bool written
        = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    return std::fflush(stdout) == 0 && written;
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

    const CommandSpec *command = args.isEmpty() ? nullptr : findSubCommand(args.first());
    if (!command)
        return runApp(argc, argv, args);

    CommandParser parser(*command);
    if (!parser.parse(args.mid(1)))
        return usageError(parser.error());
    if (parser.helpRequested()) {
        printOut(helpText(*command));
        return Done;
    }
    if (command->name == u"help"_s)
        return runHelp(parser);
    if (command->name == u"export"_s)
        return runExport(argc, argv, parser);

    QCoreApplication app(argc, argv);
    if (command->name == u"check"_s)
        return runCheck(parser);
    if (command->name == u"validate"_s)
        return runValidate(parser);
    if (command->name == u"templates"_s)
        return runTemplates();
    return runNew(parser);
}

} // namespace ordo::cli
