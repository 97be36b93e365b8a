// SPDX-License-Identifier: GPL-3.0-or-later

#include "plancomparison.h"
#include "tst_analysis_support.h"

#include <QTest>

using namespace ordo;
using namespace ordo::test;
using namespace Qt::StringLiterals;

// Two versions of a plan: the findings only one of them has, matched by rule, sessions (id and
// title) and week, and the day loads of both (docs/comparing-plans.md).
class TestPlanComparison : public QObject
{
    Q_OBJECT

private:
    // HIIT cycling, then a heavy lift inside its AMPK window: an ampk-window finding.
    static QString hiitThenLift(const QString &day)
    {
        return u"%1 06:20 cycling hiit 25 rpe=9 id=c; %1 07:45 strength upper heavy 60 id=l"_s.arg(day);
    }

    static QStringList rules(const QList<Finding> &findings)
    {
        QStringList result;
        for (const Finding &f : findings)
            result << f.rule;
        return result;
    }

    static PlanComparison compare(const Plan &a, const Plan &b)
    {
        return comparePlans(a, analyze(a), b, analyze(b));
    }

    static Finding finding(const QString &rule, const QStringList &sessions, int week, Day day,
                           bool hidden = false)
    {
        Finding f;
        f.rule = rule;
        f.sessions = sessions;
        f.week = week;
        f.day = day;
        f.hiddenByDefault = hidden;
        return f;
    }

private slots:
    void aPlanComparedWithItselfHasNoDifference()
    {
        const Plan plan = makePlan(u"muscle_growth"_s, hiitThenLift(u"Mon"_s));
        const Analysis analysis = analyze(plan);
        QVERIFY(rules(analysis.findings).contains(u"ampk-window"_s));
        const PlanComparison c = comparePlans(plan, analysis, plan, analysis);
        QVERIFY(c.onlyInA.isEmpty());
        QVERIFY(c.onlyInB.isEmpty());
        QCOMPARE(c.days.size(), kDaysPerWeek);
        for (const DayLoadComparison &d : c.days)
            QCOMPARE(d.loadA, d.loadB);
    }

    void movingTheLiftAwayClearsTheFindingInB()
    {
        const Plan a = makePlan(u"muscle_growth"_s, hiitThenLift(u"Mon"_s));
        Plan b = a;
        b.find(u"l"_s)->day = Day::Thu;
        b.sortSessions();
        const PlanComparison c = compare(a, b);
        QVERIFY(rules(c.onlyInA).contains(u"ampk-window"_s));
        QVERIFY(!rules(c.onlyInB).contains(u"ampk-window"_s));
        // The load moved from Monday to Thursday in B.
        const Analysis analysisA = analyze(a);
        QCOMPARE(c.days[int(Day::Mon)].loadA, analysisA.days[int(Day::Mon)].load);
        QCOMPARE(c.days[int(Day::Mon)].loadB, sessionLoad(*b.find(u"c"_s)));
        QCOMPARE(c.days[int(Day::Thu)].loadA, 0.0);
        QCOMPARE(c.days[int(Day::Thu)].loadB, sessionLoad(*b.find(u"l"_s)));
    }

    // The same pair on another day of the week, or the same findings listed in another order,
    // is no difference.
    void movingAPairWithinTheWeekIsNoDifference()
    {
        const Plan a = makePlan(u"muscle_growth"_s, hiitThenLift(u"Mon"_s));
        const Plan b = makePlan(u"muscle_growth"_s, hiitThenLift(u"Wed"_s));
        const Analysis analysisA = analyze(a);
        Analysis analysisB = analyze(b);
        QVERIFY(!analysisB.findings.isEmpty());
        QVERIFY(analysisA.findings.first().message != analysisB.findings.first().message);
        std::reverse(analysisB.findings.begin(), analysisB.findings.end());
        const PlanComparison c = comparePlans(a, analysisA, b, analysisB);
        QVERIFY2(c.onlyInA.isEmpty(), qPrintable(rules(c.onlyInA).join(u',')));
        QVERIFY2(c.onlyInB.isEmpty(), qPrintable(rules(c.onlyInB).join(u',')));
    }

