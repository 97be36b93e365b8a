// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "icsexport.h"
#include "plan.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

// The File ▸ Export PDF, Print and Export Calendar entry points of the desktop app: each asks
// for what it needs (page setup, start date), then for the file through `chooseFile`, which
// the file commands give (it names the file after the plan); remembers the choices in
// QSettings and reports failures in a message box. Called by the file commands.
namespace ordo {

// Asks where to write; an empty path means cancelled.
using ChooseOutputFile = std::function<QString()>;

// Each returns the path written (empty: cancelled or failed, already reported).
QString exportPdfInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis,
                             const ChooseOutputFile &chooseFile);
QString exportIcsInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis,
                             const ChooseOutputFile &chooseFile);
// Opens a print preview that uses the same renderer as the PDF export.
bool printInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis);
// Asks for the start date, the weeks of repetition, a reminder and busy-only, starting from
// the choices remembered in QSettings (the last start date among them) and remembering the
// new ones. Refuses options icsOptionsError() rejects. nullopt: cancelled.
std::optional<IcsOptions> askIcsOptions(QWidget *parent, const Plan &plan);

} // namespace ordo
