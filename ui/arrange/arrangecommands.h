// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

// The Plan menu's arranging commands: Arrange Week… (ArrangeDialog), Re-plan Rest of Week…
// (the same dialog placing the shown week's missed sessions again; enabled while the plan has
// missed sessions) and Lock Session (Ctrl+L, the pin of resources/ui/pin.svg), which locks the
// selected sessions or, when all of them are locked, unlocks them; checked while the selection
// is locked.
namespace ordo {

class Document;
class WeekView;

class ArrangeCommands : public QObject
{
    Q_OBJECT

public:
    ArrangeCommands(Document *document, WeekView *weekView, QWidget *window);

    void addTo(QMenu *menu);
    QAction *arrangeAction() const { return m_arrange; }
    QAction *lockAction() const { return m_lock; }
    QAction *replanAction() const { return m_replan; }
    void toggleLock();
    void showArrangeDialog();
    void showReplanDialog();

private:
    void update();

    Document *m_document;
    WeekView *m_weekView;
    QWidget *m_window;
    QAction *m_arrange;
    QAction *m_replan;
    QAction *m_lock;
};

} // namespace ordo
