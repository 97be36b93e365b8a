// SPDX-License-Identifier: GPL-3.0-or-later

#include "shell/autosave.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ordo;
using namespace Qt::StringLiterals;

// Where crash-recovery copies live: <data folder>/Ordo/autosave with the names app/main.cpp
// sets, and copies left in the folder earlier versions used (…/Ordo/Ordo/autosave) move there.
class TestAutosaveFolder : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Before any path is asked for: the data folder of this test run.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        QCoreApplication::setOrganizationName(u"Ordo"_s);
        QCoreApplication::setApplicationName(u"Ordo"_s);
    }

    void folderIsNestedOnce()
    {
        const QString data = m_home.filePath(u"data"_s);
        QCOMPARE(Autosave::defaultDirectory(), data + u"/Ordo/autosave"_s);
        QCOMPARE(Autosave::legacyDirectory(), data + u"/Ordo/Ordo/autosave"_s);
    }

    void copiesMoveFromTheNestedFolder()
    {
        const QString legacy = Autosave::legacyDirectory();
        const QString current = Autosave::defaultDirectory();
        QVERIFY(QDir().mkpath(legacy));
        // A copy of a crashed run (stale lock), one with no lock, and one of a run still going.
        write(legacy + u"/autosave-dead0001.ordo"_s, "dead plan");
        write(legacy + u"/autosave-dead0001.source"_s, "/plans/a.ordo");
        // QLockFile's own format: a process id that no process has, on this machine.
        write(legacy + u"/autosave-dead0001.lock"_s,
              "999999\nordo\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        write(legacy + u"/autosave-nolock02.ordo"_s, "plan without lock");
        QLockFile live(legacy + u"/autosave-alive003.lock"_s);
        QVERIFY(live.tryLock(0));
        write(legacy + u"/autosave-alive003.ordo"_s, "live plan");

        QCOMPARE(Autosave::migrateCopies(legacy, current), 2);
        QCOMPARE(readAll(current + u"/autosave-dead0001.ordo"_s), QByteArray("dead plan"));
        QCOMPARE(readAll(current + u"/autosave-dead0001.source"_s), QByteArray("/plans/a.ordo"));
        QCOMPARE(readAll(current + u"/autosave-nolock02.ordo"_s), QByteArray("plan without lock"));
        QVERIFY(!QFile::exists(legacy + u"/autosave-dead0001.ordo"_s));
        QVERIFY(!QFile::exists(legacy + u"/autosave-dead0001.lock"_s));
        // The live run keeps its copy where it writes it.
        QVERIFY(QFile::exists(legacy + u"/autosave-alive003.ordo"_s));
        QVERIFY(!QFile::exists(current + u"/autosave-alive003.ordo"_s));
        // The moved copies are offered at the next start.
        QCOMPARE(Autosave::findStale(current).size(), 2);

        // Once the live run is gone, the next start moves its copy too and tidies the folders.
        live.unlock();
        QCOMPARE(Autosave::migrateCopies(legacy, current), 1);
        QVERIFY(!QDir(legacy).exists());
        QVERIFY(!QDir(m_home.filePath(u"data/Ordo/Ordo"_s)).exists());
        QCOMPARE(Autosave::findStale(current).size(), 3);
        // Nothing left to move: a no-op.
        QCOMPARE(Autosave::migrateCopies(legacy, current), 0);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestAutosaveFolder)
#include "tst_autosavefolder.moc"
