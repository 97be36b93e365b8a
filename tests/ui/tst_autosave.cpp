// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"
#include "document/document.h"
#include "edits/planedits.h"
#include "edits/sessionedits.h"
#include "planio.h"
#include "planlimits.h"
#include "shell/autosave.h"
#include "shell/filecommands.h"
#include "shell/mainwindow.h"
#include "shell/recoverydialog.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QDir>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <signal.h>

using namespace ordo;
using namespace Qt::StringLiterals;

namespace {

// Set for the child process this test starts (and kills): the plan it opens, its new name.
constexpr char kChildPlanEnv[] = "TST_AUTOSAVE_CHILD_PLAN";
constexpr char kChildNameEnv[] = "TST_AUTOSAVE_CHILD_NAME";

// The child: the app's main window on `plan` with one unsaved change (a rename) and its
// autosave every 100 ms, running until it is killed.
int runAutosavingChild(const QString &plan, const QString &newName)
{
    QApplication::setApplicationName(u"Ordo"_s);
    QApplication::setOrganizationName(u"Ordo"_s);
    MainWindow window;
    if (!window.fileCommands()->openSource(plan))
        return 3;
    window.autosave()->setInterval(100);
    window.document()->apply(PlanEdits::rename(window.document()->plan(), newName));
    return QApplication::exec();
}

} // namespace