    void movingAPairToAnotherWeekIsADifference()
    {
        const Plan a = makePlan(u"muscle_growth"_s, hiitThenLift(u"Mon"_s), false, 2);
        Plan b = a;
        for (Session &s : b.sessions)
            s.week = 1;
        const PlanComparison c = compare(a, b);
        QVERIFY(rules(c.onlyInA).contains(u"ampk-window"_s));
        QVERIFY(rules(c.onlyInB).contains(u"ampk-window"_s));
        QCOMPARE(c.daysOfWeek(1).size(), kDaysPerWeek);
        QCOMPARE(c.daysOfWeek(1)[0].loadA, 0.0);
        QVERIFY(c.daysOfWeek(1)[0].loadB > 0);
    }

    // Another file whose sessions happen to have the same ids is about other sessions.
    void sameIdsWithOtherTitlesAreOtherSessions()
    {
        const Plan a = makePlan(u"muscle_growth"_s, hiitThenLift(u"Mon"_s));
        Plan b = a;
        b.find(u"l"_s)->title = u"Squats"_s;
        const PlanComparison c = compare(a, b);
        QVERIFY(rules(c.onlyInA).contains(u"ampk-window"_s));
        QVERIFY(rules(c.onlyInB).contains(u"ampk-window"_s));
    }

    // Each finding of one side matches one finding of the other: a second copy is a difference.
    void matchingCountsEachFindingOnce()
    {
        const Plan plan = makePlan(u"muscle_growth"_s, hiitThenLift(u"Mon"_s));
        Analysis a;
        a.findings = { finding(u"monotony"_s, {}, 0, Day::Mon), finding(u"monotony"_s, {}, 0, Day::Mon),
                       finding(u"no-rest-day"_s, {}, 0, Day::Tue) };
        Analysis b;
        b.findings = { finding(u"monotony"_s, {}, 0, Day::Mon), finding(u"no-rest-day"_s, {}, 0, Day::Wed),
                       finding(u"leg-day-friendly"_s, { u"l"_s }, 0, Day::Mon, true) };
        const PlanComparison c = comparePlans(plan, a, plan, b);
        QCOMPARE(rules(c.onlyInA), (QStringList { u"monotony"_s, u"no-rest-day"_s }));
        QCOMPARE(c.onlyInA[1].day, Day::Tue);
        // The badge hidden by default is not listed.
        QCOMPARE(rules(c.onlyInB), (QStringList { u"no-rest-day"_s }));
        QCOMPARE(c.onlyInB[0].day, Day::Wed);
    }

    // The shorter plan has no load on the weeks it lacks.
    void daysCoverTheLongerPlan()
    {
        const Plan a = makePlan(u"muscle_growth"_s, hiitThenLift(u"Mon"_s));
        const Plan b = makePlan(u"muscle_growth"_s,
                                hiitThenLift(u"Mon"_s) + u"; Tue 07:00 running easy 30 w=2"_s, false, 3);
        const PlanComparison c = compare(a, b);
        QCOMPARE(c.days.size(), 3 * kDaysPerWeek);
        const QList<DayLoadComparison> third = c.daysOfWeek(2);
        QCOMPARE(third.size(), kDaysPerWeek);
        QCOMPARE(third[int(Day::Tue)].day, Day::Tue);
        QCOMPARE(third[int(Day::Tue)].loadA, 0.0);
        QCOMPARE(third[int(Day::Tue)].loadB, analyze(b).days[2 * kDaysPerWeek + int(Day::Tue)].load);
        QVERIFY(c.daysOfWeek(3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanComparison)
#include "tst_plancomparison.moc"
