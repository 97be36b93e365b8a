// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "icsexport.h"
#include "plan.h"

#include <optional>

class QWidget;

// The File ▸ Export PDF, Print and Export Calendar entry points of the desktop app: each asks
// for what it needs (file name, page setup, start date), remembers the choices in QSettings,
// and reports failures in a message box. Called by the main window's actions.
namespace ordo {

// Returns true when a file was written (false: cancelled or failed, already reported).
bool exportPdfInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis);
// Opens a print preview that uses the same renderer as the PDF export.
bool printInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis);
// Asks for the start date, the weeks of repetition, a reminder and busy-only, starting from
// the choices remembered in QSettings (the last start date among them) and remembering the
// new ones. Refuses options icsOptionsError() rejects. nullopt: cancelled.
std::optional<IcsOptions> askIcsOptions(QWidget *parent, const Plan &plan);
// askIcsOptions(), then a file name, then the .ics file.
bool exportIcsInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis);

} // namespace ordo
