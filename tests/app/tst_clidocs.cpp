// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"
#include "clispec.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo::cli;

// The man page and the shell completions generated from the command-line definitions, as
// installed (`cmake --install` into a scratch prefix, or the package under
// ORDO_INSTALLED_PREFIX): the page renders without a warning
// and documents every command, option, exit code, variable and file; bash, zsh and fish load
// the completions from their vendor folders and complete sub-commands, options, their values,
// built-in plans and .ordo files. A shell that is not installed skips its test.
class TestCliDocs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_prefix;
    QString m_work; // the folder completions run in: a plan, a PDF and a text file
    QString m_manPage; // the installed page, uncompressed

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QString &program, const QStringList &args, const QStringList &extraEnv = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/config"_s));
        env.insert(u"XDG_DATA_DIRS"_s, m_prefix + u"/share:/usr/share"_s);
        // `ordo` on the PATH, as after installing: fish loads completions for commands it finds.
        env.insert(u"PATH"_s, m_prefix + u"/bin:"_s + env.value(u"PATH"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        for (const QString &kv : extraEnv)
            env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_work);
        p.start(program, args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    QString installed(const QString &relative) const { return m_prefix + u'/' + relative; }

    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    static QList<const CommandSpec *> allCommands()
    {
        QList<const CommandSpec *> commands { &desktopCommand() };
        for (const CommandSpec &c : subCommands())
            commands.append(&c);
        return commands;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"home/config"_s));
        QVERIFY(QDir(m_dir.path()).mkpath(u"work"_s));
        m_work = m_dir.filePath(u"work"_s);
        for (const QString &name : { u"plan.ordo"_s, u"out.pdf"_s, u"notes.txt"_s }) {
            QFile f(m_work + u'/' + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        m_prefix = QStringLiteral(ORDO_INSTALLED_PREFIX);
        if (m_prefix.isEmpty()) {
            m_prefix = m_dir.filePath(u"prefix"_s);
            const Run install
                = run(QStringLiteral(ORDO_CMAKE_COMMAND),
                      { u"--install"_s, QStringLiteral(ORDO_BINARY_DIR), u"--prefix"_s, m_prefix });
            QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
        }
        // A package compresses the page (dh_compress); groff reads it uncompressed.
        m_manPage = installed(u"share/man/man1/ordo.1"_s);
        if (!QFile::exists(m_manPage) && QFile::exists(m_manPage + u".gz"_s)) {
            const QString plain = m_dir.filePath(u"ordo.1"_s);
            const Run gunzip = run(
                u"sh"_s, { u"-c"_s, u"gzip -dc \"$1\" > \"$2\""_s, u"sh"_s, m_manPage + u".gz"_s, plain });
            QCOMPARE(gunzip.exitCode, 0);
            m_manPage = plain;
        }
    }

    void installedWhereEachToolLooks()
    {
        for (const QString &path :
             { u"bin/ordo"_s, u"share/bash-completion/completions/ordo"_s,
               u"share/zsh/vendor-completions/_ordo"_s, u"share/fish/vendor_completions.d/ordo.fish"_s })
            QVERIFY2(QFile::exists(installed(path)), qPrintable(path));
        QVERIFY(QFile::exists(m_manPage));
    }

    void manPageRendersWithoutWarnings()
    {
        const QString page = m_manPage;
        if (QStandardPaths::findExecutable(u"groff"_s).isEmpty())
            QSKIP("groff is not installed (scripts/deps.sh --test installs it)");
        const Run groff = run(u"groff"_s, { u"-ww"_s, u"-man"_s, u"-z"_s, page });
        QCOMPARE(groff.exitCode, 0);
        QVERIFY2(groff.err.isEmpty(), qPrintable(groff.err));
        if (QStandardPaths::findExecutable(u"man"_s).isEmpty())
            QSKIP("man-db is not installed (scripts/deps.sh --test installs it)");
        const Run man = run(u"man"_s, { u"--warnings"_s, u"-l"_s, page }, { u"MANWIDTH=80"_s });
        QCOMPARE(man.exitCode, 0);
        QVERIFY2(man.err.isEmpty(), qPrintable(man.err));
        QVERIFY(man.out.contains(u"EXIT STATUS"_s));
        for (const QString &line : man.out.split(u'\n'))
            QVERIFY2(line.size() <= 80, qPrintable(line));
    }

    void manPageDocumentsEverything()
    {
        const QString page = read(m_manPage);
        QVERIFY(page.contains(u".TH ORDO 1 %1 \"Ordo %2\""_s.arg(QStringLiteral(ORDO_RELEASE_DATE),
                                                                 QStringLiteral(ORDO_VERSION))));
        for (const QString &section : { u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"COMMANDS"_s,
                                        u"\"EXIT STATUS\""_s, u"ENVIRONMENT"_s, u"FILES"_s, u"EXAMPLES"_s })
            QVERIFY2(page.contains(u".SH "_s + section + u'\n'), qPrintable(section));
        for (const CommandSpec &c : subCommands())
            QVERIFY2(page.contains(u".SS "_s + c.name + u'\n'), qPrintable(c.name));
        for (const CommandSpec *c : allCommands()) {
            for (const OptionSpec &o : c->options) {
                const QString spelled = u"\\fB\\-\\-"_s + QString(o.longName()).replace(u"-"_s, u"\\-"_s);
                QVERIFY2(o.hidden || page.contains(spelled), qPrintable(o.longName()));
            }
        }
        for (const ExitCodeSpec &e : exitCodes())
            QVERIFY(page.contains(u".TP\n.B %1\n"_s.arg(int(e.code))));
        for (const NoteSpec &n : environment() + files())
            QVERIFY2(page.contains(QString::fromLatin1(n.name).replace(u"-"_s, u"\\-"_s)), n.name);
        for (const ordo::BuiltinPlan &p : ordo::builtinPlans())
            QVERIFY2(page.contains(p.name), qPrintable(p.name));
    }

    void bashCompletes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        QTest::newRow("command") << u"ordo ch"_s << QStringList { u"check"_s } << QStringList { u"export"_s };
        QTest::newRow("first word") << u"ordo "_s
                                    << QStringList { u"validate"_s, u"template:fatloss"_s, u"plan.ordo"_s }
                                    << QStringList { u"notes.txt"_s };
        QTest::newRow("options") << u"ordo check --"_s << QStringList { u"--json"_s, u"--strict"_s }
                                 << QStringList { u"--pdf"_s };
        QTest::newRow("plan") << u"ordo check "_s << QStringList { u"template:strength"_s, u"plan.ordo"_s }
                              << QStringList { u"out.pdf"_s, u"notes.txt"_s };
        QTest::newRow("template") << u"ordo new "_s << QStringList { u"strength"_s, u"fatloss"_s }
                                  << QStringList { u"plan.ordo"_s };
        QTest::newRow("output") << u"ordo new strength "_s << QStringList { u"plan.ordo"_s }
                                << QStringList { u"strength"_s };
        QTest::newRow("choice") << u"ordo export plan.ordo --page-size "_s
                                << QStringList { u"A4"_s, u"Letter"_s } << QStringList { u"plan.ordo"_s };
        QTest::newRow("pdf") << u"ordo export plan.ordo --pdf "_s << QStringList { u"out.pdf"_s }
                             << QStringList { u"notes.txt"_s, u"plan.ordo"_s };
    }

    void bashCompletes()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const QString main = u"/usr/share/bash-completion/bash_completion"_s;
        if (QStandardPaths::findExecutable(u"bash"_s).isEmpty() || !QFile::exists(main))
            QSKIP("bash or bash-completion is not installed (scripts/deps.sh --test installs them)");
        // bash-completion loads ours on demand from $XDG_DATA_DIRS/bash-completion/completions;
        // the words are split as readline would (a colon is a word break).
        const QString script = uR"sh(
source "$1"
__load_completion ordo || { echo "not loaded" >&2; exit 1; }
line=$2
COMP_LINE=$line COMP_POINT=${#line}
read -ra COMP_WORDS <<<"$line"
[[ $line == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
prev=""; ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
$(complete -p ordo | sed -E 's/.*-F ([^ ]+).*/\1/') ordo "${COMP_WORDS[COMP_CWORD]}" "$prev"
printf '%s\n' "${COMPREPLY[@]}"
)sh"_s;
        const Run r = run(u"bash"_s, { u"-c"_s, script, u"bash"_s, main, line });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList words = r.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &w : expected)
            QVERIFY2(words.contains(w), qPrintable(w + u" not in: "_s + words.join(u' ')));
        for (const QString &w : unexpected)
            QVERIFY2(!words.contains(w), qPrintable(w + u" in: "_s + words.join(u' ')));
    }

    void zshCompletes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("command") << u"ordo ch"_s << QStringList { u"ordo check"_s };
        QTest::newRow("template") << u"ordo new "_s << QStringList { u"fatloss"_s, u"strength"_s };
        QTest::newRow("choice") << u"ordo export plan.ordo --orientation "_s
                                << QStringList { u"landscape"_s, u"portrait"_s };
        QTest::newRow("option") << u"ordo check --st"_s << QStringList { u"--strict"_s };
    }

    void zshCompletes()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, expected);
        if (QStandardPaths::findExecutable(u"zsh"_s).isEmpty())
            QSKIP("zsh is not installed (scripts/deps.sh --test installs it)");
        // Completion needs the line editor: run an interactive zsh in a pseudo-terminal (zpty),
        // type the line and a Tab, and read the screen.
        const QString script = uR"sh(
