// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"
#include "edits/planedits.h"
#include "ruletitles.h"
#include "settingstable.h"
#include "tst_edits_support.h"

#include <QTest>

using namespace ordo;
using namespace Qt::StringLiterals;

// The plan-level edits: each gives the expected plan, refuses what would make the plan
// unloadable, names what it changes in plain words, and undoes to the saved bytes.
class TestPlanEdits : public QObject
{
    Q_OBJECT

private slots:
    void rename()
    {
        const Plan plan = test::savedPlan();
        const PlanEdit e = PlanEdits::rename(plan, u"Base block"_s);
        QCOMPARE(e.text, u"Rename plan to “Base block”"_s);
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.name, u"Base block"_s);
        QCOMPARE(after.sessions, plan.sessions);
        QVERIFY(PlanEdits::rename(plan, plan.name).isEmpty());
        QVERIFY(PlanEdits::rename(plan, u"  "_s).isEmpty());
        QVERIFY(PlanEdits::rename(plan, QString(201, u'x')).isEmpty());
        QVERIFY(!PlanEdits::rename(plan, QString(200, u'x')).isEmpty());
    }

    void moreWeeks()
    {
        const Plan plan = test::savedPlan();
        const PlanEdit e = PlanEdits::setWeeks(plan, 4);
        QCOMPARE(e.text, u"Change number of weeks to 4"_s);
        QVERIFY(e.removals.isEmpty());
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.weeks, 4);
        QCOMPARE(after.sessions, plan.sessions);
    }

    void fewerWeeksDeleteTheDroppedSessions()
    {
        const Plan plan = test::savedPlan(); // a1 in week 1, a2 in week 2, b in week 3
        const PlanEdit e = PlanEdits::setWeeks(plan, 1);
        QCOMPARE(e.text, u"Change number of weeks to 1 (deletes 2 sessions)"_s);
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.weeks, 1);
        QCOMPARE(after.sessions.size(), 1);
        QCOMPARE(after.sessions[0].id, u"a1"_s);
    }

    void fewerWeeksKeepTheCycleInsideThePlan()
    {
        Plan plan = test::savedPlan();
        plan.profile.sex = Sex::Female;
        plan.profile.cycle = CycleSettings { 2, Day::Wed, 28, {}, {} };
        Plan after;
        ORDO_VERIFY_UNDO(plan, PlanEdits::setWeeks(plan, 2), &after);
        QCOMPARE(after.profile.cycle->firstWeek, 1);
        QCOMPARE(after.profile.cycle->firstDay, Day::Wed);
        // The edited plan can be saved and opened again (docs/plan-format.md: the cycle's
        // week is below weeks).
        const ReadResult reread = parsePlan(serializePlan(after));
        QVERIFY2(reread.ok(), qPrintable(reread.errors.value(0).toString()));
        QCOMPARE(*reread.plan, after);
    }

    void weeksOutOfRangeAreRefused()
    {
        const Plan plan = test::savedPlan();
        QVERIFY(PlanEdits::setWeeks(plan, 0).isEmpty());
        QVERIFY(PlanEdits::setWeeks(plan, 53).isEmpty());
        QVERIFY(PlanEdits::setWeeks(plan, plan.weeks).isEmpty());
        QVERIFY(!PlanEdits::setWeeks(plan, 52).isEmpty());
    }

    void changeHeader()
    {
        const Plan plan = test::savedPlan();
        PlanHeader h = PlanHeader::of(plan);
        h.profile.bodyMassKg = 70.5;
        const PlanEdit e = PlanEdits::changeHeader(plan, h, u"body mass"_s);
        QCOMPARE(e.text, u"Change body mass"_s);
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.profile.bodyMassKg, 70.5);
        QVERIFY(PlanEdits::changeHeader(plan, PlanHeader::of(plan), u"body mass"_s).isEmpty());
        h.notes = QString(10001, u'n');
        QVERIFY(PlanEdits::changeHeader(plan, h, u"plan notes"_s).isEmpty());
        // Fewer weeks through the whole header still take their sessions with them.
        h = PlanHeader::of(plan);
        h.weeks = 2;
        const PlanEdit fewer = PlanEdits::changeHeader(plan, h, u"number of weeks"_s);
        QCOMPARE(fewer.removals, QStringList { u"b"_s });
        ORDO_VERIFY_UNDO(plan, fewer, nullptr);
    }

    void setThreshold()
    {
        const Plan plan = test::savedPlan();
        const SettingDefinition &d = settingDefinitions().first();
        const double value = d.defaultValue == d.maximum ? d.minimum : d.maximum;
        const PlanEdit e = PlanEdits::setThreshold(plan, d.name, value);
        // The user reads what the setting is, not its key.
        QCOMPARE(e.text, u"Change “%1”"_s.arg(d.description));
        QVERIFY(!e.text.contains(d.name));
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        QCOMPARE(after.analysis.thresholds.value(d.name), value);
        QVERIFY(after.hasAnalysisKey);
        // Back to the default drops the override, so the file stays minimal.
        Plan reset;
        ORDO_VERIFY_UNDO(after, PlanEdits::setThreshold(after, d.name, d.defaultValue), &reset);
        QVERIFY(!reset.analysis.thresholds.contains(d.name));
        QVERIFY(PlanEdits::setThreshold(plan, d.name, d.defaultValue).isEmpty());
        QVERIFY(PlanEdits::setThreshold(plan, d.name, d.maximum + 1).isEmpty());
        QVERIFY(PlanEdits::setThreshold(plan, u"no.such.setting"_s, 1).isEmpty());
    }

    void setRuleEnabled()
    {
        const Plan plan = test::savedPlan();
        const RuleInfo &rule = ruleCatalog().first();
        const PlanEdit off = PlanEdits::setRuleEnabled(plan, rule.id, false);
        QCOMPARE(off.text, u"Turn off “%1”"_s.arg(ruleTitle(rule.id)));
        QVERIFY(!off.text.contains(rule.id) || ruleTitle(rule.id).contains(rule.id, Qt::CaseInsensitive));
        Plan after;
        ORDO_VERIFY_UNDO(plan, off, &after);
        QCOMPARE(after.analysis.disabledRules, QStringList { rule.id });
        QVERIFY(after.hasAnalysisKey);
        QVERIFY(PlanEdits::setRuleEnabled(after, rule.id, false).isEmpty());
        const PlanEdit on = PlanEdits::setRuleEnabled(after, rule.id, true);
        QCOMPARE(on.text, u"Turn on “%1”"_s.arg(ruleTitle(rule.id)));
        Plan back;
        ORDO_VERIFY_UNDO(after, on, &back);
        QVERIFY(back.analysis.disabledRules.isEmpty());
        QVERIFY(PlanEdits::setRuleEnabled(plan, u"no-such-rule"_s, false).isEmpty());
    }

    void restoreReplacesThePlan()
    {
        const Plan plan = test::savedPlan();
        const ReadResult recovered = parsePlan(builtinPlanBytes(builtinPlans().first().name));
        QVERIFY(recovered.ok());
        const PlanEdit e = PlanEdits::restore(plan, *recovered.plan);
        QCOMPARE(e.text, u"Restore unsaved changes"_s);
        Plan after;
        ORDO_VERIFY_UNDO(plan, e, &after);
        // Everything but the open file's own unknown top-level keys comes from the recovery.
        Plan expected = *recovered.plan;
        expected.unknownKeys = plan.unknownKeys;
        QCOMPARE(serializePlan(after), serializePlan(expected));
        // Restoring the same plan over itself (same session ids) also undoes exactly.
        ORDO_VERIFY_UNDO(plan, PlanEdits::restore(plan, plan), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestPlanEdits)
#include "tst_planedits.moc"
