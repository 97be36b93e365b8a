// SPDX-License-Identifier: GPL-3.0-or-later

#include "completions.h"

#include "clispec.h"

#include <QMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ordo::cli {
namespace {

const QString kGenerated
    = u"# Generated from the command-line definitions (app/clispec.cpp) by ordo_clidocs; do not edit.\n"_s;

QList<const CommandSpec *> allCommands()
{
    QList<const CommandSpec *> commands { &desktopCommand() };
    for (const CommandSpec &c : subCommands())
        commands.append(&c);
    return commands;
}

QString key(const CommandSpec &c)
{
    return c.name.isEmpty() ? u"app"_s : c.name;
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec &c : subCommands())
        names << c.name;
    return names;
}

QStringList visibleOptionNames(const CommandSpec &c, bool valuedOnly)
{
    QStringList names;
    for (const OptionSpec &o : c.options) {
        if (o.hidden || (valuedOnly && !o.takesValue()))
            continue;
        for (const QString &n : o.names)
            names << (n.size() == 1 ? u"-"_s : u"--"_s) + n;
    }
    return names;
}

QString argumentKind(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Plan:
        return u"plan"_s;
    case ValueKind::TemplateName:
        return u"template"_s;
    case ValueKind::OrdoFile:
        return u"ordo"_s;
    case ValueKind::Command:
        return u"command"_s;
    default:
        return u"none"_s;
    }
}

// The file suffix a value or argument of this kind completes to, if it is a file.
QString suffix(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Plan:
    case ValueKind::OrdoFile:
        return u"ordo"_s;
    case ValueKind::PdfFile:
        return u"pdf"_s;
    case ValueKind::IcsFile:
        return u"ics"_s;
    case ValueKind::PngFile:
        return u"png"_s;
    default:
        return QString();
    }
}

// 'text' for sh-like shells.
QString shQuote(const QString &text)
{
    QString t = text;
    return u"'"_s + t.replace(u"'"_s, u"'\\''"_s) + u"'"_s;
}

// A description inside a zsh _arguments spec: brackets and colons are syntax there.
QString zshDescription(const QString &text)
{
    QString t = text;
    t.replace(u"\\"_s, u"\\\\"_s)
        .replace(u"["_s, u"\\["_s)
        .replace(u"]"_s, u"\\]"_s)
        .replace(u":"_s, u"\\:"_s);
    return t;
}

QString fishQuote(const QString &text)
{
    QString t = text;
    t.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"'"_s + t + u"'"_s;
}

} // namespace

QString bashCompletion(const QStringList &templates)
{
    QString options, valued, arguments;
    QMap<QString, const OptionSpec *> valueOptions; // every option with a value, by its spelling
    for (const CommandSpec *c : allCommands()) {
        options
            += u"        ["_s + key(*c) + u"]="_s + shQuote(visibleOptionNames(*c, false).join(u' ')) + u'\n';
        valued
            += u"        ["_s + key(*c) + u"]="_s + shQuote(visibleOptionNames(*c, true).join(u' ')) + u'\n';
        QStringList kinds;
        for (const ArgumentSpec &a : c->arguments)
            kinds << argumentKind(a.kind);
        arguments += u"        ["_s + key(*c) + u"]="_s + shQuote(kinds.join(u' ')) + u'\n';
        for (const OptionSpec &o : c->options) {
            if (o.takesValue() && !o.hidden)
                valueOptions.insert(u"--"_s + o.longName(), &o);
        }
    }
    QString values;
    for (auto it = valueOptions.cbegin(); it != valueOptions.cend(); ++it) {
        const OptionSpec &o = **it;
        QString action;
        if (!suffix(o.kind).isEmpty())
            action = u"_filedir "_s + suffix(o.kind);
        else if (o.kind == ValueKind::Choice)
            action = u"COMPREPLY=($(compgen -W "_s + shQuote(o.choices.join(u' ')) + u" -- \"$cur\"))"_s;
        else
            action = u":"_s; // a number or a date: nothing to offer
        values += u"            "_s + it.key() + u") "_s + action + u" ;;\n"_s;
    }

    QString out
        = u"# bash completion for ordo(1)                              -*- shell-script -*-\n"_s + kGenerated;
    out += uR"sh(
_ordo()
{
    local cur prev words cword split
    _init_completion -s -n : || return

    local commands=)sh"_s
        + shQuote(commandNames().join(u' ')) + uR"sh(
    local templates=)sh"_s
        + shQuote(templates.join(u' ')) + uR"sh(
    # Per command ("app" without one): its options, those that take a value, and the kinds
    # of its arguments in order.
    local -A options=(
)sh"_s + options
        + uR"sh(    )
    local -A valued=(
)sh"_s + valued
        + uR"sh(    )
    local -A arguments=(
)sh"_s + arguments
        + uR"sh(    )

    local command=app first=1
    if ((cword > 1)) && [[ " $commands " == *" ${words[1]} "* ]]; then
        command=${words[1]}
        first=2
    fi

    # The value of an option.
    if [[ -n ${valued[$command]} && " ${valued[$command]} " == *" $prev "* ]]; then
        case $prev in
)sh"_s + values
        + uR"sh(        esac
        return
    fi
    $split && return

    if [[ $cur == -* && $cur != - ]]; then
        COMPREPLY=($(compgen -W "${options[$command]}" -- "$cur"))
        return
    fi

    # Which argument the word is: count the arguments before it, skipping option values.
    local i n=0
    for ((i = first; i < cword; i++)); do
        if [[ -n ${valued[$command]} && " ${valued[$command]} " == *" ${words[i]} "* ]]; then
            ((i++))
        elif [[ ${words[i]} != -?* ]]; then
            ((n++))
        fi
    done
    local kinds=(${arguments[$command]})

    COMPREPLY=()
    if ((cword == 1)); then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    fi
    case ${kinds[n]-} in
        plan)
            local t plans=()
            for t in $templates; do
                plans+=("template:$t")
            done
            COMPREPLY+=($(compgen -W "${plans[*]}" -- "$cur"))
            __ltrim_colon_completions "$cur"
            _filedir ordo
            ;;
        template) COMPREPLY+=($(compgen -W "$templates" -- "$cur")) ;;
        ordo) _filedir ordo ;;
        command) COMPREPLY+=($(compgen -W "$commands" -- "$cur")) ;;
    esac
} &&
    complete -F _ordo ordo

