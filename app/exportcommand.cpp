// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "commandparser.h"

#include "analysis.h"
#include "export/outputfile.h"
#include "export/pdfexporter.h"
#include "icsexport.h"
#include "nativepath.h"
#include "terminaltext.h"
#include "translations.h"

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
    std::optional<int> alarmMinutes;
    bool busyOnly = false;
};

// Checks the export options; on a usage error prints it and returns nullopt.
std::optional<ExportArguments> parseArguments(const CommandParser &parser)
{
    ExportArguments a;
    auto fail = [](const QString &what) {
        usageError(what);
        return std::optional<ExportArguments>();
    };
    a.plan = parser.arguments().first();
    a.pdfPath = parser.value(u"pdf"_s);
    a.icsPath = parser.value(u"ics"_s);
    if (parser.isSet(u"pdf"_s) && a.pdfPath.isEmpty())
        return fail(QCoreApplication::translate("ordo::cli", "--pdf needs an output file"));
    if (parser.isSet(u"ics"_s) && a.icsPath.isEmpty())
        return fail(QCoreApplication::translate("ordo::cli", "--ics needs an output file"));
    if (parser.isSet(u"page-size"_s)) {
        const QString v = parser.value(u"page-size"_s);
        if (v.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
            a.pageSize = QPageSize::A4;
        else if (v.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
            a.pageSize = QPageSize::Letter;
        else
            return fail(QCoreApplication::translate("ordo::cli", "--page-size must be A4 or Letter, not '%1'")
                            .arg(v));
    }
    if (parser.isSet(u"orientation"_s)) {
        const QString v = parser.value(u"orientation"_s);
        if (v == u"portrait"_s)
            a.orientation = QPageLayout::Portrait;
        else if (v == u"landscape"_s)
            a.orientation = QPageLayout::Landscape;
        else
            return fail(QCoreApplication::translate("ordo::cli",
                                                    "--orientation must be portrait or landscape, not '%1'")
                            .arg(v));
    }
    if (parser.isSet(u"week"_s)) {
        bool ok = false;
        const int n = parser.value(u"week"_s).toInt(&ok);
        if (!ok || n < 1)
            return fail(QCoreApplication::translate("ordo::cli", "--week needs a week number from 1"));
        a.week = n;
    }
    a.allWeeks = parser.isSet(u"all-weeks"_s);
    if (parser.isSet(u"start-date"_s)) {
        const QString v = parser.value(u"start-date"_s);
        // "today" is the local date, as the desktop app's date field shows it.
        a.startDate = v == u"today"_s ? QDate::currentDate() : QDate::fromString(v, u"yyyy-MM-dd"_s);
        if (!a.startDate.isValid())
            return fail(QCoreApplication::translate("ordo::cli",
                                                    "--start-date needs a date as YYYY-MM-DD, or today"));
    }
    if (parser.isSet(u"weeks"_s)) {
        bool ok = false;
        const int n = parser.value(u"weeks"_s).toInt(&ok);
        if (!ok || n < 1 || n > 520)
            return fail(
                QCoreApplication::translate("ordo::cli", "--weeks needs a number of weeks from 1 to 520"));
        a.repeatWeeks = n;
    }
    if (parser.isSet(u"until"_s)) {
        a.untilDate = QDate::fromString(parser.value(u"until"_s), u"yyyy-MM-dd"_s);
        if (!a.untilDate.isValid())
            return fail(QCoreApplication::translate("ordo::cli", "--until needs a date as YYYY-MM-DD"));
    }
    if (parser.isSet(u"alarm"_s)) {
        bool ok = false;
        const int n = parser.value(u"alarm"_s).toInt(&ok);
        if (!ok || n < 0 || n > kIcsMaxAlarmMinutes)
            return fail(
                QCoreApplication::translate("ordo::cli", "--alarm needs a number of minutes from 0 to 1440"));
        a.alarmMinutes = n;
    }
    a.busyOnly = parser.isSet(u"busy-only"_s);
    if (a.pdfPath.isEmpty() && a.icsPath.isEmpty())
        return fail(QCoreApplication::translate("ordo::cli", "export needs --pdf OUT.pdf or --ics OUT.ics"));
    if (a.pdfPath == u"-"_s && a.icsPath == u"-"_s)
        return fail(QCoreApplication::translate("ordo::cli",
                                                "--pdf - and --ics - cannot both write to standard output"));
    // An export never replaces its own plan, and two outputs never share one file (a symlink
    // or a hard link counts as the same file).
    const bool planIsFile = a.plan != u"-"_s && !a.plan.startsWith(u"template:"_s);
    for (const QString &out : { a.pdfPath, a.icsPath }) {
        if (planIsFile && !out.isEmpty() && out != u"-"_s && isSameFile(out, a.plan))
            return fail(
                QCoreApplication::translate("ordo::cli", "'%1' is the plan itself; choose another output")
                    .arg(out));
    }
    if (!a.pdfPath.isEmpty() && a.pdfPath != u"-"_s && !a.icsPath.isEmpty() && a.icsPath != u"-"_s
        && isSameFile(a.pdfPath, a.icsPath))
        return fail(QCoreApplication::translate("ordo::cli", "--pdf and --ics name the same file"));
    if (a.week && a.allWeeks)
        return fail(QCoreApplication::translate("ordo::cli", "--week and --all-weeks exclude each other"));
    if (a.repeatWeeks && a.untilDate.isValid())
        return fail(QCoreApplication::translate("ordo::cli", "--weeks and --until exclude each other"));
    if (a.untilDate.isValid() && a.startDate.isValid() && a.untilDate < a.startDate)
        return fail(QCoreApplication::translate("ordo::cli", "--until must not be before --start-date"));
    if (a.icsPath.isEmpty()
        && (parser.isSet(u"start-date"_s) || a.repeatWeeks || a.untilDate.isValid() || a.alarmMinutes
            || a.busyOnly))
        return fail(QCoreApplication::translate(
            "ordo::cli", "--start-date, --weeks, --until, --alarm and --busy-only belong to --ics"));
    return a;
}

// "-" is standard output (docs/cli.md).
bool isStandardOutput(const QString &path)
{
    return path == u"-"_s;
}

// Writes an export to its file or to standard output.
bool writeExport(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!isStandardOutput(path))
        return writeOutputFile(path, bytes, error);
    if (writeStandardOutput(bytes))
        return true;
    *error = QCoreApplication::translate("ordo::cli", "cannot write the output");
    return false;
}

IcsOptions icsOptions(const ExportArguments &a)
{
    IcsOptions options;
    options.startDate = a.startDate;
    options.repeatWeeks = a.repeatWeeks.value_or(12);
    if (a.untilDate.isValid())
        options.untilDate = a.untilDate;
    options.alarmMinutes = a.alarmMinutes;
    options.busyOnly = a.busyOnly;
    return options;
}

// The "Wrote FILE" lines, with the file names' control characters and bytes made visible.
QString visibleReport(const QString &report)
{
    QStringList lines = report.split(u'\n');
    for (QString &line : lines)
        line = visibleText(line);
    return lines.join(u'\n');
}

bool isRegularOutput(const QString &path)
{
    if (isStandardOutput(path))
        return false;
    const QFileInfo info(path);
    return !info.exists() || info.isFile();
}

} // namespace

