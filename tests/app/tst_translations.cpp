// SPDX-License-Identifier: GPL-3.0-or-later

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line in German, French and Spanish (docs/translations.md), end to end on the
// built binary: the language follows LANG (the suite itself runs in the C locale, so each run
// sets its own environment) or --lang; JSON keeps its ids and numbers in every language.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    // LANG=lang with no LC_ALL, LC_MESSAGES or LANGUAGE to override it.
    static Run ordo(const QStringList &args, const QString &lang, const QString &language = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
            env.remove(QString::fromLatin1(name));
        env.insert(u"LANG"_s, lang);
        if (!language.isEmpty())
            env.insert(u"LANGUAGE"_s, language);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ORDO_BINARY), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            qFatal("ordo did not finish");
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
    }

    static QString fixture() { return ordo::test::dataDir() + u"/analysis/t3-hiit-before-lifting.ordo"_s; }

    // Every finding and day of `check --json` with the texts (message, fix, the automatic
    // fix's description) taken out.
    static QJsonObject withoutTexts(const QString &json)
    {
        QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
        QJsonArray findings;
        for (const QJsonValue &v : root[u"findings"_s].toArray()) {
            QJsonObject f = v.toObject();
            f.remove(u"message"_s);
            f.remove(u"fix"_s);
            if (f.contains(u"autoFix"_s)) {
                QJsonObject autoFix = f[u"autoFix"_s].toObject();
                autoFix.remove(u"description"_s);
                f[u"autoFix"_s] = autoFix;
            }
            findings.append(f);
        }
        root[u"findings"_s] = findings;
        return root;
    }

