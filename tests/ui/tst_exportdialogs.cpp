// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exportdialogs.h"

#include "builtinplans.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ordo;

// File ▸ Export Calendar's options dialog: its controls reach IcsOptions, the choices (start
// date, weeks, reminder, busy-only) come back the next time, and options the export would
// refuse keep the dialog open with the reason.
class TestExportDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstExportStartsNextMondayWithoutReminder();
    void choicesReachTheOptionsAndComeBack();
    void startDateThatReachesPastYear9999KeepsTheDialogOpen();
    void planWithAStartDateStartsThere();

private:
    // Runs askIcsOptions() and, once its dialog is shown, `interact` on it.
    std::optional<IcsOptions> ask(const std::function<void(QDialog *)> &interact);
    static void clickOk(QDialog *dialog);

    Plan m_plan;
};

void TestExportDialogs::initTestCase()
{
    test::prepareGuiTest();
    QSettings().clear();
    const ReadResult r = readBuiltinPlan(u"fatloss"_s);
    QVERIFY(r.plan);
    m_plan = *r.plan;
    QVERIFY(m_plan.repeat);
}

std::optional<IcsOptions> TestExportDialogs::ask(const std::function<void(QDialog *)> &interact)
{
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no dialog is shown");
            return;
        }
        ran = true;
        interact(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    const std::optional<IcsOptions> options = askIcsOptions(nullptr, m_plan);
    if (!ran)
        qWarning("the dialog was never seen");
    return options;
}

void TestExportDialogs::clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

void TestExportDialogs::firstExportStartsNextMondayWithoutReminder()
{
    QSettings().clear();
    QDate shown;
    QString reminder;
    bool busy = true;
    const std::optional<IcsOptions> options = ask([&](QDialog *dialog) {
        shown = dialog->findChild<QDateEdit *>(u"startDate"_s)->date();
        reminder = dialog->findChild<QComboBox *>(u"reminder"_s)->currentText();
        busy = dialog->findChild<QCheckBox *>(u"busyOnly"_s)->isChecked();
        clickOk(dialog);
    });
    const QDate today = QDate::currentDate();
    QCOMPARE(shown, today.addDays((8 - today.dayOfWeek()) % 7));
    QCOMPARE(shown.dayOfWeek(), 1);
    QCOMPARE(reminder, u"None"_s);
    QVERIFY(!busy);
    QVERIFY(options);
    QCOMPARE(options->startDate, shown);
    QCOMPARE(options->repeatWeeks, 12);
    QVERIFY(!options->alarmMinutes);
    QVERIFY(!options->busyOnly);
}

void TestExportDialogs::choicesReachTheOptionsAndComeBack()
{
    QSettings().clear();
    const std::optional<IcsOptions> chosen = ask([](QDialog *dialog) {
        dialog->findChild<QDateEdit *>(u"startDate"_s)->setDate(QDate(2026, 3, 29));
        dialog->findChild<QSpinBox *>(u"repeatWeeks"_s)->setValue(20);
        auto *reminder = dialog->findChild<QComboBox *>(u"reminder"_s);
        reminder->setCurrentIndex(reminder->findData(15));
        dialog->findChild<QCheckBox *>(u"busyOnly"_s)->setChecked(true);
        clickOk(dialog);
    });
    QVERIFY(chosen);
    QCOMPARE(chosen->startDate, QDate(2026, 3, 29));
    QCOMPARE(chosen->repeatWeeks, 20);
    QCOMPARE(chosen->alarmMinutes, std::optional<int>(15));
    QVERIFY(chosen->busyOnly);

    // The next export starts from the same choices (the same start date keeps the UIDs), and
    // cancelling changes nothing.
    QDate date;
    int weeks = 0;
    QString reminder;
    bool busy = false;
    const std::optional<IcsOptions> cancelled = ask([&](QDialog *dialog) {
        date = dialog->findChild<QDateEdit *>(u"startDate"_s)->date();
        weeks = dialog->findChild<QSpinBox *>(u"repeatWeeks"_s)->value();
        reminder = dialog->findChild<QComboBox *>(u"reminder"_s)->currentText();
        busy = dialog->findChild<QCheckBox *>(u"busyOnly"_s)->isChecked();
        dialog->findChild<QCheckBox *>(u"busyOnly"_s)->setChecked(false);
        dialog->reject();
    });
    QVERIFY(!cancelled);
    QCOMPARE(date, QDate(2026, 3, 29));
    QCOMPARE(weeks, 20);
    QCOMPARE(reminder, u"15 min before"_s);
    QVERIFY(busy);
    QCOMPARE(QSettings().value(u"export/icsBusyOnly"_s).toBool(), true);

    const std::optional<IcsOptions> again = ask([](QDialog *dialog) {
        auto *reminder = dialog->findChild<QComboBox *>(u"reminder"_s);
        reminder->setCurrentIndex(reminder->findData(0));
        clickOk(dialog);
    });
    QVERIFY(again);
    QCOMPARE(again->alarmMinutes, std::optional<int>(0));
    QCOMPARE(again->startDate, QDate(2026, 3, 29));
}

// A plan with its own start date offers that date, over the one remembered from last time.
void TestExportDialogs::planWithAStartDateStartsThere()
{
    QSettings().setValue(u"export/icsStartDate"_s, u"2026-03-30"_s);
    const Plan before = m_plan;
    m_plan.anchorDate = QDate(2027, 1, 4);
    QDate shown;
    const std::optional<IcsOptions> options = ask([&](QDialog *dialog) {
        shown = dialog->findChild<QDateEdit *>(u"startDate"_s)->date();
        clickOk(dialog);
    });
    m_plan = before;
    QCOMPARE(shown, QDate(2027, 1, 4));
    QVERIFY(options);
    QCOMPARE(options->startDate, QDate(2027, 1, 4));
}

void TestExportDialogs::startDateThatReachesPastYear9999KeepsTheDialogOpen()
{
    QSettings().clear();
    QString warning;
    bool stillOpen = false;
    const std::optional<IcsOptions> options = ask([&](QDialog *dialog) {
        dialog->findChild<QDateEdit *>(u"startDate"_s)->setDate(QDate(9999, 12, 20));
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->accept();
            }
        });
        clickOk(dialog);
        stillOpen = dialog->isVisible();
    });
    QVERIFY(!options);
    QVERIFY(stillOpen);
    QVERIFY2(warning.contains(u"9999"_s), qPrintable(warning));
    QVERIFY(!QSettings().contains(u"export/icsStartDate"_s));
}

QTEST_MAIN(TestExportDialogs)
#include "tst_exportdialogs.moc"
