// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "phase.h"
#include "planedit.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;

// The season overview's week commands, acting on its selected weeks (core/edits/weekedits.h):
// Copy Week To…, Duplicate Weeks, Generate Deload Week…, Fill Weeks with a Rotation…,
// Phase ▸, Insert Empty Week Before / After, Move Weeks Up / Down, Clear Weeks and Delete
// Weeks, as actions bound to the view with their keys (the main window lists them in its Weeks
// menu, the view in its context menu). Each one is one undo step and asks first when it
// deletes sessions; enabled only where it can act.
namespace ordo {

class Document;
class SeasonView;

class SeasonCommands : public QObject
{
    Q_OBJECT

public:
    // Asks before an edit deletes sessions: the count and the edit's undo text; true to go on.
    using Confirm = std::function<bool(int sessions, const QString &text)>;
    // Asks for a custom phase's name (QInputDialog::getText by default).
    using AskText
        = std::function<QString(const QString &title, const QString &label, const QString &text, bool *ok)>;

    SeasonCommands(SeasonView *view, Document *document);

    QAction *copyToAction() const { return m_copyTo; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *insertBeforeAction() const { return m_insertBefore; }
    QAction *insertAfterAction() const { return m_insertAfter; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *clearAction() const { return m_clear; }
    // Generate Deload Week… (after the selection, a lighter copy of its last week) and the
    // Phase ▸ menu that marks the selected weeks.
    QAction *deloadAction() const { return m_deload; }
    QMenu *phaseMenu() const { return m_phaseMenu; }
    // Fill Weeks with a Rotation… (RotationDialog) on the selected weeks.
    QAction *rotationAction() const { return m_rotation; }
    void addTo(QMenu *menu) const;

    // Applies a week edit, asking first when it deletes sessions, then selects the given weeks;
    // false when refused or declined.
    bool applyWeekEdit(const PlanEdit &edit, int selectFirst, int selectCount);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAskText(AskText ask) { m_askText = std::move(ask); }

private:
    void update();
    void copyTo();
    void markPhase(std::optional<Phase> phase);
    void generateDeload();
    void fillRotation();

    SeasonView *m_view;
    Document *m_document;
    Confirm m_confirm;
    AskText m_askText;

    QAction *m_copyTo;
    QAction *m_duplicate;
    QAction *m_insertBefore;
    QAction *m_insertAfter;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_clear;
    QAction *m_deload;
    QAction *m_rotation;
    QMenu *m_phaseMenu;
};

} // namespace ordo
