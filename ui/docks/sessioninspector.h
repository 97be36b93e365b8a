// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"
#include "whentext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

// Inspector page for the selected session: every field editable, each change one undoable
// edit (consecutive changes of one field merge into one step), pushed to the document as
// the user types so findings update live. Owned by the Inspector.
namespace ordo {

class Document;

class SessionInspector : public QWidget
{
    Q_OBJECT

public:
    explicit SessionInspector(Document *document, QWidget *parent = nullptr);

    void setSessionId(const QString &id);
    QString sessionId() const { return m_id; }
    void refresh();
    void focusFirstField();

    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *durationSpin() const { return m_duration; }
    QComboBox *dayCombo() const { return m_day; }
    QTimeEdit *startEdit() const { return m_start; }
    // The start time in the user's 12- or 24-hour clock.
    void setClockFormat(ClockFormat clock);
    QDoubleSpinBox *rpeSpin() const { return m_rpe; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

private:
    void commit(const Session &changed, const QString &field, const QString &key);
    void updateKindRows(Kind kind);

    Document *m_document;
    QString m_id;
    QFormLayout *m_form;
    QLineEdit *m_title;
    QSpinBox *m_week;
    QComboBox *m_day;
    QTimeEdit *m_start;
    QSpinBox *m_duration;
    QComboBox *m_kind;
    QComboBox *m_focus;
    QComboBox *m_load;
    QComboBox *m_modality;
    QComboBox *m_intensity;
    QComboBox *m_loadsLegs;
    QDoubleSpinBox *m_rpe;
    QComboBox *m_priority;
    QCheckBox *m_missed;
    QPlainTextEdit *m_notes;
    QLabel *m_validation;
};

} // namespace ordo
