// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"
#include "planio.h"
#include "planlimits.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ordo;

// Plan files: reading, validating, writing and round-tripping (docs/plan-format.md).
class TestPlanIo : public QObject
{
    Q_OBJECT

private:
    static QByteArray validPlanWith(const QString &sessionJson)
    {
        return (u"{\n  \"format\": \"ordo-plan\",\n  \"version\": 1,\n  \"weeks\": 2,\n  \"sessions\": [\n"_s
                + sessionJson + u"\n  ]\n}\n"_s)
            .toUtf8();
    }

    // The JSON text without whitespace outside strings, to compare values as written.
    static QByteArray minified(const QByteArray &json)
    {
        QByteArray out;
        bool inString = false;
        for (qsizetype i = 0; i < json.size(); ++i) {
            const char c = json[i];
            if (inString) {
                out += c;
                if (c == '\\' && i + 1 < json.size())
                    out += json[++i];
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
                out += c;
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out += c;
            }
        }
        return out;
    }

    // A minified plan of 10,000 sessions whose notes fill it up to `bytes`.
    static QByteArray planOfSize(qint64 bytes)
    {
        const QByteArray head = R"({"format":"ordo-plan","version":1,"weeks":52,"sessions":[)";
        QList<QByteArray> sessions;
        qint64 size = head.size() + 2;
        for (int i = 0; i < 10000; ++i) {
            sessions
                << uR"({"id":"s%1","week":%2,"day":"wed","start":"06:15","durationMin":30,"kind":"strength","focus":"upper","notes":""})"_s
                       .arg(i)
                       .arg(i % 52)
                       .toUtf8();
            size += sessions.last().size() + 1;
        }
        // Spread the rest over the notes, at most 2,000 characters each.
        qint64 left = bytes - size + 1;
        for (QByteArray &s : sessions) {
            const qint64 add = std::min<qint64>(left, 2000);
            s.insert(s.size() - 2, QByteArray(add, 'n'));
            left -= add;
        }
        return head + sessions.join(',') + "]}";
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtinPlansRoundTripByteForByte_data()
    {
        QTest::addColumn<QString>("name");
        const auto plans = builtinPlans();
        QVERIFY(plans.size() >= 5);
        for (const BuiltinPlan &p : plans)
            QTest::newRow(qPrintable(p.name)) << p.name;
    }

    void builtinPlansRoundTripByteForByte()
    {
        QFETCH(QString, name);
        const QByteArray bytes = builtinPlanBytes(name);
        const ReadResult r = parsePlan(bytes);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(serializePlan(*r.plan), bytes);
        QVERIFY(!r.plan->sessions.isEmpty());
    }

    void fixturesRoundTripByteForByte_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(test::dataDir() + u"/plans"_s);
        for (const QString &f : dir.entryList({ u"*.ordo"_s }, QDir::Files))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void fixturesRoundTripByteForByte()
    {
        QFETCH(QString, path);
        const QByteArray bytes = test::readFixture(path);
        const ReadResult r = readPlanFile(path);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(serializePlan(*r.plan), bytes);
        // Saving twice gives identical bytes.
        const ReadResult again = parsePlan(serializePlan(*r.plan));
        QVERIFY(again.ok());
        QCOMPARE(*again.plan, *r.plan);
    }

    // tests/data/invalid: one mistake per file, its place in the unknown key
    // "x-ordo-test-expect". The plan schema must reject the same files (docs_plan_schema).
    void invalidFixturesAreRefusedWhereTheySay_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expectedWhere");
        const QDir dir(test::dataDir() + u"/invalid"_s);
        const QStringList files = dir.entryList({ u"*.ordo"_s }, QDir::Files);
        QVERIFY(files.size() >= 10);
        for (const QString &f : files) {
            const QJsonObject root = QJsonDocument::fromJson(test::readFixture(dir.filePath(f))).object();
            QTest::newRow(qPrintable(f)) << dir.filePath(f) << root.value(u"x-ordo-test-expect"_s).toString();
        }
    }

    void invalidFixturesAreRefusedWhereTheySay()
    {
        QFETCH(QString, path);
        QFETCH(QString, expectedWhere);
        QVERIFY2(!expectedWhere.isEmpty(), "the fixture does not say where its mistake is");
        const ReadResult r = readPlanFile(path);
        QVERIFY2(!r.ok(), "an invalid fixture loaded");
        QStringList wheres;
        for (const PlanError &e : r.errors)
            wheres << e.where;
        QVERIFY2(wheres.contains(expectedWhere), qPrintable(wheres.join(u", "_s)));
    }

