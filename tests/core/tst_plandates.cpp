// SPDX-License-Identifier: GPL-3.0-or-later

#include "plandates.h"
#include "translations.h"

#include <QTest>
#include <QTranslator>

using namespace ordo;
using namespace Qt::StringLiterals;

// Plan weeks as dates (core/plandates.h): whole days, so the turn of a year, a leap day and the
// changes to and from daylight saving time (this test also runs in several time zones, see
// tests/CMakeLists.txt) move nothing.
class TestPlanDates : public QObject
{
    Q_OBJECT

private:
    static Plan anchored(QDate monday, int weeks)
    {
        Plan p;
        p.weeks = weeks;
        p.anchorDate = monday;
        return p;
    }

private slots:
    void withoutAnAnchorThereAreNoDates()
    {
        Plan p;
        p.weeks = 4;
        QVERIFY(!dateOf(p, 0, Day::Mon));
        QVERIFY(!planDayOf(p, QDate(2027, 1, 4)));
        QVERIFY(weekRangeText(p, 0, QLocale(QLocale::English)).isEmpty());
        QCOMPARE(dayHeaderText(p, 2, Day::Wed, QLocale(QLocale::English), QLocale::ShortFormat), u"Wed"_s);
    }

    void dayHeadersNameDayAndDate_data()
    {
        QTest::addColumn<int>("week");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("form");
        QTest::addColumn<QString>("text");
        QTest::newRow("first day") << 0 << int(Day::Mon) << int(QLocale::ShortFormat) << u"Mon 29 Dec"_s;
        QTest::newRow("across New Year")
            << 0 << int(Day::Thu) << int(QLocale::LongFormat) << u"Thursday 1 Jan"_s;
        QTest::newRow("week 3") << 2 << int(Day::Sun) << int(QLocale::ShortFormat) << u"Sun 18 Jan"_s;
    }

    void dayHeadersNameDayAndDate()
    {
        QFETCH(int, week);
        QFETCH(int, day);
        QFETCH(int, form);
        QFETCH(QString, text);
        const Plan plan = anchored(QDate(2025, 12, 29), 4);
        QCOMPARE(dayHeaderText(plan, week, Day(day), QLocale(QLocale::English, QLocale::UnitedKingdom),
                               QLocale::FormatType(form)),
                 text);
        // The same words as the navigator's week range.
        QVERIFY(
            weekRangeText(plan, 2, QLocale(QLocale::English, QLocale::UnitedKingdom)).endsWith(u"18 Jan"_s));
    }

    void datesMapBothWays_data()
    {
        QTest::addColumn<QDate>("anchor");
        QTest::addColumn<int>("week");
        QTest::addColumn<int>("day");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("range");
        // Year ends: a week across New Year, the first week of a year.
        QTest::newRow("across New Year") << QDate(2026, 12, 21) << 1 << int(Day::Sun) << QDate(2027, 1, 3)
                                         << u"28 Dec 2026 – 3 Jan 2027"_s;
        QTest::newRow("first week of 2027")
            << QDate(2026, 12, 21) << 2 << int(Day::Mon) << QDate(2027, 1, 4) << u"4–10 Jan"_s;
        // Daylight saving time: Europe 28 Mar 2027 and 31 Oct 2027, USA 14 Mar 2027 and 7 Nov 2027.
        QTest::newRow("EU spring forward")
            << QDate(2027, 3, 22) << 0 << int(Day::Sun) << QDate(2027, 3, 28) << u"22–28 Mar"_s;
        QTest::newRow("after EU spring forward")
            << QDate(2027, 3, 22) << 1 << int(Day::Mon) << QDate(2027, 3, 29) << u"29 Mar – 4 Apr"_s;
        QTest::newRow("EU fall back")
            << QDate(2027, 10, 4) << 3 << int(Day::Sun) << QDate(2027, 10, 31) << u"25–31 Oct"_s;
        QTest::newRow("US spring forward")
            << QDate(2027, 3, 8) << 0 << int(Day::Sun) << QDate(2027, 3, 14) << u"8–14 Mar"_s;
        QTest::newRow("US fall back, week 30")
            << QDate(2027, 4, 12) << 29 << int(Day::Sun) << QDate(2027, 11, 7) << u"1–7 Nov"_s;
        // A leap day, and the last week of a 52-week plan a year later.
        QTest::newRow("leap day") << QDate(2028, 2, 28) << 0 << int(Day::Tue) << QDate(2028, 2, 29)
                                  << u"28 Feb – 5 Mar"_s;
        QTest::newRow("week 52") << QDate(2027, 1, 4) << 51 << int(Day::Sun) << QDate(2028, 1, 2)
                                 << u"27 Dec 2027 – 2 Jan 2028"_s;
    }

    void datesMapBothWays()
    {
        QFETCH(QDate, anchor);
        QFETCH(int, week);
        QFETCH(int, day);
        QFETCH(QDate, date);
        QFETCH(QString, range);
        const Plan plan = anchored(anchor, 52);
        QCOMPARE(dateOf(plan, week, Day(day)), date);
        QCOMPARE(planDayOf(plan, date), (PlanDay { week, Day(day) }));
        QCOMPARE(weekRangeText(plan, week, QLocale(QLocale::English, QLocale::UnitedKingdom)), range);
    }

    // Each language writes day and month its own way: German "Mo. 4. Jan.", "4.–10. Jan.".
    void datesFollowTheLanguage()
    {
        const Plan plan = anchored(QDate(2027, 1, 4), 4);
        Translations::install(u"de"_s);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QString header = dayHeaderText(plan, 0, Day::Mon, german, QLocale::ShortFormat);
        const QString range = weekRangeText(plan, 0, german);
        const QString yearEnd = weekRangeText(anchored(QDate(2026, 12, 28), 1), 0, german);
        // Back to English: the catalogues install() parented to the application go.
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QCOMPARE(header, u"Mo. 4. Jan."_s);
        QCOMPARE(range, u"4.–10. Jan."_s);
        QCOMPARE(yearEnd, u"28. Dez. 2026 – 3. Jan. 2027"_s);
        QCOMPARE(dayHeaderText(plan, 0, Day::Mon, QLocale(QLocale::English, QLocale::UnitedKingdom),
                               QLocale::ShortFormat),
                 u"Mon 4 Jan"_s);
    }

    void datesOutsideThePlanAreNone()
    {
        const Plan plan = anchored(QDate(2027, 1, 4), 2);
        QVERIFY(!planDayOf(plan, QDate(2027, 1, 3)));
        QCOMPARE(planDayOf(plan, QDate(2027, 1, 17)), (PlanDay { 1, Day::Sun }));
        QVERIFY(!planDayOf(plan, QDate(2027, 1, 18)));
        QVERIFY(!planDayOf(plan, QDate()));
    }
};

QTEST_GUILESS_MAIN(TestPlanDates)
#include "tst_plandates.moc"
