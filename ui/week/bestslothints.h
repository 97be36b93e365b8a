// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "arrange/slotscores.h"
#include "plan.h"
#include "theme/theme.h"

#include <QColor>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

template<typename T> class QFutureWatcher;

// Best-slot hints while dragging (docs/best-slot-hints.md): when a drag starts, scores the
// dragged session in every quarter hour of the shown week (scoreSlots(), the objective of
// "Arrange my week") on a copy of the plan in a worker thread, and hands the week painter one
// tint per slot from good to bad once the scores are in. Nothing here waits for the worker:
// a drag that ends, moves to another week or changes the plan drops the run (it is told to
// stop and its result is ignored when it comes), so no stale tint is ever painted.
namespace ordo {

class BestSlotHints : public QObject
{
    Q_OBJECT

public:
    explicit BestSlotHints(QObject *parent = nullptr);
    ~BestSlotHints() override;

    bool isEnabled() const { return m_enabled; }
    // Off: no scoring, nothing painted (View ▸ Best-Slot Hints).
    void setEnabled(bool on);

    // A drag of `editAt` over `week` of `plan` starts (or goes on over another week).
    void start(const Plan &plan, int week, const SlotEdit &editAt);
    // The same drag over another week: scored again for that week.
    void setWeek(int week);
    // The drag ended (dropped, left, cancelled): its run is dropped, its tints cleared.
    void stop();

    bool isActive() const { return m_active; }
    // The scores of the drag under way, once all are in; nullptr before that and after it.
    const SlotScores *scores() const { return m_scores ? &*m_scores : nullptr; }
    // For the week painter: one colour per slot of the scored week (transparent where the drop
    // may not land), empty while there are no scores.
    QList<QColor> tints(const Theme &theme) const;
    // The scale, from good (0) to bad (1): blue to orange through a clear middle, readable with
    // any common colour-vision deficiency, its ends from the theme (light or dark).
    static QColor tint(double rank, const Theme &theme);
    // The slot an Alt-drop at (day, minute) of the scored week lands on (SlotScores::bestNear,
    // ±kSnapHours on the same day); nothing without complete scores for `week`.
    std::optional<int> bestSlotNear(int week, Day day, int minute) const;
    static constexpr int kSnapHours = 3;

signals:
    // Scores arrived, or were dropped: the grid repaints.
    void changed();

private:
    void run();
    void drop();

    bool m_enabled = true;
    bool m_active = false;
    Plan m_plan;
    int m_week = -1;
    SlotEdit m_editAt;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<SlotScores> *m_watcher = nullptr;
    std::optional<SlotScores> m_scores;
};

} // namespace ordo
