// SPDX-License-Identifier: GPL-3.0-or-later

#include "clispec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ordo::cli {
namespace {

constexpr const char *kPlanDescription = QT_TRANSLATE_NOOP(
    "ordo::cli", "a plan file, - for standard input, or template:NAME for a built-in plan");

OptionSpec helpOption()
{
    return { { u"h"_s, u"help"_s }, nullptr, QT_TRANSLATE_NOOP("ordo::cli", "show this help and exit") };
}

// Every command takes it: the language of its texts instead of the system's.
OptionSpec langOption()
{
    return { { u"lang"_s },
             "en|de|fr|es",
             QT_TRANSLATE_NOOP("ordo::cli",
                               "write the texts in this language instead of the system's: en, de, fr or es"),
             QT_TRANSLATE_NOOP("ordo::cli", "--lang needs one of en, de, fr or es"),
             ValueKind::Choice,
             { u"en"_s, u"de"_s, u"fr"_s, u"es"_s } };
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
    c.summary = QT_TRANSLATE_NOOP("ordo::cli", "open the app, optionally with a plan file");
    c.description = {
        QT_TRANSLATE_NOOP(
            "ordo::cli",
            "Without a command, Ordo starts the desktop app and opens PLAN if one is given. The app "
            "needs a display; the commands below do not."),
        QT_TRANSLATE_NOOP("ordo::cli",
                          "Qt's own options, such as -platform NAME and -style NAME, are accepted too."),
    };
    c.arguments = { { "PLAN", kPlanDescription, ValueKind::Plan, true } };
    c.options = {
        { { u"screenshot"_s },
          "FILE.png",
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "open PLAN, save a picture of the main window to FILE.png and exit (without a display, "
              "on Qt's offscreen platform)"),
          QT_TRANSLATE_NOOP("ordo::cli", "--screenshot needs a file name"),
          ValueKind::PngFile },
        { { u"measure-startup"_s },
          nullptr,
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "print the milliseconds to the first paint as JSON and exit (used by the benchmarks)") },
        langOption(),
        helpOption(),
        { { u"v"_s, u"version"_s }, nullptr, QT_TRANSLATE_NOOP("ordo::cli", "print the version and exit") },
    };
    c.options += qtOptions();
    c.exitCodes = { Done, StrictFindings, UsageError, OutputFailed };
    c.unknownOption = QT_TRANSLATE_NOOP("ordo::cli", "unknown option %1");
    c.unexpectedValue = QT_TRANSLATE_NOOP("ordo::cli", "%1 takes no value");
    c.extraArgument = QT_TRANSLATE_NOOP("ordo::cli", "more than one plan given (%1)");
    c.unknownCommand = QT_TRANSLATE_NOOP("ordo::cli", "unknown command '%1'");
    return c;
}

CommandSpec makeCheck()
{
    CommandSpec c;
    c.name = u"check"_s;
    c.synopsis = { u"PLAN [--json] [--strict]"_s, u"--compare A PLAN [--json]"_s };
    c.summary = QT_TRANSLATE_NOOP("ordo::cli", "analyse a plan and print its findings");
    c.description = {
        QT_TRANSLATE_NOOP(
            "ordo::cli",
            "Analyses the plan and prints one line per finding, most severe first, then by time: the "
            "severity, the rule, the day, start and title of the first session it concerns, the "
            "message, the suggested fix and the related rules. A weekly summary follows (the "
            "average week for a plan of several weeks)."),
        QT_TRANSLATE_NOOP("ordo::cli",
                          "With --compare A, compares PLAN with the plan A instead: the findings PLAN adds "
                          "and the ones it removes, then the weekly totals of both."),
    };
    c.arguments = { planArgument() };
    c.options = {
        { { u"json"_s },
          nullptr,
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "print one JSON object instead: the findings, every day of every week and the summary") },
        { { u"strict"_s },
          nullptr,
          QT_TRANSLATE_NOOP("ordo::cli", "exit 1 if a warning or critical finding remains") },
        { { u"compare"_s },
          "A",
          QT_TRANSLATE_NOOP(
              "ordo::cli", "compare PLAN with the plan A; exit 1 if PLAN adds a warning or critical finding"),
          QT_TRANSLATE_NOOP("ordo::cli", "--compare needs the plan to compare with"),
          ValueKind::Plan },
        langOption(),
        helpOption(),
    };
    c.exitCodes = { Done, StrictFindings, UsageError, InvalidPlan, OutputFailed };
    c.unknownOption = QT_TRANSLATE_NOOP("ordo::cli", "check: unknown option %1");
    c.unexpectedValue = QT_TRANSLATE_NOOP("ordo::cli", "check: %1 takes no value");
    c.missingArgument = QT_TRANSLATE_NOOP("ordo::cli", "check: missing PLAN");
    c.extraArgument = QT_TRANSLATE_NOOP("ordo::cli", "check: more than one plan given");
    return c;
}

