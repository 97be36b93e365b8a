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

// `ordo check --compare A B` (docs/cli.md): the findings B adds to A and the ones it removes
// (comparePlans(), plancomparison.h), then the weekly totals of both side by side; as text
// or as one JSON object.
QString compareText(const Plan &a, const Analysis &analysisA, const Plan &b, const Analysis &analysisB);
QByteArray compareJson(const Plan &a, const Analysis &analysisA, const Plan &b, const Analysis &analysisB);
struct PlanComparison;
// True if B adds a shown finding of severity warning or critical (exit 1).
bool addsStrictFindings(const PlanComparison &comparison);

} // namespace ordo
