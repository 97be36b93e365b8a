// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "commandparser.h"

#include "arrange/arranger.h"
#include "busyimport.h"
#include "edits/sessionedits.h"
#include "enums.h"
#include "jsonwriter.h"
#include "nativepath.h"
#include "planlimits.h"
#include "terminaltext.h"
#include "whentext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ordo::cli", text);
}

// Reads FILE.ics into the plan's busy times (core/busyimport.h); false after printing why.
bool addBusyTimes(Plan &plan, const QString &path)
{
    if (!plan.anchorDate) {
        printError(path, QString(),
                   tr("the plan has no anchor date (\"anchorDate\", the Monday of its first week), so "
                      "calendar dates cannot be placed on its weeks"));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(path, QString(), file.errorString());
        return false;
    }
    const BusyTimeImport imported
        = importBusyTimes(file.read(16 * 1024 * 1024), path, { *plan.anchorDate, plan.weeks });
    if (!imported.error.isEmpty()) {
        printError(path, QString(), imported.error);
        return false;
    }
    // Merged as File ▸ Import Busy Times merges them: times the plan holds already are not
    // added twice.
    Availability a = plan.availability.value_or(Availability());
    addImportedBusyTimes(a, imported.busyTimes, plan.weeks);
    if (a.busy.size() > PlanLimits::kMaxBusyIntervals) {
        printError(path, QString(),
                   tr("the plan would hold more than %1 busy times").arg(PlanLimits::kMaxBusyIntervals));
        return false;
    }
    plan.availability = a;
    return true;
}

void writeScore(JsonWriter &w, const QString &key, const ArrangeScore &s)
{
    w.key(key);
    w.beginObject();
    w.field(u"score"_s, std::round(s.total * 1000) / 1000);
    w.field(u"critical"_s, s.critical);
    w.field(u"warning"_s, s.warning);
    w.field(u"info"_s, s.info);
    w.field(u"outsideAvailability"_s, s.outside);
    w.endObject();
}

void writePlace(JsonWriter &w, const QString &key, int axis)
{
    w.key(key);
    w.beginObject();
    w.field(u"week"_s, axis / kMinutesPerWeek);
    w.field(u"day"_s, toId(Day(axis % kMinutesPerWeek / kMinutesPerDay)));
    w.field(u"start"_s, formatClock(axis % kMinutesPerDay));
    w.endObject();
}

