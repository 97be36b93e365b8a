// SPDX-License-Identifier: GPL-3.0-or-later

#include "helptext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ordo::cli {
namespace {

constexpr int kWidth = 80; // prose
constexpr int kSynopsisWidth = 96; // usage lines, as wide as the longest form needs
constexpr int kSummaryColumn = 39;

QString commandLine(const CommandSpec &c, const QString &form)
{
    QString line = u"ordo"_s;
    if (!c.name.isEmpty())
        line += u' ' + c.name;
    if (!form.isEmpty())
        line += u' ' + form;
    return line;
}

QStringList wrapText(const QString &text, const QString &first, int indent, int width = kWidth)
{
    return wrapWords(text.split(u' ', Qt::SkipEmptyParts), first, indent, width);
}

// Two columns: the spelled option or argument, then its description wrapped beside it.
QString table(const QList<QPair<QString, QString>> &rows)
{
    qsizetype column = 0;
    for (const auto &row : rows)
        column = std::max(column, row.first.size());
    column += 4; // two spaces before, two after
    QString out;
    for (const auto &row : rows) {
        const QString first = u"  "_s + row.first.leftJustified(column - 2);
        out += wrapText(row.second, first, int(column)).join(u'\n') + u'\n';
    }
    return out;
}

QString exitCodesLine(const QList<ExitCode> &codes)
{
    QStringList parts;
    for (ExitCode code : codes)
        parts << translated(exitCode(code).shortText);
    return wrapText(QCoreApplication::translate("ordo::cli", "Exit codes: %1.").arg(parts.join(u", "_s)),
                    QString(), 0)
               .join(u'\n')
        + u'\n';
}

QString optionsTable(const CommandSpec &c)
{
    QList<QPair<QString, QString>> rows;
    for (const OptionSpec &o : c.options) {
        if (!o.hidden)
            rows.append({ o.spelled(), translated(o.description) });
    }
    return table(rows);
}

QString overview()
{
    const CommandSpec &app = desktopCommand();
    QString out = QCoreApplication::translate("ordo::cli", "Usage:") + u'\n';
    QList<const CommandSpec *> commands { &app };
    for (const CommandSpec &c : subCommands())
        commands.append(&c);
    for (const CommandSpec *c : commands) {
        QStringList lines;
        for (const QString &form : c->synopsis) {
            const QStringList words = synopsisWords(commandLine(*c, form));
            lines += wrapWords(words, u"  "_s, 2 + int(words.value(0).size() + words.value(1).size()) + 2,
                               kSynopsisWidth);
        }
        const QString summary = translated(c->summary);
        if (lines.size() == 1 && lines.first().size() <= kSummaryColumn - 2)
            lines.first() = lines.first().leftJustified(kSummaryColumn) + summary;
        else
            lines.append(QString(kSummaryColumn, u' ') + summary);
        out += lines.join(u'\n') + u'\n';
    }
    out += u"  ordo --version | --help\n\n"_s;
    out += QCoreApplication::translate("ordo::cli", "Options of the app:") + u'\n' + optionsTable(app)
        + u'\n';
    out += wrapText(QCoreApplication::translate(
                        "ordo::cli",
                        "PLAN is a path, - for standard input, or template:NAME for a built-in plan."),
                    QString(), 0)
               .join(u'\n')
        + u'\n';
    out += QCoreApplication::translate(
               "ordo::cli",
               "Run 'ordo COMMAND --help' for the options of a command, 'man ordo' for the manual.")
        + u'\n';
    QList<ExitCode> all;
    for (const ExitCodeSpec &e : exitCodes())
        all << e.code;
    out += exitCodesLine(all);
    return out;
}

} // namespace

QStringList synopsisWords(const QString &form)
{
    QStringList words;
    QString word;
    int depth = 0;
    for (QChar ch : form) {
        if (ch == u'[')
            ++depth;
        else if (ch == u']')
            --depth;
        if (ch == u' ' && depth == 0) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else {
            word += ch;
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

QStringList wrapWords(const QStringList &words, const QString &first, int indent, int width)
{
    QStringList lines;
    QString line = first;
    bool lineHasWord = false;
    for (const QString &w : words) {
        if (lineHasWord && line.size() + 1 + w.size() > width) {
            lines << line;
            line = QString(indent, u' ');
            lineHasWord = false;
        }
        if (lineHasWord)
            line += u' ';
        line += w;
        lineHasWord = true;
    }
    lines << line;
    return lines;
}

QString helpText(const CommandSpec &c)
{
    if (c.name.isEmpty())
        return overview();

    QString out;
    for (qsizetype i = 0; i < c.synopsis.size(); ++i) {
        const QString lead = i == 0
            ? QCoreApplication::translate("ordo::cli", "Usage:") + u' '
            : QString(QCoreApplication::translate("ordo::cli", "Usage:").size() + 1, u' ');
        const QStringList words = synopsisWords(commandLine(c, c.synopsis[i]));
        const int indent = int(lead.size() + words.value(0).size() + words.value(1).size()) + 2;
        out += wrapWords(words, lead, indent, kSynopsisWidth).join(u'\n') + u'\n';
    }
    out += u'\n';
    for (const char *paragraph : c.description)
        out += wrapText(translated(paragraph), QString(), 0).join(u'\n') + u"\n\n"_s;
    if (!c.arguments.isEmpty()) {
        QList<QPair<QString, QString>> rows;
        for (const ArgumentSpec &a : c.arguments)
            rows.append({ QString::fromLatin1(a.name), translated(a.description) });
        out += QCoreApplication::translate("ordo::cli", "Arguments:") + u'\n' + table(rows) + u'\n';
    }
    out += QCoreApplication::translate("ordo::cli", "Options:") + u'\n' + optionsTable(c) + u'\n';
    out += exitCodesLine(c.exitCodes);
    return out;
}

} // namespace ordo::cli
