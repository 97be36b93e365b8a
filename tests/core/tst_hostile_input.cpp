// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "planio.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ordo;

// Plan files are shared between coaches and athletes, so they are untrusted input. Each
// hostile input here has an expected outcome: a clear error that says where, or a plan
// that loads, analyses correctly and saves back unchanged. Never a crash.
class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    static QByteArray planWith(const QByteArray &sessions, const QByteArray &topLevel = {})
    {
        return "{\"format\": \"ordo-plan\", \"version\": 1, " + topLevel + "\"sessions\": [" + sessions
            + "]}";
    }

    static QByteArray session(const QByteArray &id, const QByteArray &extra = {})
    {
        return "{\"id\": \"" + id
            + "\", \"day\": \"mon\", \"start\": \"07:00\", \"durationMin\": 60, "
              "\"kind\": \"strength\", \"focus\": \"lower\""
            + extra + "}";
    }

    static QString allErrors(const ReadResult &r)
    {
        QStringList lines;
        for (const PlanError &e : r.errors)
            lines << e.toString();
        return lines.join(u'\n');
    }

    // Refused, with at least one error that names where and what.
    static void verifyRefused(const ReadResult &r, const QString &whereStartsWith = {},
                              const QString &whatContains = {})
    {
        QVERIFY2(!r.ok(), "a hostile input loaded");
        QVERIFY(!r.errors.isEmpty());
        for (const PlanError &e : r.errors) {
            QVERIFY(!e.where.isEmpty());
            QVERIFY(!e.what.isEmpty());
            QVERIFY2(e.toString().size() < 600, "an error message echoes too much of the input");
        }
        if (!whereStartsWith.isEmpty() || !whatContains.isEmpty()) {
            bool found = false;
            for (const PlanError &e : r.errors)
                found = found
                    || (e.where.startsWith(whereStartsWith)
                        && e.what.contains(whatContains, Qt::CaseInsensitive));
            QVERIFY2(found,
                     qPrintable(
                         u"expected an error at %1 about \"%2\", got:\n"_s.arg(whereStartsWith, whatContains)
                         + allErrors(r)));
        }
    }

    // Loads; saving and loading again gives the same plan and the same bytes.
    static void verifyRoundTrips(const ReadResult &r)
    {
        QVERIFY2(r.ok(), qPrintable(allErrors(r)));
        const QByteArray saved = serializePlan(*r.plan);
        const ReadResult again = parsePlan(saved);
        QVERIFY2(again.ok(), qPrintable(allErrors(again)));
        QVERIFY(*again.plan == *r.plan);
        QCOMPARE(serializePlan(*again.plan), saved);
    }

    static void verifyAnalysisInvariants(const Plan &plan, const Analysis &a)
    {
        QCOMPARE(a.days.size(), qsizetype(plan.weeks) * kDaysPerWeek);
        for (const DayFigures &d : a.days) {
            QVERIFY(std::isfinite(d.load) && d.load >= 0);
            QVERIFY(std::isfinite(d.kcal) && d.kcal >= 0);
            QVERIFY(std::isfinite(d.fatigue) && d.fatigue >= 0);
            for (double f : d.regionFatigue)
                QVERIFY(std::isfinite(f) && f >= 0);
        }
        for (const Finding &f : a.findings) {
            for (const QString &id : f.sessions)
                QVERIFY2(plan.find(id), qPrintable(u"finding %1 names unknown session %2"_s.arg(f.rule, id)));
        }
    }

