// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "physiology.h"
#include "settingstable.h"
#include "thresholds.h"
#include "tst_analysis_support.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ordo;
using ordo::test::makePlan;

// docs/physiology.md: AMPK window lengths, load split at midnight, carried fatigue per region,
// kcal, and the named settings table behind every threshold.
class TestPhysiology : public QObject
{
    Q_OBJECT

private slots:
    void windowLengths_data()
    {
        QTest::addColumn<QString>("session");
        QTest::addColumn<int>("window");
        // T20
        QTest::newRow("moderate 20") << u"Mon 07:00 cycling moderate 20"_s << 60;
        QTest::newRow("moderate 45") << u"Mon 07:00 cycling moderate 45"_s << 60;
        QTest::newRow("moderate 90") << u"Mon 07:00 cycling moderate 90"_s << 105;
        QTest::newRow("moderate 150") << u"Mon 07:00 cycling moderate 150"_s << 120;
        QTest::newRow("hiit 10") << u"Mon 07:00 cycling hiit 10"_s << 180;
        QTest::newRow("hiit 15") << u"Mon 07:00 cycling hiit 15"_s << 210;
        QTest::newRow("hiit 25") << u"Mon 07:00 cycling hiit 25"_s << 240;
        QTest::newRow("easy 60") << u"Mon 07:00 cycling easy 60"_s << 0;
        QTest::newRow("strength") << u"Mon 07:00 strength lower heavy 60"_s << 0;
        QTest::newRow("vigorous 30") << u"Mon 07:00 running moderate 30 rpe=7"_s << 120;
        QTest::newRow("vigorous 75") << u"Mon 07:00 running moderate 75 rpe=7"_s << 150;
    }
    void windowLengths()
    {
        QFETCH(QString, session);
        QFETCH(int, window);
        const Plan p = makePlan(u"muscle_growth"_s, session);
        QCOMPARE(ampkWindowMinutes(p.sessions.first(), p), window);
    }

    void kcal_data()
    {
        QTest::addColumn<QString>("session");
        QTest::addColumn<double>("exact");
        QTest::addColumn<int>("rounded");
        // T21 (70 kg)
        QTest::newRow("running moderate 45") << u"Mon 07:00 running moderate 45"_s << 514.5 << 515;
        QTest::newRow("running hiit 20") << u"Mon 07:00 running hiit 20"_s << 219.333 << 219;
        QTest::newRow("walking easy 20") << u"Mon 07:00 walking easy 20"_s << 81.667 << 82;
        QTest::newRow("strength heavy 60") << u"Mon 07:00 strength lower heavy 60"_s << 420.0 << 420;
    }
    void kcal()
    {
        QFETCH(QString, session);
        QFETCH(double, exact);
        QFETCH(int, rounded);
        const Plan p = makePlan(u"fat_loss"_s, session);
        const double k = sessionKcal(p.sessions.first(), 70);
        QVERIFY(std::abs(k - exact) < 0.01);
        QCOMPARE(int(std::round(k)), rounded);
    }

    void displayedKcalIsRoundedToTen_data()
    {
        QTest::addColumn<double>("kcal");
        QTest::addColumn<qint64>("shown");
        // The figures behind the status bar's ≈ 4,990 and the PDF's ≈ 4,991 of issue 24.
        QTest::newRow("4991.4") << 4991.4 << qint64(4990);
        QTest::newRow("4994.9") << 4994.9 << qint64(4990);
        QTest::newRow("4995") << 4995.0 << qint64(5000);
        QTest::newRow("0") << 0.0 << qint64(0);
        QTest::newRow("4") << 4.0 << qint64(0);
        QTest::newRow("762.4") << 762.4 << qint64(760);
    }

    void displayedKcalIsRoundedToTen()
    {
        QFETCH(double, kcal);
        QFETCH(qint64, shown);
        QCOMPARE(physiology::displayedKcal(kcal), shown);
    }

