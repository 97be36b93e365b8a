// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"
#include "jsonwriter.h"
#include "planio.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ordo;

// `ordo` on a faulty machine and with hostile paths (docs/reliability.md, "Never lose a
// plan"): full disks, pipes, FIFOs and device nodes, an export onto its own plan, control
// characters in plan strings, a standard output that cannot be written, mistyped commands
// without a display, and file names that are not UTF-8.
class TestCliSafety : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        bool finished = false;
        QProcess::ExitStatus status = QProcess::NormalExit;
        QByteArray out;
        QByteArray err;
        QString errText() const { return QString::fromUtf8(err); }
    };

    struct Run
    {
        QStringList args;
        QByteArray stdinBytes;
        QString stdinFile;
        QString stdoutFile;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        std::function<void()> childSetup;
        int timeoutMs = 60000;
        QString program = QStringLiteral(ORDO_BINARY);
    };

    static Result run(const Run &r)
    {
        QProcess p;
        p.setProcessEnvironment(r.env);
        if (!r.stdinFile.isEmpty())
            p.setStandardInputFile(r.stdinFile);
        if (!r.stdoutFile.isEmpty())
            p.setStandardOutputFile(r.stdoutFile);
        if (r.childSetup)
            p.setChildProcessModifier(r.childSetup);
        p.start(r.program, r.args);
        if (!p.waitForStarted())
            qFatal("cannot start %s", qPrintable(r.program));
        if (!r.stdinBytes.isEmpty())
            p.write(r.stdinBytes);
        if (r.stdinFile.isEmpty())
            p.closeWriteChannel();
        Result result;
        result.finished = p.waitForFinished(r.timeoutMs);
        if (!result.finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        result.exitCode = p.exitCode();
        result.status = p.exitStatus();
        result.out = p.readAllStandardOutput();
        result.err = p.readAllStandardError();
        return result;
    }

    static Result ordo(const QStringList &args, const QByteArray &stdinBytes = {})
    {
        Run r;
        r.args = args;
        r.stdinBytes = stdinBytes;
        return run(r);
    }

    // The environment of a script on a machine without a display.
    static QProcessEnvironment noDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        return env;
    }

    // A shell line, for arguments QProcess cannot pass (bytes that are not UTF-8): ORDO is
    // the binary.
    static Result shell(const QString &line)
    {
        Run r;
        r.program = u"/bin/sh"_s;
        r.args = { u"-c"_s, line };
        r.env.insert(u"ORDO"_s, QStringLiteral(ORDO_BINARY));
        return run(r);
    }

    static bool runTool(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QByteArray readNative(const QByteArray &path)
    {
        QByteArray out;
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return out;
        char buffer[65536];
        for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
            out.append(buffer, n);
        ::close(fd);
        return out;
    }

    static mode_t typeOf(const QString &path)
    {
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return 0;
        return st.st_mode & S_IFMT;
    }

    // A plan of about `bytes` through standard input, larger than one pipe buffer.
    static QByteArray bigPlan(int sessions)
    {
        QByteArray out = R"({"format":"ordo-plan","version":1,"weeks":52,"sessions":[)";
        for (int i = 0; i < sessions; ++i) {
            out += (i ? ",\n" : "")
                + uR"({"id":"s%1","week":%2,"day":"wed","start":"06:15","durationMin":30,"kind":"mobility","notes":"%3"})"_s
                      .arg(i)
                      .arg(i % 52)
                      .arg(QString(100, u'n'))
                      .toUtf8();
        }
        return out + "]}";
    }

    // Every line of `text` is free of control characters and shorter than 600 characters.
    static QString checkLines(const QByteArray &text)
    {
        const QStringList lines = QString::fromUtf8(text).split(u'\n');
        for (const QString &line : lines) {
            if (line.size() >= 600)
                return u"a line of %1 characters: %2…"_s.arg(line.size()).arg(line.left(100));
            for (const QChar c : line) {
                const char16_t u = c.unicode();
                if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
                    return u"control character U+%1 in: %2"_s.arg(int(u), 4, 16, QChar(u'0'))
                        .arg(line.left(200));
            }
        }
        return {};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Item 1: a small file on a full disk.
    void fullDiskExitsFourAndKeepsTheFiles()
    {
        const QString mount = path(u"full"_s);
        QDir().mkpath(mount);
        if (!runTool(u"mount"_s, { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, mount }))
            QSKIP("cannot mount a tmpfs here (needs root); full disk not tested from the command line");
        auto unmount = qScopeGuard([&] { runTool(u"umount"_s, { u"-l"_s, mount }); });
        const QString ics = mount + u"/plan.ics"_s;
        const QString pdf = mount + u"/plan.pdf"_s;
        {
            QFile f(ics);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous calendar\n");
            QFile g(pdf);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write("previous pdf\n");
        }
        {
            QFile filler(mount + u"/filler"_s);
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) { }
        }
        const Result created = ordo({ u"new"_s, u"strength"_s, mount + u"/new.ordo"_s });
        QCOMPARE(created.exitCode, 4);
        QVERIFY2(created.errText().contains(u"No space left on device"_s), created.err.constData());
        QVERIFY(!QFile::exists(mount + u"/new.ordo"_s));

        Run r;
        r.env = noDisplay();
        r.args = { u"export"_s, u"template:strength"_s, u"--ics"_s, ics, u"--start-date"_s, u"2026-01-05"_s };
        Result exported = run(r);
        QCOMPARE(exported.exitCode, 4);
        QVERIFY2(exported.errText().contains(u"No space left on device"_s), exported.err.constData());
        QCOMPARE(readAll(ics), QByteArray("previous calendar\n"));
        r.args = { u"export"_s, u"template:strength"_s, u"--pdf"_s, pdf };
        exported = run(r);
        QCOMPARE(exported.exitCode, 4);
        QCOMPARE(readAll(pdf), QByteArray("previous pdf\n"));
    }

    // Item 1 without a mount: a file size limit makes the flush at the end of the save fail.
    void fileSizeLimitExitsFour()
    {
        const QString out = path(u"limited.ordo"_s);
        Run r;
        r.args = { u"new"_s, u"strength"_s, out };
        r.childSetup = [] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit {};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 1024;
            setrlimit(RLIMIT_FSIZE, &limit);
        };
        const Result result = run(r);
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.errText().contains(u"File too large"_s), result.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // Item 2: a plan larger than one read() of a pipe.
    void standardInputIsReadToTheEnd()
    {
        const QByteArray plan = bigPlan(2000);
        QVERIFY(plan.size() > 200 * 1024);
        const Result r = ordo({ u"validate"_s, u"-"_s }, plan);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Result check = ordo({ u"check"_s, u"-"_s, u"--json"_s }, plan);
        QVERIFY2(check.exitCode == 0, check.err.constData());
    }

    // Item 2: a writer that sends the plan in two pieces, with a pause between them.
    void standardInputFromASlowWriter()
    {
        const QByteArray plan = builtinPlanBytes(u"endurance"_s);
        QProcess p;
        p.start(QStringLiteral(ORDO_BINARY), { u"validate"_s, u"-"_s });
        QVERIFY(p.waitForStarted());
        p.write(plan.left(plan.size() / 2));
        QVERIFY(p.waitForBytesWritten(5000));
        QTest::qWait(500);
        p.write(plan.mid(plan.size() / 2));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    // Item 2: an endless input stops at the size limit.
    void endlessStandardInputStopsAtTheLimit()
    {
        Run r;
        r.args = { u"validate"_s, u"-"_s };
        r.stdinFile = u"/dev/zero"_s;
        r.timeoutMs = 20000;
        const Result result = run(r);
        QVERIFY2(result.finished, "ordo kept reading an endless standard input");
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.errText().contains(u"4 MiB"_s), result.err.constData());
    }

    // Item 9: a plan is never renamed over a FIFO or a device node.
    void planIsNotWrittenOverASpecialFile()
    {
        const QString fifo = path(u"plan-fifo.ordo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
        Run r;
        r.args = { u"new"_s, u"strength"_s, fifo, u"--force"_s };
        r.timeoutMs = 20000;
        Result result = run(r);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 4);
        QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));

        const QString device = path(u"plan-null.ordo"_s);
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("cannot create a device node here (needs root); FIFO tested only");
        r.args = { u"new"_s, u"strength"_s, device, u"--force"_s };
        result = run(r);
        QCOMPARE(result.exitCode, 4);
        QCOMPARE(typeOf(device), mode_t(S_IFCHR));
    }

    // Item 9: a FIFO as plan or as export target is refused instead of waiting forever.
    void fifosDoNotBlock()
    {
        const QString fifo = path(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
        Run r;
        r.env = noDisplay();
        r.timeoutMs = 15000;
        r.args = { u"validate"_s, fifo };
        Result result = run(r);
        QVERIFY2(result.finished, "reading a FIFO without a writer blocked");
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.errText().contains(u"not a regular file"_s), result.err.constData());

        r.args
            = { u"export"_s, u"template:strength"_s, u"--ics"_s, fifo, u"--start-date"_s, u"2026-01-05"_s };
        result = run(r);
        QVERIFY2(result.finished, "writing to a FIFO without a reader blocked");
        QCOMPARE(result.exitCode, 4);
        QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));
    }

    // Item 9: an export never replaces its own plan, and two outputs are never one file.
    void exportOntoItsOwnPlanIsRefused()
    {
        const QString plan = path(u"own.ordo"_s);
        QVERIFY(QFile::copy(QStringLiteral(ORDO_SOURCE_DIR) + u"/resources/plans/strength.ordo"_s, plan));
        const QByteArray before = readAll(plan);
        const QString link = path(u"own-link.pdf"_s);
        QVERIFY(QFile::link(plan, link));
        const QString other = path(u"both.out"_s);
        const QList<QStringList> cases = {
            { u"export"_s, plan, u"--pdf"_s, plan },
            { u"export"_s, plan, u"--pdf"_s, link },
            { u"export"_s, plan, u"--ics"_s, plan, u"--start-date"_s, u"2026-01-05"_s },
            { u"export"_s, plan, u"--pdf"_s, other, u"--ics"_s, other, u"--start-date"_s, u"2026-01-05"_s },
            { u"export"_s, plan, u"--pdf"_s, other, u"--ics"_s, m_dir.path() + u"/./both.out"_s,
              u"--start-date"_s, u"2026-01-05"_s },
        };
        for (const QStringList &args : cases) {
            Run r;
            r.env = noDisplay();
            r.args = args;
            const Result result = run(r);
            QVERIFY2(result.exitCode == 2,
                     qPrintable(args.join(u' ') + u" → "_s + QString::number(result.exitCode) + u' '
                                + result.errText()));
            QCOMPARE(readAll(plan), before);
            QVERIFY(!QFile::exists(other));
        }
    }

    // Item 9: `ordo new` replaces an existing file only with --force.
    void newKeepsAnExistingFileUnlessForced()
    {
        const QString out = path(u"mine.ordo"_s);
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("my own notes\n");
        }
        const Result refused = ordo({ u"new"_s, u"strength"_s, out });
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.errText().contains(u"--force"_s), refused.err.constData());
        QCOMPARE(readAll(out), QByteArray("my own notes\n"));
        const Result forced = ordo({ u"new"_s, u"strength"_s, out, u"--force"_s });
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(readAll(out), builtinPlanBytes(u"strength"_s));
    }

    // Item 10: plan strings reach the terminal escaped, and no line is 600 characters long.
    void errorLinesAreEscapedAndCut()
    {
        const QByteArray escape = "\\u001b[2J\\u001b]0;owned\\u0007\\n\\r\\u0085\\u2028\\u202e";
        const QByteArray longKey(300000, 'k');
        QByteArray plan = R"({"format":"ordo-plan","version":1,"weeks":1,
            "analysis":{"thresholds":{"E":1,"L":1}},
            "sessions":[{"id":"aE","day":"mon","start":"07:00","durationMin":30,"kind":"mobility"},
                        {"id":"aE","day":"mon","start":"08:00","durationMin":30,"kind":"mobility"},
                        {"id":"b","day":"E","start":"E","durationMin":30,"kind":"E"}]})";
        plan.replace("\"E\"", '"' + escape + '"');
        plan.replace("\"aE\"", "\"a" + escape + '"');
        plan.replace("\"L\"", '"' + longKey + escape + '"');
        QVERIFY(parsePlan(plan).errors.size() >= 4);
        const Result r = ordo({ u"validate"_s, u"-"_s }, plan);
        QCOMPARE(r.exitCode, 3);
        const QString problem = checkLines(r.err);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(r.errText().contains(u"\\e[2J"_s), r.err.left(2000).constData());
    }

    // Item 10: the same for `check` text output: titles with control characters, and
    // findings whose message names several 200-character titles.
    void checkTextIsEscapedAndCut()
    {
        const QString title = u"\x1b[31mRed\nLine\u2028"_s + QString(180, u'T');
        QByteArray plan = R"({"format":"ordo-plan","version":1,"weeks":1,"sessions":[
            {"id":"a","title":"T1","day":"mon","start":"06:00","durationMin":45,"kind":"cardio","modality":"running","intensity":"hiit"},
            {"id":"b","title":"T2","day":"mon","start":"06:50","durationMin":120,"kind":"strength","focus":"lower","load":"heavy"},
            {"id":"c","title":"T3","day":"tue","start":"06:00","durationMin":120,"kind":"strength","focus":"lower","load":"heavy"}]})";
        for (const char *t : { "\"T1\"", "\"T2\"", "\"T3\"" })
            plan.replace(t, JsonWriter::quote(title));
        const ReadResult read = parsePlan(plan);
        QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString()));
        const Result r = ordo({ u"check"_s, u"-"_s }, plan);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("\\e[31mRed\\nLine"));
        const QString problem = checkLines(r.out.chopped(1));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Item 11: a standard output that cannot be written is exit 4 for every command.
    void fullStandardOutputExitsFour_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("check") << QStringList { u"check"_s, u"template:strength"_s };
        QTest::newRow("check --json") << QStringList { u"check"_s, u"template:strength"_s, u"--json"_s };
        QTest::newRow("templates") << QStringList { u"templates"_s };
        QTest::newRow("--help") << QStringList { u"--help"_s };
        QTest::newRow("help check") << QStringList { u"help"_s, u"check"_s };
        QTest::newRow("--version") << QStringList { u"--version"_s };
    }

    void fullStandardOutputExitsFour()
    {
        QFETCH(QStringList, args);
        Run r;
        r.args = args;
        r.stdoutFile = u"/dev/full"_s;
        const Result result = run(r);
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(!result.err.isEmpty(), "no error message");
    }

    // Item 11: without a display, a mistyped command is a usage error, whatever the platform.
    void mistypedCommandIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("platform");
        QTest::newRow("chek") << QStringList { u"chek"_s } << QString();
        QTest::newRow("chek PLAN") << QStringList { u"chek"_s, u"template:strength"_s } << QString();
        QTest::newRow("xcb chek") << QStringList { u"chek"_s } << u"xcb"_s;
        QTest::newRow("-platform xcb chek")
            << QStringList { u"-platform"_s, u"xcb"_s, u"chek"_s } << QString();
        QTest::newRow("wayland exprot") << QStringList { u"exprot"_s } << u"wayland"_s;
    }

    void mistypedCommandIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, platform);
        Run r;
        r.env = noDisplay();
        if (!platform.isEmpty())
            r.env.insert(u"QT_QPA_PLATFORM"_s, platform);
        r.args = args;
        r.timeoutMs = 20000;
        const Result result = run(r);
        QCOMPARE(result.status, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.errText().contains(u"unknown command"_s), result.err.constData());
    }

    // Item 11: a plan with a display platform chosen but no display: no abort either.
    void chosenPlatformWithoutDisplayDoesNotAbort()
    {
        Run r;
        r.env = noDisplay();
        r.env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        r.args = { u"template:strength"_s };
        r.timeoutMs = 20000;
        const Result result = run(r);
        QCOMPARE(result.status, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errText().contains(u"no display"_s), result.err.constData());
    }

    // Item 12: file names that are not UTF-8 are read and written under their own bytes.
    void nonUtf8FileNamesKeepTheirBytes()
    {
        const QByteArray folder = QFile::encodeName(m_dir.path());
        const QByteArray plan = folder + "/\xff\xfe-plan.ordo";
        const QByteArray ics = folder + "/\xe9t\xe9.ics";
        auto cleanup = qScopeGuard([&] {
            ::unlink(plan.constData());
            ::unlink(ics.constData());
        });
        const QString cd = u"cd '"_s + m_dir.path() + u"' && "_s;
        Result r = shell(cd + uR"sh("$ORDO" new strength "$(printf '\377\376-plan.ordo')")sh"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readNative(plan), builtinPlanBytes(u"strength"_s));
        r = shell(cd + uR"sh("$ORDO" validate "$(printf '\377\376-plan.ordo')")sh"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = shell(cd + uR"sh("$ORDO" check "$(printf '\377\376-plan.ordo')" --json)sh"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = shell(
            cd
            + uR"sh(env -u DISPLAY -u WAYLAND_DISPLAY "$ORDO" export "$(printf '\377\376-plan.ordo')" --ics "$(printf '\351t\351.ics')" --start-date 2026-01-05)sh"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(readNative(ics).startsWith("BEGIN:VCALENDAR"));
        // The error names the file with its bytes visible.
        r = shell(cd + uR"sh("$ORDO" validate "$(printf 'missing-\377.ordo')")sh"_s);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(u"missing-\\xff.ordo"_s), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
