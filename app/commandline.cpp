// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "builtinplans.h"
#include "commandparser.h"
#include "helptext.h"
#include "shell/desktopapp.h"

#include "nativepath.h"
#include "terminaltext.h"
#include "translations.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>
#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace ordo::cli {
namespace {

// The texts of the command line are translated from the start, before the parse: usage
// errors and --help are in the chosen language too. Translators need a QCoreApplication; this
// one lives until a command needs a QApplication instead (releaseTextApp()).
int s_textAppArgc = 0;
std::unique_ptr<QCoreApplication> s_textApp;
QString s_language;

// The value of "--lang CODE" or "--lang=CODE" before any "--"; empty when not given.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == u"--"_s)
            break;
        if (arg == u"--lang"_s || arg == u"-lang"_s)
            return args.value(i + 1);
        if (arg.startsWith(u"--lang="_s) || arg.startsWith(u"-lang="_s))
            return arg.section(u'=', 1);
    }
    return {};
}

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
    return printOut(out) ? Done : OutputFailed;
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
    // A file that exists is someone's work: replaced only when asked (lstat: a dangling
    // symlink or a FIFO exists too).
    struct stat st
    {
    };
    if (!parser.isSet(u"force"_s) && ::lstat(nativeFromPath(args[1]).constData(), &st) == 0) {
        printError(args[1], QString(),
                   QCoreApplication::translate("ordo::cli", "exists; add --force to replace it"));
        return OutputFailed;
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
    if (name.isEmpty())
        return printOut(helpText(desktopCommand())) ? Done : OutputFailed;
    const CommandSpec *command = findSubCommand(name);
    if (!command || command->name == u"help"_s)
        return usageError(translated(findSubCommand(u"help"_s)->extraArgument).arg(name));
    return printOut(helpText(*command)) ? Done : OutputFailed;
}

// A word such as "chek" where a plan was expected: no such file, and spelled like a command.
bool looksLikeCommand(const QString &arg)
{
    static const QRegularExpression word(u"^[a-z][a-z-]*$"_s);
    struct stat st
    {
    };
    return word.match(arg).hasMatch() && ::lstat(nativeFromPath(arg).constData(), &st) != 0;
}

// Qt aborts when the chosen window system has no display to connect to; say so instead.
bool platformLacksDisplay(const QString &platform)
{
    const QString name = platform.section(u':', 0, 0);
    if (name == u"xcb"_s)
        return qEnvironmentVariableIsEmpty("DISPLAY");
    if (name.startsWith(u"wayland"_s))
        return qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    return false;
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
    const bool parsed = parser.parse(args);
    // Checked first, before the display too: "ordo chek plan.ordo" is a mistyped command,
    // not two plans, wherever it runs.
    const QStringList positional = parser.arguments();
    if (!parser.helpRequested() && !positional.isEmpty() && looksLikeCommand(positional.first())) {
        QStringList names;
        for (const CommandSpec &c : subCommands())
            names << c.name;
        return usageError(
            translated(app.unknownCommand).arg(positional.first())
            + QCoreApplication::translate("ordo::cli", " (the commands are: %1)").arg(names.join(u", "_s)));
    }
    if (!parsed)
        return usageError(parser.error());
    if (parser.helpRequested())
        return printOut(helpText(app)) ? Done : OutputFailed;
    if (parser.isSet(u"version"_s))
        return printOut(u"ordo "_s + QStringLiteral(ORDO_VERSION) + u'\n') ? Done : OutputFailed;

    DesktopOptions options;
    options.language = s_language;
    options.planSource = parser.arguments().value(0);
    options.screenshotPath = parser.value(u"screenshot"_s);
    options.measureStartup = parser.isSet(u"measure-startup"_s);
    if (options.screenshotPath.isEmpty() && parser.isSet(u"screenshot"_s))
        return usageError(translated(app.findOption(u"screenshot"_s)->missingValue));

    const QString platform
        = parser.isSet(u"platform"_s) ? parser.value(u"platform"_s) : qEnvironmentVariable("QT_QPA_PLATFORM");
    const bool platformChosen = !platform.isEmpty();
    if ((!platformChosen && !hasDisplay()) || platformLacksDisplay(platform)) {
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
    releaseTextApp();
    return runDesktopApp(argc, argv, options);
}

} // namespace

QString language()
{
    return s_language;
}

void releaseTextApp()
{
    s_textApp.reset();
}

void printError(const QString &file, const QString &where, const QString &what)
{
    // File names and plan strings are shown with visible escapes and cut, so one error is one
    // line under 600 characters whatever the plan holds (docs/cli.md, "Errors").
    QString line = u"ordo: "_s + cutText(visibleText(file), 200) + u": "_s;
    if (!where.isEmpty())
        line += cutText(visibleText(where), 150) + u": "_s;
    line = cutText(line + visibleText(what), kMaxTerminalLine) + u'\n';
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &what)
{
    const QByteArray bytes = (cutText(u"ordo: "_s + visibleText(what), kMaxTerminalLine) + u"\n"_s
                              + QCoreApplication::translate("ordo::cli", "Try 'ordo --help'.") + u'\n')
                                 .toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    return UsageError;
}

bool printOut(const QString &text)
{
    if (writeStandardOutput(text.toUtf8()))
        return true;
    printError(u"-"_s, QString(), QCoreApplication::translate("ordo::cli", "cannot write the output"));
    return false;
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

namespace {

int runCommand(int argc, char *argv[])
{
    // Decoded so that bytes which are not UTF-8 survive into file names (nativepath.h).
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << pathFromNative(QByteArray(argv[i]));

    s_textAppArgc = argc;
    s_textApp = std::make_unique<QCoreApplication>(s_textAppArgc, argv);
    s_language = languageArgument(args);
    if (!s_language.isEmpty() && !Translations::languages().contains(s_language)) {
        Translations::install(QString());
        return usageError(translated(desktopCommand().findOption(u"lang"_s)->missingValue));
    }
    Translations::install(s_language);

    const CommandSpec *command = args.isEmpty() ? nullptr : findSubCommand(args.first());
    if (!command)
        return runApp(argc, argv, args);

    CommandParser parser(*command);
    if (!parser.parse(args.mid(1)))
        return usageError(parser.error());
    if (parser.helpRequested())
        return printOut(helpText(*command)) ? Done : OutputFailed;
    if (command->name == u"help"_s)
        return runHelp(parser);
    if (command->name == u"export"_s)
        return runExport(argc, argv, parser);

    if (command->name == u"check"_s)
        return runCheck(parser);
    if (command->name == u"arrange"_s)
        return runArrange(parser);
    if (command->name == u"validate"_s)
        return runValidate(parser);
    if (command->name == u"templates"_s)
        return runTemplates();
    return runNew(parser);
}

} // namespace

int run(int argc, char *argv[])
{
    const int status = runCommand(argc, argv);
    // Before static destruction: a QCoreApplication must not outlive main().
    releaseTextApp();
    return status;
}

} // namespace ordo::cli
