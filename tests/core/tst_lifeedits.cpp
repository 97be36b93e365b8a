// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "edits/availabilityedits.h"
#include "edits/sessionedits.h"
#include "testsupport.h"
#include "translations.h"
#include "tst_analysis_support.h"
#include "tst_edits_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

// The edits for when life happens (core/edits): sessions marked missed or not, their priority,
// and a day of one week made unavailable. What they change, their undo texts, and their
// inverses.
class TestLifeEdits : public QObject
{
    Q_OBJECT

    static Plan twoWeeks()
    {
        return test::makePlan(u"general_fitness"_s,
                              u"Mon 18:00 strength lower heavy 60; Tue 07:00 running easy 30; "
                              u"Tue 18:00 strength upper moderate 60; Thu 18:00 cycling hiit 20; "
                              u"Tue 07:00 running easy 30 w=1; Tue 18:00 strength upper moderate 60 w=1"_s,
                              true, 2);
    }

private slots:
    void initTestCase() { Translations::install(u"en"_s); }

    void markMissedAndBack()
    {
        const Plan plan = twoWeeks();
        const QString lift = plan.sessions[0].id;
        const QString run = plan.sessions[1].id;
        const PlanEdit one = SessionEdits::setMissed(plan, { lift }, true);
        QCOMPARE(one.text, u"Mark “%1” as missed"_s.arg(plan.sessions[0].displayTitle()));
        Plan after;
        QCOMPARE(test::undoProblem(plan, one, &after), QString());
        QVERIFY(after.find(lift)->missed);
        QVERIFY(!after.find(run)->missed);
        // Only the sessions that change are in the edit.
        const PlanEdit both = SessionEdits::setMissed(after, { lift, run }, true);
        QCOMPARE(both.upserts.size(), 1);
        QCOMPARE(SessionEdits::setMissed(after, { lift }, true).isEmpty(), true);
        QCOMPARE(SessionEdits::setMissed(after, { lift }, false).text,
                 u"Mark “%1” as not missed"_s.arg(plan.sessions[0].displayTitle()));

        // M: marks all unless all are missed already, then unmarks all.
        const PlanEdit toggle = SessionEdits::toggleMissed(after, { lift, run });
        QCOMPARE(toggle.text, u"Mark “%1” as missed"_s.arg(plan.sessions[1].displayTitle()));
        Plan all;
        QCOMPARE(test::undoProblem(after, toggle, &all), QString());
        QVERIFY(all.find(lift)->missed && all.find(run)->missed);
        const PlanEdit back = SessionEdits::toggleMissed(all, { lift, run });
        QCOMPARE(back.text, u"Mark 2 sessions as not missed"_s);
        Plan none;
        QCOMPARE(test::undoProblem(all, back, &none), QString());
        QVERIFY(!none.hasMissed());
        QCOMPARE(none, plan);
    }

    void missedSessionsLeaveTheAnalysis()
    {
        // The edit is what the user sees: a finding about the HIIT session goes away with it.
        Plan plan = test::makePlan(u"general_fitness"_s,
                                   u"Mon 17:00 cycling hiit 25; Mon 18:00 strength lower heavy 60"_s);
        const QString hiit = plan.sessions[0].id;
        const auto about = [&](const Plan &p) {
            int n = 0;
            for (const Finding &f : analyze(p).findings)
                n += f.sessions.contains(hiit) ? 1 : 0;
            return n;
        };
        QVERIFY(about(plan) > 0);
        SessionEdits::setMissed(plan, { hiit }, true).apply(plan);
        QCOMPARE(about(plan), 0);
    }

