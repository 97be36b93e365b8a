// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/document.h"
#include "planio.h"
#include "season/rotationdialog.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace ordo;
using namespace Qt::StringLiterals;

// Fill Weeks with a Rotation: sessions chosen and ordered with the dialog's own buttons and
// keys, days and weeks picked, the count it will add shown before OK, and the edit it gives
// applied as one undo step.
class TestRotationDialog : public QObject
{
    Q_OBJECT

    static Session make(const QString &id, Day day, int start, int duration, Kind kind)
    {
        Session s;
        s.id = id;
        s.title = id;
        s.day = day;
        s.startMinute = start;
        s.durationMin = duration;
        s.kind = kind;
        if (kind == Kind::Cardio) {
            s.modality = Modality::Running;
            s.intensity = Intensity::Easy;
        }
        return s;
    }

    static void click(QAbstractButton *button)
    {
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    }

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void rotationOfTwoSessionsOverThreeWeeks()
    {
        Plan plan;
        plan.weeks = 3;
        plan.sessions = { make(u"Lift"_s, Day::Mon, 7 * 60, 60, Kind::Strength),
                          make(u"Run"_s, Day::Tue, 18 * 60, 40, Kind::Cardio) };
        Document doc;
        doc.reset(plan, {});
        const QByteArray before = serializePlan(doc.plan());

        RotationDialog dialog(doc.plan(), 0, 1, ClockFormat::H24);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = qobject_cast<QDialogButtonBox *>(dialog.findChild<QDialogButtonBox *>())
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.summaryLabel()->text(), u"Add the sessions that take turns."_s);
        // One selected week: the range runs to the end of the plan.
        QCOMPARE(dialog.firstWeekSpin()->value(), 1);
        QCOMPARE(dialog.lastWeekSpin()->value(), 3);

        // The week's sessions come first in the list: Lift, then (one key down) Run.
        QCOMPARE(dialog.sourceCombo()->currentText(), u"Lift, Mon 07:00 (60 min)"_s);
        click(dialog.addButton());
        dialog.sourceCombo()->setFocus();
        QTest::keyClick(dialog.sourceCombo(), Qt::Key_Down);
        click(dialog.addButton());
        QCOMPARE(dialog.orderList()->count(), 2);
        QCOMPARE(dialog.orderList()->item(0)->text(), u"A: Lift, Mon 07:00 (60 min)"_s);
        QCOMPARE(dialog.orderList()->item(1)->text(), u"B: Run, Tue 18:00 (40 min)"_s);

        // Mon, Wed, Fri by default. Week 1's Monday 07:00 holds Lift itself: skipped, so
        // Wed A, Fri B | Mon A, Wed B, Fri A | Mon B, Wed A, Fri B: 8 sessions.
        QVERIFY(dialog.dayCheck(Day::Mon)->isChecked() && dialog.dayCheck(Day::Fri)->isChecked());
        QVERIFY(!dialog.dayCheck(Day::Tue)->isChecked());
        QCOMPARE(dialog.summaryLabel()->text(), u"Adds 8 sessions."_s);

        // B before A: Up on the selected second row.
        QTest::mouseClick(dialog.orderList()->viewport(), Qt::LeftButton, {},
                          dialog.orderList()->visualItemRect(dialog.orderList()->item(1)).center());
        click(dialog.findChildren<QPushButton *>().at(2)); // Up: Add, Remove, Up, Down
        QCOMPARE(dialog.orderList()->item(0)->text(), u"A: Run, Tue 18:00 (40 min)"_s);
        // Weeks 2–3 only: Mon B(Run), Wed A(Lift), Fri B | Mon A, Wed B, Fri A.
        dialog.firstWeekSpin()->setFocus();
        QTest::keyClick(dialog.firstWeekSpin(), Qt::Key_Up);
        QCOMPARE(dialog.firstWeekSpin()->value(), 2);
        QCOMPARE(dialog.summaryLabel()->text(), u"Adds 6 sessions."_s);

        click(ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(doc.apply(dialog.edit()));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->text(0), u"Fill weeks 2–3 with a rotation (6 sessions)"_s);
        QStringList order;
        for (const Session &s : doc.plan().sessions) {
            if (s.week > 0)
                order << u"%1%2%3"_s.arg(s.displayTitle()).arg(s.week + 1).arg(int(s.day));
        }
        QCOMPARE(order,
                 (QStringList { u"Run20"_s, u"Lift22"_s, u"Run24"_s, u"Lift30"_s, u"Run32"_s, u"Lift34"_s }));
        doc.undoStack()->undo();
        QCOMPARE(serializePlan(doc.plan()), before);
    }

    void templatesTakeTheChosenTime()
    {
        Plan plan;
        plan.weeks = 2;
        Document doc;
        doc.reset(plan, {});
        RotationDialog dialog(doc.plan(), 0, 2, ClockFormat::H24);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // No sessions in the week: the list starts with the templates.
        QVERIFY(dialog.sourceCombo()->currentText().startsWith(u"Template: "_s));
        auto *time = dialog.findChild<QTimeEdit *>();
        time->setFocus();
        QTest::keyClick(time, Qt::Key_Up); // 07:00 → 08:00 (the hour part)
        click(dialog.addButton());
        QVERIFY2(dialog.orderList()->item(0)->text().contains(u"08:00"_s),
                 qPrintable(dialog.orderList()->item(0)->text()));
        QCOMPARE(dialog.summaryLabel()->text(), u"Adds 6 sessions."_s);
        // No day: nothing to add, and the dialog says what is missing.
        for (Day d : { Day::Mon, Day::Wed, Day::Fri })
            QTest::mouseClick(dialog.dayCheck(d), Qt::LeftButton, {},
                              QPoint(6, dialog.dayCheck(d)->height() / 2));
        QCOMPARE(dialog.summaryLabel()->text(), u"Choose the days to fill."_s);
        QVERIFY(dialog.edit().isEmpty());
    }
};

QTEST_MAIN(TestRotationDialog)
#include "tst_rotationdialog.moc"