    void defaultsAreApplied()
    {
        const ReadResult r = parsePlan(R"({"format":"ordo-plan","version":1,"sessions":[
            {"id":"a","day":"tue","start":"07:30","durationMin":45,"kind":"strength","focus":"upper"}]})");
        QVERIFY(r.ok());
        const Plan &p = *r.plan;
        QCOMPARE(p.name, u"Untitled plan"_s);
        QCOMPARE(p.weeks, 1);
        QCOMPARE(p.repeat, true);
        QCOMPARE(p.profile.goal, Goal::GeneralFitness);
        QCOMPARE(p.profile.experience, Experience::Intermediate);
        QCOMPARE(p.profile.bodyMassKg, 75.0);
        QCOMPARE(p.profile.age, 35);
        QCOMPARE(p.sessions.size(), 1);
        const Session &s = p.sessions.first();
        QCOMPARE(s.week, 0);
        QCOMPARE(s.day, Day::Tue);
        QCOMPARE(s.startMinute, 7 * 60 + 30);
        QCOMPARE(s.load, Load::Moderate);
        QCOMPARE(s.effectiveRpe(), 6.0);
        QCOMPARE(s.axisStart(), 1440 + 450);
    }

    void malformedFilesNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QString ok
            = uR"({"id":"s1","day":"mon","start":"07:00","durationMin":60,"kind":"strength","focus":"lower"})"_s;
        auto withSession = [&](const QString &s) { return validPlanWith(s); };
        auto replaced = [&](const QString &from, const QString &to) {
            QString s = ok;
            s.replace(from, to);
            return validPlanWith(s);
        };
        QTest::newRow("empty file") << QByteArray() << u"line 1, column 1"_s;
        QTest::newRow("syntax: missing value")
            << QByteArray("{\"a\": 1,\n \"b\": }") << u"line 2, column 7"_s;
        QTest::newRow("syntax: trailing comma")
            << QByteArray("{\n  \"format\": \"ordo-plan\",\n}") << u"line 3, column 1"_s;
        QTest::newRow("syntax: unterminated string") << QByteArray("{\n\"format\": \"ordo") << u"line 2"_s;
        QTest::newRow("top level is an array") << QByteArray("[1, 2]") << u"/: expected a JSON object"_s;
        QTest::newRow("format missing")
            << QByteArray(R"({"version":1,"sessions":[]})") << u"/format: missing"_s;
        QTest::newRow("format wrong") << QByteArray(R"({"format":"tiled","version":1,"sessions":[]})")
                                      << u"/format: expected \"ordo-plan\""_s;
        QTest::newRow("newer version") << QByteArray(R"({"format":"ordo-plan","version":2,"sessions":[]})")
                                       << u"/version: made by a newer Ordo (format 2)"_s;
        QTest::newRow("version string") << QByteArray(R"({"format":"ordo-plan","version":"1","sessions":[]})")
                                        << u"/version: expected an integer"_s;
        QTest::newRow("version zero") << QByteArray(R"({"format":"ordo-plan","version":0,"sessions":[]})")
                                      << u"/version: unknown format version 0"_s;
        QTest::newRow("sessions missing")
            << QByteArray(R"({"format":"ordo-plan","version":1})") << u"/sessions: missing required key"_s;
        QTest::newRow("sessions not array")
            << QByteArray(R"({"format":"ordo-plan","version":1,"sessions":{}})")
            << u"/sessions: expected an array"_s;
        QTest::newRow("weeks zero") << QByteArray(
            R"({"format":"ordo-plan","version":1,"weeks":0,"sessions":[]})")
                                    << u"/weeks: must be between 1 and 52"_s;
        QTest::newRow("weeks fraction")
            << QByteArray(R"({"format":"ordo-plan","version":1,"weeks":1.5,"sessions":[]})")
            << u"/weeks: expected an integer"_s;
        QTest::newRow("repeat string")
            << QByteArray(R"({"format":"ordo-plan","version":1,"repeat":"yes","sessions":[]})")
            << u"/repeat: expected true or false"_s;
        QTest::newRow("name too long") << (u"{\"format\":\"ordo-plan\",\"version\":1,\"name\":\""_s
                                           + QString(201, u'x') + u"\",\"sessions\":[]}"_s)
                                              .toUtf8()
                                       << u"/name: longer than 200"_s;
        QTest::newRow("goal unknown")
            << QByteArray(R"({"format":"ordo-plan","version":1,"profile":{"goal":"bulk"},"sessions":[]})")
            << u"/profile/goal: expected one of fat_loss"_s;
        QTest::newRow("body mass too low")
            << QByteArray(R"({"format":"ordo-plan","version":1,"profile":{"bodyMassKg":12},"sessions":[]})")
            << u"/profile/bodyMassKg: must be between 30 and 300"_s;
        QTest::newRow("age fraction")
            << QByteArray(R"({"format":"ordo-plan","version":1,"profile":{"age":30.5},"sessions":[]})")
            << u"/profile/age: expected an integer"_s;
        QTest::newRow("cycle length") << QByteArray(
            R"({"format":"ordo-plan","version":1,"profile":{"cycle":{"firstDay":{"week":0,"day":"thu"},"lengthDays":60}},"sessions":[]})")
                                      << u"/profile/cycle/lengthDays: must be between 20 and 45"_s;
        QTest::newRow("cycle day") << QByteArray(
            R"({"format":"ordo-plan","version":1,"profile":{"cycle":{"firstDay":{"day":"funday"}}},"sessions":[]})")
                                   << u"/profile/cycle/firstDay/day"_s;
        QTest::newRow("unknown rule id") << QByteArray(
            R"({"format":"ordo-plan","version":1,"analysis":{"disabledRules":["no-such-rule"]},"sessions":[]})")
                                         << u"/analysis/disabledRules/0: unknown rule id"_s;
        QTest::newRow("unknown setting") << QByteArray(
            R"({"format":"ordo-plan","version":1,"analysis":{"thresholds":{"ampk.bogus":1}},"sessions":[]})")
                                         << u"/analysis/thresholds/ampk.bogus: unknown setting name"_s;
        QTest::newRow("setting out of range") << QByteArray(
            R"({"format":"ordo-plan","version":1,"analysis":{"thresholds":{"ampk.hiit.maxMin":5}},"sessions":[]})")
                                              << u"/analysis/thresholds/ampk.hiit.maxMin: must be between"_s;
        QTest::newRow("back-to-back gap out of range")
            << QByteArray(
                   R"({"format":"ordo-plan","version":1,"analysis":{"thresholds":{"spacing.backToBackMaxStartGapMin":4321}},"sessions":[]})")
            << u"/analysis/thresholds/spacing.backToBackMaxStartGapMin: must be between 0 and 4320"_s;
        QTest::newRow("back-to-back gap string")
            << QByteArray(
                   R"({"format":"ordo-plan","version":1,"analysis":{"thresholds":{"spacing.backToBackMaxStartGapMin":"36h"}},"sessions":[]})")
            << u"/analysis/thresholds/spacing.backToBackMaxStartGapMin: expected a number"_s;
        QTest::newRow("session not object")
            << withSession(u"42"_s) << u"/sessions/0: expected a session object"_s;
        QTest::newRow("start 7am") << replaced(u"\"07:00\""_s, u"\"7am\""_s)
                                   << u"/sessions/0/start: expected HH:MM, got \"7am\""_s;
        QTest::newRow("start 24:00") << replaced(u"\"07:00\""_s, u"\"24:00\""_s)
                                     << u"/sessions/0/start: expected HH:MM"_s;
        QTest::newRow("start 7:00") << replaced(u"\"07:00\""_s, u"\"7:00\""_s)
                                    << u"/sessions/0/start: expected HH:MM"_s;
        QTest::newRow("day misspelled")
            << replaced(u"\"mon\""_s, u"\"monday\""_s) << u"/sessions/0/day: expected one of mon, tue"_s;
        QTest::newRow("duration too short")
            << replaced(u"60"_s, u"4"_s) << u"/sessions/0/durationMin: must be between 5 and 600"_s;
        QTest::newRow("duration too long")
            << replaced(u"60"_s, u"601"_s) << u"/sessions/0/durationMin: must be between 5 and 600"_s;
        QTest::newRow("duration string")
            << replaced(u"60"_s, u"\"60\""_s) << u"/sessions/0/durationMin: expected an integer"_s;
        QTest::newRow("kind unknown") << replaced(u"\"strength\""_s, u"\"weights\""_s)
                                      << u"/sessions/0/kind: expected one of strength, cardio, mobility"_s;
        QTest::newRow("focus missing")
            << replaced(u",\"focus\":\"lower\""_s, QString()) << u"/sessions/0/focus: missing required key"_s;
        QTest::newRow("load unknown")
            << replaced(u"\"focus\":\"lower\""_s, u"\"focus\":\"lower\",\"load\":\"max\""_s)
            << u"/sessions/0/load: expected one of heavy"_s;
        QTest::newRow("modality missing") << withSession(
            uR"({"id":"c","day":"mon","start":"07:00","durationMin":20,"kind":"cardio","intensity":"easy"})"_s)
                                          << u"/sessions/0/modality: missing required key"_s;
        QTest::newRow("intensity unknown") << withSession(
            uR"({"id":"c","day":"mon","start":"07:00","durationMin":20,"kind":"cardio","modality":"running","intensity":"hard"})"_s)
                                           << u"/sessions/0/intensity: expected one of easy, moderate, hiit"_s;
        QTest::newRow("loadsLegs string") << withSession(
            uR"({"id":"c","day":"mon","start":"07:00","durationMin":20,"kind":"cardio","modality":"swimming","intensity":"easy","loadsLegs":"yes"})"_s)
                                          << u"/sessions/0/loadsLegs: expected true or false"_s;
        QTest::newRow("explosive string") << replaced(u"\"focus\""_s, u"\"explosive\":\"yes\",\"focus\""_s)
                                          << u"/sessions/0/explosive: expected true or false"_s;
        QTest::newRow("rpe 11") << replaced(u"\"focus\""_s, u"\"rpe\":11,\"focus\""_s)
                                << u"/sessions/0/rpe: must be between 1 and 10"_s;
        QTest::newRow("week beyond plan") << replaced(u"\"day\""_s, u"\"week\":2,\"day\""_s)
                                          << u"/sessions/0/week: must be between 0 and 1"_s;
        QTest::newRow("id missing") << replaced(u"\"id\":\"s1\","_s, QString())
                                    << u"/sessions/0/id: missing required key"_s;
        QTest::newRow("id empty") << replaced(u"\"s1\""_s, u"\"\""_s)
                                  << u"/sessions/0/id: must not be empty"_s;
        QTest::newRow("id too long") << replaced(u"\"s1\""_s, u'"' + QString(65, u'a') + u'"')
                                     << u"/sessions/0/id: longer than 64"_s;
        QTest::newRow("duplicate id")
            << withSession(ok + u",\n"_s + ok)
            << u"/sessions/1/id: duplicate id \"s1\" (first used at /sessions/0/id)"_s;
        // Phases (docs/plan-format.md, "Phases"): every error names its place.
        auto withPhases = [](const QString &phases) {
            return (u"{\"format\":\"ordo-plan\",\"version\":1,\"weeks\":2,\"phases\":"_s + phases
                    + u",\"sessions\":[]}"_s)
                .toUtf8();
        };
        QTest::newRow("phases not an array")
            << withPhases(u"{}"_s) << u"/phases: expected an array, got an object"_s;
        QTest::newRow("phase not an object")
            << withPhases(u"[\"base\"]"_s) << u"/phases/0: expected a phase object"_s;
        QTest::newRow("phase unknown")
            << withPhases(uR"([{"week":0,"phase":"recovery"}])"_s)
            << u"/phases/0/phase: expected one of base, build, peak, deload, taper, custom"_s;
        QTest::newRow("phase missing")
            << withPhases(uR"([{"week":0}])"_s) << u"/phases/0/phase: missing required key"_s;
        QTest::newRow("phase week beyond plan") << withPhases(uR"([{"week":2,"phase":"base"}])"_s)
                                                << u"/phases/0/week: must be between 0 and 1"_s;
        QTest::newRow("phase week missing")
            << withPhases(uR"([{"phase":"base"}])"_s) << u"/phases/0/week: missing required key"_s;
        QTest::newRow("custom phase without label") << withPhases(uR"([{"week":0,"phase":"custom"}])"_s)
                                                    << u"/phases/0/label: a custom phase needs a label"_s;
        QTest::newRow("label on a named phase")
            << withPhases(uR"([{"week":0,"phase":"build","label":"B"}])"_s)
            << u"/phases/0/label: only a custom phase has a label"_s;
        QTest::newRow("phase label too long")
            << withPhases(uR"([{"week":0,"phase":"custom","label":")"_s + QString(41, u'x') + uR"("}])"_s)
            << u"/phases/0/label: longer than 40"_s;
        QTest::newRow("phases out of order")
            << withPhases(uR"([{"week":1,"phase":"base"},{"week":0,"phase":"build"}])"_s)
            << u"/phases/1/week: phases must be in week order, one per week (week 0 follows week 1)"_s;
        QTest::newRow("two phases for one week")
            << withPhases(uR"([{"week":1,"phase":"base"},{"week":1,"phase":"build"}])"_s)
            << u"/phases/1/week: phases must be in week order"_s;
        QTest::newRow("session notes too long")
            << replaced(u"\"focus\""_s, u"\"notes\":\""_s + QString(2001, u'n') + u"\",\"focus\""_s)
            << u"/sessions/0/notes: longer than 2000"_s;
    }

    void malformedFilesNameThePlace()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const ReadResult r = parsePlan(bytes);
        QVERIFY(!r.ok());
        QVERIFY(!r.errors.isEmpty());
        QStringList all;
        for (const PlanError &e : r.errors)
            all << e.toString();
        QVERIFY2(all.join(u'\n').contains(expected), qPrintable(all.join(u'\n')));

        // Same through the file path.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.ordo"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(!readPlanFile(path).ok());
    }

    void allContentErrorsAreReportedTogether()
    {
        const ReadResult r = parsePlan(validPlanWith(
            uR"({"id":"a","day":"funday","start":"7am","durationMin":2,"kind":"strength","focus":"legs"},
                {"id":"b","day":"mon","start":"07:00","durationMin":60,"kind":"cardio","modality":"skating","intensity":"easy"})"_s));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 5);
        QCOMPARE(r.errors[0].where, u"/sessions/0/day"_s);
        QCOMPARE(r.errors[4].where, u"/sessions/1/modality"_s);
    }

    // Every limit of planlimits.h: the value at the limit loads, one step outside is refused
    // with an error that names the JSON Pointer of the value.
    void limitsHoldAtTheEdgeAndRefuseOneStepOutside_data()
    {
        using namespace PlanLimits;
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("inside");
        QTest::addColumn<QJsonValue>("outside");
        const auto text = [](int n) { return QJsonValue(QString(n, u'x')); };
        QTest::newRow("weeks min") << u"/weeks"_s << QJsonValue(kMinWeeks) << QJsonValue(kMinWeeks - 1);
        QTest::newRow("weeks max") << u"/weeks"_s << QJsonValue(kMaxWeeks) << QJsonValue(kMaxWeeks + 1);
        QTest::newRow("name") << u"/name"_s << text(kMaxNameLength) << text(kMaxNameLength + 1);
        QTest::newRow("plan notes") << u"/notes"_s << text(kMaxPlanNotesLength)
                                    << text(kMaxPlanNotesLength + 1);
        QTest::newRow("age min") << u"/profile/age"_s << QJsonValue(kMinAge) << QJsonValue(kMinAge - 1);
        QTest::newRow("age max") << u"/profile/age"_s << QJsonValue(kMaxAge) << QJsonValue(kMaxAge + 1);
        QTest::newRow("mass min") << u"/profile/bodyMassKg"_s << QJsonValue(kMinBodyMassKg)
                                  << QJsonValue(kMinBodyMassKg - 0.1);
        QTest::newRow("mass max") << u"/profile/bodyMassKg"_s << QJsonValue(kMaxBodyMassKg)
                                  << QJsonValue(kMaxBodyMassKg + 0.1);
        QTest::newRow("cycle min") << u"/profile/cycle/lengthDays"_s << QJsonValue(kMinCycleLengthDays)
                                   << QJsonValue(kMinCycleLengthDays - 1);
        QTest::newRow("cycle max") << u"/profile/cycle/lengthDays"_s << QJsonValue(kMaxCycleLengthDays)
                                   << QJsonValue(kMaxCycleLengthDays + 1);
        QTest::newRow("id") << u"/sessions/0/id"_s << text(kMaxIdLength) << text(kMaxIdLength + 1);
        QTest::newRow("title") << u"/sessions/0/title"_s << text(kMaxTitleLength)
                               << text(kMaxTitleLength + 1);
        QTest::newRow("session notes")
            << u"/sessions/0/notes"_s << text(kMaxSessionNotesLength) << text(kMaxSessionNotesLength + 1);
        QTest::newRow("duration min")
            << u"/sessions/0/durationMin"_s << QJsonValue(kMinDurationMin) << QJsonValue(kMinDurationMin - 1);
        QTest::newRow("duration max")
            << u"/sessions/0/durationMin"_s << QJsonValue(kMaxDurationMin) << QJsonValue(kMaxDurationMin + 1);
        QTest::newRow("rpe min") << u"/sessions/0/rpe"_s << QJsonValue(kMinRpe) << QJsonValue(kMinRpe - 0.1);
        QTest::newRow("rpe max") << u"/sessions/0/rpe"_s << QJsonValue(kMaxRpe) << QJsonValue(kMaxRpe + 0.1);
        const QJsonObject session { { u"id"_s, u"s"_s },
                                    { u"day"_s, u"mon"_s },
                                    { u"start"_s, u"07:00"_s },
                                    { u"durationMin"_s, 30 },
                                    { u"kind"_s, u"mobility"_s } };
        const auto sessions = [&session](int n) {
            QJsonArray a;
            for (int i = 0; i < n; ++i) {
                QJsonObject s = session;
                s[u"id"_s] = u"s%1"_s.arg(i);
                a.append(s);
            }
            return QJsonValue(a);
        };
        QTest::newRow("sessions") << u"/sessions"_s << sessions(kMaxSessions) << sessions(kMaxSessions + 1);
    }

    void limitsHoldAtTheEdgeAndRefuseOneStepOutside()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, inside);
        QFETCH(QJsonValue, outside);
        const QJsonObject root = QJsonDocument::fromJson(R"({"format":"ordo-plan","version":1,
            "profile":{"cycle":{"firstDay":{"day":"mon"}}},
            "sessions":[{"id":"s1","day":"mon","start":"07:00","durationMin":60,"kind":"strength","focus":"lower"}]})")
                                     .object();
        // Replaces the value at a JSON Pointer of objects and arrays.
        const std::function<QJsonValue(const QJsonValue &, QStringList, const QJsonValue &)> with
            = [&with](const QJsonValue &node, QStringList keys, const QJsonValue &value) -> QJsonValue {
            if (keys.isEmpty())
                return value;
            const QString key = keys.takeFirst();
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                a[key.toInt()] = with(a[key.toInt()], keys, value);
                return a;
            }
            QJsonObject o = node.toObject();
            o[key] = with(o.value(key), keys, value);
            return o;
        };
        const QStringList keys = path.split(u'/', Qt::SkipEmptyParts);
        const auto parse = [&](const QJsonValue &value) {
            return parsePlan(QJsonDocument(with(root, keys, value).toObject()).toJson());
        };
        const ReadResult atLimit = parse(inside);
        QVERIFY2(atLimit.ok(), qPrintable(atLimit.errors.value(0).toString()));
        const ReadResult beyond = parse(outside);
        QVERIFY(!beyond.ok());
        QCOMPARE(beyond.errors.size(), 1);
        QCOMPARE(beyond.errors[0].where, path);
    }

    // docs/plan-format.md: `explosive` (rules revision 2) is read for strength sessions and
    // written only when true, so plans without it stay byte for byte the same.
    void explosiveIsWrittenOnlyWhenTrue()
    {
        Plan p = *readBuiltinPlan(u"strength"_s).plan;
        QVERIFY(!serializePlan(p).contains("explosive"));
        QCOMPARE(p.sessions[0].kind, Kind::Strength);
        p.sessions[0].explosive = true;
        const QByteArray bytes = serializePlan(p);
        QVERIFY(bytes.contains("\"explosive\": true"));
        const ReadResult back = parsePlan(bytes);
        QVERIFY(back.plan);
        QVERIFY(back.plan->sessions[0].explosive);
        QCOMPARE(serializePlan(*back.plan), bytes);
    }

    void retiredSettingsLoadAndAreKept()
    {
        // docs/plan-format.md "Retired settings (revision 2)": not an error, kept on save.
        const ReadResult r = parsePlan(
            R"({"format":"ordo-plan","version":1,"analysis":{"thresholds":{"fatigue.sameMuscleMinGapMin":2880,"hiit.minSpacingMin":99999}},"sessions":[]})");
        QVERIFY2(r.ok(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.first().toString()));
        QCOMPARE(r.plan->analysis.thresholds.value(u"hiit.minSpacingMin"_s), 99999.0);
        const QByteArray out = serializePlan(*r.plan);
        QVERIFY(out.contains("\"fatigue.sameMuscleMinGapMin\""));
        QVERIFY(out.contains("\"hiit.minSpacingMin\""));
    }

    void errorsAreCappedAtFifty()
    {
        QStringList sessions;
        for (int i = 0; i < 80; ++i)
            sessions << uR"({"id":"x%1","day":"mon","start":"bad","durationMin":60,"kind":"mobility"})"_s.arg(
                i);
        const ReadResult r = parsePlan(validPlanWith(sessions.join(u",\n"_s)));
        QCOMPARE(r.errors.size(), PlanLimits::kMaxReportedErrors);
    }

    // A week's phase: read, kept through edits' header, written back byte for byte with the
    // keys a newer Ordo may add to it.
    void phasesRoundTrip()
    {
        const QByteArray bytes = test::readFixture(test::dataDir() + u"/plans/season-12-weeks.ordo"_s);
        const ReadResult r = parsePlan(bytes);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(r.plan->phases.size(), 12);
        QCOMPARE(r.plan->phaseOf(3)->phase, Phase::Deload);
        QCOMPARE(r.plan->phaseOf(11)->phase, Phase::Custom);
        QCOMPARE(r.plan->phaseOf(11)->label, u"Race week"_s);
        QCOMPARE(serializePlan(*r.plan), bytes);

        const QByteArray withUnknown = R"({
  "format": "ordo-plan",
  "version": 1,
  "name": "Untitled plan",
  "weeks": 3,
  "repeat": true,
  "profile": {
    "goal": "general_fitness",
    "experience": "intermediate",
    "bodyMassKg": 75,
    "age": 35,
    "sex": "unspecified"
  },
  "phases": [
    {
      "week": 0,
      "phase": "base",
      "zNote": [
        1.50
      ]
    },
    {
      "week": 2,
      "phase": "custom",
      "label": "Camp ⛺"
    }
  ],
  "sessions": []
}
)";
        const ReadResult u = parsePlan(withUnknown);
        QVERIFY2(u.ok(), qPrintable(u.errors.value(0).toString()));
        QCOMPARE(u.plan->phases.size(), 2);
        QVERIFY(!u.plan->phaseOf(1));
        QCOMPARE(serializePlan(*u.plan), withUnknown);
        // No phases: no key.
        Plan none = *u.plan;
        none.phases.clear();
        QVERIFY(!serializePlan(none).contains("phases"));
    }

    void unknownKeysSurviveASave()
    {
        const QByteArray in = R"({"format":"ordo-plan","version":1,"futureTop":{"b":1,"a":[true,null]},
            "profile":{"goal":"strength","shoeSize":44,"cycle":{"firstDay":{"week":0,"day":"thu"},"lengthDays":28,"x":1}},
            "analysis":{"disabledRules":["monotony"],"thresholds":{"split.minGapMin":300},"mode":"strict"},
            "sessions":[{"id":"s1","day":"mon","start":"07:00","durationMin":60,"kind":"cardio","modality":"rowing",
              "intensity":"moderate","heartRate":{"avg":140},"tags":["a","b"]}]})";
        const ReadResult r = parsePlan(in);
        QVERIFY(r.ok());
        const QByteArray out = serializePlan(*r.plan);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(u"futureTop"_s).toObject().value(u"b"_s).toInt(), 1);
        QCOMPARE(o.value(u"profile"_s).toObject().value(u"shoeSize"_s).toInt(), 44);
        QCOMPARE(o.value(u"profile"_s).toObject().value(u"cycle"_s).toObject().value(u"x"_s).toInt(), 1);
        QCOMPARE(o.value(u"analysis"_s).toObject().value(u"mode"_s).toString(), u"strict"_s);
        const QJsonObject s = o.value(u"sessions"_s).toArray().first().toObject();
        QCOMPARE(s.value(u"heartRate"_s).toObject().value(u"avg"_s).toInt(), 140);
        QCOMPARE(s.value(u"tags"_s).toArray().size(), 2);
        // And the canonical form is a fixed point.
        QCOMPARE(serializePlan(*parsePlan(out).plan), out);
    }

    // docs/reliability.md, item 8: unknown keys at every depth keep their values as written,
    // numbers included (-0, 1.0, 1e308, 2^64-1, 30 digits), and nested key order.
    void unknownValuesKeepTheirExactText()
    {
        const QByteArray value = R"([-0,1.0,1e308,18446744073709551615,123456789012345678901234567890,)"
                                 R"(0.10,1E2,-1.5e-7,{"z":1,"a":-0.0,"m":[2.50]},"\u00e9\/"])";
        QByteArray in = R"({"format":"ordo-plan","version":1,"x-root":V,
            "profile":{"goal":"strength","x-profile":V,"cycle":{"firstDay":{"week":0,"day":"thu","x-firstday":V},
              "lengthDays":28,"x-cycle":V}},
            "analysis":{"disabledRules":["monotony"],"x-analysis":V},
            "sessions":[{"id":"s1","day":"mon","start":"07:00","durationMin":60,"kind":"cardio","modality":"rowing",
              "intensity":"moderate","x-cardio":V},
              {"id":"s2","day":"tue","start":"07:00","durationMin":60,"kind":"strength","focus":"core","x-strength":V},
              {"id":"s3","day":"wed","start":"07:00","durationMin":60,"kind":"mobility","x-mobility":V}]})";
        in.replace("V", value);
        const ReadResult r = parsePlan(in);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        const QByteArray out = serializePlan(*r.plan);
        const QByteArray flat = minified(out);
        for (const char *key : { "x-root", "x-profile", "x-cycle", "x-firstday", "x-analysis", "x-cardio",
                                 "x-strength", "x-mobility" }) {
            const QByteArray expected = '"' + QByteArray(key) + "\":" + value;
            QVERIFY2(
                flat.contains(expected),
                qPrintable(u"%1 lost its text:\n%2"_s.arg(QString::fromLatin1(key), QString::fromUtf8(out))));
        }
        QVERIFY(flat.contains(R"("firstDay":{"week":0,"day":"thu","x-firstday":)"));
        QCOMPARE(serializePlan(*parsePlan(out).plan), out);
    }

    void outputIsStableAndSorted()
    {
        const ReadResult r = parsePlan(R"({"format":"ordo-plan","version":1,"weeks":2,"sessions":[
            {"id":"b","week":1,"day":"mon","start":"07:00","durationMin":30,"kind":"mobility"},
            {"id":"c","day":"tue","start":"06:00","durationMin":30,"kind":"mobility"},
            {"id":"a","day":"tue","start":"06:00","durationMin":30,"kind":"mobility"}]})");
        QVERIFY(r.ok());
        const QByteArray out = serializePlan(*r.plan);
        QVERIFY(out.endsWith("}\n"));
        QVERIFY(out.contains("\n  \"format\": \"ordo-plan\",\n"));
        QVERIFY(out.indexOf("\"id\": \"a\"") < out.indexOf("\"id\": \"c\""));
        QVERIFY(out.indexOf("\"id\": \"c\"") < out.indexOf("\"id\": \"b\""));
        QCOMPARE(serializePlan(*parsePlan(out).plan), out);
    }

    void tenThousandSessionsLoad()
    {
        QStringList sessions;
        for (int i = 0; i < 10000; ++i)
            sessions
                << uR"({"id":"s%1","week":%2,"day":"wed","start":"06:15","durationMin":30,"kind":"cardio","modality":"running","intensity":"easy"})"_s
                       .arg(i)
                       .arg(i % 52);
        QByteArray bytes = (u"{\"format\":\"ordo-plan\",\"version\":1,\"weeks\":52,\"sessions\":[\n"_s
                            + sessions.join(u",\n"_s) + u"]}"_s)
                               .toUtf8();
        const ReadResult r = parsePlan(bytes);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(r.plan->sessions.size(), 10000);
    }

    // docs/reliability.md, item 3: the largest file the reader takes is saved in a form it
    // takes again, although pretty-printing alone would pass the size cap.
    void largestReadablePlanIsSavedReadably()
    {
        const QByteArray in = planOfSize(PlanLimits::kMaxFileBytes - 16);
        QVERIFY(in.size() <= PlanLimits::kMaxFileBytes);
        const ReadResult r = parsePlan(in);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(r.plan->sessions.size(), 10000);
        const QByteArray out = serializePlan(*r.plan);
        QVERIFY2(out.size() <= PlanLimits::kMaxFileBytes, qPrintable(u"%1 bytes"_s.arg(out.size())));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"largest.ordo"_s);
        QString error;
        QVERIFY2(writePlanFile(*r.plan, path, &error), qPrintable(error));
        const ReadResult again = readPlanFile(path);
        QVERIFY2(again.ok(), qPrintable(again.errors.value(0).toString()));
        QVERIFY(*again.plan == *r.plan);
        // A small plan keeps the readable form.
        QVERIFY(serializePlan(*readBuiltinPlan(u"strength"_s).plan).contains("\n  \"sessions\": ["));
    }

    // A plan grown in the app beyond what any file may hold is refused, not written unreadable.
    void planTooLargeForAFileIsNotSaved()
    {
        Plan plan = *parsePlan(planOfSize(PlanLimits::kMaxFileBytes - 16)).plan;
        for (Session &s : plan.sessions)
            s.notes = QString(2000, u'é');
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.ordo"_s);
        QString error;
        QVERIFY2(!writePlanFile(plan, path, &error), "a plan too large to read back was written");
        QVERIFY2(error.contains(u"4 MiB"_s), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void moreThanTenThousandSessionsAreRefused()
    {
        QStringList sessions;
        for (int i = 0; i < 10001; ++i)
            sessions
                << uR"({"id":"s%1","day":"wed","start":"06:15","durationMin":30,"kind":"mobility"})"_s.arg(i);
        const ReadResult r = parsePlan(validPlanWith(sessions.join(u",\n"_s)));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().where, u"/sessions"_s);
    }

    void fileOverFourMegabytesIsRefusedBeforeParsing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.ordo"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Not even JSON: a parse would fail with a syntax error, the size check comes first.
        f.write(QByteArray(PlanLimits::kMaxFileBytes + 1, 'x'));
        f.close();
        const ReadResult r = readPlanFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().where, u"file"_s);
        QVERIFY(r.errors.first().what.contains(u"4 MiB"_s));
    }

    void byteOrderMarkIsAccepted()
    {
        QByteArray bytes = "\xEF\xBB\xBF";
        bytes += R"({"format":"ordo-plan","version":1,"sessions":[]})";
        QVERIFY(parsePlan(bytes).ok());
    }

    void nonFiniteNumbersAreRefused()
    {
        const ReadResult r
            = parsePlan(R"({"format":"ordo-plan","version":1,"profile":{"bodyMassKg":1e400},"sessions":[]})");
        QVERIFY(!r.ok());
        QVERIFY(r.errors.first().toString().contains(u"/profile/bodyMassKg"_s)
                || r.errors.first().toString().contains(u"line 1"_s));
    }

    void atomicWriteReplacesAndFailsCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.ordo"_s);
        const Plan plan = *readBuiltinPlan(u"fatloss"_s).plan;
        QString error;
        QVERIFY(writePlanFile(plan, path, &error));
        QCOMPARE(test::readFixture(path), serializePlan(plan));
        QVERIFY(!writePlanFile(plan, dir.filePath(u"missing/dir/plan.ordo"_s), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanIo)
#include "tst_planio.moc"
