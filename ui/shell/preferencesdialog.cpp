// SPDX-License-Identifier: GPL-3.0-or-later

#include "preferencesdialog.h"

#include "appsettings.h"
#include "dialogbuttons.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace ordo {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_weekStart(new QComboBox(this))
    , m_clock24(new QCheckBox(tr("Use the &24-hour clock"), this))
    , m_massUnit(new QComboBox(this))
    , m_firstHour(new QSpinBox(this))
    , m_lastHour(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    const AppSettings settings;
    m_weekStart->addItem(locale().dayName(1), int(Day::Mon));
    m_weekStart->addItem(locale().dayName(7), int(Day::Sun));
    m_weekStart->setCurrentIndex(settings.weekStart() == Day::Sun ? 1 : 0);
    m_clock24->setChecked(settings.clock24());
    m_massUnit->addItem(tr("Kilograms (kg)"));
    m_massUnit->addItem(tr("Pounds (lb)"));
    m_massUnit->setCurrentIndex(settings.massInPounds() ? 1 : 0);
    m_firstHour->setRange(0, 23);
    m_firstHour->setSuffix(tr(":00"));
    m_firstHour->setValue(settings.firstVisibleHour());
    m_lastHour->setRange(1, 24);
    m_lastHour->setSuffix(tr(":00"));
    m_lastHour->setValue(settings.lastVisibleHour());

    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    auto *languageNote = new QLabel(tr("A new language applies when Ordo starts next."), this);
    languageNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Week starts on:"), m_weekStart);
    form->addRow(QString(), m_clock24);
    form->addRow(tr("&Body mass in:"), m_massUnit);
    form->addRow(tr("&Visible from:"), m_firstHour);
    form->addRow(tr("Visible &until:"), m_lastHour);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::addMnemonics(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    AppSettings settings;
    settings.setWeekStart(Day(m_weekStart->currentData().toInt()));
    settings.setClock24(m_clock24->isChecked());
    settings.setMassInPounds(m_massUnit->currentIndex() == 1);
    settings.setLanguage(m_language->currentData().toString());
    const int first = m_firstHour->value();
    settings.setVisibleHours(first, std::max(first + 1, m_lastHour->value()));
    QDialog::accept();
}

} // namespace ordo
