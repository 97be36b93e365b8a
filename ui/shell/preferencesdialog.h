// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Edit ▸ Preferences: week start day, 12/24-hour clock, kg/lb display, the hours the week
// view fits on screen and the language of the texts (applied at the next start). Reads and
// writes AppSettings; the main window applies them.
namespace ordo {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_weekStart;
    QCheckBox *m_clock24;
    QComboBox *m_massUnit;
    QSpinBox *m_firstHour;
    QSpinBox *m_lastHour;
    QComboBox *m_language;
};

} // namespace ordo
