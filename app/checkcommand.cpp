// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "analysis.h"
#include "checkreport.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ordo::cli {

// `ordo check PLAN [--json] [--strict]` (docs/cli.md): analyse and print findings, per-day
// figures (JSON) and the weekly summary.
int runCheck(const QStringList &args)
{
    bool json = false;
    bool strict = false;
    QString source;
    bool haveSource = false;
    for (const QString &a : args) {
        if (a == u"--json"_s) {
            json = true;
        } else if (a == u"--strict"_s) {
            strict = true;
        } else if (a.startsWith(u"--"_s)) {
            return usageError(QCoreApplication::translate("ordo::cli", "check: unknown option %1").arg(a));
        } else if (haveSource) {
            return usageError(QCoreApplication::translate("ordo::cli", "check: more than one plan given"));
        } else {
            source = a;
            haveSource = true;
        }
    }
    if (!haveSource)
        return usageError(QCoreApplication::translate("ordo::cli", "check: missing PLAN"));

    const std::optional<Plan> plan = loadPlanOrReport(source);
    if (!plan)
        return InvalidPlan;
    const Analysis analysis = analyze(*plan);
    if (json) {
        const QByteArray bytes = checkJson(*plan, analysis);
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size())
            || std::fflush(stdout) != 0) {
            printError(u"-"_s, QString(),
                       QCoreApplication::translate("ordo::cli", "cannot write the output"));
            return OutputFailed;
        }
    } else {
        printOut(checkText(*plan, analysis));
    }
    return strict && hasStrictFindings(analysis) ? StrictFindings : Done;
}

} // namespace ordo::cli