CommandSpec makeValidate()
{
    CommandSpec c;
    c.name = u"validate"_s;
    c.synopsis = { u"PLAN"_s };
    c.summary = QT_TRANSLATE_NOOP("ordo::cli", "parse and validate only");
    c.description = {
        QT_TRANSLATE_NOOP(
            "ordo::cli",
            "Reads the plan exactly as the app would and prints nothing when it is valid. An invalid "
            "plan prints every error found, up to 50, one per line."),
    };
    c.arguments = { planArgument() };
    c.options = { langOption(), helpOption() };
    c.exitCodes = { Done, UsageError, InvalidPlan };
    c.unknownOption = QT_TRANSLATE_NOOP("ordo::cli", "validate: unknown option %1");
    c.unexpectedValue = QT_TRANSLATE_NOOP("ordo::cli", "validate: %1 takes no value");
    c.missingArgument = QT_TRANSLATE_NOOP("ordo::cli", "validate takes exactly one PLAN");
    c.extraArgument = QT_TRANSLATE_NOOP("ordo::cli", "validate takes exactly one PLAN");
    return c;
}

CommandSpec makeExport()
{
    CommandSpec c;
    c.name = u"export"_s;
    c.synopsis = {
        u"PLAN --pdf OUT.pdf [--page-size A4|Letter] [--orientation portrait|landscape] [--week N|--all-weeks]"_s,
        u"PLAN --ics OUT.ics [--start-date YYYY-MM-DD|today] [--weeks N|--until YYYY-MM-DD] [--alarm MIN] "
        u"[--busy-only]"_s,
    };
    c.summary = QT_TRANSLATE_NOOP("ordo::cli", "write the plan as a PDF or as an iCalendar file");
    c.description = {
        QT_TRANSLATE_NOOP(
            "ordo::cli",
            "--pdf writes a vector PDF: a season page for a plan of two weeks or more, one grid page "
            "per week, the findings, then the charts. "
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
          QT_TRANSLATE_NOOP("ordo::cli", "write a PDF to OUT.pdf, or to standard output for -"),
          QT_TRANSLATE_NOOP("ordo::cli", "--pdf needs an output file"),
          ValueKind::PdfFile },
        { { u"page-size"_s },
          "A4|Letter",
          QT_TRANSLATE_NOOP("ordo::cli", "the PDF's paper size (default A4)"),
          QT_TRANSLATE_NOOP("ordo::cli", "--page-size needs A4 or Letter"),
          ValueKind::Choice,
          { u"A4"_s, u"Letter"_s } },
        { { u"orientation"_s },
          "portrait|landscape",
          QT_TRANSLATE_NOOP("ordo::cli", "the PDF's page orientation (default portrait)"),
          QT_TRANSLATE_NOOP("ordo::cli", "--orientation needs portrait or landscape"),
          ValueKind::Choice,
          { u"portrait"_s, u"landscape"_s } },
        { { u"week"_s },
          "N",
          QT_TRANSLATE_NOOP("ordo::cli", "put only week N of the plan in the PDF, counting from 1"),
          QT_TRANSLATE_NOOP("ordo::cli", "--week needs a week number from 1"),
          ValueKind::Number },
        { { u"all-weeks"_s },
          nullptr,
          QT_TRANSLATE_NOOP("ordo::cli", "put every week of the plan in the PDF (the default)") },
        { { u"ics"_s },
          "OUT.ics",
          QT_TRANSLATE_NOOP("ordo::cli", "write an iCalendar file to OUT.ics, or to standard output for -"),
          QT_TRANSLATE_NOOP("ordo::cli", "--ics needs an output file"),
          ValueKind::IcsFile },
        { { u"start-date"_s },
          "YYYY-MM-DD",
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "the calendar's first day, or today; with --ics, needed when the plan has no start date"),
          QT_TRANSLATE_NOOP("ordo::cli", "--start-date needs a date as YYYY-MM-DD, or today"),
          ValueKind::Date },
        { { u"weeks"_s },
          "N",
          QT_TRANSLATE_NOOP("ordo::cli", "repeat a repeating plan for N weeks, 1 to 520 (default 12)"),
          QT_TRANSLATE_NOOP("ordo::cli", "--weeks needs a number of weeks from 1 to 520"),
          ValueKind::Number },
        { { u"until"_s },
          "YYYY-MM-DD",
          QT_TRANSLATE_NOOP("ordo::cli", "repeat a repeating plan until this day instead"),
          QT_TRANSLATE_NOOP("ordo::cli", "--until needs a date as YYYY-MM-DD"),
          ValueKind::Date },
        { { u"alarm"_s },
          "MIN",
          QT_TRANSLATE_NOOP("ordo::cli", "remind MIN minutes before every session, 0 (at the start) to 1440"),
          QT_TRANSLATE_NOOP("ordo::cli", "--alarm needs a number of minutes from 0 to 1440"),
          ValueKind::Number },
        { { u"busy-only"_s },
          nullptr,
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "only busy time, for a work or shared calendar: every session is titled Training, with "
              "no details") },
        langOption(),
        helpOption(),
    };
    c.exitCodes = { Done, UsageError, InvalidPlan, OutputFailed };
    c.unknownOption = QT_TRANSLATE_NOOP("ordo::cli", "export: unknown option '%1'");
    c.unexpectedValue = QT_TRANSLATE_NOOP("ordo::cli", "export: %1 takes no value");
    c.missingArgument = QT_TRANSLATE_NOOP("ordo::cli", "export needs a PLAN");
    c.extraArgument = QT_TRANSLATE_NOOP("ordo::cli", "export takes one PLAN, got another: '%1'");
    return c;
}