int runExport(int argc, char *argv[], const CommandParser &parser)
{
    // Options and plan first: usage and plan errors need no GUI objects and leave standard
    // error with exactly their own lines.
    std::optional<ExportArguments> a = parseArguments(parser);
    if (!a)
        return UsageError;
    const std::optional<Plan> plan = loadPlanOrReport(a->plan);
    if (!plan)
        return InvalidPlan;
    // The calendar starts on the plan's own start date unless told otherwise (docs/cli.md).
    if (!a->icsPath.isEmpty() && !a->startDate.isValid()) {
        if (!plan->anchorDate)
            return usageError(QCoreApplication::translate(
                "ordo::cli", "--ics needs --start-date YYYY-MM-DD: the plan has no start date"));
        a->startDate = *plan->anchorDate;
        if (a->untilDate.isValid() && a->untilDate < a->startDate)
            return usageError(
                QCoreApplication::translate("ordo::cli", "--until must not be before the plan's start date"));
    }
    if (a->week && *a->week > plan->weeks)
        return usageError(QCoreApplication::translate("ordo::cli", "--week %1: the plan's last week is %2")
                              .arg(*a->week)
                              .arg(plan->weeks));

    // A calendar that would reach past the year 9999 is refused before anything is written.
    if (!a->icsPath.isEmpty()) {
        if (const QString error = icsOptionsError(*plan, icsOptions(*a)); !error.isEmpty())
            return usageError(error);
    }

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
    releaseTextApp();
    QApplication app(argc, argv);
    Translations::install(language());

    const Analysis analysis = analyze(*plan);

    QString report;
    if (!a->pdfPath.isEmpty()) {
        PdfOptions options;
        options.pageSize = QPageSize(a->pageSize);
        options.orientation = a->orientation;
        if (a->week)
            options.week = *a->week - 1;
        const PdfExporter::Result pdf = PdfExporter::render(*plan, analysis, options);
        const int pages = pdf.pageCount;
        QString error = QCoreApplication::translate("ordo::cli", "could not create the PDF");
        if (pdf.bytes.isEmpty() || !writeExport(a->pdfPath, pdf.bytes, &error)) {
            printError(a->pdfPath, QString(), error);
            return OutputFailed;
        }
        if (isRegularOutput(a->pdfPath))
            report += QCoreApplication::translate("ordo::cli", "Wrote %1 (pages: %2)")
                          .arg(QFileInfo(a->pdfPath).absoluteFilePath())
                          .arg(pages)
                + u'\n';
    }
    if (!a->icsPath.isEmpty()) {
        const IcsExport ics = exportIcs(*plan, analysis, icsOptions(*a));
        QString error = ics.error;
        if (!error.isEmpty() || !writeExport(a->icsPath, ics.bytes, &error)) {
            printError(a->icsPath, QString(), error);
            return OutputFailed;
        }
        if (ics.skippedSessions > 0) {
            printError(
                a->icsPath, QString(),
                QCoreApplication::translate("ordo::cli", "sessions before the start date were left out: %1")
                    .arg(ics.skippedSessions));
        }
        if (isRegularOutput(a->icsPath))
            report += QCoreApplication::translate("ordo::cli", "Wrote %1 (events: %2)")
                          .arg(QFileInfo(a->icsPath).absoluteFilePath())
                          .arg(ics.eventCount)
                + u'\n';
    }
    if (isRegularOutput(a->pdfPath) && isRegularOutput(a->icsPath) && !printOut(visibleReport(report)))
        return OutputFailed;
    return Done;
}

} // namespace ordo::cli
