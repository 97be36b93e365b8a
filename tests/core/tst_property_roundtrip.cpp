// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "autofix.h"
#include "planedit.h"
#include "planio.h"
#include "tst_propertygen.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

// Seeded property tests of the file format and of edits as values: random valid plans
// survive save → load → save byte for byte, and random edit sequences undo and redo
// exactly (user edits and the analysis's auto-fixes mixed). A failure prints its seed;
// ORDO_PROPERTY_SEED=<seed> reproduces it.
class TestPropertyRoundTrip : public QObject
{
    Q_OBJECT

private:
    static constexpr int kPlans = test::iterations(400);
    static constexpr int kEditRuns = test::iterations(5);
    static constexpr int kEditsPerRun = 1000;

private slots:
    void randomPlansRoundTripByteForByte()
    {
        const quint64 base = test::propertySeed();
        int sessions = 0;
        for (int i = 0; i < kPlans; ++i) {
            const quint64 seed = base + quint64(i);
            test::PlanGenerator gen(seed);
            const Plan plan = gen.plan();
            sessions += int(plan.sessions.size());
            const QByteArray bytes = serializePlan(plan);
            const ReadResult read = parsePlan(bytes);
            QVERIFY2(read.ok(),
                     qPrintable(u"seed %1: %2\n"_s.arg(seed).arg(read.errors.value(0).toString())
                                + QString::fromUtf8(bytes.left(2000))));
            QVERIFY2(*read.plan == plan,
                     qPrintable(u"seed %1: reloaded plan differs in %2"_s.arg(seed).arg(
                                    test::firstDifference(plan, *read.plan))
                                + u"\n"_s + QString::fromUtf8(bytes.left(3000))));
            QVERIFY2(serializePlan(*read.plan) == bytes, qPrintable(u"seed %1: bytes differ"_s.arg(seed)));
        }
        qInfo("%d random plans, %d sessions round-tripped", kPlans, sessions);
    }

    // docs/reliability.md, item 3: the compact form reads back as the same plan and is never
    // longer than a file the plan was read from (here: its indented form, and itself).
    void compactFormRoundTripsAndIsNeverLonger()
    {
        const quint64 base = test::propertySeed() + 500;
        for (int i = 0; i < kPlans / 4; ++i) {
            const quint64 seed = base + quint64(i);
            test::PlanGenerator gen(seed);
            const Plan plan = gen.plan();
            const QByteArray indented = serializePlan(plan);
            const QByteArray compact = serializePlanCompact(plan);
            QVERIFY2(compact.size() <= indented.size(), qPrintable(u"seed %1"_s.arg(seed)));
            const ReadResult read = parsePlan(compact);
            QVERIFY2(read.ok(),
                     qPrintable(u"seed %1: %2\n%3"_s.arg(seed).arg(read.errors.value(0).toString(),
                                                                   QString::fromUtf8(compact.left(2000)))));
            QVERIFY2(*read.plan == plan,
                     qPrintable(u"seed %1: compact plan differs in %2"_s.arg(seed).arg(
                         test::firstDifference(plan, *read.plan))));
            QCOMPARE(serializePlanCompact(*read.plan), compact);
        }
    }

    void serializingIsIndependentOfSessionOrder()
    {
        test::PlanGenerator gen(test::propertySeed() + 7);
        for (int i = 0; i < 50; ++i) {
            const Plan plan = gen.plan();
            Plan shuffled = plan;
            std::reverse(shuffled.sessions.begin(), shuffled.sessions.end());
            QCOMPARE(serializePlan(shuffled), serializePlan(plan));
        }
    }

    void randomEditsUndoAndRedoExactly()
    {
        const quint64 base = test::propertySeed() + 1000;
        int totalAutoFixes = 0;
        for (int run = 0; run < kEditRuns; ++run) {
            const quint64 seed = base + quint64(run);
            test::PlanGenerator gen(seed);
            Plan plan = gen.plan(20, 4);
            const QByteArray original = serializePlan(plan);

            QList<PlanEdit> edits;
            QList<PlanEdit> inverses;
            QList<QByteArray> states { original };
            int autoFixes = 0;
            for (int i = 0; i < kEditsPerRun; ++i) {
                PlanEdit e = gen.edit(plan);
                if (gen.chance(10)) {
                    // One in ten steps takes an auto-fix the analysis offers instead.
                    const Analysis a = analyze(plan);
                    QList<AutoFix> offered;
                    for (const Finding &f : a.findings) {
                        if (f.autoFix)
                            offered << *f.autoFix;
                    }
                    if (!offered.isEmpty()) {
                        const PlanEdit fix = autoFixEdit(plan, gen.pick(offered));
                        if (!fix.isEmpty()) {
                            e = fix;
                            ++autoFixes;
                        }
                    }
                }
                QVERIFY2(e.isValidFor(plan),
                         qPrintable(u"seed %1 edit %2 (%3) invalid"_s.arg(seed).arg(i).arg(e.text)));
                inverses << e.apply(plan);
                edits << e;
                states << serializePlan(plan);
                // A valid edit keeps the plan a valid file.
                if (i % 50 == 0) {
                    const ReadResult r = parsePlan(states.back());
                    QVERIFY2(r.ok(),
                             qPrintable(u"seed %1 after edit %2 (%3): %4"_s.arg(seed).arg(i).arg(
                                 e.text, r.errors.value(0).toString())));
                }
            }
            totalAutoFixes += autoFixes;
            const QByteArray final = states.back();
            const Plan finalPlan = plan;

            for (int i = kEditsPerRun - 1; i >= 0; --i) {
                inverses.at(i).apply(plan);
                QVERIFY2(
                    serializePlan(plan) == states.at(i),
                    qPrintable(
                        u"seed %1: undo of edit %2 (%3) did not restore the bytes"_s.arg(seed).arg(i).arg(
                            edits.at(i).text)));
            }
            QCOMPARE(serializePlan(plan), original);

            for (int i = 0; i < kEditsPerRun; ++i)
                edits.at(i).apply(plan);
            QCOMPARE(serializePlan(plan), final);
            QVERIFY(plan == finalPlan);
        }
        qInfo("%d runs of %d random edits (%d of them auto-fixes) undone and redone", kEditRuns, kEditsPerRun,
              totalAutoFixes);
    }
};

QTEST_GUILESS_MAIN(TestPropertyRoundTrip)
#include "tst_property_roundtrip.moc"
