// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "analysis.h"
#include "export/outputfile.h"
#include "export/pdfexporter.h"
#include "icsexport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

#include <optional>

using namespace Qt::StringLiterals;

namespace ordo::cli {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ordo::cli", text, disambiguation, n);
}

struct ExportArguments
{
    QString plan;
    QString pdfPath;
    QString icsPath;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    std::optional<int> week; // 1-based, as the app shows "Week 2 of 4"
    bool allWeeks = false;
    QDate startDate;
    std::optional<int> repeatWeeks;
    QDate untilDate;
};

// Parses the export options; on a usage error prints it and returns nullopt.
std::optional<ExportArguments> parseArguments(const QStringList &args)
{
    ExportArguments a;
    auto fail = [](const QString &what) {
        usageError(what);
        return std::optional<ExportArguments>();
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        auto value = [&](QString *out) {
            if (i + 1 >= args.size())
                return false;
            *out = args[++i];
            return true;
        };
        QString v;
        if (arg == u"--pdf"_s) {
            if (!value(&a.pdfPath) || a.pdfPath.isEmpty())
                return fail(tr("--pdf needs an output file"));
        } else if (arg == u"--ics"_s) {
            if (!value(&a.icsPath) || a.icsPath.isEmpty())
                return fail(tr("--ics needs an output file"));
        } else if (arg == u"--page-size"_s) {
            if (!value(&v))
                return fail(tr("--page-size needs A4 or Letter"));
            if (v.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
                a.pageSize = QPageSize::A4;
            else if (v.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
                a.pageSize = QPageSize::Letter;
            else
                return fail(tr("--page-size must be A4 or Letter, not '%1'").arg(v));
        } else if (arg == u"--orientation"_s) {
            if (!value(&v))
                return fail(tr("--orientation needs portrait or landscape"));
            if (v == u"portrait"_s)
                a.orientation = QPageLayout::Portrait;
            else if (v == u"landscape"_s)
                a.orientation = QPageLayout::Landscape;
            else
                return fail(tr("--orientation must be portrait or landscape, not '%1'").arg(v));
        } else if (arg == u"--week"_s) {
            bool ok = false;
            const int n = value(&v) ? v.toInt(&ok) : 0;
            if (!ok || n < 1)
                return fail(tr("--week needs a week number from 1"));
            a.week = n;
        } else if (arg == u"--all-weeks"_s) {
            a.allWeeks = true;
        } else if (arg == u"--start-date"_s) {
            a.startDate = value(&v) ? QDate::fromString(v, u"yyyy-MM-dd"_s) : QDate();
            if (!a.startDate.isValid())
                return fail(tr("--start-date needs a date as YYYY-MM-DD"));
        } else if (arg == u"--weeks"_s) {
            bool ok = false;
            const int n = value(&v) ? v.toInt(&ok) : 0;
            if (!ok || n < 1 || n > 520)
                return fail(tr("--weeks needs a number of weeks from 1 to 520"));
            a.repeatWeeks = n;
        } else if (arg == u"--until"_s) {
            a.untilDate = value(&v) ? QDate::fromString(v, u"yyyy-MM-dd"_s) : QDate();
            if (!a.untilDate.isValid())
                return fail(tr("--until needs a date as YYYY-MM-DD"));
        } else if (arg.startsWith(u"--"_s) || (arg.startsWith(u'-') && arg != u"-"_s)) {
            return fail(tr("export: unknown option '%1'").arg(arg));
        } else if (a.plan.isEmpty()) {
            a.plan = arg;
        } else {
            return fail(tr("export takes one PLAN, got another: '%1'").arg(arg));
        }
    }
    if (a.plan.isEmpty())
        return fail(tr("export needs a PLAN"));
    if (a.pdfPath.isEmpty() && a.icsPath.isEmpty())
        return fail(tr("export needs --pdf OUT.pdf or --ics OUT.ics"));
    if (a.week && a.allWeeks)
        return fail(tr("--week and --all-weeks exclude each other"));
    if (!a.icsPath.isEmpty() && !a.startDate.isValid())
        return fail(tr("--ics needs --start-date YYYY-MM-DD"));
    if (a.repeatWeeks && a.untilDate.isValid())
        return fail(tr("--weeks and --until exclude each other"));
    if (a.untilDate.isValid() && a.untilDate < a.startDate)
        return fail(tr("--until must not be before --start-date"));
    if (a.icsPath.isEmpty() && (a.startDate.isValid() || a.repeatWeeks || a.untilDate.isValid()))
        return fail(tr("--start-date, --weeks and --until belong to --ics"));
    return a;
}

bool isRegularOutput(const QString &path)
{
    const QFileInfo info(path);
    return !info.exists() || info.isFile();
}

} // namespace

int runExport(int argc, char *argv[], const QStringList &args)
{
    // Options and plan first: usage and plan errors need no GUI objects and leave standard
    // error with exactly their own lines.
    const std::optional<ExportArguments> a = parseArguments(args);
    if (!a)
        return UsageError;
    const std::optional<Plan> plan = loadPlanOrReport(a->plan);
    if (!plan)
        return InvalidPlan;
    if (a->week && *a->week > plan->weeks)
        return usageError(tr("--week %1: the plan has only %2 weeks").arg(*a->week).arg(plan->weeks));

    // The PDF draws with Qt Gui and Charts (which need a QApplication) but never shows a
    // window: run on the offscreen platform unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QPA_OFFSCREEN_NO_GLX"))
        qputenv("QT_QPA_OFFSCREEN_NO_GLX", "1");
#if defined(Q_OS_UNIX)
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Scripts and CI often run without a session: give Qt a private runtime directory so
        // it does not warn about the missing one on standard error.
        const QString dir = QDir::tempPath() + u"/ordo-runtime-"_s + QString::number(getuid());
        if (QDir().mkpath(dir)
            && QFile::setPermissions(
                dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Ordo"_s);

    const Analysis analysis = analyze(*plan);

    QString report;
    if (!a->pdfPath.isEmpty()) {
        PdfOptions options;
        options.pageSize = QPageSize(a->pageSize);
        options.orientation = a->orientation;
        if (a->week)
            options.week = *a->week - 1;
        QString error;
        int pages = 0;
        if (!PdfExporter::exportToFile(*plan, analysis, options, a->pdfPath, &error, &pages)) {
            printError(a->pdfPath, QString(), error);
            return OutputFailed;
        }
        if (isRegularOutput(a->pdfPath))
            report += tr("Wrote %1 (pages: %2)").arg(QFileInfo(a->pdfPath).absoluteFilePath()).arg(pages)
                + u'\n';
    }
    if (!a->icsPath.isEmpty()) {
        IcsOptions options;
        options.startDate = a->startDate;
        options.repeatWeeks = a->repeatWeeks.value_or(12);
        if (a->untilDate.isValid())
            options.untilDate = a->untilDate;
        const IcsExport ics = exportIcs(*plan, analysis, options);
        QString error;
        if (!writeOutputFile(a->icsPath, ics.bytes, &error)) {
            printError(a->icsPath, QString(), error);
            return OutputFailed;
        }
        if (ics.skippedSessions > 0) {
            printError(a->icsPath, QString(),
                       tr("sessions before the start date were left out: %1").arg(ics.skippedSessions));
        }
        if (isRegularOutput(a->icsPath))
            report += tr("Wrote %1 (events: %2)")
                          .arg(QFileInfo(a->icsPath).absoluteFilePath())
                          .arg(ics.eventCount)
                + u'\n';
    }
    if (isRegularOutput(a->pdfPath) && isRegularOutput(a->icsPath))
        printOut(report);
    return Done;
}

} // namespace ordo::cli