QByteArray reportJson(const Plan &plan, const ArrangeResult &r)
{
    JsonWriter w;
    w.beginObject();
    w.field(u"summary"_s, arrangeSummary(r));
    w.key(u"moves"_s);
    w.beginArray();
    for (const ArrangeMove &m : r.moves) {
        w.beginObject();
        w.field(u"session"_s, m.sessionId);
        w.field(u"title"_s, plan.find(m.sessionId)->displayTitle());
        writePlace(w, u"from"_s, m.fromAxis);
        writePlace(w, u"to"_s, m.toAxis);
        w.endObject();
    }
    w.endArray();
    writeScore(w, u"before"_s, r.before);
    writeScore(w, u"after"_s, r.after);
    w.key(u"remaining"_s);
    w.beginArray();
    for (const RemainingFinding &f : r.remaining) {
        w.beginObject();
        w.field(u"rule"_s, f.finding.rule);
        w.field(u"severity"_s, toId(f.finding.severity));
        w.field(u"sessions"_s, QJsonArray::fromStringList(f.finding.sessions));
        w.field(u"message"_s, f.finding.message);
        w.field(u"reason"_s, f.reason);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

QString reportText(const Plan &plan, const ArrangeResult &r)
{
    QString out = cutText(visibleText(arrangeSummary(r)), kMaxTerminalLine) + u'\n';
    for (const ArrangeMove &m : r.moves) {
        const Session *s = plan.find(m.sessionId);
        out += cutText(visibleText(tr("  %1: %2 → %3")
                                       .arg(SessionEdits::quoted(*s), formatWhen(plan, m.fromAxis),
                                            formatWhen(plan, m.toAxis))),
                       kMaxTerminalLine)
            + u'\n';
    }
    out += tr("Score: %1 → %2").arg(r.before.total, 0, 'f', 1).arg(r.after.total, 0, 'f', 1) + u'\n';
    for (const RemainingFinding &f : r.remaining) {
        out += cutText(visibleText(
                           u"%1 %2: %3"_s.arg(toId(f.finding.severity), f.finding.rule, f.finding.message)),
                       kMaxTerminalLine)
            + u'\n';
        out += cutText(visibleText(u"  "_s + tr("Why it remains: %1").arg(f.reason)), kMaxTerminalLine)
            + u'\n';
    }
    return out;
}

} // namespace

// `ordo arrange PLAN [--busy FILE.ics] [--week N|--all] [--seed N] [--same-day] [--keep-days]
// [-o OUT] [--dry-run] [--json]` (docs/cli.md): moves sessions to better times, writes the
// arranged plan, and exits 1 when warnings remain that arranging cannot clear.
int runArrange(const CommandParser &parser)
{
    ArrangeOptions options;
    if (parser.isSet(u"week"_s) && parser.isSet(u"all"_s))
        return usageError(tr("arrange: --week and --all exclude each other"));
    std::optional<int> week;
    if (parser.isSet(u"week"_s)) {
        bool ok = false;
        const int n = parser.value(u"week"_s).toInt(&ok);
        if (!ok || n < 1)
            return usageError(tr("--week needs a week number from 1"));
        week = n;
    }
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = parser.value(u"seed"_s).toUInt(&ok);
        if (!ok)
            return usageError(tr("--seed needs a whole number from 0 to 4294967295"));
    }
    const QString out = parser.value(u"output"_s);
    if (parser.isSet(u"output"_s) && out.isEmpty())
        return usageError(tr("-o needs an output file"));
    if (parser.isSet(u"dry-run"_s) && parser.isSet(u"output"_s))
        return usageError(tr("arrange: --dry-run and -o exclude each other"));
    options.sameDayOnly = parser.isSet(u"same-day"_s);
    options.keepDays = parser.isSet(u"keep-days"_s);

    const QString source = parser.arguments().first();
    std::optional<Plan> plan = loadPlanOrReport(source);
    if (!plan)
        return InvalidPlan;
    if (week) {
        if (*week > plan->weeks) {
            printError(source, QString(),
                       QCoreApplication::translate("ordo::cli", "the plan has %n weeks; there is no week %1",
                                                   nullptr, plan->weeks)
                           .arg(*week));
            return UsageError;
        }
        options.week = *week - 1;
    }
    if (parser.isSet(u"busy"_s) && !addBusyTimes(*plan, parser.value(u"busy"_s)))
        return InvalidPlan;

    const ArrangeResult result = arrange(*plan, options);
    const bool json = parser.isSet(u"json"_s);
    const bool planToStdout = !parser.isSet(u"dry-run"_s) && !json && (out.isEmpty() || out == u"-"_s);
    if (!parser.isSet(u"dry-run"_s) && !out.isEmpty() && out != u"-"_s) {
        QString error;
        if (!writePlanFile(result.plan, out, &error)) {
            printError(out, QString(), error);
            return OutputFailed;
        }
    }
    if (planToStdout) {
        if (!writeStandardOutput(serializePlan(result.plan))) {
            printError(u"-"_s, QString(), tr("cannot write the output"));
            return OutputFailed;
        }
        // The report goes to standard error, where it does not mix with the plan.
        for (const RemainingFinding &f : result.remaining)
            printError(source, f.finding.rule, f.finding.message + u' ' + f.reason);
    } else if (json) {
        if (!writeStandardOutput(reportJson(*plan, result))) {
            printError(u"-"_s, QString(), tr("cannot write the output"));
            return OutputFailed;
        }
    } else if (!printOut(reportText(*plan, result))) {
        return OutputFailed;
    }
    return result.remaining.isEmpty() ? Done : FindingsRemain;
}

} // namespace ordo::cli