// Crash recovery: a running ordo writes its copy, is killed with SIGKILL, and the next
// start finds the stale copy and restores it as one undo step on top of the original file.
class TestAutosave : public QObject
{
    Q_OBJECT

private:
    // Starts a child running the main window on `plan` with a 100 ms autosave interval and a
    // first change (a rename), waits for its copy, then kills it without any chance to clean up.
    static QString runAndKill(const QString &home, const QString &plan, const QString &newName)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(QString::fromLatin1(kChildPlanEnv), plan);
        env.insert(QString::fromLatin1(kChildNameEnv), newName);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForStarted(10000))
            return {};
        const QString dir = home + u"/data/Ordo/autosave"_s;
        bool written = false;
        for (int i = 0; i < 200 && !written; ++i) {
            QTest::qWait(50);
            written = !QDir(dir).entryList({ u"autosave-*.ordo"_s }, QDir::Files).isEmpty();
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished(5000);
        return written ? dir : QString();
    }

    // A copy as a crashed run leaves it: no live lock, saved at `when`.
    static void writeStaleCopy(const QString &dir, const QString &id, const Plan &plan,
                               const QString &original, const QDateTime &when)
    {
        const QString base = dir + u"/autosave-"_s + id;
        QFile source(base + u".source"_s);
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write(QFile::encodeName(original));
        source.close();
        QFile copy(base + u".ordo"_s);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(serializePlan(plan));
        copy.close();
        QVERIFY(copy.open(QIODevice::ReadWrite));
        QVERIFY(copy.setFileTime(when, QFileDevice::FileModificationTime));
    }

    static bool clickRow(QTreeWidget *list, const QString &name)
    {
        const QList<QTreeWidgetItem *> items = list->findItems(name, Qt::MatchExactly, 0);
        if (items.size() != 1)
            return false;
        list->scrollToItem(items[0]);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items[0]).center());
        return list->currentItem() == items[0];
    }

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void writesOnlyWhileModifiedAndRemovesOnSave()
    {
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(u"template:strength"_s).ok());
        Autosave autosave(&doc, dir.path());
        QVERIFY(!autosave.writeNow());
        QVERIFY(!QFile::exists(autosave.filePath()));
        // Nothing to save yet: not even the lock file is written.
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        doc.apply(SessionEdits::move(doc.plan(), { doc.plan().sessions[0].id }, 30));
        QVERIFY(autosave.writeNow());
        QCOMPARE(test::readFixture(autosave.filePath()), serializePlan(doc.plan()));
        // This process is alive: its copy is not stale.
        QVERIFY(Autosave::findStale(dir.path()).isEmpty());
        QString error;
        QVERIFY(doc.save(dir.filePath(u"plan.ordo"_s), &error));
        QVERIFY(!QFile::exists(autosave.filePath()));
    }

    void killedProcessLeavesARecoverableCopy()
    {
        QTemporaryDir home;
        const QString dir = runAndKill(home.path(), u"template:musclegrowth"_s, u"Crashed plan"_s);
        QVERIFY2(!dir.isEmpty(), "the child never wrote an autosave copy");
        const QList<Autosave::Recovery> stale = Autosave::findStale(dir);
        QCOMPARE(stale.size(), 1);
        QVERIFY(stale[0].originalPath.isEmpty()); // a built-in template has no file

        Document doc;
        QString error;
        QVERIFY2(Autosave::restore(&doc, stale[0], &error), qPrintable(error));
        QCOMPARE(doc.plan().name, u"Crashed plan"_s);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 1);
        Autosave::remove(stale[0]);
        QVERIFY(Autosave::findStale(dir).isEmpty());
    }

    void recoveryReturnsToTheOriginalFile()
    {
        QTemporaryDir home;
        const QString file = home.filePath(u"week.ordo"_s);
        QVERIFY(QFile::copy(QStringLiteral(ORDO_SOURCE_DIR) + u"/resources/plans/strength.ordo"_s, file));
        const QByteArray original = test::readFixture(file);
        const QString dir = runAndKill(home.path(), file, u"Renamed before the crash"_s);
        QVERIFY(!dir.isEmpty());

        MainWindow window;
        {
            const auto stale = Autosave::findStale(dir);
            QCOMPARE(stale.size(), 1);
            QCOMPARE(stale[0].originalPath, file);
        } // releases the copy's lock again
        auto seen = test::whenModalShows([](QDialog *dialog) {
            QVERIFY(qobject_cast<RecoveryDialog *>(dialog));
            QVERIFY(test::clickDialogButton(dialog, u"Restore"_s));
        });
        QVERIFY(window.fileCommands()->offerRecovery(dir));
        QVERIFY(*seen);
        Document *doc = window.document();
        QCOMPARE(QFileInfo(doc->filePath()), QFileInfo(file));
        QCOMPARE(doc->plan().name, u"Renamed before the crash"_s);
        QVERIFY(doc->isModified());
        // The copy is gone once offered; undo shows the file as it was.
        QVERIFY(Autosave::findStale(dir).isEmpty());
        doc->undoStack()->undo();
        QCOMPARE(serializePlan(doc->plan()), serializePlan(*readPlanFile(file).plan));
        QCOMPARE(test::readFixture(file), original);
    }

    // docs/reliability.md, item 3: the copy of the largest plan the reader takes is offered
    // and restored after a crash, not skipped because its pretty-printed form is too large.
    void largestPlanIsRecovered()
    {
        QByteArray in = R"({"format":"ordo-plan","version":1,"weeks":52,"sessions":[)";
        for (int i = 0; i < 10000; ++i) {
            in += (i ? "," : "")
                + uR"({"id":"s%1","week":%2,"day":"wed","start":"06:15","durationMin":30,"kind":"mobility","notes":"%3"})"_s
                      .arg(i)
                      .arg(i % 52)
                      .arg(QString(300, u'n'))
                      .toUtf8();
        }
        in += "]}";
        QVERIFY(in.size() <= PlanLimits::kMaxFileBytes);
        const ReadResult read = parsePlan(in);
        QVERIFY(read.ok());

        QTemporaryDir dir;
        Document doc;
        doc.reset(*read.plan);
        doc.apply(SessionEdits::move(doc.plan(), { doc.plan().sessions[0].id }, 30));
        {
            Autosave autosave(&doc, dir.path());
            QVERIFY(autosave.writeNow());
            // As after a crash: the copy stays, its lock holder is gone.
            QVERIFY(QFile::copy(autosave.filePath(), dir.filePath(u"autosave-crashed.ordo"_s)));
        }
        const QList<Autosave::Recovery> stale = Autosave::findStale(dir.path());
        QCOMPARE(stale.size(), 1);
        Document restored;
        QString error;
        QVERIFY2(Autosave::restore(&restored, stale[0], &error), qPrintable(error));
        QVERIFY(restored.plan() == doc.plan());
    }

    void declinedRecoveryIsDiscarded()
    {
        QTemporaryDir home;
        const QString dir = runAndKill(home.path(), u"template:strength"_s, u"Unwanted"_s);
        QVERIFY(!dir.isEmpty());
        MainWindow window;
        auto seen = test::whenModalShows(
            [](QDialog *dialog) { QVERIFY(test::clickDialogButton(dialog, u"Discard"_s)); });
        QVERIFY(!window.fileCommands()->offerRecovery(dir));
        QVERIFY(*seen);
        QVERIFY(!window.document()->isModified());
        QVERIFY(Autosave::findStale(dir).isEmpty());
        QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty());
    }

    // docs/reliability.md, item 4: after several windows crashed, each copy is listed with
    // its plan's name, file, time and sessions; Restore and Discard act per copy; only the
    // discarded copy is deleted, and a copy left alone is offered again at the next start,
    // where it opens in a window of its own.
    void everyCopyIsOfferedAndOnlyDiscardedOnesAreDeleted()
    {
        QTemporaryDir home;
        const QString dir = home.filePath(u"autosave"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString file = home.filePath(u"beta.ordo"_s);
        QVERIFY(QFile::copy(QStringLiteral(ORDO_SOURCE_DIR) + u"/resources/plans/strength.ordo"_s, file));
        Plan alpha = *readPlanSource(u"template:fatloss"_s).plan; // 10 sessions
        alpha.name = u"Alpha"_s;
        Plan beta = *readPlanFile(file).plan; // 9 sessions
        beta.name = u"Beta"_s;
        Plan gamma = *readPlanSource(u"template:hybrid4w"_s).plan; // 32 sessions
        gamma.name = u"Gamma"_s;
        const QDateTime t0 = QDateTime::currentDateTime().addSecs(-600);
        writeStaleCopy(dir, u"cccc"_s, gamma, {}, t0.addSecs(120));
        writeStaleCopy(dir, u"aaaa"_s, alpha, {}, t0);
        writeStaleCopy(dir, u"bbbb"_s, beta, file, t0.addSecs(60));

        MainWindow window;
        window.show();
        QStringList rows;
        QString buttons;
        auto seen = test::whenModalShows([&](QDialog *dialog) {
            auto *recovery = qobject_cast<RecoveryDialog *>(dialog);
            QVERIFY(recovery);
            buttons = recovery->restoreButton()->text() + u' ' + recovery->discardButton()->text();
            QTreeWidget *list = recovery->list();
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                const QTreeWidgetItem *item = list->topLevelItem(i);
                QVERIFY(!item->text(2).isEmpty()); // when it was saved
                rows.append(item->text(0) + u'|' + item->text(1) + u'|' + item->text(3));
            }
            QVERIFY(clickRow(list, u"Alpha"_s));
            QVERIFY(test::clickDialogButton(dialog, u"Restore"_s));
            QVERIFY(clickRow(list, u"Gamma"_s));
            QVERIFY(test::clickDialogButton(dialog, u"Discard"_s));
            QCOMPARE(list->topLevelItemCount(), 1);
            QVERIFY(test::clickDialogButton(dialog, u"Decide Later"_s));
        });
        QVERIFY(window.fileCommands()->offerRecovery(dir));
        QVERIFY(*seen);
        QCOMPARE(
            rows,
            QStringList({ u"Alpha|Not saved yet|10"_s, u"Beta|"_s + QDir::toNativeSeparators(file) + u"|9"_s,
                          u"Gamma|Not saved yet|32"_s }));
        QCOMPARE(buttons, u"&Restore &Discard"_s);
        QCOMPARE(window.document()->plan().name, u"Alpha"_s);
        QVERIFY(window.document()->isModified());
        QCOMPARE(window.document()->undoStack()->count(), 1);
        // The restored window keeps its own copy at once.
        QVERIFY(QFile::exists(window.autosave()->filePath()));
        QCOMPARE(QDir(dir).entryList({ u"autosave-*.ordo"_s }, QDir::Files),
                 QStringList { u"autosave-bbbb.ordo"_s });

        // The next start offers the copy left alone; this window has a plan, so it opens in
        // a new one, on its file.
        seen = test::whenModalShows([](QDialog *dialog) {
            auto *recovery = qobject_cast<RecoveryDialog *>(dialog);
            QVERIFY(recovery);
            QCOMPARE(recovery->list()->topLevelItemCount(), 1);
            QCOMPARE(recovery->list()->topLevelItem(0)->text(0), u"Beta"_s);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
        });
        QVERIFY(window.fileCommands()->offerRecovery(dir));
        QVERIFY(*seen);
        QCOMPARE(window.document()->plan().name, u"Alpha"_s);
        MainWindow *other = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *m = qobject_cast<MainWindow *>(w); m && m != &window)
                other = m;
        }
        QVERIFY(other);
        QCOMPARE(other->document()->plan().name, u"Beta"_s);
        QCOMPARE(QFileInfo(other->document()->filePath()), QFileInfo(file));
        QVERIFY(other->document()->isModified());
        QVERIFY(QDir(dir).entryList({ u"autosave-*.ordo"_s }, QDir::Files).isEmpty());
        QVERIFY(Autosave::findStale(dir).isEmpty());

        const QPointer<MainWindow> closing(other);
        other->fileCommands()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        other->close();
        QTRY_VERIFY(!closing);
        window.fileCommands()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString childPlan = qEnvironmentVariable(kChildPlanEnv);
    if (!childPlan.isEmpty())
        return runAutosavingChild(childPlan, qEnvironmentVariable(kChildNameEnv));
    TestAutosave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
