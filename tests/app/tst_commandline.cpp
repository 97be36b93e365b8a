// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"
#include "planio.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

// The `ordo` executable as a script sees it: exit codes, output and error lines (docs/cli.md).
class TestCommandLine : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result ordo(const QStringList &args, const QByteArray &stdinBytes = {})
    {
        QProcess p;
        p.start(QStringLiteral(ORDO_BINARY), args);
        if (!p.waitForStarted())
            qFatal("cannot start ordo");
        if (!stdinBytes.isEmpty())
            p.write(stdinBytes);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("ordo did not finish");
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void versionAndHelp()
    {
        const Result v = ordo({ u"--version"_s });
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out, u"ordo "_s + QStringLiteral(ORDO_VERSION) + u'\n');
        const Result h = ordo({ u"--help"_s });
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(u"ordo check PLAN [--json] [--strict]"_s));
    }

    void templatesListsNameTabTitle()
    {
        const Result r = ordo({ u"templates"_s });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), builtinPlans().size());
        for (const QString &line : lines) {
            const QStringList parts = line.split(u'\t');
            QCOMPARE(parts.size(), 2);
            QVERIFY(!parts[0].contains(u' '));
            QCOMPARE(parts[0], parts[0].toLower());
            QVERIFY(!parts[1].isEmpty());
        }
    }

    void everyBuiltinPlanValidates_data()
    {
        QTest::addColumn<QString>("name");
        for (const BuiltinPlan &p : builtinPlans())
            QTest::newRow(qPrintable(p.name)) << p.name;
    }

    void everyBuiltinPlanValidates()
    {
        QFETCH(QString, name);
        const Result r = ordo({ u"validate"_s, u"template:"_s + name });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void newWritesTheCanonicalPlan()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"mine.ordo"_s);
        const Result r = ordo({ u"new"_s, u"strength"_s, out });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(test::readFixture(out), builtinPlanBytes(u"strength"_s));
        QCOMPARE(ordo({ u"validate"_s, out }).exitCode, 0);
    }

    void newToUnwritablePlaceExitsFour()
    {
        const Result r = ordo({ u"new"_s, u"strength"_s, u"/nonexistent-dir/x.ordo"_s });
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.startsWith(u"ordo: /nonexistent-dir/x.ordo: "_s));
    }

    void unknownTemplateExitsThree()
    {
        const Result r = ordo({ u"validate"_s, u"template:nope"_s });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.startsWith(u"ordo: template:nope: template: no built-in plan named \"nope\""_s));
    }

    void malformedPlanExitsThreeAndNamesThePlace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedLine");
        QTest::newRow("content") << QByteArray(R"({"format":"ordo-plan","version":1,"sessions":[
{"id":"a","day":"mon","start":"07:00","durationMin":30,"kind":"mobility"},
{"id":"b","day":"mon","start":"08:00","durationMin":30,"kind":"mobility"},
{"id":"c","day":"mon","start":"09:00","durationMin":30,"kind":"mobility"},
{"id":"d","day":"mon","start":"7am","durationMin":30,"kind":"mobility"}]})")
                                 << u": /sessions/3/start: expected HH:MM, got \"7am\""_s;
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"ordo-plan\",\n  \"version\" 1\n}")
                                << u": line 3, column 13: "_s;
    }

    void malformedPlanExitsThreeAndNamesThePlace()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedLine);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.ordo"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const Result r = ordo({ u"validate"_s, path });
        QCOMPARE(r.exitCode, 3);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(u"ordo: "_s + path + expectedLine), qPrintable(lines.first()));
    }

    void planFromStandardInput()
    {
        QCOMPARE(ordo({ u"validate"_s, u"-"_s }, builtinPlanBytes(u"endurance"_s)).exitCode, 0);
        const Result bad = ordo({ u"validate"_s, u"-"_s }, "{\"format\":\"x\"}");
        QCOMPARE(bad.exitCode, 3);
        QVERIFY(bad.err.startsWith(u"ordo: -: /format: "_s));
    }

    void missingFileExitsThree()
    {
        const Result r = ordo({ u"validate"_s, u"/no/such/plan.ordo"_s });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.startsWith(u"ordo: /no/such/plan.ordo: file: "_s));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("validate without plan") << QStringList { u"validate"_s };
        QTest::newRow("validate two plans") << QStringList { u"validate"_s, u"a"_s, u"b"_s };
        QTest::newRow("templates with argument") << QStringList { u"templates"_s, u"x"_s };
        QTest::newRow("new without output") << QStringList { u"new"_s, u"strength"_s };
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Result r = ordo(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(u"ordo: "_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