    void energyAndHeartRate()
    {
        // docs/physiology.md 2.4, claim C16 at 70 kg: 20-min running HIIT, net 196, afterburn ≈ 29.
        const Plan p = makePlan(u"fat_loss"_s, u"Mon 07:00 running hiit 20; Tue 07:00 walking easy 60"_s);
        const Thresholds &t = Thresholds::defaults();
        QCOMPARE(std::lround(physiology::netKcal(p.sessions[0], 70)), 196L);
        QCOMPARE(std::lround(physiology::epocKcal(p.sessions[0], 70, t)), 29L);
        QCOMPARE(physiology::epocKcal(p.sessions[1], 70, t), 0.0);
        // 2.1: age 35 gives HRmax 183.5; easy ≤ 110, moderate 110–147, HIIT ≥ 147 bpm.
        const double hrMax = physiology::estimatedHrMax(35, t);
        QCOMPARE(hrMax, 183.5);
        QCOMPARE(physiology::intensityForHeartRate(110, hrMax, t), Intensity::Easy);
        QCOMPARE(physiology::intensityForHeartRate(111, hrMax, t), Intensity::Moderate);
        QCOMPARE(physiology::intensityForHeartRate(146, hrMax, t), Intensity::Moderate);
        QCOMPARE(physiology::intensityForHeartRate(147, hrMax, t), Intensity::Hiit);
    }

    void hiitLoadAndKcal()
    {
        // T3: cycling hiit 25 at RPE 9 is 225 AU and 270 kcal at 82 kg.
        const Plan p = makePlan(u"muscle_growth"_s, u"Mon 06:20 cycling hiit 25 rpe=9"_s);
        QCOMPARE(sessionLoad(p.sessions.first()), 225.0);
        QCOMPARE(std::lround(sessionKcal(p.sessions.first(), 82)), 270L);
        const Analysis a = analyze(p);
        QCOMPARE(a.windows.size(), 1);
        QCOMPARE(a.days[0].ampkWindows.size(), 1);
        QCOMPARE(a.days[0].ampkWindows[0].startMinute, 6 * 60 + 45);
        QCOMPARE(a.days[0].ampkWindows[0].endMinute, 10 * 60 + 45);
    }

    void acrossMidnight()
    {
        // T15: Fri 23:30 running moderate 60 splits load and kcal. The band starts Sat 00:30;
        // T15 gives its end as 01:30, but the window formula of docs/physiology.md 2.2 (which T20
        // follows: moderate 90 → 105) gives W = 60 + (60 − 45) = 75, so it ends at 01:45.
        const Plan p = makePlan(u"general_fitness"_s, u"Fri 23:30 running moderate 60"_s);
        const Analysis a = analyze(p);
        QCOMPARE(a.days.size(), 7);
        QCOMPARE(a.days[4].cardioLoad, 150.0);
        QCOMPARE(a.days[5].cardioLoad, 150.0);
        QCOMPARE(std::lround(a.days[4].kcal), 402L);
        QCOMPARE(std::lround(a.days[5].kcal), 402L);
        QCOMPARE(a.days[4].ampkWindows.size(), 0);
        QCOMPARE(a.days[5].ampkWindows.size(), 1);
        QCOMPARE(a.days[5].ampkWindows[0].startMinute, 30);
        QCOMPARE(a.days[5].ampkWindows[0].endMinute, 105);
        QVERIFY(!a.days[4].restDay); // counted on its session day
        QVERIFY(a.days[5].restDay);
    }

    void bandAcrossMidnight()
    {
        // T5: the band appears on Mon 20:30–24:00 and Tue 00:00–00:30.
        const Plan p = makePlan(u"muscle_growth"_s, u"Mon 20:00 running hiit 30"_s);
        const Analysis a = analyze(p);
        QCOMPARE(a.days[0].ampkWindows, (QList<DayWindow> { { u"s1"_s, 20 * 60 + 30, 1440 } }));
        QCOMPARE(a.days[1].ampkWindows, (QList<DayWindow> { { u"s1"_s, 0, 30 } }));
    }

