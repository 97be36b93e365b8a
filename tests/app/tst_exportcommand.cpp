// SPDX-License-Identifier: GPL-3.0-or-later

#include "icalsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `ordo export` as a script runs it on a machine with no display: the files it writes, the
// options of docs/cli.md, and the exit codes 2 (usage), 3 (invalid plan) and 4 (output failed).
class TestExportCommand : public QObject
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
        // No display and no platform chosen: export must pick the offscreen platform itself.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        p.setProcessEnvironment(env);
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

    static QString tool(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    bool m_poppler = false;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_poppler = !QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty();
    }

    void writesPdfWithoutDisplay()
    {
        const QString out = path(u"fatloss.pdf"_s);
        const Result r = ordo({ u"export"_s, u"template:fatloss"_s, u"--pdf"_s, out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(out), qPrintable(r.out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        if (!m_poppler)
            QSKIP("pdfinfo is not installed");
        const QString info = tool(u"pdfinfo"_s, { out });
        QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
        QVERIFY(info.contains(u"Pages:           3"_s));
    }

    void pageSizeAndWeekOptions()
    {
        if (!m_poppler)
            QSKIP("pdfinfo is not installed");
        const QString letter = path(u"letter.pdf"_s);
        QCOMPARE(
            ordo({ u"export"_s, u"template:hybrid4w"_s, u"--pdf"_s, letter, u"--page-size"_s, u"Letter"_s })
                .exitCode,
            0);
        const QString all = tool(u"pdfinfo"_s, { letter });
        QVERIFY2(all.contains(u"612 x 792 pts (letter)"_s), qPrintable(all));
        const QString one = path(u"week2.pdf"_s);
        QCOMPARE(ordo({ u"export"_s, u"template:hybrid4w"_s, u"--pdf"_s, one, u"--week"_s, u"2"_s }).exitCode,
                 0);
        const QString oneInfo = tool(u"pdfinfo"_s, { one });
        const QString text = tool(u"pdftotext"_s, { u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, one, u"-"_s });
        QVERIFY2(text.contains(u"Week 2 of 4"_s), qPrintable(text.left(400)));
        auto pages = [](const QString &info) {
            return info.section(u"Pages:"_s, 1).section(u'\n', 0, 0).trimmed().toInt();
        };
        QVERIFY(pages(oneInfo) < pages(all));
        const QString allWeeks = path(u"all.pdf"_s);
        QCOMPARE(ordo({ u"export"_s, u"template:hybrid4w"_s, u"--pdf"_s, allWeeks, u"--all-weeks"_s,
                        u"--orientation"_s, u"landscape"_s })
                     .exitCode,
                 0);
        const QString landscape = tool(u"pdfinfo"_s, { allWeeks });
        QVERIFY(pages(landscape) >= pages(all)); // wider pages hold fewer findings lines
        QVERIFY2(landscape.contains(u"842 x 595 pts"_s), qPrintable(landscape));
    }

    void writesCalendar()
    {
        const QString out = path(u"plan.ics"_s);
        const Result r = ordo(
            { u"export"_s, u"template:fatloss"_s, u"--ics"_s, out, u"--start-date"_s, u"2026-01-05"_s });
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ics = f.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.count("BEGIN:VEVENT") >= 5);
        QCOMPARE(ics.count("BEGIN:VEVENT"), ics.count("RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=12\r\n"));

        const Result four = ordo({ u"export"_s, u"template:fatloss"_s, u"--ics"_s, out, u"--start-date"_s,
                                   u"2026-01-05"_s, u"--weeks"_s, u"4"_s });
        QCOMPARE(four.exitCode, 0);
        QFile g(out);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(g.readAll().contains("COUNT=4\r\n"));
    }

    // A plan with a start date needs no --start-date: its calendar begins on that Monday.
    void calendarStartsOnThePlansStartDate()
    {
        const QString plan = path(u"anchored.ordo"_s);
        QCOMPARE(ordo({ u"new"_s, u"fatloss"_s, plan, u"--force"_s }).exitCode, 0);
        QFile file(plan);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        json.replace("\"version\": 1,", "\"version\": 1,\n  \"anchorDate\": \"2027-01-04\",");
        QVERIFY(json.contains("anchorDate"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();

        const QString out = path(u"anchored.ics"_s);
        const Result r = ordo({ u"export"_s, plan, u"--ics"_s, out });
        QCOMPARE(r.exitCode, 0);
        QFile ics(out);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray bytes = ics.readAll();
        QVERIFY(bytes.contains("20270104T070000")); // Monday 07:00, the plan's first day
        // --start-date still wins, and --until is checked against the plan's date.
        QCOMPARE(ordo({ u"export"_s, plan, u"--ics"_s, out, u"--until"_s, u"2026-12-31"_s }).exitCode, 2);
        QCOMPARE(ordo({ u"export"_s, plan, u"--ics"_s, out, u"--start-date"_s, u"2027-02-01"_s }).exitCode,
                 0);
        QFile again(out);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll().contains("20270201T070000"));
    }

    void calendarOptionsReachTheFile()
    {
        // --start-date today, --alarm and --busy-only, read back with libical.
        const QString out = path(u"work.ics"_s);
        const QDate before = QDate::currentDate();
        const QStringList args = {
            u"export"_s, u"template:fatloss"_s, u"--ics"_s, out, u"--start-date"_s, u"today"_s, u"--alarm"_s,
            u"15"_s,     u"--busy-only"_s
        };
        const Result r = ordo(args);
        const QDate after = QDate::currentDate(); // the run may cross midnight: both days count
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ordo::test::IcalCalendar cal = ordo::test::parseIcal(f.readAll());
        QVERIFY2(ordo::test::icalProblems(cal).isEmpty(), qPrintable(ordo::test::icalProblems(cal)));
        QVERIFY(cal.events.size() >= 5);
        QCOMPARE(cal.name, u"Training"_s);
        QDate earliest;
        for (const ordo::test::IcalEvent &e : cal.events) {
            QCOMPARE(e.summary, u"Training"_s);
            QVERIFY(!e.hasDescription);
            QCOMPARE(e.alarms.size(), 1);
            QCOMPARE(e.alarms[0].triggerMinutes, -15);
            const QDate date = QDate::fromString(e.start.left(10), Qt::ISODate);
            if (!earliest.isValid() || date < earliest)
                earliest = date;
            QVERIFY2(e.uid.contains(u'.' + before.toString(u"yyyyMMdd"_s) + u'.')
                         || e.uid.contains(u'.' + after.toString(u"yyyyMMdd"_s) + u'.'),
                     qPrintable(e.uid));
        }
        // Nothing before the start date, and something in the first week from it.
        QVERIFY(earliest >= before);
        QVERIFY(earliest < after.addDays(7));

        // The same export again: the same events under the same UIDs.
        QCOMPARE(ordo(args).exitCode, 0);
        QFile g(out);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const ordo::test::IcalCalendar again = ordo::test::parseIcal(g.readAll());
        QCOMPARE(again.events.size(), cal.events.size());
        for (qsizetype i = 0; i < cal.events.size(); ++i) {
            QCOMPARE(again.events[i].uid, cal.events[i].uid);
            QCOMPARE(again.events[i].occurrences, cal.events[i].occurrences);
        }
    }

    void readsPlanFromStandardInput()
    {
        const QByteArray plan
            = ordo::test::readFixture(ordo::test::dataDir() + u"/plans/format-example.ordo"_s);
        const QString out = path(u"stdin.ics"_s);
        const Result r
            = ordo({ u"export"_s, u"-"_s, u"--ics"_s, out, u"--start-date"_s, u"2026-01-05"_s }, plan);
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("BEGIN:VEVENT"), 3);
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString pdf = u"x.pdf"_s;
        QTest::newRow("no output") << QStringList { u"export"_s, u"template:fatloss"_s };
        QTest::newRow("no plan") << QStringList { u"export"_s, u"--pdf"_s, pdf };
        QTest::newRow("unknown option")
            << QStringList { u"export"_s, u"template:fatloss"_s, u"--pdf"_s, pdf, u"--color"_s };
        QTest::newRow("bad page size")
            << QStringList { u"export"_s, u"template:fatloss"_s, u"--pdf"_s, pdf, u"--page-size"_s, u"A5"_s };
        QTest::newRow("week and all")
            << QStringList { u"export"_s, u"template:hybrid4w"_s, u"--pdf"_s, pdf, u"--week"_s,
                             u"1"_s,      u"--all-weeks"_s };
        QTest::newRow("week zero") << QStringList { u"export"_s, u"template:fatloss"_s, u"--pdf"_s,
                                                    pdf,         u"--week"_s,           u"0"_s };
        QTest::newRow("week past end")
            << QStringList { u"export"_s, u"template:fatloss"_s, u"--pdf"_s, pdf, u"--week"_s, u"2"_s };
        QTest::newRow("pdf without file") << QStringList { u"export"_s, u"template:fatloss"_s, u"--pdf"_s };
        QTest::newRow("ics without date")
            << QStringList { u"export"_s, u"template:fatloss"_s, u"--ics"_s, u"x.ics"_s };
        QTest::newRow("bad date") << QStringList { u"export"_s, u"template:fatloss"_s, u"--ics"_s,
                                                   u"x.ics"_s,  u"--start-date"_s,     u"2026-13-01"_s };
        QTest::newRow("bad weeks") << QStringList { u"export"_s,       u"template:fatloss"_s,
                                                    u"--ics"_s,        u"x.ics"_s,
                                                    u"--start-date"_s, u"2026-01-05"_s,
                                                    u"--weeks"_s,      u"0"_s };
        QTest::newRow("two plans") << QStringList { u"export"_s, u"template:fatloss"_s, u"other.ordo"_s,
                                                    u"--pdf"_s, pdf };
        QTest::newRow("alarm past a day")
            << QStringList { u"export"_s,       u"template:fatloss"_s, u"--ics"_s,   u"x.ics"_s,
                             u"--start-date"_s, u"2026-01-05"_s,       u"--alarm"_s, u"1441"_s };
        QTest::newRow("alarm after the start")
            << QStringList { u"export"_s,       u"template:fatloss"_s, u"--ics"_s,     u"x.ics"_s,
                             u"--start-date"_s, u"2026-01-05"_s,       u"--alarm=-5"_s };
        QTest::newRow("alarm not a number")
            << QStringList { u"export"_s,       u"template:fatloss"_s, u"--ics"_s,   u"x.ics"_s,
                             u"--start-date"_s, u"2026-01-05"_s,       u"--alarm"_s, u"soon"_s };
        QTest::newRow("alarm without ics")
            << QStringList { u"export"_s, u"template:fatloss"_s, u"--pdf"_s, pdf, u"--alarm"_s, u"10"_s };
        QTest::newRow("busy-only without ics")
            << QStringList { u"export"_s, u"template:fatloss"_s, u"--pdf"_s, pdf, u"--busy-only"_s };
        QTest::newRow("start date tomorrow")
            << QStringList { u"export"_s, u"template:fatloss"_s, u"--ics"_s,
                             u"x.ics"_s,  u"--start-date"_s,     u"tomorrow"_s };
        // iCalendar years have four digits: a calendar reaching into the year 10000 is refused,
        // and with it the PDF asked for in the same call.
        QTest::newRow("calendar past 9999")
            << QStringList { u"export"_s,       u"template:fatloss"_s, u"--ics"_s, u"x.ics"_s,
                             u"--start-date"_s, u"9999-12-20"_s,       u"--pdf"_s, u"x.pdf"_s };
        QTest::newRow("one week into 10000")
            << QStringList { u"export"_s,       u"template:fatloss"_s, u"--ics"_s,   u"x.ics"_s,
                             u"--start-date"_s, u"9999-12-27"_s,       u"--weeks"_s, u"1"_s };
    }

    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, args);
        for (QString &a : args) {
            if (a.endsWith(u".pdf"_s) || a.endsWith(u".ics"_s))
                a = path(a);
        }
        const Result r = ordo(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"ordo: "_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(u"x.pdf"_s)));
        QVERIFY(!QFile::exists(path(u"x.ics"_s)));
    }

    void invalidPlanExitsWith3()
    {
        const QString bad = path(u"bad.ordo"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"format\": \"ordo-plan\", \"version\": 1, \"sessions\": [ { \"id\": \"s1\" } ] }");
        f.close();
        const Result r = ordo({ u"export"_s, bad, u"--pdf"_s, path(u"bad.pdf"_s) });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith(u"ordo: "_s + bad + u": "_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(u"bad.pdf"_s)));
        QCOMPARE(ordo({ u"export"_s, path(u"missing.ordo"_s), u"--pdf"_s, path(u"m.pdf"_s) }).exitCode, 3);
        QCOMPARE(ordo({ u"export"_s, u"template:nosuch"_s, u"--ics"_s, path(u"m.ics"_s), u"--start-date"_s,
                        u"2026-01-05"_s })
                     .exitCode,
                 3);
    }

    void unwritableOutputExitsWith4()
    {
        const QString pdf = path(u"no-such-dir/out.pdf"_s);
        const Result r = ordo({ u"export"_s, u"template:fatloss"_s, u"--pdf"_s, pdf });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith(u"ordo: "_s + pdf + u": "_s), qPrintable(r.err));
        const QString ics = path(u"no-such-dir/out.ics"_s);
        QCOMPARE(
            ordo({ u"export"_s, u"template:fatloss"_s, u"--ics"_s, ics, u"--start-date"_s, u"2026-01-05"_s })
                .exitCode,
            4);
        QCOMPARE(ordo({ u"export"_s, u"template:fatloss"_s, u"--pdf"_s, m_dir.path() }).exitCode,
                 4); // a directory
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
