// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessioninspector.h"

#include "document/document.h"
#include "edits/sessionedits.h"
#include "enumcombo.h"
#include "enums.h"
#include "planlimits.h"
#include "theme/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace ordo {

SessionInspector::SessionInspector(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new QFormLayout(this))
    , m_title(new QLineEdit(this))
    , m_week(new QSpinBox(this))
    , m_day(enumCombo(this, { Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun }))
    , m_start(new QTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_kind(enumCombo(this, { Kind::Strength, Kind::Cardio, Kind::Mobility }))
    , m_focus(enumCombo(this, { Focus::Lower, Focus::Upper, Focus::Full, Focus::Core }))
    , m_load(enumCombo(this, { Load::Heavy, Load::Moderate, Load::Light }))
    , m_modality(enumCombo(this,
                           { Modality::Walking, Modality::Running, Modality::Cycling, Modality::Rowing,
                             Modality::Swimming, Modality::Elliptical, Modality::StairClimbing,
                             Modality::ArmErgometer, Modality::Jumping, Modality::Other }))
    , m_intensity(enumCombo(this, { Intensity::Easy, Intensity::Moderate, Intensity::Hiit }))
    , m_loadsLegs(new QComboBox(this))
    , m_rpe(new QDoubleSpinBox(this))
    , m_priority(enumCombo(this, { Priority::Key, Priority::Normal, Priority::Optional }))
    , m_missed(new QCheckBox(tr("Did n&ot happen"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_validation(new QLabel(this))
{
    m_title->setMaxLength(PlanLimits::kMaxTitleLength);
    m_title->setClearButtonEnabled(true);
    m_week->setPrefix(tr("week "));
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_duration->setRange(PlanLimits::kMinDurationMin, PlanLimits::kMaxDurationMin);
    m_duration->setSingleStep(PlanLimits::kMinDurationMin);
    m_duration->setSuffix(tr(" min"));
    m_loadsLegs->addItem(tr("Default for the modality"), -1);
    m_loadsLegs->addItem(tr("Yes"), 1);
    m_loadsLegs->addItem(tr("No"), 0);
    // One step below the scale stands for "no RPE given": the default from the intensity applies.
    m_rpe->setSingleStep(1);
    m_rpe->setRange(PlanLimits::kMinRpe - m_rpe->singleStep(), PlanLimits::kMaxRpe);
    m_rpe->setDecimals(1);
    m_rpe->setSpecialValueText(tr("Default"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_validation->setWordWrap(true);
    QPalette validationPalette = m_validation->palette();
    validationPalette.setColor(QPalette::WindowText, Theme::forPalette(palette()).color(Theme::Critical));
    m_validation->setPalette(validationPalette);
    m_validation->hide();

    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("W&eek:"), m_week);
    m_form->addRow(tr("&Day:"), m_day);
    m_form->addRow(tr("&Start:"), m_start);
    m_form->addRow(tr("D&uration:"), m_duration);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Focus:"), m_focus);
    m_form->addRow(tr("&Load:"), m_load);
    m_form->addRow(tr("&Modality:"), m_modality);
    m_form->addRow(tr("&Intensity:"), m_intensity);
    m_form->addRow(tr("Loads le&gs:"), m_loadsLegs);
    m_form->addRow(tr("&RPE:"), m_rpe);
    m_form->addRow(tr("&Priority:"), m_priority);
    m_form->addRow(tr("Missed:"), m_missed);
    m_form->addRow(tr("&Notes:"), m_notes);
    m_form->addRow(m_validation);

    auto current = [this]() -> std::optional<Session> {
        const Session *s = m_document->plan().find(m_id);
        return s ? std::optional<Session>(*s) : std::nullopt;
    };
    connect(m_title, &QLineEdit::textEdited, this, [this, current](const QString &text) {
        if (auto s = current()) {
            s->title = text.trimmed();
            commit(*s, tr("title"), u"title"_s);
        }
    });
    connect(m_week, &QSpinBox::valueChanged, this, [this, current](int week) {
        if (auto s = current()) {
            s->week = week - 1;
            commit(*s, tr("week"), u"week"_s);
        }
    });
    connect(m_day, &QComboBox::currentIndexChanged, this, [this, current] {
        if (auto s = current()) {
            s->day = Day(m_day->currentData().toInt());
            commit(*s, tr("day"), u"day"_s);
        }
    });
    connect(m_start, &QTimeEdit::timeChanged, this, [this, current](QTime time) {
        if (auto s = current()) {
            s->startMinute = time.hour() * 60 + time.minute();
            commit(*s, tr("start"), u"start"_s);
        }
    });
    connect(m_duration, &QSpinBox::valueChanged, this, [this, current](int minutes) {
        if (auto s = current()) {
            s->durationMin = minutes;
            commit(*s, tr("duration"), u"duration"_s);
        }
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, current] {
        if (auto s = current()) {
            s->kind = Kind(m_kind->currentData().toInt());
            commit(*s, tr("kind"), u"kind"_s);
        }
    });
    auto enumField = [this, current](QComboBox *combo, const QString &field, const QString &key,
                                     auto setter) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, current, combo, field, key, setter] {
            if (auto s = current()) {
                setter(*s, combo->currentData().toInt());
                commit(*s, field, key);
            }
        });
    };
    enumField(m_focus, tr("focus"), u"focus"_s, [](Session &s, int v) { s.focus = Focus(v); });
    enumField(m_load, tr("load"), u"load"_s, [](Session &s, int v) { s.load = Load(v); });
    enumField(m_modality, tr("modality"), u"modality"_s, [](Session &s, int v) { s.modality = Modality(v); });
    enumField(m_intensity, tr("intensity"), u"intensity"_s,
              [](Session &s, int v) { s.intensity = Intensity(v); });
    enumField(m_loadsLegs, tr("leg loading"), u"loadsLegs"_s,
              [](Session &s, int v) { s.loadsLegs = v < 0 ? std::nullopt : std::optional<bool>(v == 1); });
    connect(m_rpe, &QDoubleSpinBox::valueChanged, this, [this, current](double rpe) {
        if (auto s = current()) {
            // Below the file format's scale means "use the default".
            s->rpe = rpe < PlanLimits::kMinRpe ? std::nullopt : std::optional<double>(rpe);
            commit(*s, tr("RPE"), u"rpe"_s);
        }
    });
    enumField(m_priority, tr("priority"), u"priority"_s, [](Session &s, int v) { s.priority = Priority(v); });
    connect(m_missed, &QCheckBox::toggled, this, [this, current](bool missed) {
        if (auto s = current())
            m_document->apply(SessionEdits::setMissed(m_document->plan(), { s->id }, missed));
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this, current] {
        if (auto s = current()) {
            s->notes = m_notes->toPlainText();
            commit(*s, tr("notes"), u"notes"_s);
        }
    });
    connect(m_document, &Document::planChanged, this, &SessionInspector::refresh);
}

void SessionInspector::commit(const Session &changed, const QString &field, const QString &key)
{
    // Validation mirrors PlanEdit::isValidFor; an invalid value is shown, not applied.
    QString problem;
    if (changed.notes.size() > PlanLimits::kMaxSessionNotesLength)
        problem = tr("Notes are limited to %1 characters.").arg(PlanLimits::kMaxSessionNotesLength);
    if (!problem.isEmpty()) {
        m_validation->setText(problem);
        m_validation->show();
        return;
    }
    m_validation->hide();
    m_document->apply(SessionEdits::change(m_document->plan(), changed, field),
                      u"session:"_s + m_id + u':' + key);
}

void SessionInspector::setSessionId(const QString &id)
{
    m_id = id;
    m_validation->hide();
    refresh();
}

void SessionInspector::focusFirstField()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void SessionInspector::updateKindRows(Kind kind)
{
    m_form->setRowVisible(m_focus, kind == Kind::Strength);
    m_form->setRowVisible(m_load, kind == Kind::Strength);
    m_form->setRowVisible(m_modality, kind == Kind::Cardio);
    m_form->setRowVisible(m_intensity, kind == Kind::Cardio);
    m_form->setRowVisible(m_loadsLegs, kind == Kind::Cardio);
}

void SessionInspector::refresh()
{
    const Session *s = m_document->plan().find(m_id);
    setEnabled(s != nullptr);
    if (!s)
        return;
    if (m_title->text().trimmed() != s->title) {
        const QSignalBlocker blocker(m_title);
        m_title->setText(s->title);
    }
    m_title->setPlaceholderText(s->displayTitle());
    {
        const QSignalBlocker blocker(m_week);
        m_week->setRange(1, m_document->plan().weeks);
        m_week->setValue(s->week + 1);
    }
    m_form->setRowVisible(m_week, m_document->plan().weeks > 1);
    setComboValue(m_day, int(s->day));
    {
        const QSignalBlocker blocker(m_start);
        m_start->setTime(QTime(s->startMinute / 60, s->startMinute % 60));
    }
    {
        const QSignalBlocker blocker(m_duration);
        m_duration->setValue(s->durationMin);
    }
    setComboValue(m_kind, int(s->kind));
    setComboValue(m_focus, int(s->focus));
    setComboValue(m_load, int(s->load));
    setComboValue(m_modality, int(s->modality));
    setComboValue(m_intensity, int(s->intensity));
    setComboValue(m_loadsLegs, s->loadsLegs ? int(*s->loadsLegs) : -1);
    {
        const QSignalBlocker blocker(m_rpe);
        m_rpe->setValue(s->rpe.value_or(m_rpe->minimum()));
        m_rpe->setSpecialValueText(tr("Default (%1)").arg(s->defaultRpe()));
    }
    setComboValue(m_priority, int(s->priority));
    {
        const QSignalBlocker blocker(m_missed);
        m_missed->setChecked(s->missed);
    }
    if (m_notes->toPlainText() != s->notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(s->notes);
    }
    updateKindRows(s->kind);
}

void SessionInspector::setClockFormat(ClockFormat clock)
{
    m_start->setDisplayFormat(clock == ClockFormat::H24 ? u"HH:mm"_s : u"h:mm AP"_s);
}

} // namespace ordo
