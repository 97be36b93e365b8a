// SPDX-License-Identifier: GPL-3.0-or-later

#include "multisessioninspector.h"

#include "document/document.h"
#include "enumcombo.h"
#include "planlimits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace ordo {

using SessionEdits::SharedField;

MultiSessionInspector::MultiSessionInspector(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_form(new QFormLayout)
    , m_duration(new QSpinBox(this))
    , m_intensity(enumCombo(this, { Intensity::Easy, Intensity::Moderate, Intensity::Hiit }))
    , m_modality(enumCombo(this,
                           { Modality::Walking, Modality::Running, Modality::Cycling, Modality::Rowing,
                             Modality::Swimming, Modality::Elliptical, Modality::StairClimbing,
                             Modality::ArmErgometer, Modality::Jumping, Modality::Other }))
    , m_load(enumCombo(this, { Load::Heavy, Load::Moderate, Load::Light }))
    , m_focus(enumCombo(this, { Focus::Lower, Focus::Upper, Focus::Full, Focus::Core }))
    , m_priority(enumCombo(this, { Priority::Key, Priority::Normal, Priority::Optional }))
{
    m_summary->setWordWrap(true);
    // One step below the shortest duration stands for "the sessions differ".
    m_duration->setSingleStep(PlanLimits::kMinDurationMin);
    m_duration->setRange(PlanLimits::kMinDurationMin - m_duration->singleStep(), PlanLimits::kMaxDurationMin);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("Mixed"));
    // A typed duration applies when confirmed (Enter or leaving the field), as one step.
    m_duration->setKeyboardTracking(false);
    for (QComboBox *combo : { m_intensity, m_modality, m_load, m_focus, m_priority })
        combo->setPlaceholderText(tr("Mixed"));

    m_form->addRow(tr("D&uration:"), m_duration);
    m_form->addRow(tr("&Intensity:"), m_intensity);
    m_form->addRow(tr("&Modality:"), m_modality);
    m_form->addRow(tr("&Load:"), m_load);
    m_form->addRow(tr("&Focus:"), m_focus);
    m_form->addRow(tr("&Priority:"), m_priority);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(m_form);
    layout->addStretch(1);

    connect(m_duration, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (minutes >= PlanLimits::kMinDurationMin)
            commit(SharedField::Duration, minutes);
    });
    const std::pair<QComboBox *, SharedField> combos[] = { { m_intensity, SharedField::Intensity },
                                                           { m_modality, SharedField::Modality },
                                                           { m_load, SharedField::Load },
                                                           { m_focus, SharedField::Focus } };
    for (auto [combo, field] : combos) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, field](int index) {
            if (index >= 0)
                commit(field, combo->itemData(index).toInt());
        });
    }
    // Every kind has a priority: all selected sessions take it, with the session menu's words
    // ("Make 3 sessions optional").
    connect(m_priority, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_document->apply(SessionEdits::setPriority(m_document->plan(), m_ids,
                                                        Priority(m_priority->itemData(index).toInt())));
    });
    connect(m_document, &Document::planChanged, this, &MultiSessionInspector::refresh);
}

void MultiSessionInspector::setSessionIds(const QStringList &ids)
{
    m_ids = ids;
    refresh();
}

void MultiSessionInspector::commit(SharedField field, int value)
{
    // One edit over every selected session the field applies to: one undo step.
    m_document->apply(SessionEdits::changeShared(m_document->plan(), m_ids, field, value));
}

void MultiSessionInspector::showValue(QComboBox *combo, SharedField field)
{
    // The value the sessions that have the field share, or nothing ("Mixed").
    std::optional<int> shared;
    bool mixed = false;
    bool any = false;
    for (const QString &id : std::as_const(m_ids)) {
        const Session *s = m_document->plan().find(id);
        if (!s || !SessionEdits::hasField(*s, field))
            continue;
        any = true;
        const int v = SessionEdits::fieldValue(*s, field);
        mixed = mixed || (shared && *shared != v);
        shared = v;
    }
    m_form->setRowVisible(combo, any);
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(mixed || !shared ? -1 : combo->findData(*shared));
}

void MultiSessionInspector::showPriority()
{
    std::optional<Priority> shared;
    bool mixed = false;
    for (const QString &id : std::as_const(m_ids)) {
        if (const Session *s = m_document->plan().find(id)) {
            mixed = mixed || (shared && *shared != s->priority);
            shared = s->priority;
        }
    }
    const QSignalBlocker blocker(m_priority);
    m_priority->setCurrentIndex(mixed || !shared ? -1 : m_priority->findData(int(*shared)));
}

void MultiSessionInspector::refresh()
{
    int found = 0;
    std::optional<int> duration;
    bool durationMixed = false;
    for (const QString &id : std::as_const(m_ids)) {
        const Session *s = m_document->plan().find(id);
        if (!s)
            continue;
        ++found;
        durationMixed = durationMixed || (duration && *duration != s->durationMin);
        duration = s->durationMin;
    }
    m_summary->setText(
        tr("%n sessions selected.\nArrow keys move them together; Delete removes them.", nullptr, found)
        + u"\n\n"_s + tr("A change here applies to every selected session it fits."));
    {
        const QSignalBlocker blocker(m_duration);
        m_duration->setValue(durationMixed || !duration ? m_duration->minimum() : *duration);
    }
    showValue(m_intensity, SharedField::Intensity);
    showValue(m_modality, SharedField::Modality);
    showValue(m_load, SharedField::Load);
    showValue(m_focus, SharedField::Focus);
    showPriority();
}

} // namespace ordo