    void priority()
    {
        const Plan plan = twoWeeks();
        const QString lift = plan.sessions[0].id;
        const PlanEdit key = SessionEdits::setPriority(plan, { lift }, Priority::Key);
        QCOMPARE(key.text, u"Make “%1” a key session"_s.arg(plan.sessions[0].displayTitle()));
        Plan after;
        QCOMPARE(test::undoProblem(plan, key, &after), QString());
        QCOMPARE(after.find(lift)->priority, Priority::Key);
        QVERIFY(SessionEdits::setPriority(after, { lift }, Priority::Key).isEmpty());
        QCOMPARE(SessionEdits::setPriority(after, { lift }, Priority::Normal).text,
                 u"Make “%1” a normal session"_s.arg(plan.sessions[0].displayTitle()));
        const PlanEdit optional = SessionEdits::setPriority(
            after, { lift, plan.sessions[1].id, plan.sessions[2].id }, Priority::Optional);
        QCOMPARE(optional.text, u"Make 3 sessions optional"_s);
        QCOMPARE(test::undoProblem(after, optional), QString());
    }

    void dayUnavailableForOneWeek()
    {
        const Plan plan = twoWeeks();
        QVERIFY(!AvailabilityEdits::isDayUnavailableInWeek(plan, 1, Day::Tue));
        const PlanEdit sick = AvailabilityEdits::setDayUnavailableInWeek(plan, 1, Day::Tue);
        QCOMPARE(sick.text, u"Mark Tuesday of week 2 as not available"_s);
        Plan after;
        QCOMPARE(test::undoProblem(plan, sick, &after), QString());
        QVERIFY(AvailabilityEdits::isDayUnavailableInWeek(after, 1, Day::Tue));
        QVERIFY(!AvailabilityEdits::isDayUnavailableInWeek(after, 0, Day::Tue));
        QVERIFY(!AvailabilityEdits::isDayUnavailableInWeek(after, 1, Day::Wed));
        // Stored as the week's override with no windows that day (docs/plan-format.md).
        QCOMPARE(after.availability->weeks.size(), 1);
        QCOMPARE(after.availability->weeks[0].week, 1);
        QVERIFY(after.availability->weeks[0].days.byDay[int(Day::Tue)]->isEmpty());
        QVERIFY(!after.availability->weeks[0].days.byDay[int(Day::Mon)]);
        // The sessions of that Tuesday, and only those, are missed.
        int missed = 0;
        for (const Session &s : after.sessions) {
            QCOMPARE(s.missed, s.week == 1 && s.day == Day::Tue);
            missed += s.missed ? 1 : 0;
        }
        QCOMPARE(missed, 2);
        QVERIFY(AvailabilityEdits::setDayUnavailableInWeek(after, 1, Day::Tue).isEmpty());

        // A second day of the same week goes into the same override; an earlier week before it.
        Plan more = after;
        AvailabilityEdits::setDayUnavailableInWeek(more, 1, Day::Thu).apply(more);
        AvailabilityEdits::setDayUnavailableInWeek(more, 0, Day::Sun).apply(more);
        QCOMPARE(more.availability->weeks.size(), 2);
        QCOMPARE(more.availability->weeks[0].week, 0);
        QVERIFY(more.availability->weeks[1].days.byDay[int(Day::Thu)]->isEmpty());

        // Available again: the override goes when nothing is left; missed sessions stay missed.
        const PlanEdit again = AvailabilityEdits::clearDayInWeek(after, 1, Day::Tue);
        QCOMPARE(again.text, u"Make Tuesday of week 2 available again"_s);
        Plan cleared;
        QCOMPARE(test::undoProblem(after, again, &cleared), QString());
        QVERIFY(!cleared.availability);
        QVERIFY(cleared.hasMissed());
        QVERIFY(AvailabilityEdits::clearDayInWeek(cleared, 1, Day::Tue).isEmpty());

        // A one-week plan says "this week".
        const Plan one = test::makePlan(u"general_fitness"_s, u"Wed 18:00 strength full moderate 60"_s);
        QCOMPARE(AvailabilityEdits::setDayUnavailableInWeek(one, 0, Day::Wed).text,
                 u"Mark Wednesday as not available this week"_s);
        QVERIFY(AvailabilityEdits::setDayUnavailableInWeek(one, 1, Day::Wed).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLifeEdits)
#include "tst_lifeedits.moc"
