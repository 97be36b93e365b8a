// SPDX-License-Identifier: GPL-3.0-or-later

#include "appsettings.h"

#include "whentext.h"
#include <QFileInfo>

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ordo {

Day AppSettings::weekStart() const
{
    return QSettings().value(u"view/weekStartsSunday"_s, false).toBool() ? Day::Sun : Day::Mon;
}

void AppSettings::setWeekStart(Day day)
{
    QSettings().setValue(u"view/weekStartsSunday"_s, day == Day::Sun);
}

bool AppSettings::clock24() const
{
    // Unset: the clock of the user's locale.
    return QSettings().value(u"view/clock24"_s, clockFormatFor(QLocale()) == ClockFormat::H24).toBool();
}

void AppSettings::setClock24(bool on)
{
    QSettings().setValue(u"view/clock24"_s, on);
}

QString AppSettings::language() const
{
    return QSettings().value(u"view/language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(u"view/language"_s);
    else
        QSettings().setValue(u"view/language"_s, language);
}

bool AppSettings::massInPounds() const
{
    return QSettings().value(u"view/massInPounds"_s, false).toBool();
}

void AppSettings::setMassInPounds(bool on)
{
    QSettings().setValue(u"view/massInPounds"_s, on);
}

int AppSettings::firstVisibleHour() const
{
    return std::clamp(QSettings().value(u"view/firstHour"_s, 5).toInt(), 0, 23);
}

int AppSettings::lastVisibleHour() const
{
    return std::clamp(QSettings().value(u"view/lastHour"_s, 23).toInt(), firstVisibleHour() + 1, 24);
}

void AppSettings::setVisibleHours(int first, int last)
{
    QSettings s;
    s.setValue(u"view/firstHour"_s, first);
    s.setValue(u"view/lastHour"_s, last);
}

QStringList AppSettings::recentFiles() const
{
    return QSettings().value(u"files/recent"_s).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(u"files/recent"_s, files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(u"files/recent"_s, files);
}

QString AppSettings::lastFolder() const
{
    return QSettings().value(u"files/lastFolder"_s).toString();
}

void AppSettings::setLastFolder(const QString &folder)
{
    QSettings().setValue(u"files/lastFolder"_s, folder);
}

QByteArray AppSettings::userTemplates() const
{
    return QSettings().value(u"palette/userTemplates"_s).toByteArray();
}

void AppSettings::setUserTemplates(const QByteArray &bytes)
{
    QSettings().setValue(u"palette/userTemplates"_s, bytes);
}

QRect AppSettings::windowGeometry() const
{
    // Not "window/geometry": that held QWidget::saveGeometry() bytes, which restore a
    // position even when it is no longer on any screen.
    return QSettings().value(u"window/frame"_s).toRect();
}

bool AppSettings::windowMaximized() const
{
    return QSettings().value(u"window/maximized"_s, false).toBool();
}

QByteArray AppSettings::windowState() const
{
    return QSettings().value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindowLayout(const QRect &geometry, bool maximized, const QByteArray &state)
{
    QSettings s;
    s.remove(u"window/geometry"_s);
    s.setValue(u"window/frame"_s, geometry);
    s.setValue(u"window/maximized"_s, maximized);
    s.setValue(u"window/state"_s, state);
}

bool AppSettings::seasonShown() const
{
    return QSettings().value(u"view/season"_s, false).toBool();
}

void AppSettings::setSeasonShown(bool shown)
{
    QSettings().setValue(u"view/season"_s, shown);
}

bool AppSettings::bestSlotHints() const
{
    return QSettings().value(u"view/bestSlotHints"_s, true).toBool();
}

void AppSettings::setBestSlotHints(bool on)
{
    QSettings().setValue(u"view/bestSlotHints"_s, on);
}

} // namespace ordo
