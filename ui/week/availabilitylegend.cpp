// SPDX-License-Identifier: GPL-3.0-or-later

#include "availabilitylegend.h"

#include "availability.h"
#include "enums.h"
#include "weekpainter.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

constexpr int kSwatch = 14;
constexpr int kGap = 6;
constexpr int kSpacing = 18;

} // namespace

AvailabilityLegend::AvailabilityLegend(const WeekPainter *painter, QWidget *parent)
    : QWidget(parent)
    , m_painter(painter)
{
    setObjectName(u"AvailabilityLegend"_s);
    setAccessibleName(tr("Availability legend"));
}

QSize AvailabilityLegend::sizeHint() const
{
    return { 400, fontMetrics().height() + 10 };
}

QSize AvailabilityLegend::minimumSizeHint() const
{
    return { 0, sizeHint().height() };
}

void AvailabilityLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Theme &theme = m_painter->options().theme;
    p.fillRect(rect(), theme.color(Theme::HeaderBackground));
    p.setPen(theme.color(Theme::HourLine));
    p.drawLine(rect().topLeft(), rect().topRight());
    const int top = (height() - kSwatch) / 2;
    int x = 8;
    auto entry = [&](const QString &text, auto paintSwatch) {
        const QRect swatch(x, top, kSwatch, kSwatch);
        p.fillRect(swatch, theme.color(Theme::Background));
        paintSwatch(swatch);
        p.setPen(theme.color(Theme::HourLine));
        p.drawRect(swatch.adjusted(0, 0, -1, -1));
        p.setPen(theme.color(Theme::Text));
        const int width = fontMetrics().horizontalAdvance(text);
        p.drawText(QRect(swatch.right() + kGap, 0, width + 2, height()), Qt::AlignVCenter | Qt::AlignLeft,
                   text);
        x = swatch.right() + kGap + width + kSpacing;
    };
    entry(tr("Not available"), [&](const QRect &r) { p.fillRect(r, theme.color(Theme::Unavailable)); });
    entry(tr("Busy (calendar)"), [&](const QRect &r) {
        p.fillRect(r, theme.color(Theme::Busy));
        p.fillRect(r, QBrush(theme.color(Theme::BusyHatch), Qt::BDiagPattern));
    });
    entry(tr("Only some kinds"), [&](const QRect &r) {
        p.fillRect(QRect(r.right() - 6, r.top(), 3, r.height()), theme.color(Theme::Strength));
        p.fillRect(QRect(r.right() - 3, r.top(), 3, r.height()), theme.color(Theme::Cardio));
    });
    p.setPen(theme.color(Theme::MutedText));
    p.drawText(QRect(x, 0, std::max(0, width() - x - 8), height()), Qt::AlignVCenter | Qt::AlignLeft,
               fontMetrics().elidedText(tr("Shift+drag on the grid adds a time you can train"),
                                        Qt::ElideRight, std::max(0, width() - x - 8)));
}

QString AvailabilityLegend::toolTipAt(const Plan &plan, int week, Day day, int minute, ClockFormat clock)
{
    if (!plan.availability)
        return {};
    QStringList lines;
    for (const BusyInterval *b : busyOverlapping(*plan.availability, week, day, minute, minute + 1)) {
        const QString when = formatTimeRange(b->startMinute, b->endMinute, clock);
        lines.append(b->summary.isEmpty() ? tr("Busy %1").arg(when)
                                          : tr("Busy %1: %2").arg(when, b->summary.toHtmlEscaped()));
    }
    if (!lines.isEmpty())
        return lines.join(u"<br>"_s);
    const QList<TimeWindow> *windows = windowsOn(*plan.availability, week, day);
    if (!windows)
        return {};
    for (const TimeWindow &w : *windows) {
        if (minute < w.startMinute || minute >= w.endMinute)
            continue;
        if (w.kinds.isEmpty())
            return {};
        QStringList kinds;
        for (Kind k : w.kinds)
            kinds.append(displayName(k).toLower());
        return tr("Available %1 for %2 only")
            .arg(formatTimeRange(w.startMinute, w.endMinute, clock), kinds.join(u", "_s));
    }
    return tr("Not available");
}

} // namespace ordo
