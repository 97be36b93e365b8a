// SPDX-License-Identifier: GPL-3.0-or-later

#include "manpage.h"

#include "clispec.h"
#include "helptext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ordo::cli {
namespace {

// Replaceable words (italic): argument names and value names; everything else a reader types
// as it stands (bold).
QSet<QString> placeholders()
{
    QSet<QString> words;
    QList<const CommandSpec *> commands { &desktopCommand() };
    for (const CommandSpec &c : subCommands())
        commands.append(&c);
    for (const CommandSpec *c : commands) {
        for (const ArgumentSpec &a : c->arguments)
            words.insert(QString::fromLatin1(a.name));
        for (const OptionSpec &o : c->options) {
            if (o.takesValue() && o.kind != ValueKind::Choice)
                words.insert(QString::fromLatin1(o.valueName));
        }
    }
    words.insert(u"COMMAND"_s);
    return words;
}

// "PLAN [--json]" → "\fIPLAN\fR [\fB\-\-json\fR]".
QString synopsisRoff(const QString &form, const QSet<QString> &italic)
{
    QString out;
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        out += (italic.contains(word) ? u"\\fI"_s : u"\\fB"_s) + roffEscape(word) + u"\\fR"_s;
        word.clear();
    };
    for (QChar ch : form) {
        if (ch == u'[' || ch == u']' || ch == u'|' || ch == u' ') {
            flush();
            out += ch;
        } else {
            word += ch;
        }
    }
    flush();
    return out;
}

QString synopsisLine(const CommandSpec &c, const QString &form, const QSet<QString> &italic)
{
    QString line = u".B ordo"_s;
    if (!c.name.isEmpty())
        line += u' ' + c.name;
    line += u'\n';
    if (!form.isEmpty())
        line += synopsisRoff(form, italic) + u'\n';
    return line;
}

QString paragraph(const char *text)
{
    return u".PP\n"_s + roffEscape(translated(text)) + u'\n';
}

QString taggedParagraph(const QString &tag, const QString &text)
{
    return u".TP\n"_s + tag + u'\n' + roffEscape(text) + u'\n';
}

QString commandSection(const CommandSpec &c, const QSet<QString> &italic)
{
    QString out = c.name.isEmpty() ? u".SS \"The app (no command)\"\n"_s : u".SS "_s + c.name + u'\n';
    for (const QString &form : c.synopsis)
        out += synopsisLine(c, form, italic) + u".br\n"_s;
    for (const char *p : c.description)
        out += paragraph(p);
    for (const ArgumentSpec &a : c.arguments)
        out += taggedParagraph(u".I "_s + roffEscape(QString::fromLatin1(a.name)), translated(a.description));
    for (const OptionSpec &o : c.options) {
        if (o.hidden)
            continue;
        QStringList names;
        for (const QString &n : o.names)
            names << (n.size() == 1 ? u"\\-"_s : u"\\-\\-"_s) + roffEscape(n);
        QString tag = u"\\fB"_s + names.join(u"\\fR, \\fB"_s) + u"\\fR"_s;
        if (o.takesValue())
            tag += u' ' + synopsisRoff(QString::fromLatin1(o.valueName), italic);
        out += taggedParagraph(tag, translated(o.description));
    }
    return out;
}

} // namespace

QString roffEscape(const QString &text)
{
    QString out;
    for (QChar ch : text) {
        if (ch == u'\\')
            out += u"\\e"_s;
        else if (ch == u'-')
            out += u"\\-"_s;
        else if (ch.unicode() > 0x7e)
            out += u"\\[u%1]"_s.arg(uint(ch.unicode()), 4, 16, QChar(u'0'))
                       .toUpper()
                       .replace(u"\\[U"_s, u"\\[u"_s);
        else
            out += ch;
    }
    if (out.startsWith(u'.') || out.startsWith(u'\''))
        out.prepend(u"\\&"_s);
    return out;
}

