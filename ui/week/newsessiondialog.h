// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

// New session…: the keyboard way to add a session, for people who do not drag. Asks for
// kind, title, week (on multi-week plans), day, start and duration, starting from the week
// view's selected slot; the week view places the result through the same edit as a drop.
namespace ordo {

class NewSessionDialog : public QDialog
{
    Q_OBJECT

public:
    // `axisMinute`: where the session starts unless changed (plan axis, docs/plan-format.md).
    NewSessionDialog(const Plan &plan, int axisMinute, Day weekStart, bool clock24,
                     QWidget *parent = nullptr);

    // The session asked for, at week 0 Monday 00:00 (its place is axisMinute()).
    Session session() const;
    int axisMinute() const;

private:
    void updateTitlePlaceholder();

    QComboBox *m_kind;
    QLineEdit *m_title;
    QSpinBox *m_week;
    QComboBox *m_day;
    QTimeEdit *m_start;
    QSpinBox *m_duration;
};

} // namespace ordo
