// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The languages Ordo ships and the loading of their catalogues (docs/translations.md): Ordo's
// own .qm files, compiled from translations/*.ts into the resources under :/i18n, and Qt's
// qtbase catalogue for the texts of Qt's own dialogs. The language follows the system locale
// (LANG, LC_ALL, LC_MESSAGES, LANGUAGE) unless the caller names one.
namespace ordo {

class Translations
{
public:
    // The source language first, then the translated ones: "en", "de", "fr", "es".
    static QStringList languages();
    // The language a locale name stands for if Ordo ships it ("de_AT" → "de"), else empty.
    static QString shippedLanguage(const QString &localeName);
    // The language the texts appear in for a request: the request if shipped, else the first
    // of the system's UI languages that is shipped or English, else "en".
    static QString resolve(const QString &requested);
    // "Deutsch", "Français", … in the language itself.
    static QString nativeName(const QString &language);

    // Installs the catalogues of `requested` (for English, the plural forms of its "%n" texts) (empty: the
    // system's language) in the running QCoreApplication, parented to it, and makes a language the system
    // does not speak the default locale too, so day names and numbers agree with the texts. Returns the
    // language now in use.
    static QString install(const QString &requested);
    // The language the last install() chose ("en" before any): the PDF's document language.
    static QString current();
};

} // namespace ordo
