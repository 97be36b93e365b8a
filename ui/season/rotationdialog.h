// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"
#include "planedit.h"
#include "whentext.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

// Weeks ▸ Fill Weeks with a Rotation…: sessions A, B, C, … (the sessions of a week of the
// plan, or templates at a chosen time) in the order they are added, the days to fill and a
// range of weeks; says how many sessions that adds and gives the one edit that does it
// (WeekEdits::fillRotation: existing sessions stay, a taken time is skipped). Opened by the
// season overview on its selected weeks.
namespace ordo {

class RotationDialog : public QDialog
{
    Q_OBJECT

public:
    RotationDialog(const Plan &plan, int firstWeek, int weekCount, ClockFormat clock,
                   QWidget *parent = nullptr);

    // The sessions in turn, A first.
    QList<Session> rotation() const { return m_rotation; }
    QList<Day> days() const;
    // The edit the dialog's choices make (empty when it would add nothing).
    PlanEdit edit() const;

    QComboBox *sourceCombo() const { return m_source; }
    QPushButton *addButton() const { return m_add; }
    QListWidget *orderList() const { return m_order; }
    QCheckBox *dayCheck(Day day) const { return m_days[int(day)]; }
    QSpinBox *firstWeekSpin() const { return m_from; }
    QSpinBox *lastWeekSpin() const { return m_to; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void addChosen();
    void removeCurrent();
    void moveCurrent(int delta);
    void refresh();
    QString describe(const Session &session) const;

    const Plan &m_plan;
    ClockFormat m_clock;
    QList<Session> m_candidates; // what the source combo offers, in its order
    QList<bool> m_fromTemplate;
    QList<Session> m_rotation;
    QComboBox *m_source;
    QTimeEdit *m_time;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QListWidget *m_order;
    QList<QCheckBox *> m_days;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace ordo
