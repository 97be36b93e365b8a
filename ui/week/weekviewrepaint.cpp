// SPDX-License-Identifier: GPL-3.0-or-later

// The week view's layout and what it repaints after an edit: only the blocks, badges and AMPK
// bands that changed, and the day headers (docs/performance.md, "Repainting what changed").
// Set-up, scrolling and painting are in weekview.cpp, input events in weekviewinput.cpp.

#include "weekview.h"

#include "document/document.h"

#include <QAccessible>
#include <QHash>
#include <QSet>

#include <cmath>

namespace ordo {

void WeekView::rebuildLayout()
{
    buildLayout();
    viewport()->update();
    announceLayout();
}

void WeekView::buildLayout()
{
    const Plan &plan = m_document->plan();
    m_layout = WeekLayout::build(plan.sessions, plan, m_week);
    ++m_layoutGeneration;
    m_shown.week = m_week;
    m_shown.empty = plan.sessions.isEmpty();
    m_shown.rest = plan;
    m_shown.rest.sessions = {};
    m_shown.sessions.clear();
    m_shown.severities.clear();
    const QHash<QString, Severity> worst = WeekPainter::worstSeverities(m_document->analysis());
    for (const WeekBlock &b : m_layout.blocks()) {
        m_shown.sessions.append(b.sessionIndex >= 0 && b.sessionIndex < plan.sessions.size()
                                    ? plan.sessions[b.sessionIndex]
                                    : Session {});
        const auto it = worst.constFind(b.sessionId);
        m_shown.severities.append(it == worst.constEnd() ? -1 : int(*it));
    }
    const QList<DayFigures> &days = m_document->analysis().days;
    for (int d = 0; d < kDaysPerWeek; ++d) {
        const int index = m_week * kDaysPerWeek + d;
        m_shown.ampk[d] = index < days.size() ? days[index].ampkWindows : QList<DayWindow> {};
    }
}

void WeekView::announceLayout()
{
    if (QAccessible::isActive()) {
        // The children (the shown sessions) changed.
        QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reorder);
    }
}

void WeekView::followEdit()
{
    // An edit usually changes a few blocks, their neighbours' badges, the day loads and some
    // AMPK bands: only those are repainted (docs/performance.md, "Repainting what changed").
    // The comparison needs the labels of the old layout for the current grid.
    const bool labelsCurrent = m_labelsKey == labelsKey(geometry());
    const WeekLayout oldLayout = m_layout;
    const QList<BlockLabel> oldLabels = m_labels;
    const Shown old = m_shown;
    buildLayout();
    announceLayout();
    if (!labelsCurrent || old.week != m_week || old.empty != m_shown.empty || !(old.rest == m_shown.rest))
        viewport()->update();
    else
        viewport()->update(changedSince(old, oldLayout, oldLabels));
}

QRegion WeekView::changedSince(const Shown &old, const WeekLayout &oldLayout,
                               const QList<BlockLabel> &oldLabels) const
{
    const WeekGeometry g = geometry();
    const QRectF body = g.body();
    // The day headers show each day's load: always repainted (with the edge line under them).
    QRegion changed(0, 0, viewport()->width(), int(std::ceil(body.top())) + 2);
    const QList<BlockLabel> &now = labels();
    // What a block's painting covers: the block, its callout, outlines and antialiasing.
    const auto area = [](const BlockLabel &l) {
        QRectF r = l.block;
        if (l.callout)
            r = r.united(l.calloutRect());
        return r.toAlignedRect().adjusted(-3, -3, 3, 3);
    };
    QHash<std::pair<QString, int>, qsizetype> before;
    for (qsizetype i = 0; i < oldLayout.blocks().size() && i < oldLabels.size(); ++i)
        before.insert({ oldLayout.blocks()[i].sessionId, int(oldLayout.blocks()[i].day) }, i);
    QSet<qsizetype> matched;
    for (qsizetype j = 0; j < m_layout.blocks().size() && j < now.size(); ++j) {
        const WeekBlock &b = m_layout.blocks()[j];
        const auto it = before.constFind({ b.sessionId, int(b.day) });
        if (it == before.constEnd()) {
            changed += area(now[j]);
            continue;
        }
        const qsizetype i = *it;
        matched.insert(i);
        if (!(old.sessions.value(i) == m_shown.sessions.value(j))
            || old.severities.value(i) != m_shown.severities.value(j) || !(oldLabels[i] == now[j])) {
            changed += area(oldLabels[i]);
            changed += area(now[j]);
        }
    }
    for (qsizetype i = 0; i < oldLayout.blocks().size() && i < oldLabels.size(); ++i) {
        if (!matched.contains(i))
            changed += area(oldLabels[i]);
    }
    for (int d = 0; d < kDaysPerWeek; ++d) {
        if (old.ampk[d] != m_shown.ampk[d]) {
            const int column = g.columnOfDay(Day(d));
            changed += QRectF(g.xOfColumn(column), body.top(), g.columnWidth(), body.height())
                           .toAlignedRect()
                           .adjusted(-1, 0, 1, 0);
        }
    }
    return changed;
}

} // namespace ordo
