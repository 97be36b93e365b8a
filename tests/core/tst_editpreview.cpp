// SPDX-License-Identifier: GPL-3.0-or-later

#include "edits/editpreview.h"
#include "edits/sessionedits.h"
#include "tst_analysis_support.h"

#include <QTest>

using namespace ordo;
using namespace Qt::StringLiterals;

// The preview the week view shows while a session is dragged: the findings an edit would add,
// computed by the real analysis on a copy of the plan, without touching the plan itself.
class TestEditPreview : public QObject
{
    Q_OBJECT

private:
    // docs/rules.md example 3 with the HIIT two days early: no AMPK clash until it moves back.
    static Plan apart()
    {
        return test::makePlan(u"muscle_growth"_s,
                              u"Sat 06:20 cycling hiit 25 rpe=9; Mon 07:45 strength upper heavy 60"_s);
    }

private slots:
    void aMoveThatAddsAFinding()
    {
        const Plan plan = apart();
        const Analysis current = analyze(plan);
        for (const Finding &f : current.findings)
            QVERIFY(f.rule != u"ampk-window"_s);
        const PlanEdit edit = SessionEdits::move(plan, { u"s1"_s }, -5 * kMinutesPerDay);
        QVERIFY(!edit.isEmpty());
        const EditPreview preview = EditPreview::compute(plan, current, edit);
        QVERIFY(preview.isValid());
        QVERIFY(preview.hasRule(u"ampk-window"_s));
        QVERIFY(preview.worstSeverity().has_value());
        QVERIFY2(preview.toolTip().contains(u"• "_s), qPrintable(preview.toolTip()));
        // The plan and analysis it shows are the edited plan and its full analysis.
        Plan edited = plan;
        edit.apply(edited);
        QCOMPARE(preview.plan(), edited);
        QCOMPARE(preview.analysis(), analyze(edited));
        // Only what is new: nothing the plan already had.
        for (const Finding &f : preview.newFindings())
            QVERIFY(!f.hiddenByDefault);
    }

    void aMoveThatAddsNothing()
    {
        const Plan plan = apart();
        const EditPreview preview
            = EditPreview::compute(plan, analyze(plan), SessionEdits::move(plan, { u"s2"_s }, 60));
        QVERIFY(preview.isValid());
        QVERIFY(preview.newFindings().isEmpty());
        QVERIFY(!preview.worstSeverity());
        QCOMPARE(preview.toolTip(), u"No new findings"_s);
    }

    void findingsThePlanHadAreNotNew()
    {
        // The clash exists already; moving the lift 15 min later keeps it, with a new message.
        const Plan plan = test::makePlan(
            u"muscle_growth"_s, u"Mon 06:20 cycling hiit 25 rpe=9; Mon 07:45 strength upper heavy 60"_s);
        const Analysis current = analyze(plan);
        QCOMPARE(current.findings.value(0).rule, u"ampk-window"_s);
        const EditPreview preview
            = EditPreview::compute(plan, current, SessionEdits::move(plan, { u"s2"_s }, 15));
        QVERIFY(preview.isValid());
        QVERIFY(!preview.hasRule(u"ampk-window"_s));
    }

    void aMoveThatClearsAFinding()
    {
        // The clash exists; moving the HIIT two days later takes it away and adds nothing.
        const Plan plan = test::makePlan(
            u"muscle_growth"_s, u"Mon 06:20 cycling hiit 25 rpe=9; Mon 07:45 strength upper heavy 60"_s);
        const Analysis current = analyze(plan);
        QCOMPARE(current.findings.value(0).rule, u"ampk-window"_s);
        const EditPreview preview
            = EditPreview::compute(plan, current, SessionEdits::move(plan, { u"s1"_s }, 2 * kMinutesPerDay));
        QVERIFY(preview.isValid());
        QVERIFY(!preview.hasRule(u"ampk-window"_s));
        bool cleared = false;
        for (const Finding &f : preview.clearedFindings()) {
            QVERIFY(!f.hiddenByDefault);
            cleared = cleared || f.rule == u"ampk-window"_s;
        }
        QVERIFY(cleared);
        // A finding that stays (with a new text) is neither new nor cleared.
        const EditPreview kept
            = EditPreview::compute(plan, current, SessionEdits::move(plan, { u"s2"_s }, 15));
        for (const Finding &f : kept.clearedFindings())
            QVERIFY(f.rule != u"ampk-window"_s);
    }

    void anEditThatCannotApplyHasNoPreview()
    {
        const Plan plan = apart();
        QVERIFY(!EditPreview::compute(plan, analyze(plan), PlanEdit {}).isValid());
        QVERIFY(!EditPreview::compute(plan, analyze(plan), PlanEdit::removeSessions({ u"nope"_s }, u"x"_s))
                     .isValid());
    }
};

QTEST_GUILESS_MAIN(TestEditPreview)
#include "tst_editpreview.moc"
