// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimeEdit;

// The plan inspector's "Available times": the weekly windows of each weekday, listed, added
// by typing a day, two times and the kinds they allow, removed with Remove or Delete; a day
// marked as not available at all; the busy times imported from a calendar, counted, and
// removed on request. Every change is one undoable edit (core/edits/availabilityedits.h).
// Owned by the PlanInspector; refreshes itself when the plan changes.
namespace ordo {

class Document;

class AvailabilityEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit AvailabilityEditor(Document *document, QWidget *parent = nullptr);

    void refresh();

    QListWidget *windowList() const { return m_list; }
    QComboBox *dayCombo() const { return m_day; }
    QTimeEdit *fromEdit() const { return m_from; }
    QTimeEdit *toEdit() const { return m_to; }
    QCheckBox *kindCheck(Kind kind) const { return m_kinds[int(kind)]; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *dayOffButton() const { return m_dayOff; }
    QLabel *busyLabel() const { return m_busy; }
    QPushButton *removeBusyButton() const { return m_removeBusy; }

private:
    void addWindow();
    void removeSelected();
    void markDayOff();
    void updateButtons();
    int endMinute() const;

    Document *m_document;
    QListWidget *m_list;
    QComboBox *m_day;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QCheckBox *m_kinds[3];
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_dayOff;
    QLabel *m_anchor;
    QLabel *m_overrides;
    QLabel *m_busy;
    QPushButton *m_removeBusy;
};

} // namespace ordo
