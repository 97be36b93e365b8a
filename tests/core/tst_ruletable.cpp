// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "builtinplans.h"
#include "derivedterms.h"
#include "planio.h"
#include "rules/ruleengine.h"
#include "rules/rulesection.h"
#include "rules/ruletable.h"
#include "tst_analysis_support.h"
#include "tst_rulecases.h"

#include <QDirIterator>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ordo;

// The rule table (core/rules/ruletable.cpp) against itself and against the engine: each rule
// has one row with a unique number and id, pair ranks form one order, only rules 41–43 are
// documented without being implemented, every section reports only the rules it declares,
// every rule the engine emits has a row, and every row marked implemented is emitted by the
// engine on some plan of the corpus (the rule cases, the built-in plans and the test plans).
class TestRuleTable : public QObject
{
    Q_OBJECT

    struct Sample
    {
        QString name;
        Plan plan;
    };

    // Every plan the engine runs on here: the rule cases of tst_rulecases.h, the built-in
    // plans, the plan files under tests/data, and the plans the case notation cannot write.
    static QList<Sample> corpus()
    {
        QList<Sample> out;
        for (const test::RuleCase &c : test::ruleCases()) {
            out.append(
                { u"case "_s + QString::fromUtf8(c.name),
                  test::makePlan(c.goal, c.sessions, c.repeat, c.weeks, *fromId<Experience>(c.level)) });
        }
        for (const BuiltinPlan &b : builtinPlans()) {
            const ReadResult r = readBuiltinPlan(b.name);
            if (r.ok())
                out.append({ u"template "_s + b.name, *r.plan });
        }
        QDirIterator files(QStringLiteral(ORDO_TEST_DATA_DIR), { u"*.ordo"_s }, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const ReadResult r = readPlanFile(path);
            if (r.ok())
                out.append({ path, *r.plan });
        }
        // Rule 40 needs a cycle in the profile.
        Plan cycle = test::makePlan(u"general_fitness"_s,
                                    u"Mon 18:00 cycling hiit 20; Sat 18:00 cycling hiit 20 w=3"_s, true, 4);
        cycle.profile.sex = Sex::Female;
        cycle.profile.cycle = CycleSettings();
        cycle.profile.cycle->lengthDays = 28;
        out.append({ u"cycle"_s, cycle });
        return out;
    }

    // Rule ids in a list of findings, the related ones included.
    static QSet<QString> emittedIds(const QList<Finding> &findings)
    {
        QSet<QString> ids;
        for (const Finding &f : findings) {
            ids.insert(f.rule);
            for (const QString &r : f.related)
                ids.insert(r);
        }
        return ids;
    }

    static QString ruleName(int number)
    {
        const RuleInfo *info = findRule(number);
        return info ? info->id : u"rule %1 (no row)"_s.arg(number);
    }

private slots:
    void numbersAndIdsAreUnique()
    {
        QSet<int> numbers;
        QSet<QString> ids;
        int previous = 0;
        for (const RuleInfo &r : ruleCatalog()) {
            QVERIFY2(r.number > previous, qPrintable(u"rule %1 is out of order"_s.arg(r.number)));
            previous = r.number;
            QVERIFY2(!numbers.contains(r.number), qPrintable(u"number %1 twice"_s.arg(r.number)));
            QVERIFY2(!ids.contains(r.id), qPrintable(u"id %1 twice"_s.arg(r.id)));
            numbers.insert(r.number);
            ids.insert(r.id);
            QCOMPARE(findRule(r.number), &r);
            QCOMPARE(findRule(r.id), &r);
            QVERIFY(isKnownRuleId(r.id));
        }
        // docs/rules.md numbers its rows from 1 without gaps.
        QCOMPARE(numbers.size(), previous);
        QVERIFY(!findRule(0));
        QVERIFY(!findRule(previous + 1));
        QVERIFY(!isKnownRuleId(u"no-such-rule"_s));
    }

