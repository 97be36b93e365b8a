// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "autofix.h"
#include "builtinplans.h"
#include "docks/findingsmodel.h"
#include "edits/planedits.h"
#include "edits/sessionedits.h"
#include "export/pdfexporter.h"
#include "icsexport.h"
#include "planio.h"
#include "rules/ruletable.h"
#include "ruletitles.h"
#include "settingstable.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ordo;
using namespace Qt::StringLiterals;

// One vocabulary (issue: readable words): every text a person reads about the built-in plans —
// finding messages and fixes, the findings list's rule names, undo texts, threshold labels and
// sources, the PDF — names rules by title and settings by label, never by id, key, document
// file, source note or "AU".
class TestVocabulary : public QObject
{
    Q_OBJECT

    QList<QRegularExpression> m_forbidden;

    // Where `text` uses a forbidden token, or an empty string.
    QString offence(const QString &text) const
    {
        for (const QRegularExpression &re : m_forbidden) {
            const QRegularExpressionMatch m = re.match(text);
            if (m.hasMatch())
                return m.captured(0);
        }
        return {};
    }

    void check(QStringList &offences, const QString &where, const QString &text) const
    {
        const QString token = offence(text);
        if (!token.isEmpty())
            offences << u"%1: “%2” in: %3"_s.arg(where, token, text.left(200));
    }

    // Every message, fix and auto-fix text the engine gives for `plan` (docs/rules.md 3.11), and
    // the calendar descriptions that carry them.
    void checkFindings(QStringList &offences, const QString &name, const Plan &plan) const
    {
        const Analysis analysis = analyze(plan);
        for (const Finding &f : analysis.findings) {
            const QString where = name + u" "_s + f.rule;
            check(offences, where + u" message"_s, f.message);
            check(offences, where + u" fix"_s, f.fix);
            check(offences, where + u" source"_s, f.source);
            if (plan.profile.goal == Goal::FatLoss && f.message.contains(u"for muscle or strength"_s))
                offences << where + u": goal-mismatched wording in: "_s + f.message;
            if (f.autoFix) {
                check(offences, where + u" auto-fix"_s, f.autoFix->description);
                check(offences, where + u" auto-fix undo"_s, autoFixEdit(plan, *f.autoFix).text);
            }
        }
        IcsOptions options;
        options.startDate = QDate(2026, 1, 5);
        options.stamp = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const IcsExport ics = exportIcs(plan, analysis, options);
        // Unfolded, so a token is not split by a line fold.
        const QString text = QString::fromUtf8(ics.bytes).replace(u"\r\n "_s, QString());
        for (const QString &line : text.split(u"\r\n"_s)) {
            if (line.startsWith(u"DESCRIPTION"_s) || line.startsWith(u"SUMMARY"_s))
                check(offences, name + u" calendar"_s, line);
        }
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // Rule ids with a hyphen: single-word ids ("overlap", "monotony") are ordinary words.
        for (const RuleInfo &r : ruleCatalog()) {
            if (r.id.contains(u'-'))
                m_forbidden << QRegularExpression(u"\\b"_s + QRegularExpression::escape(r.id) + u"\\b"_s);
        }
        for (const SettingDefinition &d : settingDefinitions())
            m_forbidden << QRegularExpression(QRegularExpression::escape(d.name));
        // docs/rules.md 3.11: no file names, source notes ("seed", "000"), document names, rule
        // numbers, evidence tags, "AU" or decimal hours ("2.08 h").
        m_forbidden << QRegularExpression(u"\\bAU\\b"_s) << QRegularExpression(u"\\.md\\b"_s)
                    << QRegularExpression(u"\\.txt\\b"_s)
                    << QRegularExpression(u"\\bseeds?\\b"_s, QRegularExpression::CaseInsensitiveOption)
                    << QRegularExpression(u"\\b[Rr]ule \\d+\\b"_s) << QRegularExpression(u"\\[[HVSKC]\\]"_s)
                    << QRegularExpression(u"\\b\\d+[.,]\\d+ ?h\\b"_s)
                    << QRegularExpression(u"(?<![\\d,.])\\b0\\d\\d\\b"_s);
    }