CommandSpec makeArrange()
{
    CommandSpec c;
    c.name = u"arrange"_s;
    c.synopsis = { u"PLAN [--busy FILE.ics] [--week N|--all] [--seed N] [--same-day] [--keep-days] "
                   u"[-o OUT.ordo] [--dry-run] [--json]"_s };
    c.summary = QT_TRANSLATE_NOOP("ordo::cli", "move sessions to better times");
    c.description = {
        QT_TRANSLATE_NOOP(
            "ordo::cli",
            "Moves sessions to the times where the analysis finds the least wrong with the week: "
            "every critical finding costs 100, a warning 10, an info 1, a session outside the "
            "available times 1,000, and each minute and day a session moves a little, so the plan "
            "stays close to yours. Locked sessions stay, a warm-up or cool-down moves with its lift, "
            "sessions stay in their week, and durations, kinds and intensities never change. The "
            "same plan and seed give the same result. Without -o, --dry-run or --json the arranged "
            "plan goes to standard output and what remains to standard error."),
    };
    c.arguments = { planArgument() };
    c.options = {
        { { u"busy"_s },
          "FILE.ics",
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "treat the events of an iCalendar file as busy time (the plan needs an anchor date)"),
          QT_TRANSLATE_NOOP("ordo::cli", "--busy needs an iCalendar file"),
          ValueKind::IcsFile },
        { { u"week"_s },
          "N",
          QT_TRANSLATE_NOOP("ordo::cli", "arrange only week N, counting from 1"),
          QT_TRANSLATE_NOOP("ordo::cli", "--week needs a week number from 1"),
          ValueKind::Number },
        { { u"all"_s }, nullptr, QT_TRANSLATE_NOOP("ordo::cli", "arrange every week (the default)") },
        { { u"seed"_s },
          "N",
          QT_TRANSLATE_NOOP("ordo::cli", "the seed of the search order (default 1)"),
          QT_TRANSLATE_NOOP("ordo::cli", "--seed needs a whole number from 0 to 4294967295"),
          ValueKind::Number },
        { { u"same-day"_s }, nullptr, QT_TRANSLATE_NOOP("ordo::cli", "move sessions only within their day") },
        { { u"keep-days"_s },
          nullptr,
          QT_TRANSLATE_NOOP("ordo::cli", "move sessions only to days that already have training") },
        { { u"o"_s, u"output"_s },
          "OUT.ordo",
          QT_TRANSLATE_NOOP("ordo::cli", "write the arranged plan to OUT.ordo, or to standard output for -"),
          QT_TRANSLATE_NOOP("ordo::cli", "-o needs an output file"),
          ValueKind::OrdoFile },
        { { u"dry-run"_s }, nullptr, QT_TRANSLATE_NOOP("ordo::cli", "print the moves, write nothing") },
        { { u"json"_s },
          nullptr,
          QT_TRANSLATE_NOOP("ordo::cli", "print the moves, the scores and what remains as JSON") },
        langOption(),
        helpOption(),
    };
    c.exitCodes = { Done, FindingsRemain, UsageError, InvalidPlan, OutputFailed };
    c.unknownOption = QT_TRANSLATE_NOOP("ordo::cli", "arrange: unknown option %1");
    c.unexpectedValue = QT_TRANSLATE_NOOP("ordo::cli", "arrange: %1 takes no value");
    c.missingArgument = QT_TRANSLATE_NOOP("ordo::cli", "arrange: missing PLAN");
    c.extraArgument = QT_TRANSLATE_NOOP("ordo::cli", "arrange: more than one plan given");
    return c;
}