private slots:
    void deepNestingIsAClearSyntaxError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("2000 arrays") << QByteArray(2000, '[') + QByteArray(2000, ']');
        QTest::newRow("2000 arrays in an unknown key")
            << planWith({}, "\"x\": " + QByteArray(2000, '[') + QByteArray(2000, ']') + ", ");
        QByteArray objects;
        for (int i = 0; i < 2000; ++i)
            objects += "{\"a\": ";
        QTest::newRow("2000 objects in a session") << planWith(session("s1", ", \"x\": " + objects + "1"));
    }

    void deepNestingIsAClearSyntaxError()
    {
        QFETCH(QByteArray, bytes);
        verifyRefused(parsePlan(bytes), u"line 1, column"_s, u"nested"_s);
    }

    void moderateNestingInUnknownKeysRoundTrips()
    {
        // Kept and written back like any unknown key (docs/plan-format.md "Reading rules").
        const QByteArray nested = QByteArray(500, '[') + "1" + QByteArray(500, ']');
        const ReadResult r = parsePlan(planWith(session("s1", ", \"x-deep\": " + nested)));
        verifyRoundTrips(r);
    }

    void nonFiniteNumbersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        for (const char *number : { "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "nan", "inf" }) {
            QTest::addRow("durationMin %s", number)
                << planWith(session("s1").replace("60", number)) << u"line 1"_s;
            QTest::addRow("unknown key %s", number)
                << planWith({}, "\"x\": " + QByteArray(number) + ", ") << u"line 1"_s;
        }
        QTest::newRow("bodyMassKg 1e308")
            << planWith({}, "\"profile\": {\"bodyMassKg\": 1e308}, ") << u"/profile/bodyMassKg"_s;
        QTest::newRow("rpe underflows") << planWith(session("s1", ", \"rpe\": 1e-400")) << u"line 1"_s;
        QTest::newRow("version 1e300")
            << planWith({}).replace("\"version\": 1", "\"version\": 1e300") << u"/version"_s;
        QTest::newRow("weeks -0.5") << planWith({}, "\"weeks\": -0.5, ") << u"/weeks"_s;
    }

    void nonFiniteNumbersAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        verifyRefused(parsePlan(bytes), where);
    }

    void duplicateKeysLastOneWins()
    {
        // Qt's parser keeps the last of duplicate keys; the saved file has one.
        const ReadResult r = parsePlan(planWith(session("s1", ", \"durationMin\": 45")));
        verifyRoundTrips(r);
        QCOMPARE(r.plan->sessions.at(0).durationMin, 45);
        QCOMPARE(serializePlan(*r.plan).count("durationMin"), 1);
    }

    void duplicateFormatKeyIsCheckedOnItsLastValue()
    {
        const QByteArray bytes
            = "{\"format\": \"ordo-plan\", \"format\": \"other\", \"version\": 1, \"sessions\": []}";
        verifyRefused(parsePlan(bytes), u"/format"_s, u"not an Ordo plan"_s);
    }

    void duplicateSessionIdsAreRefused()
    {
        verifyRefused(parsePlan(planWith(session("s1") + ", " + session("s1"))), u"/sessions/1/id"_s,
                      u"duplicate"_s);
    }

    void byteOrderMark()
    {
        const QByteArray bom = "\xEF\xBB\xBF";
        const ReadResult r = parsePlan(bom + planWith(session("s1")));
        verifyRoundTrips(r);
        QVERIFY(!serializePlan(*r.plan).startsWith(bom)); // saved without it
        // Qt's parser skips one more BOM itself; a third is a syntax error.
        verifyRefused(parsePlan(bom + bom + bom + planWith(session("s1"))), u"line 1, column 1"_s);
        verifyRefused(parsePlan("\xFF\xFE{\0\"\0"_ba), u"line 1"_s); // UTF-16 is not UTF-8
    }

    void byteOrderMarkCharacterInsideStrings()
    {
        // U+FEFF inside a string is an ordinary character and must survive a save.
        const ReadResult mid = parsePlan(planWith(session("s1",
                                                          ", \"title\": \"a\xEF\xBB\xBF"
                                                          "b\"")));
        verifyRoundTrips(mid);
        QCOMPARE(mid.plan->sessions.at(0).title, u"a\uFEFFb"_s);
        // At the start of a string value it is escaped on input ("\ufeff"), so it is data.
        const ReadResult escaped = parsePlan(planWith(session("s1", ", \"title\": \"\\ufeffb\"")));
        QVERIFY(escaped.ok());
        QCOMPARE(escaped.plan->sessions.at(0).title, u"\uFEFFb"_s);
        const ReadResult again = parsePlan(serializePlan(*escaped.plan));
        QVERIFY(again.ok());
        // Qt 6.4's parser drops a raw U+FEFF at the start of a string value, so the writer
        // must escape it as \ufeff for the title to survive.
        QCOMPARE(again.plan->sessions.at(0).title, u"\uFEFFb"_s);
    }

    void invalidUtf8IsAClearSyntaxError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0xff in a name") << planWith({},
                                                    "\"name\": \"a\xFF"
                                                    "b\", ");
        QTest::newRow("overlong slash") << planWith({}, "\"name\": \"\xC0\xAF\", ");
        QTest::newRow("encoded surrogate") << planWith({}, "\"name\": \"\xED\xA0\x80\", ");
        QTest::newRow("truncated sequence") << planWith({}, "\"name\": \"\xE2\x82\", ");
        QTest::newRow("invalid in a key") << planWith({}, "\"\xFE\": 1, ");
        QTest::newRow("outside strings") << planWith({}, "\xC3\xA9 ");
    }

    void invalidUtf8IsAClearSyntaxError()
    {
        QFETCH(QByteArray, bytes);
        verifyRefused(parsePlan(bytes), u"line 1, column"_s);
    }

    void loneSurrogateEscapeIsRefusedOrKept()
    {
        // "\ud800" is valid JSON but not a Unicode character. Outcome: a clear error, or a
        // plan that saves and loads back unchanged.
        const ReadResult r = parsePlan(planWith({}, "\"name\": \"a\\ud800b\", "));
        if (!r.ok()) {
            verifyRefused(r, u"/name"_s);
            return;
        }
        const ReadResult again = parsePlan(serializePlan(*r.plan));
        QVERIFY(again.ok());
        QCOMPARE(again.plan->name, r.plan->name);
    }

    void nulAndControlCharactersRoundTrip()
    {
        const ReadResult r
            = parsePlan(planWith(session("s1", ", \"notes\": \"a\\u0000b\\u0001\\u001f\\n\\t\\\"\\\\\"")));
        verifyRoundTrips(r);
        QCOMPARE(r.plan->sessions.at(0).notes, u"a\0b\x01\x1f\n\t\"\\"_s);
    }

    void largeIntegersInUnknownKeysAreKept()
    {
        const ReadResult r = parsePlan(planWith({}, "\"x-counter\": 9007199254740993, "));
        QVERIFY(r.ok());
        const ReadResult again = parsePlan(serializePlan(*r.plan));
        QVERIFY(again.ok());
        QCOMPARE(again.plan->unknownKeys.value(u"x-counter"_s).toInteger(), Q_INT64_C(9007199254740993));
    }

    void hugeStringsAreRefusedWithShortMessages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        const QByteArray huge(3'000'000, 'x');
        QTest::newRow("name") << planWith({}, "\"name\": \"" + huge + "\", ") << u"/name"_s;
        QTest::newRow("plan notes 10001")
            << planWith({}, "\"notes\": \"" + QByteArray(10001, 'n') + "\", ") << u"/notes"_s;
        QTest::newRow("session id 65") << planWith(session(QByteArray(65, 'i'))) << u"/sessions/0/id"_s;
        QTest::newRow("session title")
            << planWith(session("s1", ", \"title\": \"" + huge + "\"")) << u"/sessions/0/title"_s;
        QTest::newRow("start") << planWith(session("s1").replace("07:00", huge)) << u"/sessions/0/start"_s;
        QTest::newRow("day") << planWith(session("s1").replace("\"mon\"", "\"" + huge + "\""))
                             << u"/sessions/0/day"_s;
        QTest::newRow("file over 4 MiB")
            << planWith({}, "\"x\": \"" + QByteArray(PlanLimits::kMaxFileBytes, 'x') + "\", ") << u"file"_s;
    }

    void hugeStringsAreRefusedWithShortMessages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        verifyRefused(parsePlan(bytes), where);
    }

    void longestAllowedStringsLoad()
    {
        const ReadResult r = parsePlan(
            planWith(session(QByteArray(64, 'i'), ", \"notes\": \"" + QByteArray(2000, 'n') + "\""),
                     "\"notes\": \"" + QByteArray(10000, 'n') + "\", \"x-blob\": \""
                         + QByteArray(3'000'000, 'b') + "\", "));
        verifyRoundTrips(r);
    }

    void garbageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray("  \n\t ");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("string") << QByteArray("\"ordo-plan\"");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("truncated") << planWith(session("s1")).chopped(7);
        QTest::newRow("trailing garbage") << planWith({}) + "x";
        QTest::newRow("two documents") << planWith({}) + planWith({});
        QTest::newRow("nul byte") << planWith({}).insert(5, '\0');
        QByteArray binary(65536, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919 + 13) & 0xff);
        QTest::newRow("binary") << binary;
        QTest::newRow("format only") << QByteArray("{\"format\": \"ordo-plan\"}");
        QTest::newRow("newer version") << planWith({}).replace("\"version\": 1", "\"version\": 2");
        QTest::newRow("version 0") << planWith({}).replace("\"version\": 1", "\"version\": 0");
        QTest::newRow("version as string") << planWith({}).replace("\"version\": 1", "\"version\": \"1\"");
        QTest::newRow("sessions object")
            << QByteArray("{\"format\": \"ordo-plan\", \"version\": 1, \"sessions\": {}}");
    }

    void garbageIsRefused()
    {
        QFETCH(QByteArray, bytes);
        verifyRefused(parsePlan(bytes));
    }

    void misspelledEnumValuesNameTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        const auto cardio = [](const QByteArray &modality, const QByteArray &intensity) {
            return "{\"id\": \"c1\", \"day\": \"tue\", \"start\": \"18:00\", \"durationMin\": 30, \"kind\": "
                   "\"cardio\", "
                   "\"modality\": "
                + modality + ", \"intensity\": " + intensity + "}";
        };
        for (const char *day : { "\"Mon\"", "\"monday\"", "\"mo\"", "\"\"", "\" mon\"", "1", "null" })
            QTest::addRow("day %s", day)
                << planWith(session("s1").replace("\"mon\"", day)) << u"/sessions/0/day"_s;
        for (const char *kind : { "\"Strength\"", "\"lifting\"", "\"strenght\"", "true" })
            QTest::addRow("kind %s", kind)
                << planWith(session("s1").replace("\"strength\"", kind)) << u"/sessions/0/kind"_s;
        for (const char *focus : { "\"legs\"", "\"Lower\"", "\"lower body\"" })
            QTest::addRow("focus %s", focus)
                << planWith(session("s1").replace("\"lower\"", focus)) << u"/sessions/0/focus"_s;
        for (const char *load : { "\"hard\"", "\"Heavy\"", "3" })
            QTest::addRow("load %s", load)
                << planWith(session("s1", ", \"load\": " + QByteArray(load))) << u"/sessions/0/load"_s;
        for (const char *modality : { "\"run\"", "\"stair-climbing\"", "\"StairClimbing\"", "\"bike\"" })
            QTest::addRow("modality %s", modality)
                << planWith(cardio(modality, "\"easy\"")) << u"/sessions/0/modality"_s;
        for (const char *intensity : { "\"HIIT\"", "\"hit\"", "\"high\"", "\"zone2\"" })
            QTest::addRow("intensity %s", intensity)
                << planWith(cardio("\"running\"", intensity)) << u"/sessions/0/intensity"_s;
        for (const char *goal : { "\"fatloss\"", "\"fat-loss\"", "\"Fat loss\"" })
            QTest::addRow("goal %s", goal)
                << planWith({}, "\"profile\": {\"goal\": " + QByteArray(goal) + "}, ") << u"/profile/goal"_s;
        QTest::newRow("experience") << planWith({}, "\"profile\": {\"experience\": \"expert\"}, ")
                                    << u"/profile/experience"_s;
        QTest::newRow("sex") << planWith({}, "\"profile\": {\"sex\": \"f\"}, ") << u"/profile/sex"_s;
        QTest::newRow("cycle day") << planWith(
            {}, "\"profile\": {\"cycle\": {\"firstDay\": {\"day\": \"thursday\"}}}, ")
                                   << u"/profile/cycle/firstDay/day"_s;
        QTest::newRow("disabled rule")
            << planWith({}, "\"analysis\": {\"disabledRules\": [\"ampk_window\"]}, ")
            << u"/analysis/disabledRules/0"_s;
        QTest::newRow("threshold name")
            << planWith({}, "\"analysis\": {\"thresholds\": {\"ampk.hiit.max\": 100}}, ")
            << u"/analysis/thresholds/ampk.hiit.max"_s;
    }

    void misspelledEnumValuesNameTheirPlace()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        const ReadResult r = parsePlan(bytes);
        verifyRefused(r, where);
        QCOMPARE(r.errors.size(), 1); // the one mistake, not a cascade
    }

    void malformedTimesAndNumbers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        for (const char *start : { "7:00", "24:00", "23:60", "07:00:00", "07h00", "-1:00",
                                   "\xEF\xBC\x90\xEF\xBC\x97:00", "07:0" })
            QTest::addRow("start %s", start)
                << planWith(session("s1").replace("07:00", start)) << u"/sessions/0/start"_s;
        for (const char *week : { "-1", "1.5", "\"0\"", "1" })
            QTest::addRow("week %s", week)
                << planWith(session("s1", ", \"week\": " + QByteArray(week))) << u"/sessions/0/week"_s;
        for (const char *duration : { "4", "601", "60.5", "\"60\"", "-60", "0" })
            QTest::addRow("durationMin %s", duration) << planWith(
                session("s1").replace("\"durationMin\": 60", "\"durationMin\": " + QByteArray(duration)))
                                                      << u"/sessions/0/durationMin"_s;
        for (const char *weeks : { "0", "53", "1.5", "true" })
            QTest::addRow("weeks %s", weeks)
                << planWith({}, "\"weeks\": " + QByteArray(weeks) + ", ") << u"/weeks"_s;
    }

    void malformedTimesAndNumbers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        verifyRefused(parsePlan(bytes), where);
    }

    void manyErrorsAreCapped()
    {
        QByteArray sessions;
        for (int i = 0; i < 500; ++i)
            sessions
                += (i ? ", " : "") + session("s" + QByteArray::number(i)).replace("\"mon\"", "\"funday\"");
        const ReadResult r = parsePlan(planWith(sessions));
        verifyRefused(r, u"/sessions/0/day"_s);
        QCOMPARE(r.errors.size(), PlanLimits::kMaxReportedErrors);
    }

    void tenThousandSessionsAtTheSameTime()
    {
        // Every pair overlaps: analysis must stay fast and report a bounded list.
        QByteArray sessions;
        for (int i = 0; i < 10000; ++i) {
            sessions += i ? ",\n" : "\n";
            if (i % 2)
                sessions += "{\"id\": \"c" + QByteArray::number(i)
                    + "\", \"day\": \"wed\", \"start\": \"07:00\", "
                      "\"durationMin\": 60, \"kind\": \"cardio\", \"modality\": \"running\", \"intensity\": "
                      "\"hiit\"}";
            else
                sessions += session("s" + QByteArray::number(i))
                                .replace("\"mon\"", "\"wed\"")
                                .replace("\"lower\"", "\"lower\", \"load\": \"heavy\"");
        }
        const QByteArray bytes = planWith(sessions);
        QVERIFY(bytes.size() < PlanLimits::kMaxFileBytes);
        QElapsedTimer timer;
        timer.start();
        const ReadResult r = parsePlan(bytes);
        QVERIFY2(r.ok(), qPrintable(allErrors(r)));
        QCOMPARE(r.plan->sessions.size(), 10000);
        const qint64 parseMs = timer.restart();
        const Analysis a = analyze(*r.plan);
        const qint64 analyzeMs = timer.elapsed();
        qInfo("10,000 simultaneous sessions: parse %lld ms, analyze %lld ms, %lld findings", parseMs,
              analyzeMs, static_cast<long long>(a.findings.size()));
        verifyAnalysisInvariants(*r.plan, a);
        // Repeated findings are summarised, not listed pairwise (~50 million pairs).
        QVERIFY2(a.findings.size() <= 2000, qPrintable(u"%1 findings"_s.arg(a.findings.size())));
        QVERIFY(!a.findings.isEmpty());

        verifyRefused(parsePlan(planWith(sessions + ", " + session("extra"))), u"/sessions"_s, u"10,000"_s);
    }

    void lateLongSessionsCrossMidnightAndThePlanEnd_data()
    {
        QTest::addColumn<bool>("repeat");
        QTest::newRow("repeating") << true;
        QTest::newRow("one-off") << false;
    }

    void lateLongSessionsCrossMidnightAndThePlanEnd()
    {
        QFETCH(bool, repeat);
        static const char *const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
        QByteArray sessions;
        int n = 0;
        for (int week = 0; week < 2; ++week) {
            for (const char *day : days) {
                const QByteArray kind = n % 3 == 0
                    ? "\"kind\": \"strength\", \"focus\": \"lower\", \"load\": \"heavy\""
                    : n % 3 == 1 ? "\"kind\": \"cardio\", \"modality\": \"cycling\", \"intensity\": \"hiit\""
                                 : "\"kind\": \"mobility\"";
                sessions += (n ? ", " : "") + "{\"id\": \"s"_ba + QByteArray::number(n)
                    + "\", \"week\": " + QByteArray::number(week) + ", \"day\": \"" + day
                    + "\", \"start\": \"23:59\", \"durationMin\": 600, " + kind + "}";
                ++n;
            }
        }
        const ReadResult r = parsePlan(
            planWith(sessions, "\"weeks\": 2, \"repeat\": "_ba + (repeat ? "true" : "false") + ", "));
        verifyRoundTrips(r);
        const Analysis a = analyze(*r.plan);
        verifyAnalysisInvariants(*r.plan, a);
        QCOMPARE(analyze(*r.plan), a); // deterministic
        double total = 0;
        for (const DayFigures &d : a.days)
            total += d.load;
        double expected = 0;
        for (const Session &s : r.plan->sessions)
            expected += sessionLoad(s);
        if (repeat) {
            // Minutes past Sunday of the last week wrap to Monday of week 0: nothing is lost.
            QVERIFY2(std::fabs(total - expected) < 1e-6 * expected,
                     qPrintable(u"daily loads sum to %1, sessions to %2"_s.arg(total).arg(expected)));
        } else {
            // A one-off plan ends on the last Sunday: the minutes after it may be dropped.
            QVERIFY(total <= expected + 1e-6 * expected);
            QVERIFY(total > 0.9 * expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