zmodload zsh/zpty || exit 1
zpty z "zsh -f -i"
zpty -w z "PS1='> '; fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -d $3"
zpty -w z "zstyle ':completion:*' list-prompt ''; setopt nobeep; LISTMAX=1000; print REA""DY"
zpty -r z line '*READY*'
zpty -w -n z "$2"$'\t'
sleep 1
out=
while zpty -r -t z chunk; do out+=$chunk; done
zpty -d z
print -r -- "$out"
)sh"_s;
        const Run r = run(u"zsh"_s,
                          { u"-f"_s, u"-c"_s, script, u"zsh"_s, installed(u"share/zsh/vendor-completions"_s),
                            line, m_dir.filePath(u"zcompdump"_s) });
        QCOMPARE(r.exitCode, 0);
        // Drop the terminal's escape sequences before looking for the words.
        QString screen = r.out;
        screen.remove(QRegularExpression(u"\x1b\\[[0-9;?]*[A-Za-z]"_s));
        screen.remove(u'\b');
        for (const QString &w : expected)
            QVERIFY2(screen.contains(w), qPrintable(w + u" not in: "_s + screen));
    }

    void fishCompletes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        QTest::newRow("command") << u"ordo ch"_s << QStringList { u"check"_s } << QStringList { u"export"_s };
        QTest::newRow("plan") << u"ordo check "_s << QStringList { u"template:fatloss"_s, u"plan.ordo"_s }
                              << QStringList { u"notes.txt"_s, u"out.pdf"_s };
        QTest::newRow("template") << u"ordo new "_s << QStringList { u"strength"_s }
                                  << QStringList { u"plan.ordo"_s };
        QTest::newRow("output") << u"ordo new strength "_s << QStringList { u"plan.ordo"_s }
                                << QStringList { u"strength"_s };
        QTest::newRow("choice") << u"ordo export plan.ordo --page-size "_s
                                << QStringList { u"A4"_s, u"Letter"_s } << QStringList { u"plan.ordo"_s };
        QTest::newRow("options") << u"ordo export plan.ordo --we"_s
                                 << QStringList { u"--week"_s, u"--weeks"_s } << QStringList { u"--json"_s };
    }

    void fishCompletes()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        if (QStandardPaths::findExecutable(u"fish"_s).isEmpty())
            QSKIP("fish is not installed (scripts/deps.sh --test installs it)");
        // fish finds ours in $XDG_DATA_DIRS/fish/vendor_completions.d when it completes `ordo`.
        const Run r = run(u"fish"_s, { u"-c"_s, u"complete -C $argv[1]"_s, line });
        QCOMPARE(r.exitCode, 0);
        QStringList words;
        for (const QString &l : r.out.split(u'\n', Qt::SkipEmptyParts))
            words << l.section(u'\t', 0, 0);
        for (const QString &w : expected)
            QVERIFY2(words.contains(w), qPrintable(w + u" not in: "_s + words.join(u' ')));
        for (const QString &w : unexpected)
            QVERIFY2(!words.contains(w), qPrintable(w + u" in: "_s + words.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
