// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Edit ▸ Preferences: week start day, 12/24-hour clock, kg/lb display and the hours the
// week view fits on screen. Reads and writes AppSettings; the main window applies them.
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
};

} // namespace ordo