QString manPage(const QString &version, const QString &date, const QStringList &templates)
{
    const QSet<QString> italic = placeholders();
    QString out;
    out += u".\\\" Generated from the command-line definitions (app/clispec.cpp) by ordo_clidocs.\n"_s;
    out += u".TH ORDO 1 %1 \"Ordo %2\" \"User Commands\"\n"_s.arg(date, version);
    out += u".SH NAME\nordo \\- plan strength and cardio training in one week and check the plan\n"_s;

    out += u".SH SYNOPSIS\n.nh\n.ad l\n"_s;
    out += synopsisLine(desktopCommand(), desktopCommand().synopsis.first(), italic) + u".br\n"_s;
    for (const CommandSpec &c : subCommands()) {
        for (const QString &form : c.synopsis)
            out += synopsisLine(c, form, italic) + u".br\n"_s;
    }
    out += u".B ordo\n\\fB\\-\\-version\\fR | \\fB\\-\\-help\\fR\n"_s;

    out += u".ad b\n.hy\n.SH DESCRIPTION\n"_s;
    out += roffEscape(translated(QT_TRANSLATE_NOOP(
               "ordo::cli",
               "Ordo is a weekly planner for people who combine strength training with cardio. "
               "Its desktop app places sessions on a week calendar and checks the plan while you "
               "edit it: cardio that may blunt a nearby lifting session, crowded heavy leg days, "
               "missing rest days and the weekly load. Each finding explains why and offers a "
               "fix.")))
        + u'\n';
    out += paragraph(
        QT_TRANSLATE_NOOP("ordo::cli",
                          "The commands check, validate, export, templates and new do the same "
                          "from scripts, without a display. Each takes --help. Options may come "
                          "before or after the arguments; an option's value follows it as the "
                          "next word or after =, as in --page-size=Letter; -- ends the options."));

    out += u".SH COMMANDS\n"_s;
    out += commandSection(desktopCommand(), italic);
    for (const CommandSpec &c : subCommands())
        out += commandSection(c, italic);

    out += u".SH PLAN\n"_s;
    out += roffEscape(translated(QT_TRANSLATE_NOOP(
               "ordo::cli",
               "A PLAN is a path to a plan file (.ordo, UTF-8 JSON), - to read the plan from "
               "standard input, or template:NAME for one of the built-in plans:")))
        + u'\n';
    out += u".BR "_s + templates.join(u" , "_s) + u" .\n"_s;

    out += u".SH \"EXIT STATUS\"\n"_s;
    for (const ExitCodeSpec &e : exitCodes())
        out += taggedParagraph(u".B "_s + QString::number(int(e.code)), translated(e.meaning));
    out += paragraph(
        QT_TRANSLATE_NOOP("ordo::cli",
                          "Errors go to standard error, one line each, as ordo: FILE: WHERE: WHAT. "
                          "A usage error prints ordo: WHAT and a line pointing at --help."));

    out += u".SH ENVIRONMENT\n"_s;
    for (const NoteSpec &n : environment())
        out += taggedParagraph(u".B "_s + roffEscape(QString::fromLatin1(n.name)), translated(n.text));
    out += u".SH FILES\n"_s;
    for (const NoteSpec &n : files())
        out += taggedParagraph(u".I "_s + roffEscape(QString::fromLatin1(n.name)), translated(n.text));

    out += u".SH EXAMPLES\n"_s;
    for (const NoteSpec &n : examples()) {
        out += paragraph(n.text);
        out += u".RS\n.nf\n"_s + roffEscape(QString::fromLatin1(n.name)) + u"\n.fi\n.RE\n"_s;
    }
    out += u".SH \"SEE ALSO\"\n"_s;
    out += roffEscape(translated(
               QT_TRANSLATE_NOOP("ordo::cli",
                                 "The plan format, the rules and the command line are described in the "
                                 "documentation that comes with the source (docs/).")))
        + u'\n';
    return out;
}

} // namespace ordo::cli
