// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "analysis.h"
#include "autofix.h"
#include "checkreport.h"
#include "commandparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ordo::cli {

// `ordo check PLAN [--json] [--strict]` (docs/cli.md): analyse and print findings, per-day
// figures (JSON) and the weekly summary.
int runCheck(const CommandParser &parser)
{
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
