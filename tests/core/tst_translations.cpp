// SPDX-License-Identifier: GPL-3.0-or-later

#include "edits/planedits.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace ordo;

// Plural forms: every tr("%n …", nullptr, n) text reads "1 rest day" and "2 rest days" in
// English (Qt takes the forms from the built-in translation), and the translation file keeps
// up with the sources: a new "%n" text without both English forms fails here.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(Translations::install(u"en"_s), u"en"_s); }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("status bar, none")
            << u"ordo::MainWindow"_s << u"%n rest days"_s << 0 << u"0 rest days"_s;
        QTest::newRow("status bar, one")
            << u"ordo::MainWindow"_s << u"%n rest days"_s << 1 << u"1 rest day"_s;
        QTest::newRow("status bar, two")
            << u"ordo::MainWindow"_s << u"%n rest days"_s << 2 << u"2 rest days"_s;
        QTest::newRow("lifting, one")
            << u"ordo::MainWindow"_s << u"%n lifting sessions"_s << 1 << u"1 lifting session"_s;
        QTest::newRow("cardio, one") << u"ordo::MainWindow"_s << u"%n cardio sessions"_s << 1
                                     << u"1 cardio session"_s;
        QTest::newRow("PDF rest, one") << u"ordo::PrintLayout"_s << u"%n rest days"_s << 1 << u"1 rest day"_s;
        QTest::newRow("PDF notes, one") << u"ordo::PrintLayout"_s << u"%n notes"_s << 1 << u"1 note"_s;
        QTest::newRow("findings, one") << u"ordo::FindingsDock"_s << u"%n warnings"_s << 1 << u"1 warning"_s;
        QTest::newRow("findings, many")
            << u"ordo::FindingsDock"_s << u"%n warnings"_s << 12 << u"12 warnings"_s;
    }

    void pluralForms()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(),
                                             nullptr, n),
                 expected);
    }

    void undoTextsUseTheForms()
    {
        // Through a real edit factory: the text a person reads in Edit ▸ Undo.
        Plan plan;
        plan.weeks = 2;
        Session s;
        s.id = u"a"_s;
        s.week = 1;
        plan.sessions << s;
        QCOMPARE(PlanEdits::setWeeks(plan, 1).text, u"Change number of weeks to 1 (deletes 1 session)"_s);
        s.id = u"b"_s;
        plan.sessions << s;
        QCOMPARE(PlanEdits::setWeeks(plan, 1).text, u"Change number of weeks to 1 (deletes 2 sessions)"_s);
    }

    void everyPluralTextHasBothEnglishForms()
    {
        // lupdate run over the sources into a copy of the file: it adds any "%n" text the file
        // lacks, unfinished and with empty forms.
        const QString lupdate = QStringLiteral(ORDO_LUPDATE);
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed");
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"ordo-plurals_en.ts"_s);
        const QString source = QStringLiteral(ORDO_SOURCE_DIR);
        QVERIFY(QFile::copy(source + u"/translations/ordo-plurals_en.ts"_s, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess p;
        p.setWorkingDirectory(source);
        p.start(lupdate,
                { u"-pluralonly"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-silent"_s, u"core"_s,
                  u"ui"_s, u"app"_s, u"-ts"_s, copy });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(file.readAll());
        QVERIFY(ts.contains(u"%n rest days"_s));
        const QRegularExpression message(
            u"<message numerus=\"yes\">\\s*<source>(.*?)</source>(.*?)</message>"_s,
            QRegularExpression::DotMatchesEverythingOption);
        int messages = 0;
        for (const QRegularExpressionMatch &m : message.globalMatch(ts)) {
            ++messages;
            const QString body = m.captured(2);
            QVERIFY2(!body.contains(u"unfinished"_s) && !body.contains(u"<numerusform></numerusform>"_s),
                     qPrintable(u"no English forms for \"%1\": run scripts/update-translations.sh and fill "
                                u"them in"_s.arg(m.captured(1))));
            QCOMPARE(body.count(u"<numerusform>"_s), 2);
        }
        QVERIFY(messages >= 10);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