# ex: filetype=sh
)sh"_s;
    return out;
}

QString zshCompletion(const QStringList &templates)
{
    auto specs = [](const CommandSpec &c) {
        QStringList lines;
        for (const OptionSpec &o : c.options) {
            if (o.hidden)
                continue;
            const QString description = u"["_s + zshDescription(translated(o.description)) + u"]"_s;
            QString value;
            if (o.takesValue()) {
                const QString message = zshDescription(QString::fromLatin1(o.valueName));
                if (!suffix(o.kind).isEmpty())
                    value = u":"_s + message + u":_files -g \"*."_s + suffix(o.kind) + u"(-.)\""_s;
                else if (o.kind == ValueKind::Choice)
                    value = u":"_s + message + u":("_s + o.choices.join(u' ') + u")"_s;
                else
                    value = u":"_s + message + u": "_s;
            }
            if (o.names.size() > 1) {
                // -h and --help (-v and --version): either, and nothing after them.
                QStringList spelled;
                for (const QString &n : o.names)
                    spelled << (n.size() == 1 ? u"-"_s : u"--"_s) + n;
                lines << u"'(- *)'{"_s + spelled.join(u',') + u"}"_s + shQuote(description + value);
            } else {
                const QString name = u"--"_s + o.names.first() + (o.takesValue() ? u"="_s : QString());
                lines << shQuote(name + description + value);
            }
        }
        int index = 1;
        for (const ArgumentSpec &a : c.arguments) {
            const QString message = zshDescription(QString::fromLatin1(a.name));
            QString action;
            switch (a.kind) {
            case ValueKind::Plan:
                action = u"_ordo_plans"_s;
                break;
            case ValueKind::TemplateName:
                action = u"_ordo_templates"_s;
                break;
            case ValueKind::Command:
                action = u"_ordo_commands"_s;
                break;
            default:
                action = u"_files -g \"*."_s + suffix(a.kind) + u"(-.)\""_s;
            }
            lines << shQuote(QString::number(index++) + (a.optional ? u"::"_s : u":"_s) + message + u":"_s
                             + action);
        }
        return lines;
    };

    QStringList described;
    for (const CommandSpec &c : subCommands())
        described << u"    "_s + shQuote(c.name + u':' + translated(c.summary).replace(u":"_s, u"\\:"_s));

    QString out = u"#compdef ordo\n# zsh completion for ordo(1).\n"_s + kGenerated;
    out += u"\n_ordo_templates() {\n  local -a names=("_s + templates.join(u' ')
        + u")\n  _wanted templates expl 'built-in plan' compadd -a names\n}\n"_s;
    out += uR"sh(
_ordo_plans() {
  local -a names=()sh"_s
        + QStringList(templates).replaceInStrings(QRegularExpression(u"^"_s), u"template:"_s).join(u' ')
        + uR"sh()
  _alternative \
    'templates:built-in plan:compadd -a names' \
    'files:plan file:_files -g "*.ordo(-.)"'
}

_ordo_commands() {
  local -a commands=(
)sh"_s + described.join(u'\n')
        + uR"sh(
  )
  _describe -t commands 'ordo command' commands
}

