// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportdialogs.h"

#include "enums.h"
#include "icsexport.h"
#include "outputfile.h"
#include "pdfexporter.h"
#include "printlayout.h"
#include "shell/dialogbuttons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::ExportDialogs)
};

// Page size and orientation, remembered in the settings between exports and prints.
struct PageChoice
{
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
};

PageChoice loadPageChoice()
{
    QSettings settings;
    PageChoice c;
    // The locale's default paper: Letter in the US and Canada, A4 elsewhere.
    const QLocale::Territory t = QLocale().territory();
    const QString fallback = (t == QLocale::UnitedStates || t == QLocale::Canada) ? u"Letter"_s : u"A4"_s;
    c.size = settings.value(u"export/pageSize"_s, fallback).toString() == u"Letter"_s ? QPageSize::Letter
                                                                                      : QPageSize::A4;
    c.orientation = settings.value(u"export/orientation"_s).toString() == u"landscape"_s
        ? QPageLayout::Landscape
        : QPageLayout::Portrait;
    return c;
}

void savePageChoice(const PageChoice &c)
{
    QSettings settings;
    settings.setValue(u"export/pageSize"_s, c.size == QPageSize::Letter ? u"Letter"_s : u"A4"_s);
    settings.setValue(u"export/orientation"_s,
                      c.orientation == QPageLayout::Landscape ? u"landscape"_s : u"portrait"_s);
}

} // namespace

QString exportPdfInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis,
                             const ChooseOutputFile &chooseFile)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(Tr::tr("Export PDF"));
    auto *form = new QFormLayout(&dialog);
    auto *size = new QComboBox;
    size->addItem(Tr::tr("A4"), int(QPageSize::A4));
    size->addItem(Tr::tr("Letter"), int(QPageSize::Letter));
    auto *orientation = new QComboBox;
    orientation->addItem(Tr::tr("Portrait"), int(QPageLayout::Portrait));
    orientation->addItem(Tr::tr("Landscape"), int(QPageLayout::Landscape));
    auto *weeks = new QComboBox;
    weeks->addItem(Tr::tr("All weeks"), -1);
    for (int w = 0; w < plan.weeks && plan.weeks > 1; ++w)
        weeks->addItem(Tr::tr("Week %1").arg(w + 1), w);
    weeks->setEnabled(plan.weeks > 1);
    const PageChoice saved = loadPageChoice();
    size->setCurrentIndex(size->findData(int(saved.size)));
    orientation->setCurrentIndex(orientation->findData(int(saved.orientation)));
    form->addRow(Tr::tr("Page &size:"), size);
    form->addRow(Tr::tr("&Orientation:"), orientation);
    form->addRow(Tr::tr("&Weeks:"), weeks);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    DialogButtons::addMnemonics(buttons);
    buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("&Export…"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return {};

    PageChoice choice;
    choice.size = QPageSize::PageSizeId(size->currentData().toInt());
    choice.orientation = QPageLayout::Orientation(orientation->currentData().toInt());
    savePageChoice(choice);

    const QString path = chooseFile();
    if (path.isEmpty())
        return {};
    PdfOptions options;
    options.pageSize = QPageSize(choice.size);
    options.orientation = choice.orientation;
    if (weeks->currentData().toInt() >= 0)
        options.week = weeks->currentData().toInt();
    QString error;
    if (!PdfExporter::exportToFile(plan, analysis, options, path, &error)) {
        DialogButtons::tell(parent, QMessageBox::Warning, Tr::tr("Export PDF"),
                            Tr::tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return path;
}

bool printInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis)
{
    // Screen resolution keeps the printer's coordinate unit equal to the one the shared
    // painters measure fonts in; the output stays vector.
    QPrinter printer(QPrinter::ScreenResolution);
    const PageChoice saved = loadPageChoice();
    printer.setPageLayout(QPageLayout(QPageSize(saved.size), saved.orientation, PdfOptions().marginsMm,
                                      QPageLayout::Millimeter));
    printer.setDocName(plan.name);
    printer.setCreator(u"Ordo "_s + QStringLiteral(ORDO_VERSION));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(Tr::tr("Print “%1”").arg(plan.name));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *target) {
        QPainter painter(target);
        PdfOptions options;
        options.pageSize = target->pageLayout().pageSize();
        options.orientation = target->pageLayout().orientation();
        PrintLayout(plan, analysis, options).paint(target, &painter);
    });
    const bool printed = preview.exec() == QDialog::Accepted;
    if (printed) {
        PageChoice choice;
        choice.size
            = printer.pageLayout().pageSize().id() == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4;
        choice.orientation = printer.pageLayout().orientation();
        savePageChoice(choice);
    }
    return printed;
}

