// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clispec.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

// A thin layer over QCommandLineParser for one command of clispec.h: registers its options,
// parses (both --opt=value and --opt value, "-" as an argument, "--" to end the options) and
// turns Qt's errors into the command's own stable usage messages. Needs no QCoreApplication,
// so every usage error and --help work before one exists.
namespace ordo::cli {

class CommandParser
{
public:
    explicit CommandParser(const CommandSpec &command);

    // `args` are the words after the program name and the sub-command. On a usage error
    // returns false and sets error().
    bool parse(const QStringList &args);
    QString error() const { return m_error; }

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList arguments() const { return m_parser.positionalArguments(); }
    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }

private:
    const CommandSpec &m_command;
    QCommandLineParser m_parser;
    QString m_error;
};

} // namespace ordo::cli