CommandSpec makeTemplates()
{
    CommandSpec c;
    c.name = u"templates"_s;
    c.synopsis = { QString() };
    c.summary = QT_TRANSLATE_NOOP("ordo::cli", "list the built-in plans");
    c.description = {
        QT_TRANSLATE_NOOP(
            "ordo::cli",
            "Prints one line per built-in plan and nothing else: its NAME (usable as template:NAME and "
            "with ordo new), a tab, and its title."),
    };
    c.options = { langOption(), helpOption() };
    c.exitCodes = { Done, UsageError, OutputFailed };
    c.unknownOption = QT_TRANSLATE_NOOP("ordo::cli", "templates: unknown option %1");
    c.unexpectedValue = QT_TRANSLATE_NOOP("ordo::cli", "templates: %1 takes no value");
    c.extraArgument = QT_TRANSLATE_NOOP("ordo::cli", "templates takes no arguments");
    return c;
}

CommandSpec makeNew()
{
    CommandSpec c;
    c.name = u"new"_s;
    c.synopsis = { u"TEMPLATE OUT.ordo"_s };
    c.summary = QT_TRANSLATE_NOOP("ordo::cli", "write a built-in plan to a file");
    c.description = {
        QT_TRANSLATE_NOOP(
            "ordo::cli",
            "Writes the built-in plan TEMPLATE, a NAME that ordo templates lists (with or without "
            "template:), to the file OUT.ordo, to edit it from there. An existing OUT.ordo is kept "
            "unless --force is given."),
    };
    c.arguments = {
        { "TEMPLATE", QT_TRANSLATE_NOOP("ordo::cli", "the NAME of a built-in plan"),
          ValueKind::TemplateName },
        { "OUT.ordo", QT_TRANSLATE_NOOP("ordo::cli", "the plan file to write"), ValueKind::OrdoFile },
    };
    c.options = {
        { { u"force"_s }, nullptr, QT_TRANSLATE_NOOP("ordo::cli", "replace OUT.ordo if it exists") },
        langOption(),
        helpOption(),
    };
    c.exitCodes = { Done, UsageError, InvalidPlan, OutputFailed };
    c.unknownOption = QT_TRANSLATE_NOOP("ordo::cli", "new: unknown option %1");
    c.unexpectedValue = QT_TRANSLATE_NOOP("ordo::cli", "new: %1 takes no value");
    c.missingArgument = QT_TRANSLATE_NOOP("ordo::cli", "new takes TEMPLATE and OUT.ordo");
    c.extraArgument = QT_TRANSLATE_NOOP("ordo::cli", "new takes TEMPLATE and OUT.ordo");
    return c;
}