    void everyRuleHasATitle()
    {
        for (const RuleInfo &r : ruleCatalog()) {
            QVERIFY2(!ruleTitle(r.id).isEmpty(), qPrintable(r.id));
            QVERIFY2(offence(ruleTitle(r.id)).isEmpty(), qPrintable(r.id));
        }
    }

    void settingsReadAsWords()
    {
        QStringList offences;
        for (const SettingDefinition &d : settingDefinitions()) {
            check(offences, u"label of "_s + d.name, settingLabel(d));
            check(offences, u"source of "_s + d.name, settingSourceText(d));
            QVERIFY(!settingSourceText(d).isEmpty());
        }
        const SettingDefinition *hiit = findSetting(u"ampk.hiit.maxMin"_s);
        QVERIFY(hiit);
        QCOMPARE(settingLabel(*hiit), u"Longest AMPK window after HIIT (min)"_s);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }

    void undoTextsNameRulesByTitle()
    {
        const Plan plan = *readBuiltinPlan(u"fatloss"_s).plan;
        const PlanEdit off = PlanEdits::setRuleEnabled(plan, u"ampk-window"_s, false);
        QCOMPARE(off.text, u"Turn off “Cardio right before lifting”"_s);
        Plan off_ = plan;
        off.apply(off_);
        const PlanEdit on = PlanEdits::setRuleEnabled(off_, u"ampk-window"_s, true);
        QCOMPARE(on.text, u"Turn on “Cardio right before lifting”"_s);
    }

    void builtInPlansSpeakInWords()
    {
        QStringList offences;
        FindingsModel model;
        for (const BuiltinPlan &builtin : builtinPlans()) {
            const Plan plan = *readBuiltinPlan(builtin.name).plan;
            checkFindings(offences, builtin.name, plan);
            const Analysis analysis = analyze(plan);
            model.setFindings(analysis.findings, plan.weeks);
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < FindingsModel::ColumnCount; ++column) {
                    check(offences, builtin.name + u" findings list"_s,
                          model.index(row, column).data().toString());
                    check(offences, builtin.name + u" findings tooltip"_s,
                          model.index(row, column).data(Qt::ToolTipRole).toString());
                }
            }
            for (const RuleInfo &r : ruleCatalog())
                check(offences, u"undo"_s, PlanEdits::setRuleEnabled(plan, r.id, false).text);
            for (const SettingDefinition &d : settingDefinitions())
                check(offences, u"undo"_s, PlanEdits::setThreshold(plan, d.name, d.defaultValue + 1).text);
            for (const Session &s : plan.sessions) {
                check(offences, u"undo"_s, SessionEdits::move(plan, { s.id }, 15).text);
                check(offences, u"undo"_s, SessionEdits::remove(plan, { s.id }).text);
            }
        }
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }

    // Every plan among the test fixtures (tests/data), and the public examples of docs/rules.md
    // that reach most rules, speak in words too.
    void fixturesSpeakInWords()
    {
        QStringList offences;
        QDirIterator it(QStringLiteral(ORDO_TEST_DATA_DIR), { u"*.ordo"_s }, QDir::Files,
                        QDirIterator::Subdirectories);
        int plans = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const ReadResult r = parsePlan(file.readAll());
            if (!r.plan)
                continue; // the invalid-input fixtures
            ++plans;
            checkFindings(offences, QFileInfo(path).fileName(), *r.plan);
        }
        QVERIFY(plans > 5);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }

    void pdfSpeaksInWords()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        QStringList offences;
        for (const BuiltinPlan &builtin : builtinPlans()) {
            const Plan plan = *readBuiltinPlan(builtin.name).plan;
            const QString path = dir.filePath(builtin.name + u".pdf"_s);
            QString error;
            QVERIFY2(PdfExporter::exportToFile(plan, analyze(plan), PdfOptions {}, path, &error),
                     qPrintable(error));
            QProcess p;
            p.start(u"pdftotext"_s, { u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
            QVERIFY(p.waitForFinished(60000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY(text.contains(plan.name.left(10)));
            for (const QString &line : text.split(u'\n'))
                check(offences, builtin.name + u" PDF"_s, line); // the PDF prints the messages
        }
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }
};

QTEST_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
