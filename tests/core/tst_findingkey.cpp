// SPDX-License-Identifier: GPL-3.0-or-later

#include "findingkey.h"

#include <QSet>
#include <QTest>

using namespace ordo;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ordo::Finding)

// The identity of a finding, shared by the drag preview and the findings dock: the rule and
// its sessions; the week and day only when the finding is about no session.
class TestFindingKey : public QObject
{
    Q_OBJECT

private:
    static Finding finding(const QString &rule, const QStringList &sessions, int week, Day day)
    {
        Finding f;
        f.rule = rule;
        f.sessions = sessions;
        f.week = week;
        f.day = day;
        f.message = u"at %1"_s.arg(week);
        return f;
    }

private slots:
    void sameFinding_data()
    {
        QTest::addColumn<Finding>("a");
        QTest::addColumn<Finding>("b");
        QTest::addColumn<bool>("same");
        const QStringList pair { u"s1"_s, u"s2"_s };
        const QStringList reversed { u"s2"_s, u"s1"_s };
        QTest::newRow("moved with its sessions") << finding(u"ampk-window"_s, pair, 0, Day::Mon)
                                                 << finding(u"ampk-window"_s, pair, 1, Day::Wed) << true;
        QTest::newRow("sessions in another order") << finding(u"overlap"_s, pair, 0, Day::Mon)
                                                   << finding(u"overlap"_s, reversed, 0, Day::Mon) << true;
        QTest::newRow("another rule") << finding(u"overlap"_s, pair, 0, Day::Mon)
                                      << finding(u"duplicate"_s, pair, 0, Day::Mon) << false;
        QTest::newRow("another session") << finding(u"overlap"_s, pair, 0, Day::Mon)
                                         << finding(u"overlap"_s, { u"s1"_s, u"s3"_s }, 0, Day::Mon) << false;
        QTest::newRow("same week, no session")
            << finding(u"monotony"_s, {}, 1, Day::Mon) << finding(u"monotony"_s, {}, 1, Day::Mon) << true;
        QTest::newRow("another week, no session")
            << finding(u"monotony"_s, {}, 0, Day::Mon) << finding(u"monotony"_s, {}, 1, Day::Mon) << false;
        QTest::newRow("another day, no session") << finding(u"no-rest-day"_s, {}, 0, Day::Mon)
                                                 << finding(u"no-rest-day"_s, {}, 0, Day::Tue) << false;
    }

    void sameFinding()
    {
        QFETCH(Finding, a);
        QFETCH(Finding, b);
        QFETCH(bool, same);
        QCOMPARE(FindingKey::of(a) == FindingKey::of(b), same);
        // Equal keys hash alike, so sets of keys match findings too.
        QCOMPARE(QSet<FindingKey> { FindingKey::of(a) }.contains(FindingKey::of(b)), same);
    }
};

QTEST_GUILESS_MAIN(TestFindingKey)
#include "tst_findingkey.moc"
