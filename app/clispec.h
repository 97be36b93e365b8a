// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The definition of the `ordo` command line (docs/cli.md): every sub-command with its
// synopsis, arguments, options, exit codes, and the environment, files and examples of the
// manual. One source for the parser (CommandParser), `--help` (helpText), the man page and the
// shell completions (generated at build time by ordo_clidocs). Texts are English source strings
// in the translation context "ordo::cli"; translated() translates them.
namespace ordo::cli {

enum ExitCode {
    Done = 0,
    StrictFindings = 1, // check --strict
    WarningsAdded = 1, // check --compare: the second plan adds a warning or critical finding
    FindingsRemain = 1, // arrange: warnings remain that arranging cannot clear
    AppFailed = 1, // the app: a scripted run failed, or there is no display
    UsageError = 2,
    InvalidPlan = 3,
    OutputFailed = 4,
};

// What a value or an argument is, for completions and for the man page's typography.
enum class ValueKind {
    None, // a switch
    Plan, // a plan: .ordo file, - or template:NAME
    TemplateName, // a built-in plan's NAME
    OrdoFile, // a .ordo file to write
    PdfFile, // a .pdf file to write, or -
    IcsFile, // an .ics file to write, or -
    PngFile, // a .png file to write
    Date, // YYYY-MM-DD
    Number,
    Choice, // one of OptionSpec::choices
    Command, // a sub-command name
    QtValue, // the value of one of Qt's own options
};

struct OptionSpec
{
    OptionSpec(QStringList names, const char *valueName, const char *description,
               const char *missingValue = nullptr, ValueKind kind = ValueKind::None, QStringList choices = {},
               bool hidden = false)
        : names(std::move(names))
        , valueName(valueName)
        , description(description)
        , missingValue(missingValue)
        , kind(kind)
        , choices(std::move(choices))
        , hidden(hidden)
    { }

    QStringList names; // without dashes; a one-letter name is the short form
    const char *valueName = nullptr; // shown as in "--pdf OUT.pdf"; null for a switch
    const char *description = nullptr;
    const char *missingValue = nullptr; // the usage error when the value is missing
    ValueKind kind = ValueKind::None;
    QStringList choices;
    bool hidden = false; // accepted but neither in --help, the man page nor completions

    bool takesValue() const { return valueName != nullptr; }
    QString longName() const; // the longest name
    QString spelled() const; // "-h, --help" or "--pdf OUT.pdf"
};

struct ArgumentSpec
{
    ArgumentSpec(const char *name, const char *description, ValueKind kind, bool optional = false)
        : name(name)
        , description(description)
        , kind(kind)
        , optional(optional)
    { }

    const char *name = nullptr; // PLAN, TEMPLATE, OUT.ordo
    const char *description = nullptr;
    ValueKind kind = ValueKind::None;
    bool optional = false;
};

struct CommandSpec
{
    QString name; // empty for the desktop app (no sub-command)
    QStringList synopsis; // the forms after "ordo NAME", untranslated syntax
    const char *summary = nullptr; // one line, starts lower case
    QList<const char *> description; // paragraphs
    QList<ArgumentSpec> arguments;
    QList<OptionSpec> options; // including help (and version for the app)
    QList<ExitCode> exitCodes;
    // Usage errors with "%1": the option as typed / the extra argument.
    const char *unknownOption = nullptr;
    const char *unexpectedValue = nullptr;
    const char *missingArgument = nullptr;
    const char *extraArgument = nullptr;
    // The app only: a plan argument that is no file but spelled like a command.
    const char *unknownCommand = nullptr;

    const OptionSpec *findOption(QStringView name) const;
};

struct ExitCodeSpec
{
    ExitCode code = Done;
    const char *shortText; // for --help: "2 usage error"
    const char *meaning; // for the man page
};

struct NoteSpec
{
    const char *name; // a variable or a path
    const char *text;
};

// The translation of a text marked with QT_TRANSLATE_NOOP("ordo::cli", …).
QString translated(const char *text);

const CommandSpec &desktopCommand();
// The sub-commands, in the order of the documentation.
const QList<CommandSpec> &subCommands();
const CommandSpec *findSubCommand(QStringView name);
const QList<ExitCodeSpec> &exitCodes();
const ExitCodeSpec &exitCode(ExitCode code);
const QList<NoteSpec> &environment();
const QList<NoteSpec> &files();
const QList<NoteSpec> &examples(); // name: the command line, text: what it does

} // namespace ordo::cli
