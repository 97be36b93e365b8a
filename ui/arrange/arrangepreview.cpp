// SPDX-License-Identifier: GPL-3.0-or-later

#include "arrangepreview.h"

#include "week/weekpainter.h"

#include <QPainter>

#include <algorithm>

namespace ordo {

ArrangePreview::ArrangePreview(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(220);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ArrangePreview::setPlans(const Plan &before, const Plan &after, const QStringList &moved,
                              ClockFormat clock)
{
    m_before = before;
    m_after = after;
    m_moved = QSet<QString>(moved.begin(), moved.end());
    m_clock = clock;
    m_analysis = analyze(after, clock);
    update();
}

void ArrangePreview::setWeek(int week)
{
    m_week = week;
    update();
}

QSize ArrangePreview::sizeHint() const
{
    return { 640, 300 };
}

void ArrangePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    WeekPainterOptions options = WeekPainterOptions::fromPalette(palette());
    options.clock24 = m_clock == ClockFormat::H24;
    options.showAmpkBands = false;
    options.markedIds = m_moved;
    options.ghostOutline = Theme::MutedText;
    // The old places of the moved sessions, dashed.
    for (const Session &s : m_before.sessions) {
        if (m_moved.contains(s.id) && s.week == m_week) {
            Session old = s;
            old.id = s.id + QStringLiteral("#before");
            options.ghosts.append(old);
        }
    }
    // The hours that hold sessions of the week, before and after, with an hour around them.
    int first = 24 * 60, last = 0;
    for (const Plan *plan : { &m_before, &m_after }) {
        for (const Session &s : plan->sessions) {
            if (s.week != m_week)
                continue;
            first = std::min(first, s.startMinute);
            last = std::max(last, std::min(kMinutesPerDay, s.startMinute + s.durationMin));
        }
    }
    int firstHour = first >= last ? 6 : std::max(0, first / 60 - 1);
    int lastHour = first >= last ? 22 : std::min(24, (last + 59) / 60 + 1);
    if (lastHour - firstHour < 8) {
        lastHour = std::min(24, firstHour + 8);
        firstHour = std::max(0, lastHour - 8);
    }
    WeekPainter(options).paintWeek(painter, rect(), m_after, m_analysis, m_week, firstHour, lastHour);
}

} // namespace ordo