_ordo() {
  local curcontext=$curcontext state state_descr line ret=1
  typeset -A opt_args

  _arguments -C -S \
)sh"_s;
    QStringList appSpecs = specs(desktopCommand());
    appSpecs.removeLast(); // PLAN: handled with the commands below
    for (const QString &s : appSpecs)
        out += u"    "_s + s + u" \\\n"_s;
    out += uR"sh(    '1: :->first' \
    '*:: :->command' && ret=0

  case $state in
    first)
      _alternative 'commands:command:_ordo_commands' 'plans:plan:_ordo_plans' && ret=0
      ;;
    command)
      curcontext=${curcontext%:*:*}:ordo-$words[1]:
      case $words[1] in
)sh"_s;
    for (const CommandSpec &c : subCommands()) {
        out += u"        "_s + c.name + u")\n          _arguments -S \\\n"_s;
        const QStringList lines = specs(c);
        for (qsizetype i = 0; i < lines.size(); ++i)
            out += u"            "_s + lines[i] + (i + 1 < lines.size() ? u" \\\n"_s : u" && ret=0\n"_s);
        out += u"          ;;\n"_s;
    }
    out += uR"sh(      esac
      ;;
  esac
  return ret
}

_ordo "$@"
)sh"_s;
    return out;
}

QString fishCompletion(const QStringList &templates)
{
    const QString commands = commandNames().join(u' ');
    QString out = u"# fish completion for ordo(1).\n"_s + kGenerated;
    out += uR"sh(
# The sub-command being completed, or "app" for the desktop app.
function __ordo_command_is
    set -l tokens (commandline -opc)
    set -l command app
    if test (count $tokens) -ge 2; and contains -- $tokens[2] )sh"_s
        + commands + uR"sh(
        set command $tokens[2]
    end
    test "$command" = "$argv[1]"
end

# How many arguments come before the cursor; $argv are the options that take a value.
function __ordo_argument_index
    set -l tokens (commandline -opc)
    set -e tokens[1]
    if test (count $tokens) -ge 1; and contains -- $tokens[1] )sh"_s
        + commands + uR"sh(
        set -e tokens[1]
    end
    set -l n 0
    set -l skip 0
    for t in $tokens
        if test $skip -eq 1
            set skip 0
        else if contains -- $t $argv
            set skip 1
        else if not string match -q -- '-?*' $t
            set n (math $n + 1)
        end
    end
    echo $n
end

# Folders and the files with the suffix $argv[1] that start with the current token.
function __ordo_files
    set -l token (commandline -ct)
    for f in $token*
        if test -d $f
            printf '%s/\n' $f
        else if string match -q -- "*.$argv[1]" $f
            echo $f
        end
    end
end

function __ordo_plans
    for name in )sh"_s
        + templates.join(u' ') + uR"sh(
        printf 'template:%s\tbuilt-in plan\n' $name
    end
    __ordo_files ordo
end

complete -c ordo -f
)sh"_s;
    for (const CommandSpec &c : subCommands()) {
        out += u"complete -c ordo -n '__ordo_command_is app; and test (__ordo_argument_index) -eq 0' -a "_s
            + c.name + u" -d "_s + fishQuote(translated(c.summary)) + u'\n';
    }
    for (const CommandSpec *c : allCommands()) {
        const QString condition = u"__ordo_command_is "_s + key(*c);
        out += u"\n# "_s + (c->name.isEmpty() ? u"the app"_s : u"ordo "_s + c->name) + u'\n';
        for (const OptionSpec &o : c->options) {
            if (o.hidden)
                continue;
            QString line = u"complete -c ordo -n "_s + fishQuote(condition);
            for (const QString &n : o.names)
                line += (n.size() == 1 ? u" -s "_s : u" -l "_s) + n;
            if (o.takesValue()) {
                if (!suffix(o.kind).isEmpty())
                    line += u" -x -a '(__ordo_files "_s + suffix(o.kind) + u")'"_s;
                else if (o.kind == ValueKind::Choice)
                    line += u" -x -a "_s + fishQuote(o.choices.join(u' '));
                else
                    line += u" -x"_s;
            }
            out += line + u" -d "_s + fishQuote(translated(o.description)) + u'\n';
        }
        const QString valued = visibleOptionNames(*c, true).join(u' ');
        for (qsizetype i = 0; i < c->arguments.size(); ++i) {
            const ArgumentSpec &a = c->arguments[i];
            QString action;
            switch (a.kind) {
            case ValueKind::Plan:
                action = u"(__ordo_plans)"_s;
                break;
            case ValueKind::TemplateName:
                action = templates.join(u' ');
                break;
            case ValueKind::Command:
                action = commandNames().join(u' ');
                break;
            default:
                action = u"(__ordo_files "_s + suffix(a.kind) + u")"_s;
            }
            out += u"complete -c ordo -n "_s
                + fishQuote(condition + u"; and test (__ordo_argument_index "_s + valued + u") -eq "_s
                            + QString::number(i))
                + u" -a "_s + fishQuote(action) + u'\n';
        }
    }
    return out;
}

} // namespace ordo::cli
