// SPDX-License-Identifier: GPL-3.0-or-later

#include "arrangedialog.h"

#include "arrangepreview.h"
#include "compare/comparewindow.h"
#include "document/document.h"
#include "edits/sessionedits.h"
#include "shell/dialogbuttons.h"
#include "whentext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ordo {

ArrangeDialog::ArrangeDialog(Document *document, int week, QWidget *parent, Mode mode)
    : QDialog(parent)
    , m_document(document)
    , m_week(std::clamp(week, 0, document->plan().weeks - 1))
    , m_done(std::make_shared<std::atomic<int>>(0))
    , m_total(std::make_shared<std::atomic<int>>(1))
    , m_stop(std::make_shared<std::atomic<bool>>(false))
    , m_mode(mode)
    , m_left(std::make_shared<QList<LeftMissed>>())
{
    setWindowTitle(mode == Mode::Replan ? tr("Re-plan Rest of Week") : tr("Arrange Week"));
    auto *layout = new QVBoxLayout(this);

    auto *options = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->addItem(formatWeek(m_week));
    if (document->plan().weeks > 1)
        m_scope->addItem(tr("All weeks"));
    auto *scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scope);
    m_sameDay = new QCheckBox(tr("Only move within the same &day"), this);
    m_keepDays = new QCheckBox(tr("&Keep training days"), this);
    m_arrange = new QPushButton(tr("A&rrange Again"), this);
    options->addWidget(scopeLabel);
    options->addWidget(m_scope);
    options->addWidget(m_sameDay);
    options->addWidget(m_keepDays);
    options->addStretch();
    options->addWidget(m_arrange);
    layout->addLayout(options);

    auto *running = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("S&top"), this);
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);
    layout->addLayout(running);

    m_summary = new QLabel(this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_score = new QLabel(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_score);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_preview = new ArrangePreview(split);
    m_preview->setWeek(m_week);
    auto *lists = new QWidget(split);
    auto *listLayout = new QHBoxLayout(lists);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *movesBox = new QVBoxLayout;
    auto *movesLabel = new QLabel(tr("&Moves"), lists);
    m_moves = new QListWidget(lists);
    movesLabel->setBuddy(m_moves);
    movesBox->addWidget(movesLabel);
    movesBox->addWidget(m_moves);
    auto *remainingBox = new QVBoxLayout;
    auto *remainingLabel = new QLabel(
        mode == Mode::Replan ? tr("&Left missed, and why") : tr("&What remains, and why"), lists);
    m_remaining = new QListWidget(lists);
    m_remaining->setWordWrap(true);
    remainingLabel->setBuddy(m_remaining);
    remainingBox->addWidget(remainingLabel);
    remainingBox->addWidget(m_remaining);
    listLayout->addLayout(movesBox, 1);
    listLayout->addLayout(remainingBox, 1);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    DialogButtons::addMnemonics(buttons);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setEnabled(false);
    m_apply->setDefault(true);
    m_compare = buttons->addButton(tr("Compare Side &by Side…"), QDialogButtonBox::ActionRole);
    m_compare->setToolTip(tr("Open the result beside your plan, with the findings each one has"));
    m_compare->setEnabled(false);
    layout->addWidget(buttons);

    m_poll = new QTimer(this);
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &ArrangeDialog::updateProgress);
    connect(m_arrange, &QPushButton::clicked, this, &ArrangeDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ArrangeDialog::cancel);
    connect(m_apply, &QPushButton::clicked, this, &ArrangeDialog::apply);
    connect(m_compare, &QPushButton::clicked, this, &ArrangeDialog::compareResult);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (mode == Mode::Replan) {
        // Nothing to choose: the week is the one shown, the start is now or after the miss.
        for (QWidget *w : { static_cast<QWidget *>(scopeLabel), static_cast<QWidget *>(m_scope),
                            static_cast<QWidget *>(m_sameDay), static_cast<QWidget *>(m_keepDays),
                            static_cast<QWidget *>(m_arrange) })
            w->hide();
    }
    connect(&m_watcher, &QFutureWatcher<ArrangeResult>::finished, this, [this] {
        m_poll->stop();
        m_result = m_watcher.result();
        showResult();
        emit arranged();
    });
    resize(900, 640);
}

ArrangeDialog::~ArrangeDialog()
{
    // The worker holds copies of the plan and options only; stop it and wait.
    m_stop->store(true);
    m_watcher.waitForFinished();
}

ArrangeOptions ArrangeDialog::options() const
{
    ArrangeOptions o;
    if (m_scope->currentIndex() == 0)
        o.week = m_week;
    o.sameDayOnly = m_sameDay->isChecked();
    o.keepDays = m_keepDays->isChecked();
    return o;
}

void ArrangeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        start();
}

bool ArrangeDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ArrangeDialog::start()
{
    if (isRunning())
        return;
    m_started = true;
    m_result.reset();
    m_stop->store(false);
    m_done->store(0);
    m_total->store(1);
    m_arrangedFrom = m_document->plan();
    ArrangeOptions o = options();
    m_runOptions = o;
    o.progress = [done = m_done, total = m_total, stop = m_stop](int d, int t) {
        done->store(d);
        total->store(std::max(1, t));
        return !stop->load();
    };
    const ClockFormat clock = m_document->clockFormat();
    m_summary->setText(tr("Arranging…"));
    m_score->clear();
    m_moves->clear();
    m_remaining->clear();
    m_apply->setEnabled(false);
    m_arrange->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    if (m_mode == Mode::Replan) {
        // A long plan takes seconds (every free quarter hour is scored on the whole plan): the
        // same progress and Stop as arranging.
        m_summary->setText(tr("Placing missed sessions…"));
        const int week = m_week;
        const int from = replanStart(m_arrangedFrom, week, QDateTime::currentDateTime());
        m_watcher.setFuture(
            QtConcurrent::run([plan = m_arrangedFrom, week, from, left = m_left, progress = o.progress] {
                ReplanResult r = replanWeek(plan, week, from, progress);
                *left = r.left;
                return r.arranged;
            }));
        m_poll->start();
        return;
    }
    m_watcher.setFuture(
        QtConcurrent::run([plan = m_arrangedFrom, o, clock] { return arrange(plan, o, clock); }));
    m_poll->start();
}

void ArrangeDialog::cancel()
{
    m_stop->store(true);
    m_cancel->setEnabled(false);
}

void ArrangeDialog::updateProgress()
{
    m_progress->setValue(int(1000.0 * m_done->load() / std::max(1, m_total->load())));
}

void ArrangeDialog::showResult()
{
    m_arrange->setEnabled(true);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (!m_result)
        return;
    const ArrangeResult &r = *m_result;
    const ClockFormat clock = m_document->clockFormat();
    QString summary = m_mode == Mode::Replan ? replanSummary(ReplanResult { r, *m_left }) : arrangeSummary(r);
    if (r.cancelled)
        summary = tr("Stopped early: %1").arg(summary);
    m_summary->setText(summary);
    m_score->setText(
        tr("Score before: %1 · after: %2 (lower is better)")
            .arg(QLocale().toString(r.before.total, 'f', 1), QLocale().toString(r.after.total, 'f', 1)));
    QStringList moved;
    for (const ArrangeMove &m : r.moves) {
        const Session *s = r.plan.find(m.sessionId);
        moved.append(m.sessionId);
        m_moves->addItem(tr("%1: %2 → %3")
                             .arg(SessionEdits::quoted(*s), formatWhen(r.plan, m.fromAxis, clock),
                                  formatWhen(r.plan, m.toAxis, clock)));
    }
    if (m_mode == Mode::Replan) {
        for (const LeftMissed &l : std::as_const(*m_left))
            m_remaining->addItem(l.reason);
        if (m_left->isEmpty())
            m_remaining->addItem(tr("Every missed session has a place again."));
    } else {
        for (const RemainingFinding &f : r.remaining)
            m_remaining->addItem(tr("%1 — %2").arg(f.finding.message, f.reason));
        if (r.remaining.isEmpty())
            m_remaining->addItem(tr("No warning remains."));
    }
    m_preview->setPlans(m_arrangedFrom, r.plan, moved, clock);
    // The first week with a move, when the whole plan was arranged.
    if (!r.moves.isEmpty() && !m_runOptions.week)
        m_preview->setWeek(r.moves.first().toAxis / kMinutesPerWeek);
    m_apply->setEnabled(!r.moves.isEmpty() && m_document->plan() == m_arrangedFrom);
    m_compare->setEnabled(m_apply->isEnabled());
}

CompareWindow *ArrangeDialog::compareResult()
{
    if (!m_result || isRunning() || m_document->plan() != m_arrangedFrom)
        return nullptr;
    const int week = m_preview->week();
    auto *window
        = new CompareWindow(m_document, m_result->plan, CompareWindow::Source::Arranged, parentWidget());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWeek(week);
    // The dialog may be modal: close it first, so the comparison window takes the input.
    reject();
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void ArrangeDialog::apply()
{
    if (!m_result || isRunning())
        return;
    const PlanEdit edit = m_mode == Mode::Replan
        ? replanEdit(m_document->plan(), ReplanResult { *m_result, *m_left }, m_week)
        : arrangeEdit(m_document->plan(), *m_result, m_runOptions);
    if (m_document->apply(edit))
        accept();
}

} // namespace ordo
