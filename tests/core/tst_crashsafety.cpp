// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"
#include "planio.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace ordo;

namespace {

constexpr const char *kChildEnv = "ORDO_CRASHSAFETY_CHILD";

// Child mode: saves plan A and plan B alternately to TARGET until killed.
// ORDO_CRASHSAFETY_CHILD="A.ordo|B.ordo|TARGET"
int runSavingChild(const QString &spec)
{
    const QStringList parts = spec.split(u'|');
    if (parts.size() != 3)
        return 2;
    const ReadResult a = readPlanFile(parts[0]);
    const ReadResult b = readPlanFile(parts[1]);
    if (!a.ok() || !b.ok())
        return 3;
    std::printf("ready\n");
    std::fflush(stdout);
    for (quint64 i = 0;; ++i) {
        QString error;
        if (!writePlanFile(i % 2 ? *b.plan : *a.plan, parts[2], &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 4;
        }
    }
}

// Runs mount/umount; the full-disk and read-only tests need a private tmpfs.
bool runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A tiny tmpfs mounted for one test and unmounted however the test ends.
class TmpfsMount
{
public:
    TmpfsMount(const QString &path, const QString &size)
        : m_path(path)
    {
        QDir().mkpath(path);
        m_mounted = runTool(
            u"mount"_s,
            { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + size + u",mode=0755"_s, u"tmpfs"_s, path });
    }
    ~TmpfsMount()
    {
        if (m_mounted)
            runTool(u"umount"_s, { u"-l"_s, m_path });
    }
    bool isMounted() const { return m_mounted; }
    bool remountReadOnly() { return runTool(u"mount"_s, { u"-o"_s, u"remount,ro"_s, m_path }); }

private:
    QString m_path;
    bool m_mounted = false;
};

// Fills the file system under `folder` until a write fails.
bool fillUp(const QString &folder)
{
    QFile filler(folder + u"/filler"_s);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) { }
    return filler.size() > 0;
}

// Lowers RLIMIT_FSIZE for the life of the object: any write past `bytes` fails with EFBIG
// (SIGXFSZ ignored), which a small buffered save only meets when it is flushed.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit lowered = m_old;
        lowered.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool isSet() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A plan of about `sessions` × 250 bytes, so one save takes a while and a kill can land in it.
Plan bigPlan(int sessions)
{
    Plan plan = *readBuiltinPlan(u"hybrid4w"_s).plan;
    plan.name = u"Big plan"_s;
    const QList<Session> base = plan.sessions;
    for (int i = 0; plan.sessions.size() < sessions; ++i) {
        Session s = base.at(i % base.size());
        s.id = u"big"_s + QString::number(i);
        s.notes = QString(100, u'n');
        plan.sessions.append(s);
    }
    plan.sortSessions();
    return plan;
}

} // namespace

