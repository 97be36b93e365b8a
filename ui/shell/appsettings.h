// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QByteArray>
#include <QRect>
#include <QStringList>

// Typed access to the desktop app's QSettings: week start day, clock, mass unit, visible
// hours, recent files, the palette's user templates and the window layout. Read and written
// by the main window and the preferences dialog; no state of its own.
namespace ordo {

class AppSettings
{
public:
    static constexpr int kMaxRecentFiles = 8;

    Day weekStart() const;
    void setWeekStart(Day day);
    bool clock24() const;
    void setClock24(bool on);
    bool massInPounds() const;
    void setMassInPounds(bool on);
    int firstVisibleHour() const;
    int lastVisibleHour() const;
    void setVisibleHours(int first, int last);

    // The language of the texts ("de", …), applied at the next start; empty: the system's.
    QString language() const;
    void setLanguage(const QString &language);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    // The folder a plan was last opened from, saved to or exported to: where the next file
    // dialog starts.
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    QByteArray userTemplates() const;
    void setUserTemplates(const QByteArray &bytes);

    // The window's frame geometry when not maximized, whether it was maximized, and the
    // docks' layout (QMainWindow::saveState). An invalid rectangle: never saved.
    QRect windowGeometry() const;
    bool windowMaximized() const;
    QByteArray windowState() const;
    void setWindowLayout(const QRect &geometry, bool maximized, const QByteArray &state);

    // Whether the season overview, not the week, was in front when the window last closed.
    bool seasonShown() const;
    void setSeasonShown(bool shown);

    // Whether a drag tints the week by where the session fits best (View ▸ Best-Slot Hints); on
    // unless turned off.
    bool bestSlotHints() const;
    void setBestSlotHints(bool on);
};

} // namespace ordo
