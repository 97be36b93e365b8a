// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/document.h"
#include "edits/planedits.h"
#include "planio.h"
#include "shell/filecommands.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// docs/reliability.md, item 5: the same file changed by another program or window. Saving
// over a file that changed since it was opened or saved asks first (Reload, Overwrite, Save
// As); a change noticed while the window is open asks too; opening a file another window
// of the process shows brings that window forward. Every prompt is answered by pressing
// its real buttons.
class TestFileChanges : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;

    Document *doc() const { return m_window->document(); }

    // What another program writes: the plan on disk renamed (a different size).
    static QByteArray otherVersion(const QString &path, const QString &name)
    {
        Plan plan = *readPlanFile(path).plan;
        plan.name = name;
        return serializePlan(plan);
    }

    static void writeBehindTheBack(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    void makeAChange()
    {
        doc()->apply(PlanEdits::rename(doc()->plan(), u"Mine"_s));
        QVERIFY(doc()->isModified());
    }

    static QString textOf(QDialog *box)
    {
        const auto *label = box->findChild<QLabel *>(u"qt_msgbox_label"_s);
        return label ? label->text() : QString();
    }

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"week.ordo"_s);
        QVERIFY(QFile::copy(QStringLiteral(ORDO_SOURCE_DIR) + u"/resources/plans/strength.ordo"_s, m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->fileCommands()->openSource(m_path));
    }

    void cleanup()
    {
        m_window->fileCommands()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        m_window.reset();
        m_dir.reset();
    }

    void ownSavesDoNotAsk()
    {
        makeAChange();
        QVERIFY(m_window->fileCommands()->save());
        QVERIFY(doc()->apply(PlanEdits::rename(doc()->plan(), u"Mine again"_s)));
        QVERIFY(m_window->fileCommands()->save());
        QTest::qWait(200); // the watcher's notice of our own writes
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(readPlanFile(m_path).plan->name, u"Mine again"_s);
    }

    // Cancel writes nothing; Overwrite writes this window's plan.
    void saveOverAChangedFileAsksFirst()
    {
        makeAChange();
        const QByteArray theirs = otherVersion(m_path, u"Theirs, a longer name"_s);
        writeBehindTheBack(m_path, theirs);

        QString question;
        QStringList buttons;
        auto seen = test::whenModalShows([&](QDialog *box) {
            question = textOf(box);
            for (const QString &b : { u"Reload"_s, u"Overwrite"_s, u"Save As…"_s, u"Cancel"_s }) {
                if (test::dialogButton(box, b))
                    buttons.append(b);
            }
            QVERIFY(test::clickDialogButton(box, u"Cancel"_s));
        });
        QVERIFY(!m_window->fileCommands()->save());
        QVERIFY(*seen);
        QCOMPARE(buttons, QStringList({ u"Reload"_s, u"Overwrite"_s, u"Save As…"_s, u"Cancel"_s }));
        QVERIFY2(question.contains(u"changed"_s), qPrintable(question));
        QCOMPARE(test::readFixture(m_path), theirs);
        QVERIFY(doc()->isModified());

        seen = test::whenModalShows(
            [](QDialog *box) { QVERIFY(test::clickDialogButton(box, u"Overwrite"_s)); });
        QVERIFY(m_window->fileCommands()->save());
        QVERIFY(*seen);
        QCOMPARE(readPlanFile(m_path).plan->name, u"Mine"_s);
        QVERIFY(!doc()->isModified());
    }

    // Reload takes the file as it is now, as one undo step that brings this window's
    // changes back.
    void reloadIsOneUndoStep()
    {
        makeAChange();
        const QByteArray mine = serializePlan(doc()->plan());
        writeBehindTheBack(m_path, otherVersion(m_path, u"Theirs, a longer name"_s));
        auto seen
            = test::whenModalShows([](QDialog *box) { QVERIFY(test::clickDialogButton(box, u"Reload"_s)); });
        QVERIFY(!m_window->fileCommands()->save());
        QVERIFY(*seen);
        QCOMPARE(doc()->plan().name, u"Theirs, a longer name"_s);
        QVERIFY(!doc()->isModified());
        doc()->undoStack()->undo();
        QCOMPARE(serializePlan(doc()->plan()), mine);
        // The reloaded version is the one saves compare against now: no question.
        QVERIFY(m_window->fileCommands()->save());
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(readPlanFile(m_path).plan->name, u"Mine"_s);
    }

    void saveAsKeepsTheirFile()
    {
        makeAChange();
        const QByteArray theirs = otherVersion(m_path, u"Theirs, a longer name"_s);
        writeBehindTheBack(m_path, theirs);
        const QString copy = m_dir->filePath(u"mine.ordo"_s);
        m_window->fileCommands()->setSaveFileChooser([copy](const QString &) { return copy; });
        auto seen = test::whenModalShows(
            [](QDialog *box) { QVERIFY(test::clickDialogButton(box, u"Save As…"_s)); });
        QVERIFY(m_window->fileCommands()->save());
        QVERIFY(*seen);
        QCOMPARE(test::readFixture(m_path), theirs);
        QCOMPARE(readPlanFile(copy).plan->name, u"Mine"_s);
        QCOMPARE(QFileInfo(doc()->filePath()), QFileInfo(copy));
    }

    // A deleted file cannot be reloaded: the question offers to write it again.
    void deletedFileAsksWithoutReload()
    {
        makeAChange();
        QVERIFY(QFile::remove(m_path));
        QStringList buttons;
        auto seen = test::whenModalShows([&](QDialog *box) {
            buttons.append(test::dialogButton(box, u"Reload"_s) ? u"Reload"_s : QString());
            QVERIFY(test::clickDialogButton(box, u"Overwrite"_s));
        });
        QVERIFY(m_window->fileCommands()->save());
        QVERIFY(*seen);
        QCOMPARE(buttons, QStringList { QString() });
        QCOMPARE(readPlanFile(m_path).plan->name, u"Mine"_s);
    }

    // The watcher notices a change while the window is open and asks at once.
    void changeOnDiskIsNoticed()
    {
        writeBehindTheBack(m_path, otherVersion(m_path, u"Theirs, a longer name"_s));
        QString question;
        auto seen = test::whenModalShows([&](QDialog *box) {
            question = textOf(box);
            QVERIFY(test::clickDialogButton(box, u"Reload"_s));
        });
        QTRY_VERIFY_WITH_TIMEOUT(*seen, 5000);
        QVERIFY2(question.contains(u"changed"_s), qPrintable(question));
        QTRY_COMPARE(doc()->plan().name, u"Theirs, a longer name"_s);
        QVERIFY(!doc()->isModified());
    }

    // Opening the file a second window of this process shows brings that window forward
    // and leaves this one as it was.
    void openingAnOpenFileRaisesItsWindow()
    {
        MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        second.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        const QByteArray before = serializePlan(second.document()->plan());
        QVERIFY(second.fileCommands()->openSource(m_dir->path() + u"/./week.ordo"_s));
        QCOMPARE(serializePlan(second.document()->plan()), before);
        QVERIFY(second.document()->filePath().isEmpty());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    }
};

QTEST_MAIN(TestFileChanges)
#include "tst_filechanges.moc"