std::optional<IcsOptions> askIcsOptions(QWidget *parent, const Plan &plan)
{
    QSettings settings;
    QDialog dialog(parent);
    dialog.setWindowTitle(Tr::tr("Export Calendar"));
    auto *form = new QFormLayout(&dialog);

    // The last start date comes back, so exporting the same plan again gives the same events
    // (docs/cli.md, "export"); the first time, the next Monday (or today).
    auto *start = new QDateEdit;
    start->setObjectName(u"startDate"_s);
    start->setCalendarPopup(true);
    start->setDisplayFormat(u"yyyy-MM-dd"_s);
    start->setDateRange(QDate(1, 1, 1), QDate(9999, 12, 31));
    const QDate today = QDate::currentDate();
    const QDate remembered
        = QDate::fromString(settings.value(u"export/icsStartDate"_s).toString(), Qt::ISODate);
    // A plan with a start date starts there.
    if (plan.anchorDate)
        start->setDate(*plan.anchorDate);
    else
        start->setDate(remembered.isValid() ? remembered : today.addDays((8 - today.dayOfWeek()) % 7));

    auto *weeks = new QSpinBox;
    weeks->setObjectName(u"repeatWeeks"_s);
    weeks->setRange(1, 104);
    weeks->setValue(settings.value(u"export/icsWeeks"_s, 12).toInt());
    weeks->setSuffix(Tr::tr(" weeks"));
    weeks->setEnabled(plan.repeat);

    auto *alarm = new QComboBox;
    alarm->setObjectName(u"reminder"_s);
    alarm->addItem(Tr::tr("None"), -1);
    alarm->addItem(Tr::tr("At the start"), 0);
    for (const int minutes : { 5, 10, 15, 30, 60, 120, kIcsMaxAlarmMinutes })
        alarm->addItem(Tr::tr("%1 before").arg(formatDuration(minutes)), minutes);
    const int rememberedAlarm = settings.value(u"export/icsAlarmMinutes"_s, -1).toInt();
    alarm->setCurrentIndex(std::max(0, alarm->findData(rememberedAlarm)));

    auto *busyOnly = new QCheckBox(Tr::tr("Show only &busy time"));
    busyOnly->setObjectName(u"busyOnly"_s);
    busyOnly->setToolTip(Tr::tr("For a work or shared calendar: every session appears as “Training”, "
                                "without details, findings or the plan's name."));
    busyOnly->setChecked(settings.value(u"export/icsBusyOnly"_s, false).toBool());

    form->addRow(Tr::tr("Plan &starts on:"), start);
    form->addRow(Tr::tr("&Repeat for:"), weeks);
    form->addRow(Tr::tr("Re&minder:"), alarm);
    form->addRow(QString(), busyOnly);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    DialogButtons::addMnemonics(buttons);
    buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("&Export…"));
    form->addRow(buttons);

    IcsOptions options;
    auto readOptions = [&] {
        options.startDate = start->date();
        options.repeatWeeks = weeks->value();
        const int minutes = alarm->currentData().toInt();
        options.alarmMinutes = minutes >= 0 ? std::optional<int>(minutes) : std::nullopt;
        options.busyOnly = busyOnly->isChecked();
    };
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        readOptions();
        // A start date near the year 9999 can push the calendar past it: say so and stay.
        const QString error = icsOptionsError(plan, options);
        if (!error.isEmpty()) {
            DialogButtons::tell(&dialog, QMessageBox::Warning, Tr::tr("Export Calendar"), error);
            return;
        }
        dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;

    settings.setValue(u"export/icsStartDate"_s, options.startDate.toString(Qt::ISODate));
    settings.setValue(u"export/icsWeeks"_s, options.repeatWeeks);
    settings.setValue(u"export/icsAlarmMinutes"_s, options.alarmMinutes.value_or(-1));
    settings.setValue(u"export/icsBusyOnly"_s, options.busyOnly);
    return options;
}

QString exportIcsInteractive(QWidget *parent, const Plan &plan, const Analysis &analysis,
                             const ChooseOutputFile &chooseFile)
{
    const std::optional<IcsOptions> options = askIcsOptions(parent, plan);
    if (!options)
        return {};
    const QString path = chooseFile();
    if (path.isEmpty())
        return {};
    const IcsExport ics = exportIcs(plan, analysis, *options);
    if (!ics.error.isEmpty()) {
        DialogButtons::tell(parent, QMessageBox::Warning, Tr::tr("Export Calendar"), ics.error);
        return {};
    }
    QString error;
    if (!writeOutputFile(path, ics.bytes, &error)) {
        DialogButtons::tell(parent, QMessageBox::Warning, Tr::tr("Export Calendar"),
                            Tr::tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return path;
}

} // namespace ordo
