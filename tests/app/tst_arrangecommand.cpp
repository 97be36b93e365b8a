// SPDX-License-Identifier: GPL-3.0-or-later

#include "planio.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

// `ordo arrange` (docs/cli.md) through the built binary: every exit code, the written plan, the
// dry run, JSON, busy times from a calendar and the same result for the same seed.
class TestArrangeCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run ordo(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ORDO_BINARY), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("ordo did not finish");
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    static QString fixture(const char *name)
    {
        return ordo::test::dataDir() + u"/arrange/"_s + QString::fromLatin1(name);
    }

    QTemporaryDir m_dir;

private slots:
    void arrangesAndWrites()
    {
        const QString out = m_dir.filePath(u"arranged.ordo"_s);
        const Run r = ordo({ u"arrange"_s, fixture("bad-week.ordo"), u"-o"_s, out });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("2 moves clear 2 warnings\n"), r.out.constData());
        QVERIFY(r.out.contains("“Heavy lower”: Mon 18:00 → "));
        QVERIFY(r.err.isEmpty());
        const ReadResult arranged = readPlanFile(out);
        QVERIFY(arranged.ok());
        QVERIFY(arranged.plan->availability);
        // The arranged plan checks clean of warnings.
        const Run check = ordo({ u"check"_s, u"--strict"_s, out });
        QCOMPARE(check.code, 0);
    }

    void planToStandardOutput()
    {
        const Run r = ordo({ u"arrange"_s, fixture("bad-week.ordo") });
        QCOMPARE(r.code, 0);
        const ReadResult arranged = parsePlan(r.out);
        QVERIFY(arranged.ok());
        QCOMPARE(arranged.plan->find(u"s1"_s)->startMinute, 17 * 60);
    }

    void dryRunWritesNothingAndSeedsRepeat()
    {
        const Run a = ordo({ u"arrange"_s, fixture("bad-week.ordo"), u"--dry-run"_s, u"--seed"_s, u"42"_s });
        const Run b = ordo({ u"arrange"_s, fixture("bad-week.ordo"), u"--dry-run"_s, u"--seed=42"_s });
        QCOMPARE(a.code, 0);
        QCOMPARE(a.out, b.out);
        QVERIFY(a.out.contains("Score: "));
    }

    void json()
    {
        const Run r = ordo({ u"arrange"_s, fixture("bad-week.ordo"), u"--json"_s, u"--week"_s, u"1"_s });
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"moves"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"before"_s).toObject().value(u"outsideAvailability"_s).toInt(), 1);
        QCOMPARE(o.value(u"after"_s).toObject().value(u"warning"_s).toInt(), 0);
        const QJsonObject move = o.value(u"moves"_s).toArray().first().toObject();
        QCOMPARE(move.value(u"from"_s).toObject().value(u"day"_s).toString(), u"mon"_s);
        QVERIFY(o.value(u"remaining"_s).toArray().isEmpty());
    }

    void busyTimesFromACalendar()
    {
        // The stand-up on Tuesday 06:30–08:00 pushes the tempo run away.
        const Run r = ordo(
            { u"arrange"_s, fixture("bad-week.ordo"), u"--busy"_s, fixture("standup.ics"), u"--json"_s });
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"before"_s).toObject().value(u"outsideAvailability"_s).toInt(), 2);
        QCOMPARE(o.value(u"after"_s).toObject().value(u"outsideAvailability"_s).toInt(), 0);
        bool tempoMoved = false;
        for (const QJsonValue &m : o.value(u"moves"_s).toArray())
            tempoMoved = tempoMoved || m.toObject().value(u"session"_s).toString() == u"s3"_s;
        QVERIFY(tempoMoved);
    }

    void busyTimesAreNotAddedTwice()
    {
        // As File ▸ Import Busy Times: a calendar read into a plan that already holds its busy
        // times adds nothing, and an event the calendar lists twice is one busy time.
        const QString once = m_dir.filePath(u"once.ordo"_s);
        QCOMPARE(ordo({ u"arrange"_s, fixture("bad-week.ordo"), u"--busy"_s, fixture("standup.ics"), u"-o"_s,
                        once })
                     .code,
                 0);
        const ReadResult first = readPlanFile(once);
        QVERIFY(first.ok());
        QCOMPARE(first.plan->availability->busy.size(), 1);
        const QString twice = m_dir.filePath(u"twice.ordo"_s);
        QCOMPARE(ordo({ u"arrange"_s, once, u"--busy"_s, fixture("standup.ics"), u"-o"_s, twice }).code, 0);
        const ReadResult second = readPlanFile(twice);
        QVERIFY(second.ok());
        QCOMPARE(second.plan->availability->busy, first.plan->availability->busy);
        // The same stand-up twice in one calendar (two UIDs).
        QFile ics(fixture("standup.ics"));
        QVERIFY(ics.open(QIODevice::ReadOnly));
        QByteArray text = ics.readAll();
        const qsizetype begin = text.indexOf("BEGIN:VEVENT");
        const qsizetype end = text.indexOf('\n', text.indexOf("END:VEVENT")) + 1;
        QVERIFY(begin > 0 && end > begin);
        QByteArray event = text.mid(begin, end - begin);
        event.replace("standup-1@", "standup-2@");
        text.insert(end, event);
        const QString doubled = m_dir.filePath(u"doubled.ics"_s);
        QFile out(doubled);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        const QString fromDoubled = m_dir.filePath(u"doubled.ordo"_s);
        QCOMPARE(
            ordo({ u"arrange"_s, fixture("bad-week.ordo"), u"--busy"_s, doubled, u"-o"_s, fromDoubled }).code,
            0);
        const ReadResult third = readPlanFile(fromDoubled);
        QVERIFY(third.ok());
        QCOMPARE(third.plan->availability->busy, first.plan->availability->busy);
    }

    void warningsThatRemainExitOne()
    {
        // Everything locked: nothing moves, the warnings stay, each with its reason.
        ReadResult plan = readPlanFile(fixture("bad-week.ordo"));
        QVERIFY(plan.ok());
        for (Session &s : plan.plan->sessions)
            s.locked = true;
        const QString path = m_dir.filePath(u"locked.ordo"_s);
        QString error;
        QVERIFY(writePlanFile(*plan.plan, path, &error));
        const Run r = ordo({ u"arrange"_s, path, u"--dry-run"_s });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("Why it remains: “Upper body” is locked, so it stays outside"),
                 r.out.constData());
        QVERIFY(r.out.contains("are locked, so they stay where they are."));
        // Without -o the plan still goes to standard output, and the reasons to standard error.
        const Run plain = ordo({ u"arrange"_s, path });
        QCOMPARE(plain.code, 1);
        QVERIFY(parsePlan(plain.out).ok());
        QVERIFY(plain.err.contains("is locked"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString plan = fixture("bad-week.ordo");
        QTest::newRow("week and all") << QStringList { plan, u"--week"_s, u"1"_s, u"--all"_s }
                                      << QByteArray("--week and --all exclude each other");
        QTest::newRow("week zero") << QStringList { plan, u"--week"_s, u"0"_s }
                                   << QByteArray("--week needs a week number from 1");
        QTest::newRow("week past the end")
            << QStringList { plan, u"--week"_s, u"2"_s } << QByteArray("there is no week 2");
        QTest::newRow("bad seed") << QStringList { plan, u"--seed"_s, u"-3"_s } << QByteArray("--seed needs");
        QTest::newRow("dry run and output") << QStringList { plan, u"--dry-run"_s, u"-o"_s, u"x.ordo"_s }
                                            << QByteArray("--dry-run and -o exclude each other");
        QTest::newRow("no plan") << QStringList() << QByteArray("arrange: missing PLAN");
        QTest::newRow("unknown option")
            << QStringList { plan, u"--fast"_s } << QByteArray("arrange: unknown option");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = ordo(QStringList { u"arrange"_s } + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void unreadableInputExitsThree()
    {
        const Run missing = ordo({ u"arrange"_s, m_dir.filePath(u"nope.ordo"_s) });
        QCOMPARE(missing.code, 3);
        // Busy times need the plan's anchor date.
        const Run noAnchor
            = ordo({ u"arrange"_s, u"template:strength"_s, u"--busy"_s, fixture("standup.ics") });
        QCOMPARE(noAnchor.code, 3);
        QVERIFY2(noAnchor.err.contains("anchor date"), noAnchor.err.constData());
        // A calendar libical cannot read names the file.
        const QString bad = ordo::test::dataDir() + u"/busy/malformed.ics"_s;
        const Run badCalendar = ordo({ u"arrange"_s, fixture("bad-week.ordo"), u"--busy"_s, bad });
        QCOMPARE(badCalendar.code, 3);
        QVERIFY(badCalendar.err.contains("malformed.ics"));
        QVERIFY(badCalendar.out.isEmpty());
    }

    void unwritableOutputExitsFour()
    {
        const Run r = ordo({ u"arrange"_s, fixture("bad-week.ordo"), u"-o"_s, m_dir.path() });
        QCOMPARE(r.code, 4);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArrangeCommand)
#include "tst_arrangecommand.moc"
