// SPDX-License-Identifier: GPL-3.0-or-later

#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>

using namespace Qt::StringLiterals;

// The catalogues compiled into ordo_core and the choice of language (core/translations.h,
// docs/translations.md).
class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void shippedLanguage()
    {
        QCOMPARE(ordo::Translations::shippedLanguage(u"de_AT"_s), u"de"_s);
        QCOMPARE(ordo::Translations::shippedLanguage(u"fr_CA"_s), u"fr"_s);
        QCOMPARE(ordo::Translations::shippedLanguage(u"es"_s), u"es"_s);
        QCOMPARE(ordo::Translations::shippedLanguage(u"en_US"_s), u"en"_s);
        QCOMPARE(ordo::Translations::shippedLanguage(u"C"_s), u"en"_s);
        QCOMPARE(ordo::Translations::shippedLanguage(u"it_IT"_s), QString());
        QCOMPARE(ordo::Translations::shippedLanguage(QString()), QString());
        QCOMPARE(ordo::Translations::resolve(u"fr"_s), u"fr"_s);
        QCOMPARE(ordo::Translations::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(ordo::Translations::nativeName(u"fr"_s), u"Français"_s);
        QCOMPARE(ordo::Translations::nativeName(u"es"_s), u"Español"_s);
    }

    // Each row has its own QCoreApplication: its translators go with it.
    void catalogues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QString>("fix");
        QTest::newRow("de") << u"de"_s << u"&Datei"_s << u"Fügen Sie eine Einheit hinzu."_s;
        QTest::newRow("fr") << u"fr"_s << u"&Fichier"_s << u"Ajoutez une séance."_s;
        QTest::newRow("es") << u"es"_s << u"&Archivo"_s << u"Añada una sesión."_s;
    }

    void catalogues()
    {
        QFETCH(QString, language);
        QFETCH(QString, menu);
        QFETCH(QString, fix);
        int argc = 1;
        char name[] = "tst_translations";
        char *argv[] = { name, nullptr };
        QCoreApplication app(argc, argv);
        QCOMPARE(ordo::Translations::install(language), language);
        QCOMPARE(QCoreApplication::translate("ordo::MainWindow", "&File"), menu);
        QCOMPARE(QCoreApplication::translate("ordo::Rules", "Add a session."), fix);
        // A %n text picks the plural form of the language.
        const QString one = QCoreApplication::translate("ordo::SessionEdits", "Move %n sessions", nullptr, 1);
        const QString two = QCoreApplication::translate("ordo::SessionEdits", "Move %n sessions", nullptr, 2);
        QVERIFY2(one != two && one.contains(u'1') && two.contains(u'2'), qPrintable(one + u" / "_s + two));
        // Qt's own texts, where Debian's qt6-translations-l10n is installed.
        const QString qtbase
            = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_"_s + language + u".qm"_s;
        if (QFile::exists(qtbase))
            QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel"_s);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_APPLESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
