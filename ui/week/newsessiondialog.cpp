// SPDX-License-Identifier: GPL-3.0-or-later

#include "newsessiondialog.h"

#include "enums.h"
#include "planlimits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ordo {

NewSessionDialog::NewSessionDialog(const Plan &plan, int axisMinute, Day weekStart, bool clock24,
                                   QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_week(new QSpinBox(this))
    , m_day(new QComboBox(this))
    , m_start(new QTimeEdit(this))
    , m_duration(new QSpinBox(this))
{
    setWindowTitle(tr("New Session"));
    for (Kind k : { Kind::Strength, Kind::Cardio, Kind::Mobility })
        m_kind->addItem(displayName(k), int(k));
    m_title->setMaxLength(PlanLimits::kMaxTitleLength);
    m_week->setRange(1, std::max(1, plan.weeks));
    for (int c = 0; c < kDaysPerWeek; ++c) {
        const Day day = Day((int(weekStart) + c) % kDaysPerWeek);
        m_day->addItem(QLocale().dayName(int(day) + 1, QLocale::LongFormat), int(day));
    }
    m_start->setDisplayFormat(clock24 ? u"HH:mm"_s : u"h:mm AP"_s);
    m_duration->setRange(PlanLimits::kMinDurationMin, PlanLimits::kMaxDurationMin);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(45);

    const int minute = std::max(0, axisMinute);
    m_week->setValue(minute / kMinutesPerWeek + 1);
    m_day->setCurrentIndex(m_day->findData((minute % kMinutesPerWeek) / kMinutesPerDay));
    const int ofDay = minute % kMinutesPerDay;
    m_start->setTime(QTime(ofDay / 60, ofDay % 60));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    if (plan.weeks > 1)
        form->addRow(tr("&Week:"), m_week);
    else
        m_week->hide();
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("D&uration:"), m_duration);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewSessionDialog::updateTitlePlaceholder);
    updateTitlePlaceholder();
}

void NewSessionDialog::updateTitlePlaceholder()
{
    Session s;
    s.kind = Kind(m_kind->currentData().toInt());
    m_title->setPlaceholderText(s.displayTitle());
}

Session NewSessionDialog::session() const
{
    Session s;
    s.kind = Kind(m_kind->currentData().toInt());
    s.title = m_title->text().trimmed();
    s.durationMin = m_duration->value();
    return s;
}

int NewSessionDialog::axisMinute() const
{
    const QTime t = m_start->time();
    return (m_week->value() - 1) * kMinutesPerWeek + m_day->currentData().toInt() * kMinutesPerDay
        + t.hour() * 60 + t.minute();
}

} // namespace ordo