    void weekWrap_data()
    {
        QTest::addColumn<bool>("repeat");
        QTest::newRow("repeat") << true;
        QTest::newRow("one-off") << false;
    }
    void weekWrap()
    {
        // A window crossing the end of the last Sunday wraps into week 0 Monday only with repeat.
        QFETCH(bool, repeat);
        const Plan p = makePlan(u"muscle_growth"_s, u"Sun 23:00 cycling hiit 30 w=1"_s, repeat, 2);
        const Analysis a = analyze(p);
        QCOMPARE(a.days.size(), 14);
        QCOMPARE(a.days[13].ampkWindows, (QList<DayWindow> { { u"s1"_s, 23 * 60 + 30, 1440 } }));
        if (repeat) {
            QCOMPARE(a.days[0].ampkWindows, (QList<DayWindow> { { u"s1"_s, 0, 210 } }));
            QVERIFY(a.days[0].fatigue > 0);
        } else {
            QVERIFY(a.days[0].ampkWindows.isEmpty());
            QCOMPARE(a.days[0].fatigue, 0.0);
        }
        QCOMPARE(a.days[13].cardioLoad, 8.0 * 30);
        // Load of a session crossing the plan end wraps into week 0 only with repeat.
        const Plan q = makePlan(u"muscle_growth"_s, u"Sun 23:30 cycling moderate 60 w=1"_s, repeat, 2);
        const Analysis b = analyze(q);
        QCOMPARE(b.days[13].cardioLoad, 150.0);
        QCOMPARE(b.days[0].cardioLoad, repeat ? 150.0 : 0.0);
    }

    void carriedFatigue()
    {
        // T16: Mon 07:00 heavy lower 60 (480 AU).
        const Plan p = makePlan(u"muscle_growth"_s, u"Mon 07:00 strength lower heavy 60"_s);
        const Analysis a = analyze(p);
        QCOMPARE(a.days[0].load, 480.0);
        QCOMPARE(std::round(a.days[0].fatigue * 10) / 10, 287.8);
        QCOMPARE(std::round(a.days[1].fatigue * 10) / 10, 133.6);
        QCOMPARE(std::round(a.days[2].fatigue * 10) / 10, 62.0);
        QCOMPARE(std::round(a.days[3].fatigue * 10) / 10, 28.8);
        QCOMPARE(std::lround(a.days[0].kcal), 492L);
        QCOMPARE(std::round(regionFatiguePercent(p, Region::Legs, kMinutesPerDay + 7 * 60) * 10) / 10, 47.9);
        QCOMPARE(std::round(regionFatiguePercent(p, Region::Legs, 2 * kMinutesPerDay + 7 * 60) * 10) / 10,
                 22.2);
        QCOMPARE(std::round(regionFatiguePercent(p, Region::Legs, 2 * kMinutesPerDay + 9 * 60) * 10) / 10,
                 20.9);
        // Region fatigue at 24:00 uses the same curve with weights 0.80 / 0.05 / 0.15.
        QVERIFY(std::abs(a.days[0].regionFatigue[0] - 0.8 * a.days[0].fatigue) < 1e-6);
        QVERIFY(std::abs(a.days[0].regionFatigue[1] - 0.05 * a.days[0].fatigue) < 1e-6);
    }

    void fatigueDuringSession()
    {
        // Linear build-up while the session runs, decay afterwards.
        const Plan p = makePlan(u"muscle_growth"_s, u"Mon 23:00 strength lower heavy 120"_s);
        const Analysis a = analyze(p);
        QCOMPARE(a.days[0].fatigue, 960.0 / 2);
        QCOMPARE(a.days[0].strengthLoad, 480.0);
        QCOMPARE(a.days[1].strengthLoad, 480.0);
    }

