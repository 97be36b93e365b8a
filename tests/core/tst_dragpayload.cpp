// SPDX-License-Identifier: GPL-3.0-or-later

#include "dragpayload.h"
#include "sessiontemplate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QTest>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ordo::DragSpan)

// The drag MIME codec: round trip, and every forged, truncated or foreign payload refused.
class TestDragPayload : public QObject
{
    Q_OBJECT

private:
    static DragPayload sample()
    {
        DragPayload p;
        p.origin = DragOrigin::Sessions;
        Session a = findBuiltinSessionTemplate(u"bike-hiit"_s)->session;
        a.id = u"s4"_s;
        a.day = Day::Tue;
        a.startMinute = 6 * 60;
        Session b = findBuiltinSessionTemplate(u"heavy-lower"_s)->session;
        b.id = u"s5"_s;
        b.day = Day::Tue;
        b.startMinute = 7 * 60;
        b.notes = u"Squats “deep” ✓"_s;
        p.sessions = { a, b };
        return p;
    }

private slots:
    void roundTripKeepsSessions()
    {
        const DragPayload p = sample();
        const std::optional<DragPayload> decoded = decodeDragPayload(encodeDragPayload(p));
        QVERIFY(decoded);
        QCOMPARE(decoded->origin, DragOrigin::Sessions);
        QCOMPARE(decoded->sessions, p.sessions);
    }

    void spanSurvivesTheRoundTrip_data()
    {
        QTest::addColumn<DragSpan>("span");
        QTest::newRow("sessions") << DragSpan::Sessions;
        QTest::newRow("day") << DragSpan::Day;
        QTest::newRow("week") << DragSpan::Week;
    }

    void spanSurvivesTheRoundTrip()
    {
        QFETCH(DragSpan, span);
        DragPayload p = sample();
        p.span = span;
        const std::optional<DragPayload> decoded = decodeDragPayload(encodeDragPayload(p));
        QVERIFY(decoded);
        QCOMPARE(decoded->span, span);
        // Payloads of sessions stay byte-for-byte what they were before spans existed.
        if (span == DragSpan::Sessions)
            QVERIFY(!encodeDragPayload(p).contains("span"));
    }

    void mimeDataCarriesPayloadAndText()
    {
        const DragPayload p = sample();
        std::unique_ptr<QMimeData> data(createDragMimeData(p));
        QVERIFY(data->hasFormat(dragPayloadMimeType()));
        QCOMPARE(data->text(), u"Bike HIIT\nHeavy lower"_s);
        QCOMPARE(decodeDragMimeData(data.get())->sessions, p.sessions);
        QMimeData foreign;
        foreign.setText(u"Bike HIIT"_s);
        QVERIFY(!decodeDragMimeData(&foreign));
        QVERIFY(!decodeDragMimeData(nullptr));
    }

    void everyBuiltinTemplateEncodes()
    {
        for (const SessionTemplate &t : builtinSessionTemplates()) {
            DragPayload p;
            p.sessions = { t.session };
            const auto decoded = decodeDragPayload(encodeDragPayload(p));
            QVERIFY2(decoded, qPrintable(t.id));
            QCOMPARE(decoded->sessions.value(0), t.session);
        }
    }

    void badPayloadsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = encodeDragPayload(sample());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("last byte missing") << good.chopped(1);
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("foreign format") << QByteArray(good).replace("ordo-drag", "xyzz-drag");
        QTest::newRow("bad origin") << QByteArray(good).replace("\"sessions\"", "\"elsewhere\"");
        DragPayload week = sample();
        week.span = DragSpan::Week;
        QTest::newRow("unknown span") << encodeDragPayload(week).replace("\"week\"", "\"month\"");
        QTest::newRow("future version") << QByteArray(good).replace("\"version\":1", "\"version\":7");
        QTest::newRow("bad session kind") << QByteArray(good).replace("\"cardio\"", "\"karate\"");
        QTest::newRow("duration out of range")
            << QByteArray(good).replace("\"durationMin\":25", "\"durationMin\":-5");
        QTest::newRow("oversized") << QByteArray(kMaxDragPayloadBytes + 1, ' ');
        QJsonObject root = QJsonDocument::fromJson(good).object();
        QJsonObject plan = root.value(u"plan"_s).toObject();
        plan.remove(u"sessions"_s);
        root.insert(u"plan"_s, plan);
        QTest::newRow("no sessions") << QJsonDocument(root).toJson();
        root.insert(u"plan"_s, u"text"_s);
        QTest::newRow("plan not an object") << QJsonDocument(root).toJson();
    }

    void badPayloadsAreRejected()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!decodeDragPayload(bytes));
    }
};

QTEST_GUILESS_MAIN(TestDragPayload)
#include "tst_dragpayload.moc"
