// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planedit.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QAbstractTableModel;
class QTableView;

// Inspector page shown with nothing selected: the plan's name, notes, weeks, repeat, start date
// (a Monday; a date on another day moves to the Monday of its week, and the page says so), the
// times available for training (AvailabilityEditor), profile (goal, experience, body mass,
// age, sex, cycle) and analysis settings (disabled rules, thresholds with their defaults).
// Each change is one undoable header edit; typing
// into one field merges into one step. The number of weeks changes when its field is left
// or Enter is pressed, after asking if sessions would be removed. Owned by the Inspector.
namespace ordo {

class Document;

class PlanInspector : public QWidget
{
    Q_OBJECT

public:
    explicit PlanInspector(Document *document, QWidget *parent = nullptr);
    ~PlanInspector() override;

    void refresh();
    void setMassInPounds(bool pounds);

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *weeksSpin() const { return m_weeks; }
    QCheckBox *datedCheck() const { return m_dated; }
    QDateEdit *startDateEdit() const { return m_startDate; }
    QLabel *startDateNote() const { return m_startNote; }
    QComboBox *goalCombo() const { return m_goal; }
    QSpinBox *ageSpin() const { return m_age; }
    QDoubleSpinBox *massSpin() const { return m_mass; }
    QSpinBox *cycleLengthSpin() const { return m_cycleLength; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QTableView *thresholdTable() const { return m_thresholds; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit(const PlanHeader &header, const QString &field, const QString &key);
    void commit(const PlanEdit &edit, const QString &key);
    void commitWeeks(int weeks);
    void commitStartDate();
    void buildThresholds();
    void refreshThresholds();
    void commitThreshold(int row, double value);
    void updateMassRange();

    Document *m_document;
    bool m_pounds = false;
    bool m_askingWeeks = false;
    QLineEdit *m_name;
    QPlainTextEdit *m_notes;
    QSpinBox *m_weeks;
    QCheckBox *m_repeat;
    QCheckBox *m_dated;
    QDateEdit *m_startDate;
    QLabel *m_startNote;
    QComboBox *m_goal;
    QComboBox *m_experience;
    QDoubleSpinBox *m_mass;
    QSpinBox *m_age;
    QComboBox *m_sex;
    QCheckBox *m_cycle;
    QSpinBox *m_cycleWeek;
    QComboBox *m_cycleDay;
    QSpinBox *m_cycleLength;
    QListWidget *m_rules;
    QTableView *m_thresholds;
    QAbstractTableModel *m_thresholdModel = nullptr;
};

} // namespace ordo