CommandSpec makeHelp()
{
    CommandSpec c;
    c.name = u"help"_s;
    c.synopsis = { u"[COMMAND]"_s };
    c.summary = QT_TRANSLATE_NOOP("ordo::cli", "show the help of the app or of a command");
    c.description = { QT_TRANSLATE_NOOP("ordo::cli", "The same as ordo --help, or as ordo COMMAND --help.") };
    c.arguments
        = { { "COMMAND",
              QT_TRANSLATE_NOOP("ordo::cli", "a command: check, validate, export, arrange, templates or new"),
              ValueKind::Command, true } };
    c.options = { langOption(), helpOption() };
    c.exitCodes = { Done, UsageError, OutputFailed };
    c.unknownOption = QT_TRANSLATE_NOOP("ordo::cli", "help: unknown option %1");
    c.unexpectedValue = QT_TRANSLATE_NOOP("ordo::cli", "help: %1 takes no value");
    c.extraArgument = QT_TRANSLATE_NOOP("ordo::cli", "help: no command named '%1'");
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
    static const QList<CommandSpec> commands = { makeCheck(),     makeValidate(), makeExport(), makeArrange(),
                                                 makeTemplates(), makeNew(),      makeHelp() };
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
        { Done, QT_TRANSLATE_NOOP("ordo::cli", "0 done"),
          QT_TRANSLATE_NOOP("ordo::cli", "Done. For check: the analysis ran, whatever it found.") },
        { StrictFindings, QT_TRANSLATE_NOOP("ordo::cli", "1 warnings remain"),
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "check --strict: at least one finding of severity warning or critical remains. check "
              "--compare: the second plan adds a finding of severity warning or critical. arrange: "
              "warnings or critical findings remain that arranging cannot clear; each is printed with "
              "the reason. The app "
              "with --screenshot or --measure-startup: the plan could not be opened or the picture "
              "not written; without those options: there is no display.") },
        { UsageError, QT_TRANSLATE_NOOP("ordo::cli", "2 usage error"),
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "Usage error: an unknown option, a missing or extra argument, a bad value, or options "
              "that exclude each other. Nothing was read or written.") },
        { InvalidPlan, QT_TRANSLATE_NOOP("ordo::cli", "3 plan unreadable or invalid"),
          QT_TRANSLATE_NOOP("ordo::cli",
                            "The plan could not be read or is invalid; each error line says where.") },
        { OutputFailed, QT_TRANSLATE_NOOP("ordo::cli", "4 output could not be written"),
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "The output could not be written: the disk is full, the folder is not writable, "
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
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "The display the app opens its window on. Without either, and without QT_QPA_PLATFORM, "
              "the app exits with status 1; the commands need neither.") },
        { "QT_QPA_PLATFORM",
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "Qt's window system plug-in. export and --screenshot use offscreen when it is unset and "
              "there is no display.") },
        { "LANG, LC_ALL, LC_MESSAGES, LANGUAGE",
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "The language of the texts (English, German, French or Spanish; --lang and the app's "
              "Language preference override it) and the local conventions of dates and numbers.") },
        { "XDG_CONFIG_HOME",
          QT_TRANSLATE_NOOP("ordo::cli", "Where the settings are kept (default ~/.config).") },
        { "XDG_DATA_HOME",
          QT_TRANSLATE_NOOP("ordo::cli", "Where autosaved plans are kept (default ~/.local/share).") },
    };
    return notes;
}

const QList<NoteSpec> &files()
{
    static const QList<NoteSpec> notes = {
        { "$XDG_CONFIG_HOME/Ordo/Ordo.conf",
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "The app's settings: preferences, recent files, window layout and your own session "
              "templates.") },
        { "$XDG_DATA_HOME/Ordo/Ordo/autosave/",
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "Unsaved changes, written every 30 seconds and removed when the plan is saved or closed; "
              "after a crash the next start offers to restore them.") },
        { "*.ordo",
          QT_TRANSLATE_NOOP(
              "ordo::cli",
              "Plan files: UTF-8 JSON of the MIME type application/x-ordo-plan, at most 4 MiB.") },
    };
    return notes;
}

const QList<NoteSpec> &examples()
{
    static const QList<NoteSpec> notes = {
        { "ordo templates", QT_TRANSLATE_NOOP("ordo::cli", "List the built-in plans.") },
        { "ordo check template:fatloss --strict",
          QT_TRANSLATE_NOOP("ordo::cli",
                            "Analyse a built-in plan; exit 1 if it has a warning or critical finding.") },
        { "ordo check plan.ordo --json | jq '.findings[].rule'",
          QT_TRANSLATE_NOOP("ordo::cli", "Print the rule of every finding with jq.") },
        { "ordo arrange plan.ordo --week 2 --busy work.ics -o arranged.ordo",
          QT_TRANSLATE_NOOP("ordo::cli",
                            "Move the sessions of week 2 around the events of a work calendar.") },
        { "ordo new strength mine.ordo",
          QT_TRANSLATE_NOOP("ordo::cli", "Start your own plan from a built-in one.") },
        { "ordo export plan.ordo --pdf w2.pdf --page-size=Letter --week 2",
          QT_TRANSLATE_NOOP("ordo::cli", "Write week 2 as a PDF on US Letter paper.") },
        { "ordo export plan.ordo --ics - --start-date 2026-01-05 > plan.ics",
          QT_TRANSLATE_NOOP("ordo::cli",
                            "Write the plan as calendar events from 5 January 2026 to standard output.") },
        { "ordo export plan.ordo --ics w.ics --start-date today --busy-only",
          QT_TRANSLATE_NOOP("ordo::cli", "Write only busy time from today on, for a work calendar.") },
    };
    return notes;
}

} // namespace ordo::cli
