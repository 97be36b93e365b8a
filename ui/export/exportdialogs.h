// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "plan.h"

class QWidget;

// The File ▸ Export PDF, Print and Export Calendar entry points of the desktop app: each asks
// for what it needs (file name, page setup, start date), remembers the choices in QSettings,
// and reports failures in a message box. Called by the main window's actions.
namespace ordo {

// Returns true when a file was written (false: cancelled or failed, already reported).
bool exportPdfInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis);
// Opens a print preview that uses the same renderer as the PDF export.
bool printInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis);
bool exportIcsInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis);

} // namespace ordo
