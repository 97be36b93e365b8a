// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/document.h"
#include "planio.h"
#include "shell/busyimportcommand.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QDateEdit>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// File ▸ Import Busy Times… in the main window, as a person uses it: the menu action, the
// real dialog that asks for the date of week 1, the real error message box, the plan, the
// undo stack and the status bar. The file chooser is the one seam (a path is given).
class TestBusyImportCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    Document *document() const { return m_window->document(); }

    QAction *importAction() const
    {
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *a : menu->menu()->actions()) {
                if (a->objectName() == u"importBusyTimes"_s)
                    return a;
            }
        }
        return nullptr;
    }

    void choose(const QString &fixture)
    {
        const QString path = test::dataDir() + u"/busy/"_s + fixture;
        m_window->busyImport()->setFileChooser([path] { return path; });
    }

    Plan fourWeekPlan() const
    {
        Plan plan;
        plan.name = u"Spring block"_s;
        plan.weeks = 4;
        return plan;
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init() { document()->reset(fourWeekPlan(), {}); }

    void importAsksForWeekOneAndIsOneUndoStep()
    {
        QAction *action = importAction();
        QVERIFY(action);
        QCOMPARE(QString(action->text()).remove(u'&'), u"Import Busy Times…"_s);
        choose(u"weekly-meeting.ics"_s);
        const Plan before = document()->plan();
        // The plan has no date: the dialog asks; a Thursday picked means week 1 starts on
        // the Monday before it.
        const auto seen = test::whenModalShows([](QDialog *dialog) {
            auto *date = dialog->findChild<QDateEdit *>(u"anchorDate"_s);
            QVERIFY(date);
            date->setFocus();
            date->setDate(QDate(2026, 3, 19));
            QVERIFY(test::clickDialogButton(dialog, u"Import"_s));
        });
        action->trigger();
        QVERIFY(*seen);
        const Plan &plan = document()->plan();
        QCOMPARE(plan.anchorDate, std::optional<QDate>(QDate(2026, 3, 16)));
        QVERIFY(plan.availability);
        QCOMPARE(plan.availability->busy.size(), 7);
        QCOMPARE(plan.availability->busy.first().summary, u"Team meeting"_s);
        QCOMPARE(document()->undoStack()->count(), 1);
        QCOMPARE(document()->undoStack()->undoText(), u"Import 7 busy times"_s);
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Added 7 busy times from “weekly-meeting.ics”."_s);

        document()->undoStack()->undo();
        QCOMPARE(document()->plan(), before);
        document()->undoStack()->redo();
        QCOMPARE(document()->plan().availability->busy.size(), 7);

        // The same file again adds nothing and asks nothing: the plan has its date now.
        action->trigger();
        QCOMPARE(document()->undoStack()->count(), 1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"already has every busy time"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // Another calendar adds to the busy times the plan has.
        choose(u"all-day.ics"_s);
        action->trigger();
        QCOMPARE(document()->undoStack()->count(), 2);
        QCOMPARE(document()->plan().availability->busy.size(), 12);
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Added 5 busy times from “all-day.ics”."_s);
    }

    void cancellingTheDateChangesNothing()
    {
        choose(u"weekly-meeting.ics"_s);
        const Plan before = document()->plan();
        const auto seen = test::whenModalShows(
            [](QDialog *dialog) { QVERIFY(test::clickDialogButton(dialog, u"Cancel"_s)); });
        QVERIFY(!m_window->busyImport()->run());
        QVERIFY(*seen);
        QCOMPARE(document()->plan(), before);
        QCOMPARE(document()->undoStack()->count(), 0);
    }

    void badFileIsReportedWithItsLineAndChangesNothing_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << u"malformed.ics"_s
                                   << u"“malformed.ics”, line 14 is not valid iCalendar"_s;
        QTest::newRow("nothing busy")
            << u"transparent.ics"_s << u"“transparent.ics” has no busy times between"_s;
        QTest::newRow("not a calendar")
            << u"../plans/format-example.ordo"_s << u"“format-example.ordo” is not an iCalendar file"_s;
    }

    void badFileIsReportedWithItsLineAndChangesNothing()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, message);
        Plan dated = fourWeekPlan();
        dated.anchorDate = QDate(2026, 3, 16);
        document()->reset(dated, {});
        choose(fixture);
        QString shown;
        const auto seen = test::whenModalShows([&shown](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            shown = box->text();
            box->accept();
        });
        QVERIFY(!m_window->busyImport()->run());
        QVERIFY(*seen);
        QVERIFY2(shown.startsWith(message), qPrintable(shown));
        QCOMPARE(document()->plan(), dated);
        QCOMPARE(document()->undoStack()->count(), 0);
    }

    void moreBusyTimesThanAPlanHoldsAreRefused()
    {
        // 125 daily events over 12 weeks: 10,500 busy times, more than a plan holds.
        QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ordo tests//EN\r\n";
        for (int i = 0; i < 125; ++i) {
            const QByteArray start = QByteArray::number(i % 12 + 8).rightJustified(2, '0');
            ics += "BEGIN:VEVENT\r\nUID:d" + QByteArray::number(i) + "@x\r\nDTSTART:20260316T" + start
                + "0000\r\nDURATION:PT" + QByteArray::number(i / 12 + 1) + "M\r\nRRULE:FREQ=DAILY\r\n"
                + "SUMMARY:Slot " + QByteArray::number(i) + "\r\nEND:VEVENT\r\n";
        }
        ics += "END:VCALENDAR\r\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crowded.ics"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ics);
        file.close();
        Plan dated = fourWeekPlan();
        dated.weeks = 12;
        dated.anchorDate = QDate(2026, 3, 16);
        document()->reset(dated, {});
        m_window->busyImport()->setFileChooser([path] { return path; });
        QString shown;
        const auto seen = test::whenModalShows([&shown](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            shown = box->text();
            box->accept();
        });
        QVERIFY(!m_window->busyImport()->run());
        QVERIFY(*seen);
        QVERIFY2(shown.startsWith(
                     u"“crowded.ics” would give the plan 10,500 busy times; a plan holds at most 10,000."_s),
                 qPrintable(shown));
        QCOMPARE(document()->plan(), dated);
        QCOMPARE(document()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestBusyImportCommand)
#include "tst_busyimportcommand.moc"
