// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dragpayload.h"
#include "plan.h"
#include "planedit.h"

#include <QList>
#include <QObject>

#include <optional>

class QAbstractItemModel;
class QAction;
class QMenu;
class QPoint;

// The week view's commands, and every way to add sessions without a drag: New Session…
// (Insert), Cut, Copy, Paste, Copy Day, Copy Week and Select All as actions bound to the view
// (the main window lists them in its Edit menu); templates added at the selected slot or the
// next free one (Enter in the palette, the "Add session here" menu of an empty slot). Each
// change is one Document::apply of a SessionEdits edit; the new sessions become the selection.
namespace ordo {

class Document;
class WeekView;

class WeekCommands : public QObject
{
    Q_OBJECT

public:
    WeekCommands(WeekView *view, Document *document);

    QAction *newSessionAction() const { return m_newSession; }
    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *copyDayAction() const { return m_copyDay; }
    QAction *copyWeekAction() const { return m_copyWeek; }
    QAction *selectAllAction() const { return m_selectAll; }
    // New Session…, then the clipboard commands and Select All.
    void addTo(QMenu *menu) const;

    // The palette's templates, for the menu of an empty slot.
    void setTemplateModel(const QAbstractItemModel *model) { m_templates = model; }
    // The menu of an empty slot: Add Session Here ▸, New Session…, Paste.
    // `day`: the day under the pointer, offered to be marked not available this week (or
    // available again).
    void popupSlotMenu(const QPoint &globalPos, std::optional<Day> day = std::nullopt);
    // The palette's templates alone (a double-click on an empty slot).
    void popupTemplateMenu(const QPoint &globalPos);

    // Where an addition or a paste goes (plan-axis minute): the selected slot, else right
    // after the selected sessions, else the first free place of the shown week that holds
    // `durationMin`, else the shown week's first visible hour.
    int targetMinute(int durationMin) const;

public slots:
    // Places templates (with their relative offsets) at targetMinute().
    void addTemplates(const QList<ordo::Session> &sessions);
    void newSession();
    void cut();
    void copy();
    void paste();
    void copyDay();
    void copyWeek();
    void selectAll();

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, void (WeekCommands::*slot)());
    bool applyAndSelect(const PlanEdit &edit);
    void toClipboard(const QList<Session> &sessions, DragSpan span);
    QList<Session> selectedSessions() const;
    // The day the Day commands mean: the selected slot's, else the first selected session's.
    std::optional<int> chosenDay() const;
    void updateActions();
    void updatePasteAction();
    bool eventFilter(QObject *watched, QEvent *event) override;

    WeekView *m_view;
    Document *m_document;
    const QAbstractItemModel *m_templates = nullptr;
    QAction *m_newSession;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_copyDay;
    QAction *m_copyWeek;
    QAction *m_selectAll;
};

} // namespace ordo
