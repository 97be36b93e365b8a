// SPDX-License-Identifier: GPL-3.0-or-later

#include "uitestsupport.h"

#include "shell/mainwindow.h"
#include "shell/preferencesdialog.h"
#include "translations.h"

#include <QComboBox>
#include <QMenuBar>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The main window built in German, French and Spanish (docs/translations.md): menus come out
// translated, and the longer texts still fit a 1366×768 screen.
class TestTranslatedWindow : public QObject
{
    Q_OBJECT

    static QStringList menuTitles(const ordo::MainWindow &window)
    {
        QStringList titles;
        for (const QAction *a : window.menuBar()->actions())
            titles << a->text();
        return titles;
    }

private slots:
    void initTestCase() { ordo::test::prepareGuiTest(); }

    void cleanup()
    {
        // Back to English for the next language.
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void menus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("en") << u"en"_s << QStringList { u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s };
        QTest::newRow("de") << u"de"_s
                            << QStringList { u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Hilfe"_s };
        QTest::newRow("fr") << u"fr"_s
                            << QStringList { u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s, u"Aid&e"_s };
        QTest::newRow("es") << u"es"_s << QStringList { u"&Archivo"_s, u"&Editar"_s, u"&Ver"_s, u"A&yuda"_s };
    }

    void menus()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, titles);
        QCOMPARE(ordo::Translations::install(language), language);
        ordo::MainWindow window;
        QCOMPARE(menuTitles(window), titles);
        // The longer German and French texts leave the window small enough for 1366×768.
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 768,
                 qPrintable(u"%1×%2"_s.arg(minimum.width()).arg(minimum.height())));
    }

    void preferencesOffersLanguages()
    {
        QCOMPARE(ordo::Translations::install(u"de"_s), u"de"_s);
        ordo::PreferencesDialog dialog;
        QComboBox *language = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->findData(u"fr"_s) >= 0)
                language = box;
        }
        QVERIFY(language);
        QCOMPARE(language->itemText(0), u"Systemsprache"_s);
        QCOMPARE(language->itemText(language->findData(u"fr"_s)), u"Français"_s);
        QCOMPARE(language->itemText(language->findData(u"es"_s)), u"Español"_s);
    }
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
