// SPDX-License-Identifier: GPL-3.0-or-later

#include "uitestsupport.h"

#include "docks/findingsdock.h"
#include "docks/findingsmodel.h"
#include "docks/planinspector.h"
#include "document/document.h"
#include "edits/planedits.h"
#include "export/exportdialogs.h"
#include "plan.h"
#include "settingstable.h"
#include "shell/mainwindow.h"
#include "shell/preferencesdialog.h"
#include "translations.h"
#include "week/newsessiondialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
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

    // The analysis settings are named in the chosen language wherever a person reads them: the
    // thresholds table of the plan inspector, the Why? panel's "You can change:" line and the
    // undo text of a change; the plan file keeps the setting's key.
    void settingLabelsTranslated()
    {
        const ordo::SettingDefinition *hiit = ordo::findSetting(u"ampk.hiit.maxMin"_s);
        const ordo::SettingDefinition *rest = ordo::findSetting(u"rest.maxRunDays"_s);
        QVERIFY(hiit && rest);
        const QString englishHiit = ordo::settingLabel(*hiit);
        QCOMPARE(englishHiit, u"Longest AMPK window after HIIT (min)"_s);
        QStringList english;
        for (const ordo::SettingDefinition &d : ordo::settingDefinitions())
            english << ordo::settingLabel(d);

        QCOMPARE(ordo::Translations::install(u"de"_s), u"de"_s);
        QCOMPARE(ordo::settingLabel(*hiit), u"Längstes AMPK-Fenster nach HIIT (min)"_s);
        QVERIFY(ordo::settingLabel(*hiit) != englishHiit);
        // A unit in words is translated too.
        QCOMPARE(ordo::settingLabel(*rest), u"Tage ohne Ruhetag, die eine Warnung ergeben (Tage)"_s);

        // The thresholds table shows every setting in German: no row keeps its English label.
        ordo::Document doc;
        QVERIFY(doc.open(u"template:hybrid4w"_s).ok());
        ordo::PlanInspector inspector(&doc);
        const QAbstractItemModel *table = inspector.thresholdTable()->model();
        QCOMPARE(table->rowCount(), int(english.size()));
        QStringList untranslated;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString shown = table->index(row, 0).data().toString();
            if (shown == english[row])
                untranslated << shown;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u"; "_s)));
        const QModelIndexList hiitRows
            = table->match(table->index(0, 0), Qt::DisplayRole, u"Längstes AMPK-Fenster nach HIIT (min)"_s, 1,
                           Qt::MatchExactly);
        QCOMPARE(hiitRows.size(), 1);
        // A value is edited with its unit in German too.
        const QModelIndexList restRows = table->match(table->index(0, 0), Qt::DisplayRole,
                                                      ordo::settingLabel(*rest), 1, Qt::MatchExactly);
        QCOMPARE(restRows.size(), 1);
        inspector.resize(340, 700);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QTableView *view = inspector.thresholdTable();
        view->scrollTo(table->index(restRows[0].row(), 1));
        view->setCurrentIndex(table->index(restRows[0].row(), 1));
        view->edit(table->index(restRows[0].row(), 1));
        QDoubleSpinBox *editor = view->viewport()->findChild<QDoubleSpinBox *>();
        QVERIFY(editor);
        QCOMPARE(editor->suffix(), u" Tage"_s);
        // Its tooltip starts with the whole label, which a narrow dock elides.
        QVERIFY(hiitRows[0]
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Längstes AMPK-Fenster nach HIIT (min)\n"_s));

        // The Why? panel of an AMPK finding names the setting in German.
        ordo::Plan plan;
        ordo::Session cardio;
        cardio.id = u"s1"_s;
        cardio.title = u"Sprints"_s;
        cardio.day = ordo::Day::Mon;
        cardio.startMinute = 6 * 60 + 20;
        cardio.durationMin = 25;
        cardio.kind = ordo::Kind::Cardio;
        cardio.modality = ordo::Modality::Rowing;
        cardio.intensity = ordo::Intensity::Hiit;
        ordo::Session lift;
        lift.id = u"s2"_s;
        lift.title = u"Oberkörper"_s;
        lift.day = ordo::Day::Mon;
        lift.startMinute = 7 * 60 + 45;
        lift.kind = ordo::Kind::Strength;
        lift.focus = ordo::Focus::Upper;
        lift.load = ordo::Load::Heavy;
        plan.sessions = { cardio, lift };
        ordo::Document why;
        ordo::FindingsDock dock(&why);
        why.reset(plan);
        const QList<ordo::Finding> &findings = dock.model()->visibleFindings();
        const auto ampk = std::find_if(findings.cbegin(), findings.cend(),
                                       [](const ordo::Finding &f) { return f.rule == u"ampk-window"_s; });
        QVERIFY(ampk != findings.cend());
        const QString text = dock.explanation(*ampk);
        QVERIFY2(text.contains(u"Längstes AMPK-Fenster nach HIIT (min)"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Longest AMPK window"_s), qPrintable(text));

        // The undo text of a changed threshold names it in German.
        const ordo::PlanEdit edit = ordo::PlanEdits::setThreshold(plan, hiit->name, 200);
        QCOMPARE(edit.text, u"„Längstes AMPK-Fenster nach HIIT“ ändern"_s);
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