    void rowsAreComplete()
    {
        static const QSet<QString> grades
            = { u"-"_s, u"A"_s, u"B"_s, u"C"_s, u"H"_s, u"A/B"_s, u"A/C"_s, u"B/C"_s };
        for (const RuleInfo &r : ruleCatalog()) {
            const QString what = u"rule %1 (%2)"_s.arg(r.number).arg(r.id);
            // Ids are stable ASCII: lower-case words joined by '-'.
            QVERIFY2(!r.id.isEmpty() && !r.id.startsWith(u'-') && !r.id.endsWith(u'-'), qPrintable(what));
            for (QChar ch : r.id)
                QVERIFY2((ch >= u'a' && ch <= u'z') || ch == u'-', qPrintable(what));
            QVERIFY2(grades.contains(r.grade), qPrintable(what + u": grade "_s + r.grade));
            QVERIFY2(!r.source.isEmpty(), qPrintable(what + u": no source"_s));
            // Only positive badges are hidden, and a hidden badge never outranks a caution.
            if (r.hiddenByDefault)
                QCOMPARE(r.severity, Severity::Info);
        }
    }

    void onlyRules41To43AreDocumentedOnly()
    {
        for (const RuleInfo &r : ruleCatalog()) {
            const bool documentedOnly = r.number >= rule::TipPreLiftFuel && r.number <= rule::TipSleep;
            QVERIFY2(
                r.implemented != documentedOnly,
                qPrintable(u"rule %1 (%2) implemented: %3"_s.arg(r.number).arg(r.id).arg(r.implemented)));
        }
    }

    void pairRanksFormOneOrder()
    {
        // docs/rules.md 3.10.3: ranks 1, 2, 3, … without gaps or ties.
        QMap<int, int> byRank;
        for (const RuleInfo &r : ruleCatalog()) {
            QVERIFY2(r.pairRank >= 0, qPrintable(r.id));
            if (r.pairRank == 0)
                continue;
            QVERIFY2(!byRank.contains(r.pairRank),
                     qPrintable(u"rank %1 twice: rules %2 and %3"_s.arg(r.pairRank)
                                    .arg(byRank[r.pairRank])
                                    .arg(r.number)));
            QVERIFY2(r.implemented, qPrintable(r.id));
            byRank.insert(r.pairRank, r.number);
        }
        QVERIFY(!byRank.isEmpty());
        QCOMPARE(byRank.firstKey(), 1);
        QCOMPARE(byRank.lastKey(), int(byRank.size()));
        // Every rule that competes for a pair has a rank (otherwise ties would be decided by
        // chance), and the pair rank order of docs/rules.md 3.10.3 starts 19 > 18.
        for (const RuleSection *s : RuleEngine::allSections()) {
            for (int number : s->pairRules()) {
                const RuleInfo *info = findRule(number);
                QVERIFY2(info && info->pairRank > 0, qPrintable(ruleName(number) + u" has no pair rank"_s));
            }
        }
        QCOMPARE(byRank.value(1), int(rule::LegDayHiit));
        QCOMPARE(byRank.value(2), int(rule::LegDayCardio));
    }

    void sectionsDeclareEveryImplementedRuleOnce()
    {
        QMap<int, QString> owner;
        for (const RuleSection *s : RuleEngine::allSections()) {
            const QString name = QString::fromLatin1(s->name());
            const QList<int> rules = s->rules();
            for (int number : rules) {
                const RuleInfo *info = findRule(number);
                QVERIFY2(info, qPrintable(name + u" declares rule %1, which has no row"_s.arg(number)));
                QVERIFY2(info->implemented,
                         qPrintable(
                             name + u" declares %1, which the table marks documented only"_s.arg(info->id)));
                QVERIFY2(
                    !owner.contains(number),
                    qPrintable(u"%1 is declared by %2 and %3"_s.arg(info->id, owner.value(number), name)));
                owner.insert(number, name);
            }
            for (int number : s->pairRules())
                QVERIFY2(rules.contains(number),
                         qPrintable(name + u": pair rule %1 not declared"_s.arg(number)));
        }
        for (const RuleInfo &r : ruleCatalog()) {
            if (r.implemented)
                QVERIFY2(owner.contains(r.number), qPrintable(r.id + u" is implemented but in no section"_s));
        }
    }

