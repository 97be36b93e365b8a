// SPDX-License-Identifier: GPL-3.0-or-later

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `ordo check` end to end (docs/cli.md): text lines, --json structure, --strict and exit codes,
// run as a separate process on the built binary.
class TestCheck : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run ordo(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.start(QStringLiteral(ORDO_BINARY), args);
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            qFatal("ordo did not finish");
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    static QString fixture(const char *name)
    {
        return ordo::test::dataDir() + u"/analysis/"_s + QString::fromLatin1(name);
    }

private slots:
    void textOutput()
    {
        const Run r = ordo({ u"check"_s, fixture("t3-hiit-before-lifting.ordo") });
        QCOMPARE(r.code, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
        // R2: info, because the legs did the cardio before an upper-body session (docs/rules.md T3).
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.startsWith(u"info     ampk-window"_s);
        });
        QVERIFY2(line != lines.cend(), r.out.constData());
        QVERIFY2(line->startsWith(
                     u"info     ampk-window     Mon 06:20 Bike sprints — Heavy upper starts 1 h after "
                     u"Bike sprints. After HIIT, AMPK is estimated to stay raised until Mon 10:45 (4 h)"_s),
                 qPrintable(*line));
        QVERIFY2(
            line->contains(u"Fix: Swap the order (lift first), or move Heavy upper to Mon 10:45 or later."_s),
            qPrintable(*line));
        QVERIFY(lines.contains(u"Weekly summary:"_s));
        QVERIFY(lines.contains(u"  Sessions: 1 strength, 1 cardio, 0 mobility"_s));
        QVERIFY(lines.contains(u"  Cardio minutes: 0 easy, 0 moderate, 25 HIIT"_s));
        // Most severe first: no info line before the warning.
        QVERIFY(r.err.isEmpty());
    }

    void jsonOutput()
    {
        const Run r = ordo({ u"check"_s, fixture("t3-hiit-before-lifting.ordo"), u"--json"_s });
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.keys(), (QStringList { u"days"_s, u"findings"_s, u"plan"_s, u"summary"_s }));
        QCOMPARE(root[u"plan"_s].toString(), u"T3 HIIT before lifting"_s);
        QVERIFY(r.out.startsWith("{\n  \"plan\": ")); // keys in docs/cli.md order

        const QJsonObject f = root[u"findings"_s].toArray().first().toObject();
        QCOMPARE(f[u"rule"_s].toString(), u"ampk-window"_s);
        QCOMPARE(f[u"severity"_s].toString(), u"info"_s); // R2: upper-body lift after leg cardio
        QCOMPARE(f[u"sessions"_s].toArray(), (QJsonArray { u"s1"_s, u"s2"_s }));
        QCOMPARE(f[u"week"_s].toInt(), 0);
        QCOMPARE(f[u"day"_s].toString(), u"mon"_s);
        QVERIFY(!f[u"message"_s].toString().isEmpty());
        QVERIFY(!f[u"fix"_s].toString().isEmpty());
        QVERIFY(f[u"source"_s].toString().startsWith(
            u"Cardio before or after weights? (Exercise Menu article); "_s));
        QVERIFY(!f.contains(u"related"_s));
        const QJsonObject fix = f[u"autoFix"_s].toObject();
        QCOMPARE(fix[u"type"_s].toString(), u"swap"_s);
        QCOMPARE(fix[u"session"_s].toString(), u"s1"_s);
        QCOMPARE(fix[u"otherSession"_s].toString(), u"s2"_s);

        const QJsonArray days = root[u"days"_s].toArray();
        QCOMPARE(days.size(), 7);
        const QJsonObject mon = days[0].toObject();
        QCOMPARE(mon[u"week"_s].toInt(), 0);
        QCOMPARE(mon[u"day"_s].toString(), u"mon"_s);
        QCOMPARE(mon[u"strengthLoad"_s].toDouble(), 480.0);
        QCOMPARE(mon[u"cardioLoad"_s].toDouble(), 225.0);
        QCOMPARE(mon[u"load"_s].toDouble(), 705.0);
        QVERIFY(mon[u"kcal"_s].isDouble());
        QCOMPARE(mon[u"kcal"_s].toDouble(), std::round(mon[u"kcal"_s].toDouble()));
        const QJsonArray windows = mon[u"ampkWindows"_s].toArray();
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows[0].toObject()[u"session"_s].toString(), u"s1"_s);
        QCOMPARE(windows[0].toObject()[u"start"_s].toString(), u"06:45"_s);
        QCOMPARE(windows[0].toObject()[u"end"_s].toString(), u"10:45"_s);
        QCOMPARE(days[1].toObject()[u"load"_s].toDouble(), 0.0);

        const QJsonObject summary = root[u"summary"_s].toObject();
        QCOMPARE(summary[u"strengthSessions"_s].toInt(), 1);
        QCOMPARE(summary[u"cardioSessions"_s].toInt(), 1);
        QCOMPARE(summary[u"mobilitySessions"_s].toInt(), 0);
        QCOMPARE(summary[u"cardioMinutes"_s].toObject()[u"hiit"_s].toInt(), 25);
        QCOMPARE(summary[u"restDays"_s].toInt(), 6);
        QCOMPARE(summary[u"kcal"_s].toInt(), 762);
    }

    void windowAcrossMidnight()
    {
        const Run r = ordo({ u"check"_s, u"--json"_s, fixture("t5-midnight-window.ordo") });
        QCOMPARE(r.code, 0);
        const QJsonArray days = QJsonDocument::fromJson(r.out).object()[u"days"_s].toArray();
        const QJsonObject mon = days[0].toObject()[u"ampkWindows"_s].toArray()[0].toObject();
        const QJsonObject tue = days[1].toObject()[u"ampkWindows"_s].toArray()[0].toObject();
        QCOMPARE(mon[u"start"_s].toString(), u"20:30"_s);
        QCOMPARE(mon[u"end"_s].toString(), u"24:00"_s);
        QCOMPARE(tue[u"start"_s].toString(), u"00:00"_s);
        QCOMPARE(tue[u"end"_s].toString(), u"00:30"_s);
        QCOMPARE(days[0].toObject()[u"fatigue"_s].toDouble(),
                 std::round(days[0].toObject()[u"fatigue"_s].toDouble() * 10) / 10);
    }

    void strict_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<int>("code");
        QTest::newRow("warning") << fixture("t5-midnight-window.ordo") << 1;
        QTest::newRow("info only") << fixture("t1-warmup.ordo") << 0;
    }
    void strict()
    {
        QFETCH(QString, plan);
        QFETCH(int, code);
        QCOMPARE(ordo({ u"check"_s, plan, u"--strict"_s }).code, code);
        QCOMPARE(ordo({ u"check"_s, u"--strict"_s, u"--json"_s, plan }).code, code);
        QCOMPARE(ordo({ u"check"_s, plan }).code, 0);
    }

    void related()
    {
        // T10 from standard input: the active-recovery badge lists leg-day-friendly as related,
        // and the hidden leg-day-friendly finding itself is not printed.
        const QByteArray plan
            = R"({"format": "ordo-plan", "version": 1, "name": "T10", "weeks": 1, "repeat": false,
            "profile": {"goal": "fat_loss"},
            "sessions": [
              {"id": "s1", "week": 0, "day": "mon", "start": "07:00", "durationMin": 60, "kind": "strength", "focus": "lower", "load": "heavy"},
              {"id": "s2", "week": 0, "day": "mon", "start": "08:00", "durationMin": 20, "kind": "cardio", "modality": "walking", "intensity": "easy"}
            ]})";
        const Run r = ordo({ u"check"_s, u"-"_s, u"--json"_s }, plan);
        QCOMPARE(r.code, 0);
        const QJsonArray findings = QJsonDocument::fromJson(r.out).object()[u"findings"_s].toArray();
        bool found = false;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QVERIFY(f[u"rule"_s].toString() != u"leg-day-friendly"_s);
            if (f[u"rule"_s].toString() == u"active-recovery"_s) {
                QCOMPARE(f[u"related"_s].toArray(), QJsonArray { u"leg-day-friendly"_s });
                found = true;
            }
        }
        QVERIFY(found);
        const Run text = ordo({ u"check"_s, u"-"_s }, plan);
        QVERIFY(QString::fromUtf8(text.out).contains(u"(also: leg-day-friendly)"_s));
    }

    void templates()
    {
        // Every built-in plan analyses and gives valid JSON with one day per plan day.
        const Run list = ordo({ u"templates"_s });
        QCOMPARE(list.code, 0);
        const QStringList names = QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!names.isEmpty());
        for (const QString &line : names) {
            const QString name = line.section(u'\t', 0, 0);
            const Run r = ordo({ u"check"_s, u"template:"_s + name, u"--json"_s });
            QCOMPARE(r.code, 0);
            const QJsonObject root = QJsonDocument::fromJson(r.out).object();
            QVERIFY2(!root.isEmpty(), qPrintable(name));
            QCOMPARE(root[u"days"_s].toArray().size() % 7, 0);
        }
    }

    // Every built-in plan's `check --json` output, byte for byte against the golden files in
    // tests/data/golden. A refactoring must leave them unchanged; a rules revision updates them
    // on purpose (regenerate with `ordo check template:NAME --json`).
    void goldenOutputOfBuiltInPlans_data()
    {
        QTest::addColumn<QString>("name");
        const Run list = ordo({ u"templates"_s });
        QCOMPARE(list.code, 0);
        for (const QByteArray &line : list.out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QString name = QString::fromUtf8(line.left(line.indexOf('\t')));
            QTest::newRow(qPrintable(name)) << name;
        }
    }
    void goldenOutputOfBuiltInPlans()
    {
        QFETCH(QString, name);
        const Run r = ordo({ u"check"_s, u"template:"_s + name, u"--json"_s });
        QCOMPARE(r.code, 0);
        const QByteArray golden
            = ordo::test::readFixture(ordo::test::dataDir() + u"/golden/check-"_s + name + u".json"_s);
        QCOMPARE(r.out, golden);
    }

    // docs/rules.md 3.12: every built-in plan but the demo "mistakes" passes --strict with at
    // most 3 notes besides the positive badges; "mistakes" gives exactly the findings of T43.
    void builtInPlansAreExemplary_data()
    {
        QTest::addColumn<QString>("name");
        const Run list = ordo({ u"templates"_s });
        QCOMPARE(list.code, 0);
        for (const QByteArray &line : list.out.split('\n')) {
            if (!line.isEmpty())
                QTest::newRow(line.left(line.indexOf('\t')).constData())
                    << QString::fromUtf8(line.left(line.indexOf('\t')));
        }
    }
    void builtInPlansAreExemplary()
    {
        QFETCH(QString, name);
        const Run r = ordo({ u"check"_s, u"template:"_s + name, u"--json"_s, u"--strict"_s });
        const QJsonArray findings = QJsonDocument::fromJson(r.out).object()[u"findings"_s].toArray();
        QStringList got;
        int notes = 0;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QStringList sessions, related;
            for (const QJsonValue &s : f[u"sessions"_s].toArray())
                sessions << s.toString();
            for (const QJsonValue &s : f[u"related"_s].toArray())
                related << s.toString();
            const QString rule = f[u"rule"_s].toString();
            got << rule + u':' + f[u"severity"_s].toString() + u'[' + sessions.join(u',') + u']'
                    + (related.isEmpty() ? QString() : u" also="_s + related.join(u','));
            if (rule != u"warmup" && rule != u"active-recovery" && rule != u"leg-day-friendly")
                ++notes;
        }
        if (name != u"mistakes") {
            QVERIFY2(r.code == 0, qPrintable(got.join(u"; "_s)));
            QVERIFY2(notes <= 3, qPrintable(got.join(u"; "_s)));
            return;
        }
        // T43, one finding per mistake.
        QCOMPARE(r.code, 1);
        got.sort();
        QStringList expected = {
            u"ampk-window:warning[s1,s2] also=combined-too-long"_s,
            u"leg-day-cardio:warning[s3,s4] also=combined-too-long"_s,
            u"post-lift-hiit:warning[s5,s6] also=combined-too-long"_s,
            u"leg-day-hiit:warning[s8,s9]"_s,
            u"hiit-weekly:warning[s1,s6,s8,s12]"_s,
            u"no-rest-day:warning[s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12] also=monotony"_s,
            u"post-lift-long:info[s10,s11] also=combined-too-long,cardio-duration"_s,
            u"cardio-frequency:info[s1,s4,s6,s7,s8,s11,s12]"_s,
            u"lifting-frequency:info[s2,s3,s5,s9,s10]"_s,
        };
        expected.sort();
        QCOMPARE(got, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no plan") << QStringList { u"check"_s } << 2;
        QTest::newRow("unknown option")
            << QStringList { u"check"_s, fixture("t1-warmup.ordo"), u"--bogus"_s } << 2;
        QTest::newRow("two plans") << QStringList { u"check"_s, fixture("t1-warmup.ordo"),
                                                    fixture("t1-warmup.ordo") }
                                   << 2;
        QTest::newRow("missing file") << QStringList { u"check"_s, u"/nonexistent/plan.ordo"_s } << 3;
        QTest::newRow("invalid plan") << QStringList { u"check"_s, fixture("invalid-day.ordo") } << 3;
        QTest::newRow("unknown template") << QStringList { u"check"_s, u"template:nope"_s } << 3;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = ordo(args);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("ordo: "));
    }

    // `check --compare A B` (docs/cli.md): the findings B adds and removes, the weekly totals of
    // both, and exit 1 exactly when B adds a warning or a critical finding.
    static QString writePlan(const QTemporaryDir &dir, const QString &name, const QString &sessions)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write((u"{\"format\":\"ordo-plan\",\"version\":1,\"name\":\"%1\",\"weeks\":2,"
                 u"\"sessions\":[%2]}"_s.arg(name, sessions))
                    .toUtf8());
        return path;
    }

    void compare()
    {
        QTemporaryDir dir;
        const QString lifts
            = u"{\"id\":\"s1\",\"title\":\"Heavy lower\",\"day\":\"mon\",\"start\":\"18:00\","
              u"\"durationMin\":60,\"kind\":\"strength\",\"focus\":\"lower\",\"load\":\"heavy\"},"
              u"{\"id\":\"s2\",\"title\":\"Upper\",\"day\":\"thu\",\"start\":\"18:00\","
              u"\"durationMin\":60,\"kind\":\"strength\",\"focus\":\"upper\"}"_s;
        const QString hiit
            = u",{\"id\":\"s3\",\"title\":\"Sprints\",\"day\":\"mon\",\"start\":\"17:00\","
              u"\"durationMin\":25,\"kind\":\"cardio\",\"modality\":\"cycling\",\"intensity\":\"hiit\"}"_s;
        const QString a = writePlan(dir, u"base"_s, lifts);
        const QString b = writePlan(dir, u"variant"_s, lifts + hiit);

        // B adds the HIIT right before heavy legs: warnings added, exit 1.
        const Run worse = ordo({ u"check"_s, u"--compare"_s, a, b, u"--json"_s });
        QCOMPARE(worse.code, 1);
        QVERIFY(worse.err.isEmpty());
        QVERIFY(worse.out.startsWith("{\n  \"a\": ")); // keys in docs/cli.md order
        const QJsonObject root = QJsonDocument::fromJson(worse.out).object();
        QCOMPARE(root.keys(), (QStringList { u"a"_s, u"added"_s, u"b"_s, u"removed"_s }));
        QCOMPARE(root[u"a"_s].toObject()[u"plan"_s].toString(), u"base"_s);
        QCOMPARE(root[u"b"_s].toObject()[u"plan"_s].toString(), u"variant"_s);
        const QJsonArray weeksA = root[u"a"_s].toObject()[u"weeks"_s].toArray();
        const QJsonArray weeksB = root[u"b"_s].toObject()[u"weeks"_s].toArray();
        QCOMPARE(weeksA.size(), 2);
        const QJsonObject w0a = weeksA[0].toObject(), w0b = weeksB[0].toObject();
        QCOMPARE(w0a.keys(),
                 (QStringList { u"hardMinutes"_s, u"hiitSessions"_s, u"kcal"_s, u"liftingSessions"_s,
                                u"load"_s, u"restDays"_s, u"week"_s }));
        QCOMPARE(w0a[u"week"_s].toInt(), 0);
        QCOMPARE(w0a[u"liftingSessions"_s].toInt(), 2);
        QCOMPARE(w0a[u"hiitSessions"_s].toInt(), 0);
        QCOMPARE(w0b[u"hiitSessions"_s].toInt(), 1);
        QCOMPARE(w0b[u"hardMinutes"_s].toInt(), w0a[u"hardMinutes"_s].toInt() + 25);
        QCOMPARE(w0b[u"load"_s].toDouble(), w0a[u"load"_s].toDouble() + 25 * 8);
        const QJsonArray added = root[u"added"_s].toArray();
        QVERIFY(!added.isEmpty());
        bool warning = false;
        for (const QJsonValue &f : added) {
            QVERIFY(f.toObject()[u"sessions"_s].toArray().contains(u"s3"_s));
            QVERIFY(!f.toObject()[u"message"_s].toString().isEmpty());
            warning = warning || f.toObject()[u"severity"_s].toString() != u"info"_s;
        }
        QVERIFY(warning);
        // A week-level finding whose sessions changed counts as removed and added again.
        const QJsonArray removed = root[u"removed"_s].toArray();
        for (const QJsonValue &f : removed)
            QCOMPARE(f.toObject()[u"severity"_s].toString(), u"info"_s);

        // The other way round the same findings are removed, and only infos added: exit 0.
        const Run argumentOrder = ordo({ u"check"_s, b, u"--json"_s, u"--compare"_s, a });
        QCOMPARE(argumentOrder.code, 1); // B is the argument: b compared with a adds the same findings
        const Run reverse = ordo({ u"check"_s, u"--compare"_s, b, a, u"--json"_s });
        QCOMPARE(reverse.code, 0);
        const QJsonObject r = QJsonDocument::fromJson(reverse.out).object();
        QCOMPARE(r[u"added"_s].toArray(), removed);
        QCOMPARE(r[u"removed"_s].toArray(), added);

        // A plan compared with itself: nothing either way.
        const Run same = ordo({ u"check"_s, u"--compare="_s + a, a });
        QCOMPARE(same.code, 0);
        const QStringList lines = QString::fromUtf8(same.out).split(u'\n');
        QCOMPARE(lines.value(0), u"base compared with base"_s);
        QVERIFY(lines.contains(u"  No findings added."_s));
        QVERIFY(lines.contains(u"  No findings removed."_s));
        QVERIFY(lines.contains(u"Weekly totals (first plan → second plan):"_s));
        QVERIFY2(std::any_of(
                     lines.cbegin(), lines.cend(),
                     [](const QString &l) { return l.startsWith(u"  Week 2: load 0 → 0, hard minutes"_s); }),
                 same.out.constData());

        // The text lists the added findings as `check` prints them.
        const Run text = ordo({ u"check"_s, u"--compare"_s, a, b });
        QCOMPARE(text.code, 1);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY(out.indexOf(u"Added:\n"_s) < out.indexOf(u"Mon 17:00 Sprints — "_s));
        QVERIFY(out.indexOf(u"Mon 17:00 Sprints — "_s) < out.indexOf(u"Removed:\n"_s));
    }

    void compareErrors()
    {
        QTemporaryDir dir;
        const QString a = writePlan(dir, u"a"_s, QString());
        const Run strict = ordo({ u"check"_s, u"--compare"_s, a, a, u"--strict"_s });
        QCOMPARE(strict.code, 2);
        QVERIFY(strict.err.contains("--compare and --strict exclude each other"));
        const Run missing = ordo({ u"check"_s, a, u"--compare"_s });
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("--compare needs the plan to compare with"));
        const Run bad = ordo({ u"check"_s, u"--compare"_s, dir.filePath(u"nothing.ordo"_s), a });
        QCOMPARE(bad.code, 3);
        QVERIFY(bad.out.isEmpty());
        const Run badB = ordo({ u"check"_s, u"--compare"_s, a, dir.filePath(u"nothing.ordo"_s) });
        QCOMPARE(badB.code, 3);
        const Run extra = ordo({ u"check"_s, u"--compare"_s, a, a, a });
        QCOMPARE(extra.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
