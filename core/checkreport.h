// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"

#include <QByteArray>
#include <QString>

// The output of `ordo check` (docs/cli.md): one text line per finding plus a weekly summary, or
// one JSON object with findings, days and summary. Findings hidden by default in the app
// (positive badges such as leg-day-friendly) are left out of both, like the app's list.
namespace ordo {

QString checkText(const Plan &plan, const Analysis &analysis);
QByteArray checkJson(const Plan &plan, const Analysis &analysis);
// True if --strict should fail: a shown finding of severity warning or critical.
bool hasStrictFindings(const Analysis &analysis);

} // namespace ordo