// Saving never loses a plan: a process killed with SIGKILL mid-save leaves the complete
// old or new file; a save that cannot be written (read-only folder, missing folder, full
// disk) reports why and leaves the previous file as it was.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sigkillDuringSaveLeavesOldOrNewPlan()
    {
        // Two plans of similar size, so each stays on disk for about half the time.
        const Plan a = bigPlan(1500);
        const Plan b = bigPlan(2000);
        const QByteArray bytesA = serializePlan(a);
        const QByteArray bytesB = serializePlan(b);
        QVERIFY(bytesB.size() > 300'000);
        const QString pathA = m_dir.filePath(u"a.ordo"_s);
        const QString pathB = m_dir.filePath(u"b.ordo"_s);
        const QString target = m_dir.filePath(u"target.ordo"_s);
        QString error;
        QVERIFY(writePlanFile(a, pathA, &error));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(writePlanFile(b, pathB, &error));
        // Kill within the first few saves: some kills land mid-save, some between saves.
        const int maxDelayMs = int(std::clamp<qint64>(4 * timer.elapsed(), 20, 2000));

        QRandomGenerator rng(20261124);
        int sawA = 0, sawB = 0;
#if defined(__SANITIZE_ADDRESS__)
        constexpr int kKills = 6; // each child start costs seconds under the sanitizers
#else
        constexpr int kKills = 20;
#endif
        int round = 0;
        // At least kKills rounds; more if no kill has yet landed after a completed save of B.
        for (; round < kKills || (sawB == 0 && round < 4 * kKills); ++round) {
            QVERIFY(writePlanFile(a, target, &error));
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kChildEnv), pathA + u'|' + pathB + u'|' + target);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForReadyRead(20000));
            QVERIFY(child.readAll().startsWith("ready"));
            QThread::msleep(rng.bounded(1, maxDelayMs));
            QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
            QVERIFY(child.waitForFinished(20000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const QByteArray onDisk = readAll(target);
            QVERIFY2(onDisk == bytesA || onDisk == bytesB,
                     qPrintable(u"round %1: %2 bytes on disk, neither plan"_s.arg(round).arg(onDisk.size())));
            (onDisk == bytesA ? sawA : sawB)++;
            QVERIFY(readPlanFile(target).ok());
        }
        qInfo("%d kills within %d ms: plan A on disk %d times, plan B %d times", round, maxDelayMs, sawA,
              sawB);
        QVERIFY(sawB > 0); // the kills did land after completed saves too
    }

    void missingFolderIsAClearError()
    {
        const Plan plan = *readBuiltinPlan(u"beginner"_s).plan;
        QString error;
        QVERIFY(!writePlanFile(plan, m_dir.filePath(u"no/such/folder/plan.ordo"_s), &error));
        QVERIFY2(!error.isEmpty(), "no error message");
        QVERIFY(!QDir(m_dir.filePath(u"no"_s)).exists());
    }

    void targetIsAFolderIsAClearError()
    {
        const QString folder = m_dir.filePath(u"folder.ordo"_s);
        QVERIFY(QDir().mkpath(folder));
        QString error;
        QVERIFY(!writePlanFile(*readBuiltinPlan(u"beginner"_s).plan, folder, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(folder).isDir());
    }

    void readOnlyFolderKeepsPreviousFile()
    {
        // We may run as root, which ignores permission bits: use a read-only mount.
        TmpfsMount mount(m_dir.filePath(u"ro"_s), u"1m"_s);
        if (!mount.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root); read-only folder not tested");
        const QString target = m_dir.filePath(u"ro/plan.ordo"_s);
        const Plan old = *readBuiltinPlan(u"strength"_s).plan;
        QString error;
        QVERIFY2(writePlanFile(old, target, &error), qPrintable(error));
        const QByteArray before = readAll(target);
        QVERIFY(mount.remountReadOnly());

        const Plan changed = *readBuiltinPlan(u"endurance"_s).plan;
        error.clear();
        QVERIFY(!writePlanFile(changed, target, &error));
        QVERIFY2(!error.isEmpty(), "no error message");
        qInfo("read-only folder: %s", qPrintable(error));
        QCOMPARE(readAll(target), before);
        QVERIFY(readPlanFile(target).ok());
    }

    // docs/reliability.md, item 1: a plan smaller than QSaveFile's buffer is only written
    // out when it is flushed inside commit(); on a full disk that flush fails.
    void smallSaveOnFullDiskFails()
    {
        TmpfsMount mount(m_dir.filePath(u"small"_s), u"64k"_s);
        if (!mount.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root); small save on a full disk not tested");
        const QString target = m_dir.filePath(u"small/plan.ordo"_s);
        const Plan old = *readBuiltinPlan(u"beginner"_s).plan;
        QString error;
        QVERIFY2(writePlanFile(old, target, &error), qPrintable(error));
        const QByteArray before = readAll(target);
        QVERIFY(fillUp(m_dir.filePath(u"small"_s)));

        const Plan changed = *readBuiltinPlan(u"strength"_s).plan;
        QVERIFY(serializePlan(changed).size() < 16 * 1024);
        QVERIFY2(!writePlanFile(changed, target, &error), "a save onto a full disk reported success");
        QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));
        QCOMPARE(readAll(target), before);
        // A new file is not created either, not even empty.
        const QString fresh = m_dir.filePath(u"small/new.ordo"_s);
        QVERIFY(!writePlanFile(changed, fresh, &error));
        QVERIFY(!QFile::exists(fresh));
        const QStringList left = QDir(m_dir.filePath(u"small"_s)).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, (QStringList { u"filler"_s, u"plan.ordo"_s }));
    }

    // The same without a mount: a file size limit makes the flush in commit() fail.
    void flushFailureInCommitIsReported()
    {
        const QString target = m_dir.filePath(u"limited.ordo"_s);
        const Plan old = *readBuiltinPlan(u"beginner"_s).plan;
        QString error;
        QVERIFY2(writePlanFile(old, target, &error), qPrintable(error));
        const QByteArray before = readAll(target);
        const Plan changed = *readBuiltinPlan(u"strength"_s).plan;
        bool saved = true;
        {
            FileSizeLimit limit(1024);
            QVERIFY(limit.isSet());
            saved = writePlanFile(changed, target, &error);
        }
        QVERIFY2(!saved, "a save that could not be flushed reported success");
        QVERIFY2(error.contains(u"File too large"_s), qPrintable(error));
        QCOMPARE(readAll(target), before);
    }

    // Any QFileDevice whose flush fails: /dev/full takes buffered writes, then refuses them.
    void writeFullyChecksTheFlush()
    {
        QFile full(u"/dev/full"_s);
        if (!full.open(QIODevice::WriteOnly))
            QSKIP("no /dev/full here");
        QString error;
        QVERIFY2(!writeFully(full, QByteArray(100, 'x'), &error), "a failed flush was not noticed");
        QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));
    }

    void fullDiskKeepsPreviousFile()
    {
        TmpfsMount mount(m_dir.filePath(u"full"_s), u"64k"_s);
        if (!mount.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root); full disk not tested");
        const QString target = m_dir.filePath(u"full/plan.ordo"_s);
        const Plan old = *readBuiltinPlan(u"beginner"_s).plan;
        QString error;
        QVERIFY2(writePlanFile(old, target, &error), qPrintable(error));
        const QByteArray before = readAll(target);

        const Plan big = bigPlan(2000);
        QVERIFY(serializePlan(big).size() > 128 * 1024);
        error.clear();
        QVERIFY(!writePlanFile(big, target, &error));
        QVERIFY2(!error.isEmpty(), "no error message");
        qInfo("full disk: %s", qPrintable(error));
        // The short write is retried until the write that fails carries the reason.
        QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));
        QCOMPARE(readAll(target), before);
        // Nothing half-written is left behind to fill the disk further.
        const QStringList left = QDir(m_dir.filePath(u"full"_s)).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList { u"plan.ordo"_s });
        // And once there is room again, the same save works.
        const Plan small = *readBuiltinPlan(u"fatloss"_s).plan;
        QVERIFY2(writePlanFile(small, target, &error), qPrintable(error));
        QCOMPARE(readAll(target), serializePlan(small));
    }
};

int main(int argc, char *argv[])
{
    const QByteArray child = qgetenv(kChildEnv);
    if (!child.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runSavingChild(QString::fromLocal8Bit(child));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
