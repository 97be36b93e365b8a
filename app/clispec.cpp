// SPDX-License-Identifier: GPL-3.0-or-later

#include "clispec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

#define CLI_TEXT(text) QT_TRANSLATE_NOOP("ordo::cli", text)

namespace ordo::cli {
namespace {

constexpr const char *kPlanDescription
    = CLI_TEXT("a plan file, - for standard input, or template:NAME for a built-in plan");

OptionSpec helpOption()
{
    return { { u"h"_s, u"help"_s }, nullptr, CLI_TEXT("show this help and exit") };
}

ArgumentSpec planArgument()
{
    return { "PLAN", kPlanDescription, ValueKind::Plan };
}

// Qt's own options (QGuiApplication and QApplication take them out of argv): the app accepts
// them before its QApplication exists, so they need to be known to the parser.
QList<OptionSpec> qtOptions()
{
    QList<OptionSpec> options;
    for (const char *name : { "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
                              "geometry", "qwindowtitle", "title", "qwindowicon", "icon", "session",
                              "display", "name", "style", "stylesheet", "qmljsdebugger" }) {
        options.append(
            { { QString::fromLatin1(name) }, "VALUE", nullptr, nullptr, ValueKind::QtValue, {}, true });
    }
    for (const char *name : { "reverse", "widgetcount", "nograb", "dograb", "sync" })
        options.append(
            { { QString::fromLatin1(name) }, nullptr, nullptr, nullptr, ValueKind::None, {}, true });
    return options;
}

CommandSpec makeDesktop()
{
    CommandSpec c;
    c.synopsis = { u"[PLAN]"_s };
    c.summary = CLI_TEXT("open the app, optionally with a plan file");
    c.description = {
        CLI_TEXT("Without a command, Ordo starts the desktop app and opens PLAN if one is given. The app "
                 "needs a display; the commands below do not."),
        CLI_TEXT("Qt's own options, such as -platform NAME and -style NAME, are accepted too."),
    };
    c.arguments = { { "PLAN", kPlanDescription, ValueKind::Plan, true } };
    c.options = {
        { { u"screenshot"_s },
          "FILE.png",
          CLI_TEXT("open PLAN, save a picture of the main window to FILE.png and exit (without a display, "
                   "on Qt's offscreen platform)"),
          CLI_TEXT("--screenshot needs a file name"),
          ValueKind::PngFile },
        { { u"measure-startup"_s },
          nullptr,
          CLI_TEXT("print the milliseconds to the first paint as JSON and exit (used by the benchmarks)") },
        helpOption(),
        { { u"v"_s, u"version"_s }, nullptr, CLI_TEXT("print the version and exit") },
    };
    c.options += qtOptions();
    c.exitCodes = { Done, StrictFindings, UsageError, OutputFailed };
    c.unknownOption = CLI_TEXT("unknown option %1");
    c.unexpectedValue = CLI_TEXT("%1 takes no value");
    c.extraArgument = CLI_TEXT("more than one plan given (%1)");
    c.unknownCommand = CLI_TEXT("unknown command '%1'");
    return c;
}

CommandSpec makeCheck()
{
    CommandSpec c;
    c.name = u"check"_s;
    c.synopsis = { u"PLAN [--json] [--strict]"_s };
    c.summary = CLI_TEXT("analyse a plan and print its findings");
    c.description = {
        CLI_TEXT("Analyses the plan and prints one line per finding, most severe first, then by time: the "
                 "severity, the rule, the day, start and title of the first session it concerns, the "
                 "message, the suggested fix and the related rules. A weekly summary follows (the "
                 "average week for a plan of several weeks)."),
    };
    c.arguments = { planArgument() };
    c.options = {
        { { u"json"_s },
          nullptr,
          CLI_TEXT("print one JSON object instead: the findings, every day of every week and the summary") },
        { { u"strict"_s }, nullptr, CLI_TEXT("exit 1 if a warning or critical finding remains") },
        helpOption(),
    };
    c.exitCodes = { Done, StrictFindings, UsageError, InvalidPlan, OutputFailed };
    c.unknownOption = CLI_TEXT("check: unknown option %1");
    c.unexpectedValue = CLI_TEXT("check: %1 takes no value");
    c.missingArgument = CLI_TEXT("check: missing PLAN");
    c.extraArgument = CLI_TEXT("check: more than one plan given");
    return c;
}

CommandSpec makeValidate()
{
    CommandSpec c;
    c.name = u"validate"_s;
    c.synopsis = { u"PLAN"_s };
    c.summary = CLI_TEXT("parse and validate only");
    c.description = {
        CLI_TEXT("Reads the plan exactly as the app would and prints nothing when it is valid. An invalid "
                 "plan prints every error found, up to 50, one per line."),
    };
    c.arguments = { planArgument() };
    c.options = { helpOption() };
    c.exitCodes = { Done, UsageError, InvalidPlan };
    c.unknownOption = CLI_TEXT("validate: unknown option %1");
    c.unexpectedValue = CLI_TEXT("validate: %1 takes no value");
    c.missingArgument = CLI_TEXT("validate takes exactly one PLAN");
    c.extraArgument = CLI_TEXT("validate takes exactly one PLAN");
    return c;
}

CommandSpec makeExport()
{
    CommandSpec c;
    c.name = u"export"_s;
    c.synopsis = {
        u"PLAN --pdf OUT.pdf [--page-size A4|Letter] [--orientation portrait|landscape] [--week N|--all-weeks]"_s,
        u"PLAN --ics OUT.ics --start-date YYYY-MM-DD|today [--weeks N|--until YYYY-MM-DD] [--alarm MIN] "
        u"[--busy-only]"_s,
    };
    c.summary = CLI_TEXT("write the plan as a PDF or as an iCalendar file");
    c.description = {
        CLI_TEXT("--pdf writes a vector PDF: one grid page per week, the findings, then the charts. "
                 "--ics writes an RFC 5545 calendar: a repeating plan becomes weekly recurring events, a "
                 "one-off plan dated events; week 1 starts on the Monday on or before the start date. "
                 "Times are floating wall-clock times, the same in every time zone. Exporting the same plan "
                 "from the same start date again gives the same event UIDs, so a calendar updates the "
                 "events instead of adding them twice. "
                 "Both may be given at once. Export draws on Qt's offscreen platform unless "
                 "QT_QPA_PLATFORM chooses another, so it needs no display."),
    };
    c.arguments = { planArgument() };
    c.options = {
        { { u"pdf"_s },
          "OUT.pdf",
          CLI_TEXT("write a PDF to OUT.pdf, or to standard output for -"),
          CLI_TEXT("--pdf needs an output file"),
          ValueKind::PdfFile },
        { { u"page-size"_s },
          "A4|Letter",
          CLI_TEXT("the PDF's paper size (default A4)"),
          CLI_TEXT("--page-size needs A4 or Letter"),
          ValueKind::Choice,
          { u"A4"_s, u"Letter"_s } },
        { { u"orientation"_s },
          "portrait|landscape",
          CLI_TEXT("the PDF's page orientation (default portrait)"),
          CLI_TEXT("--orientation needs portrait or landscape"),
          ValueKind::Choice,
          { u"portrait"_s, u"landscape"_s } },
        { { u"week"_s },
          "N",
          CLI_TEXT("put only week N of the plan in the PDF, counting from 1"),
          CLI_TEXT("--week needs a week number from 1"),
          ValueKind::Number },
        { { u"all-weeks"_s }, nullptr, CLI_TEXT("put every week of the plan in the PDF (the default)") },
        { { u"ics"_s },
          "OUT.ics",
          CLI_TEXT("write an iCalendar file to OUT.ics, or to standard output for -"),
          CLI_TEXT("--ics needs an output file"),
          ValueKind::IcsFile },
        { { u"start-date"_s },
          "YYYY-MM-DD",
          CLI_TEXT("the calendar's first day, or today; required with --ics"),
          CLI_TEXT("--start-date needs a date as YYYY-MM-DD, or today"),
          ValueKind::Date },
        { { u"weeks"_s },
          "N",
          CLI_TEXT("repeat a repeating plan for N weeks, 1 to 520 (default 12)"),
          CLI_TEXT("--weeks needs a number of weeks from 1 to 520"),
          ValueKind::Number },
        { { u"until"_s },
          "YYYY-MM-DD",
          CLI_TEXT("repeat a repeating plan until this day instead"),
          CLI_TEXT("--until needs a date as YYYY-MM-DD"),
          ValueKind::Date },
        { { u"alarm"_s },
          "MIN",
          CLI_TEXT("remind MIN minutes before every session, 0 (at the start) to 1440"),
          CLI_TEXT("--alarm needs a number of minutes from 0 to 1440"),
          ValueKind::Number },
        { { u"busy-only"_s },
          nullptr,
          CLI_TEXT("only busy time, for a work or shared calendar: every session is titled Training, with "
                   "no details") },
        helpOption(),
    };
    c.exitCodes = { Done, UsageError, InvalidPlan, OutputFailed };
    c.unknownOption = CLI_TEXT("export: unknown option '%1'");
    c.unexpectedValue = CLI_TEXT("export: %1 takes no value");
    c.missingArgument = CLI_TEXT("export needs a PLAN");
    c.extraArgument = CLI_TEXT("export takes one PLAN, got another: '%1'");
    return c;
}

CommandSpec makeTemplates()
{
    CommandSpec c;
    c.name = u"templates"_s;
    c.synopsis = { QString() };
    c.summary = CLI_TEXT("list the built-in plans");
    c.description = {
        CLI_TEXT("Prints one line per built-in plan and nothing else: its NAME (usable as template:NAME and "
                 "with ordo new), a tab, and its title."),
    };
    c.options = { helpOption() };
    c.exitCodes = { Done, UsageError, OutputFailed };
    c.unknownOption = CLI_TEXT("templates: unknown option %1");
    c.unexpectedValue = CLI_TEXT("templates: %1 takes no value");
    c.extraArgument = CLI_TEXT("templates takes no arguments");
    return c;
}

CommandSpec makeNew()
{
    CommandSpec c;
    c.name = u"new"_s;
    c.synopsis = { u"TEMPLATE OUT.ordo"_s };
    c.summary = CLI_TEXT("write a built-in plan to a file");
    c.description = {
        CLI_TEXT("Writes the built-in plan TEMPLATE, a NAME that ordo templates lists (with or without "
                 "template:), to the file OUT.ordo, to edit it from there. An existing OUT.ordo is kept "
                 "unless --force is given."),
    };
    c.arguments = {
        { "TEMPLATE", CLI_TEXT("the NAME of a built-in plan"), ValueKind::TemplateName },
        { "OUT.ordo", CLI_TEXT("the plan file to write"), ValueKind::OrdoFile },
    };
    c.options = {
        { { u"force"_s }, nullptr, CLI_TEXT("replace OUT.ordo if it exists") },
        helpOption(),
    };
    c.exitCodes = { Done, UsageError, InvalidPlan, OutputFailed };
    c.unknownOption = CLI_TEXT("new: unknown option %1");
    c.unexpectedValue = CLI_TEXT("new: %1 takes no value");
    c.missingArgument = CLI_TEXT("new takes TEMPLATE and OUT.ordo");
    c.extraArgument = CLI_TEXT("new takes TEMPLATE and OUT.ordo");
    return c;
}

CommandSpec makeHelp()
{
    CommandSpec c;
    c.name = u"help"_s;
    c.synopsis = { u"[COMMAND]"_s };
    c.summary = CLI_TEXT("show the help of the app or of a command");
    c.description = { CLI_TEXT("The same as ordo --help, or as ordo COMMAND --help.") };
    c.arguments = { { "COMMAND", CLI_TEXT("a command: check, validate, export, templates or new"),
                      ValueKind::Command, true } };
    c.options = { helpOption() };
    c.exitCodes = { Done, UsageError, OutputFailed };
    c.unknownOption = CLI_TEXT("help: unknown option %1");
    c.unexpectedValue = CLI_TEXT("help: %1 takes no value");
    c.extraArgument = CLI_TEXT("help: no command named '%1'");
    return c;
}

} // namespace

QString translated(const char *text)
{
    return QCoreApplication::translate("ordo::cli", text);
}

QString OptionSpec::longName() const
{
    QString longest;
    for (const QString &n : names) {
        if (n.size() > longest.size())
            longest = n;
    }
    return longest;
}

QString OptionSpec::spelled() const
{
    QStringList parts;
    for (const QString &n : names)
        parts << (n.size() == 1 ? u"-"_s : u"--"_s) + n;
    QString text = parts.join(u", "_s);
    if (takesValue())
        text += u' ' + QString::fromLatin1(valueName);
    return text;
}

const OptionSpec *CommandSpec::findOption(QStringView name) const
{
    for (const OptionSpec &o : options) {
        if (o.names.contains(name))
            return &o;
    }
    return nullptr;
}

const CommandSpec &desktopCommand()
{
    static const CommandSpec command = makeDesktop();
    return command;
}

const QList<CommandSpec> &subCommands()
{
    static const QList<CommandSpec> commands
        = { makeCheck(), makeValidate(), makeExport(), makeTemplates(), makeNew(), makeHelp() };
    return commands;
}

const CommandSpec *findSubCommand(QStringView name)
{
    for (const CommandSpec &c : subCommands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const QList<ExitCodeSpec> &exitCodes()
{
    static const QList<ExitCodeSpec> codes = {
        { Done, CLI_TEXT("0 done"), CLI_TEXT("Done. For check: the analysis ran, whatever it found.") },
        { StrictFindings, CLI_TEXT("1 check --strict found warnings"),
          CLI_TEXT("check --strict: at least one finding of severity warning or critical remains. The app "
                   "with --screenshot or --measure-startup: the plan could not be opened or the picture "
                   "not written; without those options: there is no display.") },
        { UsageError, CLI_TEXT("2 usage error"),
          CLI_TEXT("Usage error: an unknown option, a missing or extra argument, a bad value, or options "
                   "that exclude each other. Nothing was read or written.") },
        { InvalidPlan, CLI_TEXT("3 plan unreadable or invalid"),
          CLI_TEXT("The plan could not be read or is invalid; each error line says where.") },
        { OutputFailed, CLI_TEXT("4 output could not be written"),
          CLI_TEXT("The output could not be written: the disk is full, the folder is not writable, "
                   "standard output is closed or full, the target is not a regular file, or it exists "
                   "and ordo new was not given --force. An existing file is left as it was.") },
    };
    return codes;
}

const ExitCodeSpec &exitCode(ExitCode code)
{
    for (const ExitCodeSpec &e : exitCodes()) {
        if (e.code == code)
            return e;
    }
    return exitCodes().first();
}

const QList<NoteSpec> &environment()
{
    static const QList<NoteSpec> notes = {
        { "DISPLAY, WAYLAND_DISPLAY",
          CLI_TEXT("The display the app opens its window on. Without either, and without QT_QPA_PLATFORM, "
                   "the app exits with status 1; the commands need neither.") },
        { "QT_QPA_PLATFORM",
          CLI_TEXT("Qt's window system plug-in. export and --screenshot use offscreen when it is unset and "
                   "there is no display.") },
        { "LANG, LC_ALL, LC_MESSAGES",
          CLI_TEXT("The language of the texts and the local conventions of dates and numbers in the app.") },
        { "XDG_CONFIG_HOME", CLI_TEXT("Where the settings are kept (default ~/.config).") },
        { "XDG_DATA_HOME", CLI_TEXT("Where autosaved plans are kept (default ~/.local/share).") },
    };
    return notes;
}

const QList<NoteSpec> &files()
{
    static const QList<NoteSpec> notes = {
        { "$XDG_CONFIG_HOME/Ordo/Ordo.conf",
          CLI_TEXT("The app's settings: preferences, recent files, window layout and your own session "
                   "templates.") },
        { "$XDG_DATA_HOME/Ordo/Ordo/autosave/",
          CLI_TEXT("Unsaved changes, written every 30 seconds and removed when the plan is saved or closed; "
                   "after a crash the next start offers to restore them.") },
        { "*.ordo",
          CLI_TEXT("Plan files: UTF-8 JSON of the MIME type application/x-ordo-plan, at most 4 MiB.") },
    };
    return notes;
}

const QList<NoteSpec> &examples()
{
    static const QList<NoteSpec> notes = {
        { "ordo templates", CLI_TEXT("List the built-in plans.") },
        { "ordo check template:fatloss --strict",
          CLI_TEXT("Analyse a built-in plan; exit 1 if it has a warning or critical finding.") },
        { "ordo check plan.ordo --json | jq '.findings[].rule'",
          CLI_TEXT("Print the rule of every finding with jq.") },
        { "ordo new strength mine.ordo", CLI_TEXT("Start your own plan from a built-in one.") },
        { "ordo export plan.ordo --pdf w2.pdf --page-size=Letter --week 2",
          CLI_TEXT("Write week 2 as a PDF on US Letter paper.") },
        { "ordo export plan.ordo --ics - --start-date 2026-01-05 > plan.ics",
          CLI_TEXT("Write the plan as calendar events from 5 January 2026 to standard output.") },
        { "ordo export plan.ordo --ics w.ics --start-date today --busy-only",
          CLI_TEXT("Write only busy time from today on, for a work calendar.") },
    };
    return notes;
}

} // namespace ordo::cli
