// SPDX-License-Identifier: GPL-3.0-or-later

#include "busyimportcommand.h"

#include "busyimport.h"
#include "document/document.h"
#include "edits/availabilityedits.h"
#include "planlimits.h"
#include "shell/dialogbuttons.h"

#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// Calendar exports of many years stay far below this; anything larger is not a calendar.
constexpr qint64 kMaxCalendarBytes = 32 * 1024 * 1024;

} // namespace

BusyImportCommand::BusyImportCommand(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_action(new QAction(tr("Import &Busy Times…"), this))
{
    m_action->setObjectName(u"importBusyTimes"_s);
    m_action->setStatusTip(tr("Mark the times a calendar file has you busy as not available for training"));
    connect(m_action, &QAction::triggered, this, [this] { run(); });
}

QDate BusyImportCommand::mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

bool BusyImportCommand::run()
{
    const QString path = m_chooseFile
        ? m_chooseFile()
        : QFileDialog::getOpenFileName(m_window, tr("Import Busy Times"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                       tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
    return !path.isEmpty() && importFile(path);
}

bool BusyImportCommand::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(tr("“%1” cannot be read: %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > kMaxCalendarBytes) {
        reportError(tr("“%1” is too large for a calendar file.").arg(name));
        return false;
    }
    const QByteArray bytes = file.readAll();

    const Plan &plan = m_document->plan();
    QDate anchor = plan.anchorDate.value_or(QDate());
    if (!anchor.isValid()) {
        const std::optional<QDate> chosen = askAnchor(mondayOf(QDate::currentDate()));
        if (!chosen)
            return false;
        anchor = mondayOf(*chosen);
    }
    const BusyTimeImport result = importBusyTimes(bytes, name, { anchor, plan.weeks });
    if (!result.error.isEmpty()) {
        reportError(result.error);
        return false;
    }
    int added = 0;
    const PlanEdit edit = AvailabilityEdits::importBusyTimes(plan, anchor, result.busyTimes, &added);
    if (added == 0) {
        emit imported(tr("The plan already has every busy time of “%1”.").arg(name));
        return false;
    }
    const qsizetype total = (plan.availability ? plan.availability->busy.size() : 0) + added;
    if (total > PlanLimits::kMaxBusyIntervals) {
        reportError(tr("“%1” would give the plan %2 busy times; a plan holds at most %3. Import a "
                       "shorter stretch of the calendar, or remove busy times first.")
                        .arg(name, QLocale().toString(qlonglong(total)),
                             QLocale().toString(PlanLimits::kMaxBusyIntervals)));
        return false;
    }
    if (edit.isEmpty() || !m_document->apply(edit))
        return false;
    emit imported(tr("Added %n busy times from “%1”.", nullptr, added).arg(name));
    return true;
}

std::optional<QDate> BusyImportCommand::askAnchor(const QDate &suggested)
{
    if (m_askAnchor)
        return m_askAnchor(suggested);
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Import Busy Times"));
    auto *form = new QFormLayout(&dialog);
    auto *text = new QLabel(tr("The calendar's events are placed on the plan's weeks from the date week 1 "
                               "starts. Pick a day of that week: week 1 starts on its Monday."));
    text->setWordWrap(true);
    form->addRow(text);
    auto *date = new QDateEdit(suggested);
    date->setObjectName(u"anchorDate"_s);
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"yyyy-MM-dd"_s);
    form->addRow(tr("Week &1 starts:"), date);
    auto *monday = new QLabel;
    auto showMonday = [monday, date] {
        monday->setText(
            tr("on Monday, %1").arg(QLocale().toString(mondayOf(date->date()), QLocale::LongFormat)));
    };
    showMonday();
    connect(date, &QDateEdit::dateChanged, monday, showMonday);
    form->addRow(QString(), monday);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    DialogButtons::addMnemonics(buttons);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return date->date();
}

void BusyImportCommand::reportError(const QString &text)
{
    if (m_reportError)
        m_reportError(tr("Import Busy Times"), text);
    else
        DialogButtons::tell(m_window, QMessageBox::Warning, tr("Import Busy Times"), text);
}

} // namespace ordo