    void repeatCarriesPreviousCycle()
    {
        // With repeat, Monday starts with the fatigue left from last Sunday.
        const Plan p = makePlan(u"muscle_growth"_s, u"Sun 18:00 strength lower heavy 60"_s, true);
        const Analysis a = analyze(p);
        const double expected = 480 * std::exp(-(24 * 60 + 5 * 60) / (72 * 60 / std::log(10.0)));
        QVERIFY(std::abs(a.days[0].fatigue - expected) < 1e-6);
    }

    void mobilityExcludedFromLoad()
    {
        const Plan p = makePlan(u"general_fitness"_s, u"Mon 07:00 mobility 30"_s);
        const Analysis a = analyze(p);
        QCOMPARE(a.days[0].load, 0.0);
        QCOMPARE(a.days[0].fatigue, 0.0);
        QCOMPARE(std::lround(a.days[0].kcal), std::lround(2.5 * 82 * 0.5));
    }

    void weeklyFigures()
    {
        // Same load every day: monotony is infinite (SD 0); strain follows.
        QString sessions;
        for (const char *d : { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" })
            sessions += QString::fromLatin1(d) + u" 07:00 strength upper light 30;"_s;
        const Plan p = makePlan(u"muscle_growth"_s, sessions, true);
        const Analysis a = analyze(p);
        QCOMPARE(a.weeks.size(), 1);
        QCOMPARE(a.weeks[0].load, 7 * 120.0);
        QVERIFY(std::isinf(a.weeks[0].monotony));
        QVERIFY(!a.weeks[0].acwr);
        // CTL and ATL settle at the mean daily load for a flat repeating week.
        QVERIFY(std::abs(a.days[6].ctl - 120) < 1);
        QVERIFY(std::abs(a.days[6].atl - 120) < 1);
    }

    void acwrForLongOneOffPlans()
    {
        QString sessions;
        for (int w = 0; w < 5; ++w)
            sessions += u"Mon 07:00 strength upper moderate 60 w=%1;"_s.arg(w);
        sessions += u"Wed 07:00 strength upper moderate 60 w=4;"_s;
        const Plan p = makePlan(u"muscle_growth"_s, sessions, false, 5);
        const Analysis a = analyze(p);
        QCOMPARE(a.weeks.size(), 5);
        QVERIFY(!a.weeks[3].acwr);
        QVERIFY(a.weeks[4].acwr);
        QCOMPARE(*a.weeks[4].acwr, 2.0);
        Plan cyclic = p;
        cyclic.repeat = true;
        QVERIFY(!analyze(cyclic).weeks[4].acwr);
    }

    void everyThresholdIsASetting()
    {
        const QStringList names = Thresholds::settingNames();
        for (const QString &n : names)
            QVERIFY2(findSetting(n), qPrintable(n));
        for (const SettingDefinition &d : settingDefinitions()) {
            QVERIFY2(names.contains(d.name), qPrintable(d.name));
            QVERIFY2(d.defaultValue >= d.minimum && d.defaultValue <= d.maximum, qPrintable(d.name));
            QVERIFY2(!d.source.isEmpty() && !d.description.isEmpty(), qPrintable(d.name));
        }
    }

    void overridesApply()
    {
        Plan p = makePlan(u"muscle_growth"_s, u"Mon 07:00 cycling hiit 25"_s);
        p.analysis.thresholds.insert(u"ampk.hiit.maxMin"_s, 180);
        QCOMPARE(ampkWindowMinutes(p.sessions.first(), p), 180);
        QCOMPARE(Thresholds::forPlan(p).ampkHiitMaxMin, 180.0);
        QCOMPARE(Thresholds::defaults().ampkHiitMaxMin, 240.0);
    }
};

QTEST_GUILESS_MAIN(TestPhysiology)
#include "tst_physiology.moc"