    // Each section on its own, over the whole corpus: it emits only rules it declares, each with
    // a row marked implemented, with the row's badge flag; together the sections emit every
    // implemented rule, and its default severity among others.
    void engineAndTableAgree()
    {
        const QList<Sample> samples = corpus();
        QVERIFY(samples.size() > test::ruleCases().size() + builtinPlans().size()); // all loaded
        QSet<QString> emitted;
        QMap<QString, QSet<int>> severities;
        for (const RuleSection *section : RuleEngine::allSections()) {
            const RuleEngine alone({ section });
            QSet<QString> declared;
            for (int number : section->rules())
                declared.insert(ruleName(number));
            for (const Sample &sample : samples) {
                const Analysis figures = analyze(sample.plan);
                const QList<Finding> findings = alone.run(PlanFacts(sample.plan), figures);
                for (const QString &id : emittedIds(findings)) {
                    const QString where = sample.name + u": "_s + QString::fromLatin1(section->name());
                    const RuleInfo *info = findRule(id);
                    QVERIFY2(info, qPrintable(where + u" emitted a rule without a row: '"_s + id + u"'"_s));
                    QVERIFY2(info->implemented, qPrintable(where + u" emitted documented-only "_s + id));
                    QVERIFY2(declared.contains(id), qPrintable(where + u" emitted undeclared "_s + id));
                }
                for (const Finding &f : findings) {
                    // A pair rule missing from its section's pairRules() gets no text.
                    QVERIFY2(!f.message.isEmpty(), qPrintable(sample.name + u": no message for "_s + f.rule));
                    severities[f.rule].insert(int(f.severity));
                    // (The summary of a capped rule, without sessions, is always listed.)
                    if (!f.sessions.isEmpty())
                        QCOMPARE(f.hiddenByDefault, findRule(f.rule)->hiddenByDefault);
                }
                emitted.unite(emittedIds(findings));
            }
        }
        for (const RuleInfo &r : ruleCatalog()) {
            if (!r.implemented) {
                QVERIFY2(!emitted.contains(r.id), qPrintable(r.id));
                continue;
            }
            QVERIFY2(emitted.contains(r.id),
                     qPrintable(u"rule %1 (%2) is marked implemented but the engine never emits it; add a "
                                u"case to tst_rulecases.h or fix the row"_s.arg(r.number)
                                    .arg(r.id)));
            // Related-only rules have no severity of their own here; the others must show the
            // default severity of their row at least once.
            if (severities.contains(r.id))
                QVERIFY2(severities.value(r.id).contains(int(r.severity)),
                         qPrintable(r.id + u": the default severity never occurs"_s));
        }
    }

    // The sections together are the engine analyze() runs.
    void allSectionsAreTheEngine()
    {
        const RuleEngine engine;
        for (const Sample &sample : corpus()) {
            const Analysis a = analyze(sample.plan);
            // analyze() leaves missed sessions out before the rules run (docs/plan-format.md).
            const Plan counted = withoutMissed(sample.plan).value_or(sample.plan);
            QVERIFY2(engine.run(PlanFacts(counted), a) == a.findings, qPrintable(sample.name));
        }
    }

    // Disabling a rule by its table id removes it (plan I/O accepts exactly the table's ids).
    void disabledRulesUseTableIds()
    {
        for (const test::RuleCase &c : test::ruleCases()) {
            if (c.expected.isEmpty() || c.expected == u"related"_s)
                continue;
            Plan p = test::makePlan(c.goal, c.sessions, c.repeat, c.weeks, *fromId<Experience>(c.level));
            p.analysis.disabledRules = { c.rule };
            for (const Finding &f : analyze(p).findings) {
                QVERIFY2(f.rule != c.rule && !f.related.contains(c.rule),
                         qPrintable(QString::fromUtf8(c.name)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleTable)
#include "tst_ruletable.moc"
