// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "edits/sessionedits.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

// Inspector page for several selected sessions: the fields they can share (duration,
// intensity and modality of the cardio, load and focus of the lifting, and the priority of
// any session), each showing the common value or "Mixed". A change sets the field on every
// selected session it applies to, as one undo step (SessionEdits::changeShared, and
// SessionEdits::setPriority for the priority, as the session menu does). Owned by the Inspector.
namespace ordo {

class Document;

class MultiSessionInspector : public QWidget
{
    Q_OBJECT

public:
    explicit MultiSessionInspector(Document *document, QWidget *parent = nullptr);

    void setSessionIds(const QStringList &ids);
    QStringList sessionIds() const { return m_ids; }
    void refresh();

    QLabel *summaryLabel() const { return m_summary; }
    QSpinBox *durationSpin() const { return m_duration; }
    QComboBox *intensityCombo() const { return m_intensity; }
    QComboBox *modalityCombo() const { return m_modality; }
    QComboBox *loadCombo() const { return m_load; }
    QComboBox *focusCombo() const { return m_focus; }
    QComboBox *priorityCombo() const { return m_priority; }

private:
    void showValue(QComboBox *combo, SessionEdits::SharedField field);
    void showPriority();
    void commit(SessionEdits::SharedField field, int value);

    Document *m_document;
    QStringList m_ids;
    QLabel *m_summary;
    QFormLayout *m_form;
    QSpinBox *m_duration;
    QComboBox *m_intensity;
    QComboBox *m_modality;
    QComboBox *m_load;
    QComboBox *m_focus;
    QComboBox *m_priority;
};

} // namespace ordo
