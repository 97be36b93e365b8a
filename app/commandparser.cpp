// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandparser.h"

using namespace Qt::StringLiterals;

namespace ordo::cli {
namespace {

QString spelledAsTyped(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

// Messages without "%1" leave the argument out.
QString withArgument(const QString &message, const QString &argument)
{
    return message.contains(u"%1"_s) ? message.arg(argument) : message;
}

} // namespace

CommandParser::CommandParser(const CommandSpec &command)
    : m_command(command)
{
    // The app takes Qt's single-dash options (-platform NAME), so a single dash starts a long
    // name there; the sub-commands keep the usual meaning of -abc.
    m_parser.setSingleDashWordOptionMode(command.name.isEmpty()
                                             ? QCommandLineParser::ParseAsLongOptions
                                             : QCommandLineParser::ParseAsCompactedShortOptions);
    for (const OptionSpec &o : command.options) {
        QCommandLineOption option(o.names);
        if (o.takesValue())
            option.setValueName(QString::fromLatin1(o.valueName));
        m_parser.addOption(option);
    }
}

bool CommandParser::parse(const QStringList &args)
{
    m_error.clear();
    if (m_parser.parse(QStringList { u"ordo"_s } + args)) {
        if (helpRequested())
            return true;
        const QStringList positional = m_parser.positionalArguments();
        qsizetype required = 0;
        for (const ArgumentSpec &a : m_command.arguments)
            required += a.optional ? 0 : 1;
        if (positional.size() < required && m_command.missingArgument)
            m_error = translated(m_command.missingArgument);
        else if (positional.size() > m_command.arguments.size())
            m_error = withArgument(translated(m_command.extraArgument),
                                   positional.value(m_command.arguments.size()));
        return m_error.isEmpty();
    }

    const QStringList unknown = m_parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        m_error = translated(m_command.unknownOption).arg(spelledAsTyped(unknown.first()));
        return false;
    }
    // The other two errors of QCommandLineParser: "--opt" with a value as the last word and
    // nothing after it, or "--switch=value". Find which from the words themselves.
    for (const QString &arg : args) {
        if (arg == u"--"_s)
            break;
        if (!arg.startsWith(u'-') || arg == u"-"_s)
            continue;
        QString name = arg.mid(arg.startsWith(u"--"_s) ? 2 : 1);
        const qsizetype equals = name.indexOf(u'=');
        if (equals >= 0)
            name.truncate(equals);
        const OptionSpec *option = m_command.findOption(name);
        if (option && !option->takesValue() && equals >= 0) {
            m_error = translated(m_command.unexpectedValue).arg(spelledAsTyped(name));
            return false;
        }
    }
    const QString last = args.value(args.size() - 1);
    const OptionSpec *option = m_command.findOption(last.mid(last.startsWith(u"--"_s) ? 2 : 1));
    if (last.startsWith(u'-') && option && option->takesValue() && option->missingValue) {
        m_error = translated(option->missingValue);
        return false;
    }
    // Not expected: QCommandLineParser found another error. Show its own words.
    m_error = m_parser.errorText();
    return false;
}

} // namespace ordo::cli
