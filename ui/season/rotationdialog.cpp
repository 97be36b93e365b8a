// SPDX-License-Identifier: GPL-3.0-or-later

#include "rotationdialog.h"

#include "edits/weekedits.h"
#include "sessiontemplate.h"
#include "shell/dialogbuttons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// A, B, C, … as people name the turns of a rotation; past Z, numbers.
QString turnName(qsizetype index)
{
    return index < 26 ? QString(QChar(char16_t(u'A' + index))) : QString::number(index + 1);
}

} // namespace

RotationDialog::RotationDialog(const Plan &plan, int firstWeek, int weekCount, ClockFormat clock,
                               QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_clock(clock)
    , m_source(new QComboBox(this))
    , m_time(new QTimeEdit(QTime(7, 0), this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("&Up"), this))
    , m_down(new QPushButton(tr("Dow&n"), this))
    , m_order(new QListWidget(this))
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Fill Weeks with a Rotation"));
    auto *about = new QLabel(tr("The sessions below take turns on the chosen days, in order, continuing "
                                "from week to week. Sessions already in the plan stay: a day whose time is "
                                "taken is skipped, and the next day gets that turn."),
                             this);
    about->setWordWrap(true);

    // What can take a turn: the sessions of the first selected week, then the templates.
    for (const Session &s : plan.sessions) {
        if (s.week != firstWeek)
            continue;
        m_candidates.append(s);
        m_fromTemplate.append(false);
        m_source->addItem(describe(s));
    }
    if (!m_candidates.isEmpty())
        m_source->insertSeparator(m_source->count());
    for (const SessionTemplate &t : builtinSessionTemplates()) {
        m_candidates.append(t.session);
        m_fromTemplate.append(true);
        m_source->addItem(
            tr("Template: %1 (%2 min)").arg(t.session.displayTitle()).arg(t.session.durationMin));
    }
    m_source->setAccessibleName(tr("Session to add"));
    m_time->setDisplayFormat(clock == ClockFormat::H24 ? u"HH:mm"_s : u"h:mm AP"_s);
    m_time->setAccessibleName(tr("Time of templates"));
    m_order->setAccessibleName(tr("Sessions in turn"));
    m_order->setMinimumHeight(110);

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_add);
    auto *orderButtons = new QVBoxLayout;
    orderButtons->addWidget(m_up);
    orderButtons->addWidget(m_down);
    orderButtons->addWidget(m_remove);
    orderButtons->addStretch();
    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(m_order, 1);
    orderRow->addLayout(orderButtons);

    auto *dayRow = new QHBoxLayout;
    for (int d = 0; d < kDaysPerWeek; ++d) {
        // QLocale counts days 1 = Monday … 7 = Sunday.
        auto *box = new QCheckBox(locale().dayName(d + 1, QLocale::ShortFormat), this);
        box->setChecked(Day(d) == Day::Mon || Day(d) == Day::Wed || Day(d) == Day::Fri);
        connect(box, &QCheckBox::toggled, this, &RotationDialog::refresh);
        m_days.append(box);
        dayRow->addWidget(box);
    }
    dayRow->addStretch();

    m_from->setRange(1, plan.weeks);
    m_to->setRange(1, plan.weeks);
    m_from->setValue(firstWeek + 1);
    // One selected week: from there to the end of the plan.
    m_to->setValue(weekCount > 1 ? firstWeek + weekCount : plan.weeks);
    auto *weekRow = new QHBoxLayout;
    weekRow->addWidget(m_from);
    weekRow->addWidget(new QLabel(tr("to"), this));
    weekRow->addWidget(m_to);
    weekRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Session:"), sourceRow);
    form->addRow(tr("&Templates at:"), m_time);
    form->addRow(tr("&In turn:"), orderRow);
    form->addRow(tr("Days:"), dayRow);
    form->addRow(tr("&Weeks:"), weekRow);

    m_summary->setWordWrap(true);
    DialogButtons::addMnemonics(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &RotationDialog::addChosen);
    connect(m_remove, &QPushButton::clicked, this, &RotationDialog::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_order, &QListWidget::currentRowChanged, this, &RotationDialog::refresh);
    connect(m_time, &QTimeEdit::timeChanged, this, &RotationDialog::refresh);
    connect(m_from, &QSpinBox::valueChanged, this, &RotationDialog::refresh);
    connect(m_to, &QSpinBox::valueChanged, this, &RotationDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

QString RotationDialog::describe(const Session &s) const
{
    return tr("%1, %2 %3 (%4 min)")
        .arg(s.displayTitle(), locale().dayName(int(s.day) + 1, QLocale::ShortFormat),
             formatTime(s.startMinute, m_clock))
        .arg(s.durationMin);
}

QList<Day> RotationDialog::days() const
{
    QList<Day> out;
    for (int d = 0; d < kDaysPerWeek; ++d) {
        if (m_days[d]->isChecked())
            out.append(Day(d));
    }
    return out;
}

void RotationDialog::addChosen()
{
    // The combo's separator is an item of its own: map the row back to a candidate.
    int index = m_source->currentIndex();
    const int separator = m_fromTemplate.indexOf(true);
    if (separator > 0 && index > separator)
        --index;
    if (index < 0 || index >= m_candidates.size())
        return;
    Session s = m_candidates[index];
    if (m_fromTemplate[index]) {
        const QTime time = m_time->time();
        s.startMinute = time.hour() * 60 + time.minute();
    }
    m_rotation.append(s);
    refresh();
    m_order->setCurrentRow(int(m_rotation.size()) - 1);
}

void RotationDialog::removeCurrent()
{
    const int row = m_order->currentRow();
    if (row < 0 || row >= m_rotation.size())
        return;
    m_rotation.removeAt(row);
    refresh();
    m_order->setCurrentRow(std::min(row, int(m_rotation.size()) - 1));
}

void RotationDialog::moveCurrent(int delta)
{
    const int row = m_order->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_rotation.size())
        return;
    m_rotation.move(row, to);
    refresh();
    m_order->setCurrentRow(to);
}

PlanEdit RotationDialog::edit() const
{
    const int first = m_from->value() - 1;
    return WeekEdits::fillRotation(m_plan, m_rotation, days(), first, m_to->value() - first);
}

void RotationDialog::refresh()
{
    const int current = m_order->currentRow();
    if (m_order->count() != m_rotation.size()) {
        const QSignalBlocker blocker(m_order);
        m_order->clear();
        for (qsizetype i = 0; i < m_rotation.size(); ++i) {
            m_order->addItem(tr("%1: %2").arg(turnName(i), describe(m_rotation[i])));
        }
        m_order->setCurrentRow(std::min(current, m_order->count() - 1));
    } else {
        for (qsizetype i = 0; i < m_rotation.size(); ++i) {
            m_order->item(int(i))->setText(tr("%1: %2").arg(turnName(i), describe(m_rotation[i])));
        }
    }
    const int row = m_order->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_rotation.size());
    m_to->setMinimum(m_from->value());

    const PlanEdit e = edit();
    QString summary;
    if (m_rotation.isEmpty())
        summary = tr("Add the sessions that take turns.");
    else if (days().isEmpty())
        summary = tr("Choose the days to fill.");
    else if (e.isEmpty())
        summary = tr("Nothing to add: the times of these sessions are taken on every chosen day.");
    else
        summary = tr("Adds %n sessions.", nullptr, int(e.upserts.size()));
    m_summary->setText(summary);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!e.isEmpty());
}

} // namespace ordo
