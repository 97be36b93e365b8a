// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessiontemplate.h"

#include <QSet>
#include <QTest>

using namespace ordo;
using namespace Qt::StringLiterals;

// The palette catalogue: unique ids, the templates the palette must offer, user templates round trip.
class TestSessionTemplate : public QObject
{
    Q_OBJECT

private slots:
    void builtinIdsAreUniqueAndValid()
    {
        QSet<QString> ids;
        for (const SessionTemplate &t : builtinSessionTemplates()) {
            QVERIFY2(!ids.contains(t.id), qPrintable(t.id));
            ids.insert(t.id);
            QVERIFY(!t.session.title.isEmpty());
            QVERIFY(t.session.durationMin >= 5 && t.session.durationMin <= 600);
            QVERIFY(!t.user);
        }
    }

    void catalogueHasTheNamedTemplates_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("minutes");
        QTest::newRow("heavy lower") << u"heavy-lower"_s << int(Kind::Strength) << 60;
        QTest::newRow("zone 1 walk") << u"zone1-walk"_s << int(Kind::Cardio) << 20;
        QTest::newRow("steady run") << u"steady-run"_s << int(Kind::Cardio) << 30;
        QTest::newRow("bike hiit") << u"bike-hiit"_s << int(Kind::Cardio) << 25;
        QTest::newRow("yoga") << u"yoga"_s << int(Kind::Mobility) << 45;
    }

    void catalogueHasTheNamedTemplates()
    {
        QFETCH(QString, id);
        const SessionTemplate *t = findBuiltinSessionTemplate(id);
        QVERIFY(t);
        QTEST(int(t->session.kind), "kind");
        QTEST(t->session.durationMin, "minutes");
    }

    void bikeHiitIsHardCycling()
    {
        const Session &s = findBuiltinSessionTemplate(u"bike-hiit"_s)->session;
        QCOMPARE(s.modality, Modality::Cycling);
        QCOMPARE(s.intensity, Intensity::Hiit);
    }

    void userTemplatesRoundTrip()
    {
        Session s;
        s.id = u"s9"_s;
        s.day = Day::Fri;
        s.startMinute = 600;
        s.kind = Kind::Cardio;
        s.modality = Modality::Rowing;
        s.intensity = Intensity::Hiit;
        s.durationMin = 18;
        s.notes = u"500 m repeats"_s;
        const SessionTemplate t = templateFromSession(s, u"user-1"_s);
        QCOMPARE(t.session.day, Day::Mon);
        QCOMPARE(t.session.startMinute, 0);
        QVERIFY(!t.session.title.isEmpty());
        const QList<SessionTemplate> back = parseUserTemplates(serializeUserTemplates({ t }));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0], t);
    }

    void corruptUserTemplatesGiveNothing()
    {
        QVERIFY(parseUserTemplates("{").isEmpty());
        QVERIFY(parseUserTemplates(QByteArray()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionTemplate)
#include "tst_sessiontemplate.moc"
