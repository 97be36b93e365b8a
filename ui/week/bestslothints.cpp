// SPDX-License-Identifier: GPL-3.0-or-later

#include "bestslothints.h"

#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace ordo {

BestSlotHints::BestSlotHints(QObject *parent)
    : QObject(parent)
{ }

BestSlotHints::~BestSlotHints()
{
    // The worker holds its own copies; told to stop, it ends soon without touching this.
    if (m_cancel)
        *m_cancel = true;
}

void BestSlotHints::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    if (!on && m_active) {
        drop();
        emit changed();
    } else if (on && m_active) {
        run();
    }
}

void BestSlotHints::start(const Plan &plan, int week, const SlotEdit &editAt)
{
    m_active = true;
    m_plan = plan;
    m_week = week;
    m_editAt = editAt;
    run();
}

void BestSlotHints::setWeek(int week)
{
    if (!m_active || week == m_week)
        return;
    m_week = week;
    run();
}

void BestSlotHints::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_plan = {};
    m_editAt = {};
    drop();
    emit changed();
}

void BestSlotHints::drop()
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel.reset();
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_scores.reset();
}

void BestSlotHints::run()
{
    const bool hadScores = m_scores.has_value();
    drop();
    if (hadScores)
        emit changed();
    if (!m_enabled || !m_editAt)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<SlotScores>(this);
    QFutureWatcher<SlotScores> *watcher = m_watcher;
    connect(watcher, &QFutureWatcher<SlotScores>::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return; // a run this drag no longer needs
        SlotScores result = watcher->result();
        m_watcher = nullptr;
        watcher->deleteLater();
        m_cancel.reset();
        if (!result.complete)
            return;
        m_scores = std::move(result);
        emit changed();
    });
    // The plan and the edit are copied into the worker: the drag may end, and the document
    // change, while it runs.
    watcher->setFuture(
        QtConcurrent::run([plan = m_plan, week = m_week, editAt = m_editAt, cancel = m_cancel] {
            SlotScoreOptions options;
            options.threads = std::max(1, QThread::idealThreadCount());
            options.cancel = cancel.get();
            return scoreSlots(plan, week, editAt, options);
        }));
}

QColor BestSlotHints::tint(double rank, const Theme &theme)
{
    // Diverging: the good end in blue, the bad end in orange, the middle faint, so the
    // extremes stand out and every slot stays readable under the tint.
    const double r = std::clamp(rank, 0.0, 1.0);
    QColor c = theme.color(r <= 0.5 ? Theme::HintGood : Theme::HintBad);
    const double strength = 0.2 + 0.8 * std::abs(2 * r - 1);
    c.setAlphaF(float(c.alphaF() * strength));
    return c;
}

QList<QColor> BestSlotHints::tints(const Theme &theme) const
{
    QList<QColor> out;
    if (!m_scores)
        return out;
    out.reserve(SlotScores::kSlots);
    for (int k = 0; k < SlotScores::kSlots; ++k) {
        const std::optional<double> rank = m_scores->rank(k);
        out.append(rank ? tint(*rank, theme) : QColor(Qt::transparent));
    }
    return out;
}

std::optional<int> BestSlotHints::bestSlotNear(int week, Day day, int minute) const
{
    if (!m_scores || m_scores->week != week)
        return std::nullopt;
    return m_scores->bestNear(SlotScores::slotOf(day, minute), kSnapHours);
}

} // namespace ordo
