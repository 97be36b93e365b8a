// SPDX-License-Identifier: GPL-3.0-or-later

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line's own words, kept stable: `--help` of the app and of every command, and
// every usage error (tests/data/cli), all with no display and no Qt platform chosen, so
// nothing here may need a QApplication. Also the parser's forms: --opt=value, "-" as
// standard output, "--" before a plan that starts with a dash.
class TestCliUsage : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QByteArray out;
        QByteArray err;
    };

    Result ordo(const QStringList &args, const QByteArray &stdinBytes = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(ORDO_BINARY), args);
        if (!p.waitForStarted())
            qFatal("cannot start ordo");
        if (!stdinBytes.isEmpty())
            p.write(stdinBytes);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("ordo did not finish");
        return { p.exitCode(), p.exitStatus(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    static QString cliData(const QString &name) { return ordo::test::dataDir() + u"/cli/"_s + name; }
    static bool updating() { return qEnvironmentVariableIsSet("ORDO_UPDATE_GOLDEN"); }

    static QStringList commands()
    {
        return { u"check"_s, u"validate"_s, u"export"_s, u"arrange"_s, u"templates"_s, u"new"_s, u"help"_s };
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void helpMatchesGolden_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("golden");
        QTest::newRow("--help") << QStringList { u"--help"_s } << u"help-app.txt"_s;
        QTest::newRow("-h") << QStringList { u"-h"_s } << u"help-app.txt"_s;
        QTest::newRow("help") << QStringList { u"help"_s } << u"help-app.txt"_s;
        for (const QString &c : commands()) {
            QTest::addRow("%s --help", qPrintable(c))
                << QStringList { c, u"--help"_s } << u"help-%1.txt"_s.arg(c);
            QTest::addRow("%s -h", qPrintable(c)) << QStringList { c, u"-h"_s } << u"help-%1.txt"_s.arg(c);
            if (c != u"help"_s)
                QTest::addRow("help %s", qPrintable(c))
                    << QStringList { u"help"_s, c } << u"help-%1.txt"_s.arg(c);
        }
    }

    void helpMatchesGolden()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, golden);
        const Result r = ordo(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        if (updating()) {
            QFile f(cliData(golden));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(r.out);
        }
        QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(ordo::test::readFixture(cliData(golden))));
    }

    void helpListsEveryCommandAndNoLineIsTooWide()
    {
        const QString help = QString::fromUtf8(ordo(QStringList { u"--help"_s }).out);
        for (const QString &c : commands())
            QVERIFY2(help.contains(u"\n  ordo "_s + c), qPrintable(c));
        for (const QString &c : commands() + QStringList { QString() }) {
            const QString text = QString::fromUtf8(
                ordo(c.isEmpty() ? QStringList { u"--help"_s } : QStringList { c, u"--help"_s }).out);
            for (const QString &line : text.split(u'\n'))
                QVERIFY2(line.size() <= 96, qPrintable(line));
        }
    }

    void versionComesFromTheBuild()
    {
        for (const QString &arg : { u"--version"_s, u"-v"_s }) {
            const Result r = ordo({ arg });
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(QString::fromUtf8(r.out), u"ordo "_s + QStringLiteral(ORDO_VERSION) + u'\n');
        }
    }

    void errorsMatchGolden_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderr");
        const QStringList lines
            = QString::fromUtf8(ordo::test::readFixture(cliData(u"errors.txt"_s))).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines[i].startsWith(u"$ "_s))
                continue;
            const QString command = lines[i].mid(2);
            QVERIFY2(i + 1 < lines.size() && lines[i + 1].startsWith(u"exit "_s), qPrintable(command));
            const int code = lines[i + 1].mid(5).toInt();
            QString err;
            for (i += 2; i < lines.size() && !lines[i].isEmpty(); ++i)
                err += lines[i] + u'\n';
            QTest::newRow(qPrintable(command)) << QProcess::splitCommand(command) << code << err;
        }
    }

    void errorsMatchGolden()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderr);
        const Result r = ordo(args);
        QCOMPARE(r.status, QProcess::NormalExit); // never an abort for want of a display
        QCOMPARE(QString::fromUtf8(r.err), stderr);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        // A usage error reads and writes nothing.
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.ics"_s)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.ordo"_s)));
    }

    void errorsCoverEveryUsageMessage()
    {
        // Every usage error text in the command-line sources appears in the golden file, so a
        // new message cannot slip in untested.
        const QString golden = QString::fromUtf8(ordo::test::readFixture(cliData(u"errors.txt"_s)));
        QStringList missing;
        for (const QString &source : { u"app/clispec.cpp"_s, u"app/exportcommand.cpp"_s }) {
            const QString text
                = QString::fromUtf8(ordo::test::readFixture(QStringLiteral(ORDO_SOURCE_DIR) + u'/' + source));
            // Messages: the literal in a fail(…) or usageError(…), the CLI_TEXT(…) of an error
            // field, and the "--option needs …" texts of missing values.
            static const QRegularExpression literal(
                QString::fromLatin1("(?:fail\\(QCoreApplication::translate\\(\"ordo::cli\", "
                                    "|usageError\\(QCoreApplication::translate\\(\"ordo::cli\", "
                                    "|c\\.(?:unknownOption|unexpectedValue|missingArgument|extraArgument) = "
                                    "CLI_TEXT\\(|CLI_TEXT\\((?=\"--[a-z-]+ needs ))\"([^\"]+)\""));
            for (auto it = literal.globalMatch(text); it.hasNext();) {
                QString m = it.next().captured(1);
                // "%1" stands for the option or argument: match the text around it.
                const QStringList parts = m.split(u"%1"_s);
                bool found = true;
                for (const QString &part : parts) {
                    const QString p = part.section(u"%2"_s, 0, 0);
                    if (!p.isEmpty() && !golden.contains(p))
                        found = false;
                }
                if (!found)
                    missing << m;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
    }

    void optionValuesAfterEqualsOrAsNextWord()
    {
        const Result spaced = ordo({ u"export"_s, u"template:fatloss"_s, u"--ics"_s, u"-"_s,
                                     u"--start-date"_s, u"2026-01-05"_s, u"--weeks"_s, u"4"_s });
        const Result equals = ordo({ u"export"_s, u"--ics=-"_s, u"--start-date=2026-01-05"_s, u"--weeks=4"_s,
                                     u"template:fatloss"_s });
        QCOMPARE(spaced.exitCode, 0);
        QCOMPARE(equals.exitCode, 0);
        QVERIFY(spaced.out.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(spaced.out.contains("COUNT=4\r\n"));
        // The same calendar but for the DTSTAMP lines (the time of writing).
        // The stamps are the export's time: two exports may fall in different seconds.
        auto stable = [](QByteArray ics) {
            QList<QByteArray> kept;
            for (const QByteArray &line : ics.split('\n')) {
                if (!line.startsWith("DTSTAMP") && !line.startsWith("LAST-MODIFIED"))
                    kept << line;
            }
            return kept;
        };
        QCOMPARE(stable(equals.out), stable(spaced.out));
        QVERIFY(!QFile::exists(m_dir.filePath(u"-"_s))); // "-" is standard output, not a file
    }

    void pdfToStandardOutput()
    {
        const Result r = ordo({ u"export"_s, u"template:strength"_s, u"--pdf"_s, u"-"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("%PDF-"));
        QVERIFY(r.out.trimmed().endsWith("%%EOF"));
        QVERIFY(!QFile::exists(m_dir.filePath(u"-"_s)));
    }

    void doubleDashEndsTheOptions()
    {
        // A plan file whose name starts with a dash.
        const QString name = u"-odd.ordo"_s;
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ordo::test::readFixture(ordo::test::dataDir() + u"/plans/format-example.ordo"_s));
        f.close();
        QCOMPARE(ordo({ u"validate"_s, u"--"_s, name }).exitCode, 0);
        QCOMPARE(ordo({ u"validate"_s, name }).exitCode, 2);
        QVERIFY(f.remove());
    }

    void optionsMayFollowTheArguments()
    {
        const Result before = ordo({ u"check"_s, u"--json"_s, u"template:endurance"_s });
        const Result after = ordo({ u"check"_s, u"template:endurance"_s, u"--json"_s });
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(after.out, before.out);
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cliusage.moc"
