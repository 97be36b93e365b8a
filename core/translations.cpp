// SPDX-License-Identifier: GPL-3.0-or-later

#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

QString s_current = u"en"_s;

bool loadInto(QCoreApplication *app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(fileName, directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QStringList Translations::languages()
{
    return { u"en"_s, u"de"_s, u"fr"_s, u"es"_s };
}

QString Translations::shippedLanguage(const QString &localeName)
{
    if (localeName.isEmpty() || localeName == u"C"_s || localeName == u"POSIX"_s)
        return localeName.isEmpty() ? QString() : u"en"_s;
    const QLocale locale(localeName);
    if (locale.language() == QLocale::C)
        return {};
    const QString code = locale.name().section(u'_', 0, 0);
    return languages().contains(code) ? code : QString();
}

QString Translations::resolve(const QString &requested)
{
    if (const QString shipped = shippedLanguage(requested); !shipped.isEmpty())
        return shipped;
    // The first UI language that Ordo can speak wins; English (the source) ends the search, so
    // "en_GB:de" stays English rather than falling through to German.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString shipped = shippedLanguage(QString(name).replace(u'-', u'_'));
        if (!shipped.isEmpty())
            return shipped;
    }
    return u"en"_s;
}

QString Translations::nativeName(const QString &language)
{
    // Written out: CLDR names some of them with a region ("español de España").
    if (language == u"de"_s)
        return u"Deutsch"_s;
    if (language == u"fr"_s)
        return u"Français"_s;
    if (language == u"es"_s)
        return u"Español"_s;
    if (language == u"en"_s)
        return u"English"_s;
    return QLocale(language).nativeLanguageName();
}

QString Translations::current()
{
    return s_current;
}

QString Translations::install(const QString &requested)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString language = resolve(requested);
    s_current = language;
    if (!app)
        return language;
    const QLocale chosen(requested);
    QLocale::Language system = QLocale::system().language();
    if (system == QLocale::C)
        system = QLocale::English;
    if (!shippedLanguage(requested).isEmpty() && chosen.language() != system) {
        // A language chosen over the system's: dates and numbers follow the texts.
        QLocale::setDefault(chosen);
    }
    if (language == u"en"_s) {
        // English needs no catalogue but its plural forms: tr("%n rest days", nullptr, 1) reads
        // "1 rest day" only through a translation (translations/ordo-plurals_en.ts).
        loadInto(app, u"ordo-plurals_en"_s, u":/i18n"_s);
        return language;
    }
    loadInto(app, u"ordo_"_s + language, u":/i18n"_s);
    // Qt's own texts (standard dialogs and buttons); Debian ships them in qt6-translations-l10n.
    loadInto(app, u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return language;
}

} // namespace ordo