private slots:
    void germanFromLang()
    {
        const Run r = ordo({ u"check"_s, fixture() }, u"de_DE.UTF-8"_s);
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n');
        // Rule id and severity keyword stay as they are; day, message and fix are German.
        QVERIFY2(
            lines.first().startsWith(u"info     ampk-window     Mo 06:20 Bike sprints — Heavy upper beginnt "
                                     u"1 h nach Bike sprints. Nach HIIT bleibt AMPK schätzungsweise"_s),
            qPrintable(lines.first()));
        QVERIFY2(
            lines.first().contains(u"Lösung: Tauschen Sie die Reihenfolge (Kraft zuerst) oder verschieben "
                                   u"Sie Heavy upper auf Mo 10:45 oder später."_s),
            qPrintable(lines.first()));
        QVERIFY(lines.contains(u"Wochenübersicht:"_s));
        QVERIFY(lines.contains(u"  Einheiten: 1 Kraft, 1 Cardio, 0 Mobilität"_s));
        QVERIFY(lines.contains(u"  Cardio-Minuten: 0 locker, 0 moderat, 25 HIIT"_s));
        QVERIFY(r.err.isEmpty());
    }

    void frenchFromOption()
    {
        // --lang wins over LANG, before or after the plan.
        for (const QStringList &args : { QStringList { u"check"_s, fixture(), u"--lang"_s, u"fr"_s },
                                         QStringList { u"check"_s, u"--lang=fr"_s, fixture() } }) {
            const Run r = ordo(args, u"de_DE.UTF-8"_s);
            QCOMPARE(r.code, 0);
            const QStringList lines = r.out.split(u'\n');
            QVERIFY2(lines.first().contains(u"Heavy upper commence 1 h après Bike sprints. Après du HIIT"_s),
                     qPrintable(lines.first()));
            QVERIFY2(lines.first().contains(u"Correction\u00a0: Inversez l'ordre (musculation d'abord)"_s),
                     qPrintable(lines.first()));
            // French day names, not German ones from LANG.
            QVERIFY(lines.first().contains(u" lun. 06:20 "_s));
            QVERIFY(lines.contains(u"Résumé de la semaine\u00a0:"_s));
        }
    }

    void spanishAndEnglish()
    {
        const Run es = ordo({ u"check"_s, fixture() }, u"es_ES.UTF-8"_s);
        QVERIFY(es.out.contains(u"Resumen semanal:"_s));
        QVERIFY(es.out.contains(u"  Días de descanso: 6"_s));
        // English ends the search through LANGUAGE: a German second choice is not taken.
        const Run en = ordo({ u"check"_s, fixture() }, u"en_GB.UTF-8"_s, u"en_GB:de"_s);
        QVERIFY(en.out.contains(u"Weekly summary:"_s));
        // A language Ordo does not ship falls back to English.
        const Run it = ordo({ u"check"_s, fixture() }, u"it_IT.UTF-8"_s);
        QVERIFY(it.out.contains(u"Weekly summary:"_s));
        const Run c = ordo({ u"check"_s, fixture() }, u"C"_s);
        QVERIFY(c.out.contains(u"Weekly summary:"_s));
    }

    void jsonIsLanguageNeutral()
    {
        const Run en = ordo({ u"check"_s, fixture(), u"--json"_s }, u"C.UTF-8"_s);
        const Run de = ordo({ u"check"_s, fixture(), u"--json"_s }, u"de_DE.UTF-8"_s);
        const Run fr = ordo({ u"check"_s, fixture(), u"--json"_s, u"--lang"_s, u"fr"_s }, u"C.UTF-8"_s);
        QCOMPARE(en.code, 0);
        QCOMPARE(de.code, 0);
        QCOMPARE(fr.code, 0);
        // Keys, ids, severities, days and numbers are the same; only the texts differ.
        QCOMPARE(withoutTexts(de.out), withoutTexts(en.out));
        QCOMPARE(withoutTexts(fr.out), withoutTexts(en.out));
        const QJsonObject f
            = QJsonDocument::fromJson(de.out.toUtf8()).object()[u"findings"_s].toArray().first().toObject();
        QCOMPARE(f[u"rule"_s].toString(), u"ampk-window"_s);
        QCOMPARE(f[u"day"_s].toString(), u"mon"_s);
        QVERIFY2(f[u"message"_s].toString().startsWith(u"Heavy upper beginnt 1 h nach Bike sprints"_s),
                 qPrintable(f[u"message"_s].toString()));
        QVERIFY(f[u"fix"_s].toString().startsWith(u"Tauschen Sie die Reihenfolge"_s));
    }

    void usageAndHelp()
    {
        const Run es = ordo({ u"--frobnicate"_s }, u"es_ES.UTF-8"_s);
        QCOMPARE(es.code, 2);
        QCOMPARE(es.err, u"ordo: opción desconocida --frobnicate\nPruebe «ordo --help».\n"_s);
        const Run help = ordo({ u"check"_s, u"--help"_s, u"--lang"_s, u"de"_s }, u"C.UTF-8"_s);
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.startsWith(u"Aufruf: ordo check PLAN"_s));
        QVERIFY(help.out.contains(u"\nOptionen:\n"_s));
        QVERIFY(help.out.contains(u"Rückgabewerte: 0 fertig, "_s));
    }

    // The PDF in German, with its document information (issue: title, author, creator,
    // language), read back with poppler's pdfinfo and pdftotext.
    void pdfInGerman()
    {
        if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("pdfinfo is not installed (poppler-utils)");
        QTemporaryDir dir;
        const QString out = dir.filePath(u"plan.pdf"_s);
        const Run r = ordo({ u"export"_s, u"template:hybrid4w"_s, u"--pdf"_s, out }, u"de_DE.UTF-8"_s);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"%1 geschrieben (Seiten: "_s.arg(out)), qPrintable(r.out));
        auto tool = [](const QString &name, const QStringList &args) {
            QProcess p;
            p.start(name, args);
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString info = tool(u"pdfinfo"_s, { out });
        QVERIFY2(info.contains(u"Title:           Hybrid block - 4 weeks"_s), qPrintable(info));
        QVERIFY(info.contains(u"Creator:         Ordo "_s + QStringLiteral(ORDO_VERSION)));
        QVERIFY(!info.contains(u"Author:"_s)); // plans have no author
        QVERIFY(info.contains(u"Metadata Stream: yes"_s));
        const QString meta = tool(u"pdfinfo"_s, { u"-meta"_s, out });
        QVERIFY2(meta.contains(u"<dc:language><rdf:Bag><rdf:li>de</rdf:li></rdf:Bag></dc:language>"_s),
                 qPrintable(meta));
        QVERIFY(meta.contains(u"<xmp:CreatorTool>Ordo "_s));
        // A season page first (a plan of four weeks), then the week pages.
        const QString season = tool(u"pdftotext"_s, { u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, out, u"-"_s });
        QVERIFY2(season.contains(u"Saisonübersicht · 4 Wochen"_s), qPrintable(season.left(400)));
        const QString text = tool(u"pdftotext"_s, { u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, out, u"-"_s });
        QVERIFY2(text.contains(u"Woche 1 von 4"_s), qPrintable(text.left(400)));

        const QString en = dir.filePath(u"en.pdf"_s);
        QCOMPARE(ordo({ u"export"_s, u"template:fatloss"_s, u"--pdf"_s, en }, u"C.UTF-8"_s).code, 0);
        QVERIFY(tool(u"pdfinfo"_s, { u"-meta"_s, en }).contains(u"<rdf:li>en</rdf:li>"_s));
    }

    void unknownLanguage()
    {
        const Run r = ordo({ u"check"_s, fixture(), u"--lang"_s, u"xx"_s }, u"C.UTF-8"_s);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, u"ordo: --lang needs one of en, de, fr or es\nTry 'ordo --help'.\n"_s);
        const Run de = ordo({ u"--lang"_s, u"xx"_s }, u"de_DE.UTF-8"_s);
        QCOMPARE(de.err, u"ordo: --lang braucht en, de, fr oder es\nSiehe „ordo --help“.\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
