// SPDX-License-Identifier: GPL-3.0-or-later

#include "uitestsupport.h"

#include "export/exportdialogs.h"
#include "plan.h"
#include "shell/mainwindow.h"
#include "shell/preferencesdialog.h"
#include "translations.h"
#include "week/newsessiondialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>
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

    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] == u'&') {
                if (text[i + 1] != u'&')
                    return text[i + 1].toLower();
                ++i;
            }
        }
        return {};
    }

    // Actions of one menu (or of the menu bar) whose mnemonic letter another one already has.
    static QStringList clashes(const QList<QAction *> &actions, const QString &where)
    {
        QStringList found;
        QHash<QChar, QString> seen;
        for (const QAction *a : actions) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QChar m = mnemonic(a->text());
            if (!m.isNull() && seen.contains(m))
                found << u"%1: “%2” and “%3”"_s.arg(where, seen[m], a->text());
            else if (!m.isNull())
                seen.insert(m, a->text());
            if (a->menu())
                found += clashes(a->menu()->actions(), where + u" ▸ "_s + a->text());
        }
        return found;
    }

    // Labels and buttons of one dialog whose mnemonic letter another one already has.
    static QStringList dialogClashes(const QWidget *dialog)
    {
        QStringList texts;
        for (const QLabel *l : dialog->findChildren<QLabel *>()) {
            if (l->buddy())
                texts << l->text();
        }
        for (const QAbstractButton *b : dialog->findChildren<QAbstractButton *>())
            texts << b->text();
        QStringList found;
        QHash<QChar, QString> seen;
        for (const QString &t : texts) {
            const QChar m = mnemonic(t);
            if (!m.isNull() && seen.contains(m))
                found << u"%1: “%2” and “%3”"_s.arg(dialog->windowTitle(), seen[m], t);
            else if (!m.isNull())
                seen.insert(m, t);
        }
        return found;
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
        QTest::newRow("en") << u"en"_s << QStringList { u"&File"_s, u"&Edit"_s,  u"&Plan"_s,
                                                        u"&View"_s, u"Wee&ks"_s, u"&Help"_s };
        QTest::newRow("de") << u"de"_s << QStringList { u"&Datei"_s,   u"&Bearbeiten"_s, u"&Plan"_s,
                                                        u"&Ansicht"_s, u"&Wochen"_s,     u"&Hilfe"_s };
        QTest::newRow("fr") << u"fr"_s << QStringList { u"&Fichier"_s,   u"É&dition"_s,  u"&Plan"_s,
                                                        u"&Affichage"_s, u"Se&maines"_s, u"Aid&e"_s };
        QTest::newRow("es") << u"es"_s << QStringList { u"&Archivo"_s, u"&Editar"_s,  u"&Plan"_s,
                                                        u"&Ver"_s,     u"&Semanas"_s, u"A&yuda"_s };
    }

    void menus()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, titles);
        QCOMPARE(ordo::Translations::install(language), language);
        ordo::MainWindow window;
        QCOMPARE(menuTitles(window), titles);
        // Each menu's access keys are unique, in English and in every translation.
        const QStringList clashing = clashes(window.menuBar()->actions(), u"menu bar"_s);
        QVERIFY2(clashing.isEmpty(), qPrintable(clashing.join(u"; "_s)));
        // The longer German and French texts leave the window small enough for 1366×768.
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 768,
                 qPrintable(u"%1×%2"_s.arg(minimum.width()).arg(minimum.height())));
    }

    void dialogMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("es") << u"es"_s;
    }

    // The dialogs with labelled fields keep one access key per letter in each translation.
    void dialogMnemonics()
    {
        QFETCH(QString, language);
        QCOMPARE(ordo::Translations::install(language), language);
        QStringList clashing;
        ordo::PreferencesDialog preferences;
        clashing += dialogClashes(&preferences);
        ordo::Plan plan;
        ordo::NewSessionDialog newSession(plan, 8 * 60, ordo::Day::Mon, true);
        clashing += dialogClashes(&newSession);
        // The calendar export's options: looked at once shown, then cancelled.
        QTimer::singleShot(0, this, [&clashing] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            clashing += dialogClashes(dialog);
            QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
        });
        QVERIFY(!ordo::askIcsOptions(nullptr, plan));
        QVERIFY2(clashing.isEmpty(), qPrintable(clashing.join(u"; "_s)));
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
