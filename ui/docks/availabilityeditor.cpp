// SPDX-License-Identifier: GPL-3.0-or-later

#include "availabilityeditor.h"

#include "availability.h"
#include "document/document.h"
#include "edits/availabilityedits.h"
#include "enumcombo.h"
#include "enums.h"
#include "whentext.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

constexpr Kind kKinds[] = { Kind::Strength, Kind::Cardio, Kind::Mobility };

QString kindsText(const QList<Kind> &kinds)
{
    QStringList names;
    for (Kind k : kKinds) {
        if (kinds.contains(k))
            names.append(displayName(k).toLower());
    }
    return names.join(u", "_s);
}

} // namespace

AvailabilityEditor::AvailabilityEditor(Document *document, QWidget *parent)
    : QGroupBox(tr("Available times"), parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_day(enumCombo(this, { Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun }))
    , m_from(new QTimeEdit(QTime(7, 0), this))
    , m_to(new QTimeEdit(QTime(9, 0), this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_dayOff(new QPushButton(tr("No &Training That Day"), this))
    , m_anchor(new QLabel(this))
    , m_overrides(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_removeBusy(new QPushButton(tr("Remove Bus&y Times"), this))
{
    setObjectName(u"AvailabilityEditor"_s);
    m_list->setAccessibleName(tr("Available times"));
    m_list->setToolTip(tr("Days not listed are available all day. Shift+drag on the week adds a time too."));
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(80);
    m_list->setMaximumHeight(150);
    m_day->setAccessibleName(tr("Day"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_to->setToolTip(tr("00:00 as the end means midnight"));
    for (Kind k : kKinds) {
        m_kinds[int(k)] = new QCheckBox(displayName(k), this);
        m_kinds[int(k)]->setChecked(true);
    }
    m_add->setToolTip(tr("Add this time to the day: sessions of the checked kinds may be placed in it"));
    m_dayOff->setToolTip(tr("The chosen day has no time for training"));
    for (QLabel *label : { m_anchor, m_overrides, m_busy }) {
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
    }

    // Rows narrow enough for the inspector's default width: one field group per row.
    auto *times = new QHBoxLayout;
    times->addWidget(m_day, 1);
    times->addWidget(m_from, 1);
    times->addWidget(new QLabel(u"–"_s, this));
    times->addWidget(m_to, 1);
    auto *kinds = new QHBoxLayout;
    for (QCheckBox *box : m_kinds)
        kinds->addWidget(box);
    kinds->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *dayOff = new QHBoxLayout;
    dayOff->addWidget(m_dayOff);
    dayOff->addStretch();
    auto *removeBusy = new QHBoxLayout;
    removeBusy->addWidget(m_removeBusy);
    removeBusy->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(times);
    layout->addLayout(kinds);
    layout->addLayout(buttons);
    layout->addLayout(dayOff);
    layout->addWidget(m_overrides);
    layout->addWidget(m_busy);
    layout->addLayout(removeBusy);
    layout->addWidget(m_anchor);

    auto *remove = new QAction(tr("Remove"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    connect(remove, &QAction::triggered, this, &AvailabilityEditor::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &AvailabilityEditor::addWindow);
    connect(m_remove, &QPushButton::clicked, this, &AvailabilityEditor::removeSelected);
    connect(m_dayOff, &QPushButton::clicked, this, &AvailabilityEditor::markDayOff);
    connect(m_removeBusy, &QPushButton::clicked, this,
            [this] { m_document->apply(AvailabilityEdits::removeBusyTimes(m_document->plan())); });
    connect(m_from, &QTimeEdit::timeChanged, this, &AvailabilityEditor::updateButtons);
    connect(m_to, &QTimeEdit::timeChanged, this, &AvailabilityEditor::updateButtons);
    for (QCheckBox *box : m_kinds)
        connect(box, &QCheckBox::toggled, this, &AvailabilityEditor::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &AvailabilityEditor::updateButtons);
    connect(m_document, &Document::planChanged, this, &AvailabilityEditor::refresh);
    refresh();
}

int AvailabilityEditor::endMinute() const
{
    const int end = m_to->time().msecsSinceStartOfDay() / 60000;
    return end == 0 ? kMinutesPerDay : end;
}

void AvailabilityEditor::updateButtons()
{
    const int start = m_from->time().msecsSinceStartOfDay() / 60000;
    const bool anyKind = std::any_of(std::begin(m_kinds), std::end(m_kinds),
                                     [](const QCheckBox *box) { return box->isChecked(); });
    m_add->setEnabled(anyKind && start < endMinute());
    const QListWidgetItem *current = m_list->currentItem();
    m_remove->setEnabled(current && current->data(Qt::UserRole).isValid());
}

void AvailabilityEditor::addWindow()
{
    TimeWindow window;
    window.startMinute = m_from->time().msecsSinceStartOfDay() / 60000;
    window.endMinute = endMinute();
    for (Kind k : kKinds) {
        if (m_kinds[int(k)]->isChecked())
            window.kinds.append(k);
    }
    if (window.kinds.size() == int(std::size(kKinds)))
        window.kinds.clear();
    m_document->apply(AvailabilityEdits::addWindow(m_document->plan(), Day(m_day->currentData().toInt()),
                                                   window, m_document->clockFormat()));
}

void AvailabilityEditor::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    const int row = m_list->currentRow();
    const Day day = Day(item->data(Qt::UserRole).toInt());
    const int index = item->data(Qt::UserRole + 1).toInt();
    const Plan &plan = m_document->plan();
    m_document->apply(index < 0
                          ? AvailabilityEdits::clearDay(plan, day)
                          : AvailabilityEdits::removeWindow(plan, day, index, m_document->clockFormat()));
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void AvailabilityEditor::markDayOff()
{
    m_document->apply(
        AvailabilityEdits::setDayUnavailable(m_document->plan(), Day(m_day->currentData().toInt())));
}

void AvailabilityEditor::refresh()
{
    const Plan &plan = m_document->plan();
    const ClockFormat clock = m_document->clockFormat();
    const QString format = clock == ClockFormat::H24 ? u"HH:mm"_s : u"h:mm AP"_s;
    m_from->setDisplayFormat(format);
    m_to->setDisplayFormat(format);

    const int row = m_list->currentRow();
    m_list->clear();
    const Availability availability = plan.availability.value_or(Availability {});
    for (int d = 0; d < kDaysPerWeek; ++d) {
        const std::optional<QList<TimeWindow>> &windows = availability.days.byDay[d];
        if (!windows)
            continue;
        auto addItem = [&](const QString &text, int index) {
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, d);
            item->setData(Qt::UserRole + 1, index);
        };
        if (windows->isEmpty())
            addItem(tr("%1: no training").arg(displayName(Day(d))), -1);
        for (int i = 0; i < windows->size(); ++i) {
            const TimeWindow &w = (*windows)[i];
            QString text = displayName(Day(d)) + u' ' + formatTimeRange(w.startMinute, w.endMinute, clock);
            if (!w.kinds.isEmpty())
                text += tr(" · %1 only").arg(kindsText(w.kinds));
            addItem(text, i);
        }
    }
    if (m_list->count() == 0) {
        auto *hint = new QListWidgetItem(tr("Every day is available all day."), m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));

    QStringList weeks;
    for (const WeekOverride &o : availability.weeks)
        weeks.append(QString::number(o.week + 1));
    m_overrides->setVisible(!weeks.isEmpty());
    m_overrides->setText(tr("Weeks with times of their own: %1").arg(weeks.join(u", "_s)));
    const int busy = int(availability.busy.size());
    m_busy->setText(busy == 0 ? tr("No busy times. File ▸ Import Busy Times reads them from a calendar.")
                              : tr("%n busy times from a calendar", nullptr, busy));
    m_removeBusy->setVisible(busy > 0);
    m_anchor->setVisible(plan.anchorDate.has_value());
    if (plan.anchorDate)
        m_anchor->setText(
            tr("Week 1 starts on %1.").arg(QLocale().toString(*plan.anchorDate, QLocale::LongFormat)));
    updateButtons();
}

} // namespace ordo
