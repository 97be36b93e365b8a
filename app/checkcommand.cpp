// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "analysis.h"
#include "autofix.h"
#include "checkreport.h"
#include "commandparser.h"
#include "plancomparison.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ordo::cli {

namespace {

// `ordo check --compare A B [--json]` (docs/cli.md): the findings B adds and removes, and the
// weekly totals of both.
int runCompare(const CommandParser &parser)
{
    if (parser.isSet(u"strict"_s))
        return usageError(
            QCoreApplication::translate("ordo::cli", "check: --compare and --strict exclude each other"));
    const std::optional<Plan> a = loadPlanOrReport(parser.value(u"compare"_s));
    if (!a)
        return InvalidPlan;
    const std::optional<Plan> b = loadPlanOrReport(parser.arguments().first());
    if (!b)
        return InvalidPlan;
    Analysis analysisA = analyze(*a);
    keepHelpfulFixes(*a, analysisA); // as `check` shows them (docs/rules.md 3.10.8)
    Analysis analysisB = analyze(*b);
    keepHelpfulFixes(*b, analysisB);
    if (parser.isSet(u"json"_s)) {
        if (!writeStandardOutput(compareJson(*a, analysisA, *b, analysisB))) {
            printError(u"-"_s, QString(),
                       QCoreApplication::translate("ordo::cli", "cannot write the output"));
            return OutputFailed;
        }
    } else if (!printOut(compareText(*a, analysisA, *b, analysisB))) {
        return OutputFailed;
    }
    return addsStrictFindings(comparePlans(*a, analysisA, *b, analysisB)) ? WarningsAdded : Done;
}

} // namespace

// `ordo check PLAN [--json] [--strict]` (docs/cli.md): analyse and print findings, per-day
// figures (JSON) and the weekly summary.
int runCheck(const CommandParser &parser)
{
    if (parser.isSet(u"compare"_s))
        return runCompare(parser);
    const std::optional<Plan> plan = loadPlanOrReport(parser.arguments().first());
    if (!plan)
        return InvalidPlan;
    Analysis analysis = analyze(*plan);
    keepHelpfulFixes(*plan, analysis); // docs/rules.md 3.10.8
    if (parser.isSet(u"json"_s)) {
        if (!writeStandardOutput(checkJson(*plan, analysis))) {
            printError(u"-"_s, QString(),
                       QCoreApplication::translate("ordo::cli", "cannot write the output"));
            return OutputFailed;
        }
    } else if (!printOut(checkText(*plan, analysis))) {
        return OutputFailed;
    }
    return parser.isSet(u"strict"_s) && hasStrictFindings(analysis) ? StrictFindings : Done;
}

} // namespace ordo::cli
