// SPDX-License-Identifier: GPL-3.0-or-later

#include "docks/findingsdock.h"
#include "docks/findingsmodel.h"
#include "document/document.h"
#include "edits/sessionedits.h"
#include "enums.h"
#include "planio.h"
#include "ruletitles.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ordo;
using namespace Qt::StringLiterals;

// The findings dock: a well-behaved model that follows every edit, filters, badges,
// clicking, the Fix button (one undo step that removes its finding) and "Why?".
class TestFindingsDock : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const FindingsModel *model, const QString &rule)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->visibleFindings()[r].rule == rule)
                return r;
        }
        return -1;
    }

    // Two sessions overlapping on Wednesday: the overlap rule has an automatic fix.
    static Plan overlappingPlan()
    {
        Plan plan;
        plan.name = u"Overlap"_s;
        Session a;
        a.id = u"s1"_s;
        a.title = u"Heavy lower"_s;
        a.day = Day::Wed;
        a.startMinute = 7 * 60;
        a.kind = Kind::Strength;
        a.focus = Focus::Lower;
        a.load = Load::Heavy;
        Session b;
        b.id = u"s2"_s;
        b.title = u"Yoga"_s;
        b.day = Day::Wed;
        b.startMinute = 7 * 60 + 30;
        b.kind = Kind::Mobility;
        b.durationMin = 30;
        plan.sessions = { a, b };
        return plan;
    }

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void modelFollowsEditsUnderTheTester()
    {
        Document doc;
        FindingsDock dock(&doc);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.reset(overlappingPlan());
        QVERIFY(rowOf(dock.model(), u"overlap"_s) >= 0);
        const int row = rowOf(dock.model(), u"overlap"_s);
        QCOMPARE(dock.model()->data(dock.model()->index(row, FindingsModel::WhenColumn)).toString(),
                 u"Wed 07:00"_s);
        QVERIFY(!dock.model()
                     ->data(dock.model()->index(row, FindingsModel::SeverityColumn), Qt::DecorationRole)
                     .isNull());
        // Moving Yoga away removes the finding at once.
        doc.apply(SessionEdits::move(doc.plan(), { u"s2"_s }, 120));
        QCOMPARE(rowOf(dock.model(), u"overlap"_s), -1);
        doc.undoStack()->undo();
        QVERIFY(rowOf(dock.model(), u"overlap"_s) >= 0);
    }

    // An edit changes a few findings: the rows around them stay in place (no reset, which
    // would repaint the whole list and lose the scroll position), and the rows are still
    // exactly the analysis' findings, in order.
    void editsChangeRowsInPlace()
    {
        Document doc;
        FindingsDock dock(&doc);
        dock.resize(900, 400);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(doc.open(u"template:hybrid4w"_s).ok());
        // Each session of the first week twice, 20 minutes apart: a finding or more for each.
        Plan crowded = doc.plan();
        for (const Session &s : doc.plan().sessions) {
            if (s.week != 0)
                continue;
            Session copy = s;
            copy.id += u"b"_s;
            copy.startMinute = std::min(s.startMinute + 20, kMinutesPerDay - s.durationMin);
            crowded.sessions.append(copy);
        }
        crowded.sortSessions();
        doc.reset(crowded);
        QVERIFY2(dock.model()->rowCount() >= 3, qPrintable(QString::number(dock.model()->rowCount())));
        QSignalSpy resets(dock.model(), &QAbstractItemModel::modelReset);
        const auto shown = [&doc] {
            QList<Finding> expected;
            for (const Finding &f : doc.analysis().findings) {
                if (!f.hiddenByDefault && f.week == 0)
                    expected.append(f);
            }
            return expected;
        };
        QCOMPARE(dock.model()->visibleFindings(), shown());
        const QList<Session> sessions = doc.plan().sessions;
        for (int i = 0; i < 8; ++i) {
            const Session &s = sessions[(i * 7) % sessions.size()];
            doc.apply(SessionEdits::move(doc.plan(), { s.id }, (i % 2 ? -1 : 1) * (30 + 15 * i)));
            QCOMPARE(dock.model()->visibleFindings(), shown());
        }
        for (int i = 0; i < 8; ++i) {
            doc.undoStack()->undo();
            QCOMPARE(dock.model()->visibleFindings(), shown());
        }
        QCOMPARE(resets.count(), 0);
    }

    void fixButtonRemovesItsFindingInOneStep()
    {
        Document doc;
        FindingsDock dock(&doc);
        doc.reset(overlappingPlan());
        const QByteArray before = serializePlan(doc.plan());
        const int row = rowOf(dock.model(), u"overlap"_s);
        QVERIFY(row >= 0);
        QVERIFY(!dock.fixButton()->isEnabled());
        dock.view()->setCurrentIndex(dock.model()->index(row, 0));
        QVERIFY(dock.fixButton()->isEnabled());
        QTest::mouseClick(dock.fixButton(), Qt::LeftButton);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(rowOf(dock.model(), u"overlap"_s), -1);
        doc.undoStack()->undo();
        QCOMPARE(serializePlan(doc.plan()), before);
    }

    // docs/rules.md 3.10.8 through the dock: swapping the HIIT ride and the lift would put HIIT
    // straight after lifting, so the row shows the fix as advice and the Fix button stays off.
    void fixThatMakesThePlanWorseIsAdviceOnly()
    {
        const ReadResult r = parsePlan(R"({"format":"ordo-plan","version":1,"name":"Swap","weeks":1,
            "profile":{"goal":"muscle_growth"},"sessions":[
            {"id":"s1","day":"mon","start":"05:00","durationMin":20,"kind":"cardio","modality":"cycling","intensity":"hiit"},
            {"id":"s2","day":"mon","start":"05:25","durationMin":45,"kind":"strength","focus":"upper","load":"heavy"},
            {"id":"s3","day":"mon","start":"06:40","durationMin":45,"kind":"cardio","modality":"cycling","intensity":"moderate"}]})");
        QVERIFY(r.plan);
        Document doc;
        FindingsDock dock(&doc);
        doc.reset(*r.plan);
        const int row = rowOf(dock.model(), u"ampk-window"_s);
        QVERIFY(row >= 0);
        const Finding &f = dock.model()->visibleFindings()[row];
        QVERIFY(f.autoFix); // the rule proposes the swap
        const QModelIndex fixCell = dock.model()->index(row, FindingsModel::FixColumn);
        QCOMPARE(fixCell.data().toString(), f.fix);
        QVERIFY(!fixCell.data(FindingsModel::HasAutoFixRole).toBool());
        dock.view()->setCurrentIndex(dock.model()->index(row, 0));
        QVERIFY(!dock.fixButton()->isEnabled());
        QTest::mouseClick(dock.fixButton(), Qt::LeftButton);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    // A painted dock checks the fixes of the rows it shows, not every fix of the plan, and
    // checks them again after each edit (the same finding may stop offering its fix).
    void onlyShownFixesAreChecked()
    {
        Plan plan;
        plan.weeks = 1;
        for (int i = 0; i < 40; ++i) {
            // Twenty pairs of overlapping sessions, each pair with an automatic fix.
            Session s;
            s.id = u"s%1"_s.arg(i);
            s.day = Day(i / 2 % 7);
            s.startMinute = 6 * 60 + (i / 14) * 180 + (i % 2) * 20;
            s.durationMin = 45;
            s.kind = i % 2 ? Kind::Mobility : Kind::Strength;
            plan.sessions.append(s);
        }
        Document doc;
        FindingsDock dock(&doc);
        dock.resize(900, FindingsDock::heightForRows(4, dock.fontMetrics()));
        doc.reset(plan);
        int fixes = 0;
        for (const Finding &f : doc.analysis().findings)
            fixes += f.autoFix ? 1 : 0;
        QVERIFY2(fixes >= 15, qPrintable(QString::number(fixes)));
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QTRY_VERIFY(doc.fixesChecked() > 0);
        QVERIFY2(doc.fixesChecked() <= 8, qPrintable(QString::number(doc.fixesChecked())));
        QVERIFY(doc.apply(SessionEdits::move(doc.plan(), { u"s38"_s }, 15)));
        QCOMPARE(doc.fixesChecked(), 0);
        QTRY_VERIFY(doc.fixesChecked() > 0);
        QVERIFY2(doc.fixesChecked() <= 8, qPrintable(QString::number(doc.fixesChecked())));
    }

    void filtersBySeverityAndBadges()
    {
        Document doc;
        FindingsDock dock(&doc);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(doc.open(u"template:musclegrowth"_s).ok());
        const int all = dock.model()->rowCount();
        QVERIFY(all > 0);
        dock.model()->setMinimumSeverity(Severity::Warning);
        for (const Finding &f : dock.model()->visibleFindings())
            QVERIFY(f.severity != Severity::Info);
        dock.model()->setMinimumSeverity(Severity::Info);
        QCOMPARE(dock.model()->rowCount(), all);
        int hidden = 0;
        for (const Finding &f : doc.analysis().findings)
            hidden += f.hiddenByDefault ? 1 : 0;
        dock.model()->setShowHidden(true);
        QCOMPARE(dock.model()->rowCount(), all + hidden);
    }

    void thisWeekListsTheVisibleWeekOnly()
    {
        Document doc;
        FindingsDock dock(&doc);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dock.resize(900, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(doc.open(u"template:hybrid4w"_s).ok());
        // Each session of the first week twice, 20 minutes apart: a finding or more for each.
        Plan crowded = doc.plan();
        for (const Session &s : doc.plan().sessions) {
            if (s.week != 0)
                continue;
            Session copy = s;
            copy.id += u"b"_s;
            copy.startMinute = std::min(s.startMinute + 20, kMinutesPerDay - s.durationMin);
            crowded.sessions.append(copy);
        }
        crowded.sortSessions();
        doc.reset(crowded);
        QVERIFY(doc.plan().weeks == 4);
        QVERIFY(dock.weekScopeCombo()->isVisible());
        QCOMPARE(dock.weekScopeCombo()->currentText(), u"This week"_s);
        int shownEverywhere = 0;
        QList<int> perWeek(4, 0);
        for (const Finding &f : doc.analysis().findings) {
            if (!f.hiddenByDefault) {
                ++shownEverywhere;
                ++perWeek[f.week];
            }
        }
        QVERIFY(std::count_if(perWeek.begin(), perWeek.end(), [](int n) { return n > 0; }) >= 2);
        for (int week = 0; week < 4; ++week) {
            dock.setWeek(week);
            QCOMPARE(dock.model()->rowCount(), perWeek[week]);
            for (const Finding &f : dock.model()->visibleFindings())
                QCOMPARE(f.week, week);
        }
        // "All weeks", chosen with the keyboard: every week's findings.
        dock.weekScopeCombo()->setFocus();
        QTest::keyClick(dock.weekScopeCombo(), Qt::Key_Down);
        QCOMPARE(dock.weekScopeCombo()->currentText(), u"All weeks"_s);
        QCOMPARE(dock.model()->rowCount(), shownEverywhere);
        // The filter follows edits: the week's findings are recomputed, still that week only.
        QTest::keyClick(dock.weekScopeCombo(), Qt::Key_Up);
        doc.apply(SessionEdits::remove(doc.plan(), { doc.plan().sessions.last().id }));
        for (const Finding &f : dock.model()->visibleFindings())
            QCOMPARE(f.week, 3);
    }

    // The time of every finding shows whole ("week 1 Mon 07:00" was cut to "week 1 Mon 07:…").
    void whenColumnShowsTheWholeTime()
    {
        Document doc;
        FindingsDock dock(&doc);
        dock.resize(1366, 240);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(doc.open(u"template:hybrid4w"_s).ok());
        // Each session of the first week twice, 20 minutes apart: a finding or more for each.
        Plan crowded = doc.plan();
        for (const Session &s : doc.plan().sessions) {
            if (s.week != 0)
                continue;
            Session copy = s;
            copy.id += u"b"_s;
            copy.startMinute = std::min(s.startMinute + 20, kMinutesPerDay - s.durationMin);
            crowded.sessions.append(copy);
        }
        crowded.sortSessions();
        doc.reset(crowded);
        dock.weekScopeCombo()->setCurrentIndex(dock.weekScopeCombo()->findText(u"All weeks"_s));
        QTreeView *view = dock.view();
        QVERIFY(view->model()->rowCount() > 0);
        const int column = FindingsModel::WhenColumn;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString when = view->model()->index(row, column).data().toString();
            QVERIFY(when.startsWith(u"week "_s));
            QVERIFY2(view->fontMetrics().horizontalAdvance(when) + 8 <= view->header()->sectionSize(column),
                     qPrintable(when));
        }
    }

    void aOneWeekPlanHasNoWeekChoice()
    {
        Document doc;
        FindingsDock dock(&doc);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(doc.open(u"template:fatloss"_s).ok());
        QVERIFY(!dock.weekScopeCombo()->isVisible());
    }

    void emptyListSaysSo()
    {
        Document doc;
        FindingsDock dock(&doc);
        dock.resize(900, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        // A plan with nothing to report (the two weekly minimums are switched off).
        Plan quiet;
        quiet.analysis.disabledRules << u"aerobic-minimum"_s << u"lifting-frequency"_s;
        doc.reset(quiet);
        QCOMPARE(dock.model()->rowCount(), 0);
        QVERIFY(dock.emptyLabel()->isVisible());
        QVERIFY(!dock.view()->isVisible());
        QCOMPARE(dock.emptyLabel()->text(), u"No findings — this week follows every rule Ordo checks."_s);
        // With findings again, the list is back.
        doc.reset(overlappingPlan());
        QVERIFY(dock.model()->rowCount() > 0);
        QVERIFY(dock.view()->isVisible());
        QVERIFY(!dock.emptyLabel()->isVisible());
    }

    void clickingAFindingReportsItsSessions()
    {
        Document doc;
        FindingsDock dock(&doc);
        dock.resize(900, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        doc.reset(overlappingPlan());
        QSignalSpy spy(&dock, &FindingsDock::findingActivated);
        const QModelIndex index
            = dock.model()->index(rowOf(dock.model(), u"overlap"_s), FindingsModel::MessageColumn);
        QTest::mouseClick(dock.view()->viewport(), Qt::LeftButton, {},
                          dock.view()->visualRect(index).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Finding>().sessions, (QStringList { u"s1"_s, u"s2"_s }));
    }

    void whyExplainsTheSource()
    {
        Document doc;
        FindingsDock dock(&doc);
        doc.reset(overlappingPlan());
        const Finding &f = dock.model()->visibleFindings()[rowOf(dock.model(), u"overlap"_s)];
        const QString text = dock.explanation(f);
        QVERIFY(text.contains(u"overlap"_s));
        if (!f.source.isEmpty())
            QVERIFY(text.contains(readableSource(f.source).toHtmlEscaped())); // in words, no file names
    }

    // docs/rules.md 3.11: the explanation says what, why and what to do in sentences, names the
    // sources by title and "Author Year", and the setting a person can change by its label.
    void whyExplainsInSentences()
    {
        Plan plan;
        plan.name = u"Split"_s;
        plan.profile.goal = Goal::MuscleGrowth;
        Session c;
        c.id = u"s1"_s;
        c.title = u"Bike sprints"_s;
        c.day = Day::Mon;
        c.startMinute = 6 * 60 + 20;
        c.durationMin = 25;
        c.kind = Kind::Cardio;
        c.modality = Modality::Rowing;
        c.intensity = Intensity::Hiit;
        Session s;
        s.id = u"s2"_s;
        s.title = u"Heavy upper"_s;
        s.day = Day::Mon;
        s.startMinute = 7 * 60 + 45;
        s.kind = Kind::Strength;
        s.focus = Focus::Upper;
        s.load = Load::Heavy;
        plan.sessions = { c, s };
        Document doc;
        FindingsDock dock(&doc);
        doc.reset(plan);
        const int row = rowOf(dock.model(), u"ampk-window"_s);
        QVERIFY(row >= 0);
        const QString text = dock.explanation(dock.model()->visibleFindings()[row]);
        QVERIFY2(text.contains(u"What to do:"_s) && text.contains(u"Why:"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Cardio before or after weights? (Exercise Menu article)"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Eddens 2018"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Longest AMPK window after HIIT"_s), qPrintable(text));
        for (const char *internal : { "ampk.hiit.maxMin", "ampk-window", ".txt", "[V]", "seed" })
            QVERIFY2(!text.contains(QString::fromLatin1(internal)), qPrintable(text));
    }
};

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"
