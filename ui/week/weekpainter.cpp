// SPDX-License-Identifier: GPL-3.0-or-later

#include "weekpainter.h"

#include "enums.h"
#include "plandates.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QSvgRenderer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

constexpr double kBlockInset = 2.0;
constexpr double kRadius = 4.0;
// How much of its kind colour a missed session keeps over the background.
constexpr double kMissedShade = 0.22;
constexpr double kKindEdgeWidth = 3.0;

// 1.0 for the hardest variant of a kind, lower for lighter ones: shade strength of the fill.
double intensityShade(const Session &s)
{
    switch (s.kind) {
    case Kind::Strength:
        return s.load == Load::Heavy ? 1.0 : s.load == Load::Moderate ? 0.72 : 0.48;
    case Kind::Cardio:
        return s.intensity == Intensity::Hiit ? 1.0 : s.intensity == Intensity::Moderate ? 0.72 : 0.48;
    case Kind::Mobility:
        return 0.6;
    }
    return 1.0;
}

} // namespace

WeekPainterOptions WeekPainterOptions::fromPalette(const QPalette &palette)
{
    WeekPainterOptions o;
    o.theme = Theme::forPalette(palette);
    return o;
}

WeekPainter::WeekPainter(WeekPainterOptions options)
    : m_options(std::move(options))
{ }

double WeekPainter::headerHeight(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height() * 2.0 + 6);
}

double WeekPainter::axisWidth(const QFont &font) const
{
    const QString key = font.key() + (m_options.clock24 ? u"/24"_s : u"/12"_s);
    if (key == m_axisKey)
        return m_axisWidth;
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetricsF metrics(small);
    double widest = 0;
    for (int hour = 0; hour < 24; ++hour)
        widest = std::max(widest, metrics.horizontalAdvance(clockText(hour * 60)));
    m_axisKey = key;
    m_axisWidth = std::ceil(widest + 14);
    return m_axisWidth;
}

QString WeekPainter::clockText(int minuteOfDay) const
{
    return formatTime(minuteOfDay, m_options.clock24 ? ClockFormat::H24 : ClockFormat::H12);
}

QColor WeekPainter::kindColor(Kind kind) const
{
    return m_options.theme.kind(kind);
}

QColor WeekPainter::sessionColor(const Session &session) const
{
    // A missed session is a pale trace of its kind (docs/plan-format.md, "Session").
    return Theme::mix(m_options.theme.color(Theme::Background), kindColor(session.kind),
                      session.missed ? kMissedShade : intensityShade(session));
}

void WeekPainter::paintKeyMark(QPainter &painter, const QRectF &block) const
{
    // A bar along the top edge in the text colour: a key session (docs/plan-format.md).
    const double thickness = std::clamp(block.height() / 6, 2.0, 4.0);
    painter.save();
    painter.setClipRect(block);
    painter.fillRect(QRectF(block.left(), block.top(), block.width(), thickness),
                     m_options.theme.color(Theme::Text));
    painter.restore();
}

QColor WeekPainter::severityColor(Severity severity) const
{
    return m_options.theme.severity(severity);
}

QHash<QString, Severity> WeekPainter::worstSeverities(const Analysis &analysis)
{
    QHash<QString, Severity> worst;
    for (const Finding &f : analysis.findings) {
        if (f.hiddenByDefault)
            continue;
        for (const QString &id : f.sessions) {
            auto it = worst.find(id);
            if (it == worst.end())
                worst.insert(id, f.severity);
            else if (int(f.severity) > int(*it))
                *it = f.severity;
        }
    }
    return worst;
}

QRectF WeekPainter::blockRect(const WeekGeometry &geometry, const WeekBlock &block)
{
    const QRectF column
        = geometry.rectFor(geometry.columnOfDay(block.day), block.startMinute, block.endMinute);
    const double laneWidth = (column.width() - 2 * kBlockInset) / std::max(1, block.laneCount);
    return QRectF(column.left() + kBlockInset + block.lane * laneWidth, column.top() + 1, laneWidth - 1,
                  std::max(4.0, column.height() - 2));
}

QList<QRectF> WeekPainter::ghostRects(const WeekGeometry &geometry, const Plan &plan, int week) const
{
    QList<QRectF> rects;
    if (m_options.ghosts.isEmpty())
        return rects;
    const WeekLayout layout = WeekLayout::build(m_options.ghosts, plan, week);
    for (WeekBlock block : layout.blocks()) {
        block.lane = 0; // a ghost is painted over the whole column
        block.laneCount = 1;
        rects.append(blockRect(geometry, block));
    }
    return rects;
}

void WeekPainter::paintWeek(QPainter &painter, const QRectF &rect, const Plan &plan, const Analysis &analysis,
                            int week, int firstHour, int lastHour) const
{
    const QFont font = painter.font();
    const double header = headerHeight(font);
    const double axis = axisWidth(font);
    const int minutes = std::max(60, (lastHour - firstHour) * 60);
    const QRectF body(rect.left() + axis, rect.top() + header, rect.width() - axis, rect.height() - header);
    const WeekGeometry geometry(body, firstHour * 60, body.height() / minutes, m_options.weekStart);
    painter.save();
    painter.fillRect(rect, m_options.theme.color(Theme::Background));
    paintBody(painter, geometry, WeekLayout::build(plan.sessions, plan, week), plan, analysis);
    paintTimeAxis(painter, QRectF(rect.left(), body.top(), axis, body.height()), geometry);
    paintHeader(painter, QRectF(body.left(), rect.top(), body.width(), header), geometry, plan, analysis,
                week);
    painter.setPen(m_options.theme.color(Theme::HourLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(body);
    painter.restore();
}

void WeekPainter::paintHeader(QPainter &painter, const QRectF &rect, const WeekGeometry &geometry,
                              const Plan &plan, const Analysis &analysis, int week) const
{
    painter.save();
    painter.fillRect(rect, m_options.theme.color(Theme::HeaderBackground));
    QFont bold = painter.font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const double lineHeight = rect.height() / 2;
    // One form for all seven days: long names only when every one of them fits, narrow ones
    // ("M 5 Jan") when even the short ones with their dates do not.
    auto fits = [&](QLocale::FormatType form) {
        for (int d = 0; d < kDaysPerWeek; ++d) {
            if (m_text.width(bold, dayHeaderText(plan, week, Day(d), m_options.locale, form))
                > geometry.columnWidth() - 6)
                return false;
        }
        return true;
    };
    const QLocale::FormatType form = fits(QLocale::LongFormat) ? QLocale::LongFormat
        : fits(QLocale::ShortFormat) || !plan.anchorDate       ? QLocale::ShortFormat
                                                               : QLocale::NarrowFormat;
    for (int c = 0; c < kDaysPerWeek; ++c) {
        const Day day = geometry.dayAtColumn(c);
        const QRectF cell(geometry.xOfColumn(c), rect.top(), geometry.columnWidth(), rect.height());
        const QString name = dayHeaderText(plan, week, day, m_options.locale, form);
        painter.setFont(bold);
        painter.setPen(m_options.theme.color(Theme::Text));
        m_text.drawLine(painter, QRectF(cell.left(), cell.top() + 2, cell.width(), lineHeight),
                        Qt::AlignCenter, name);
        const int index = week * kDaysPerWeek + int(day);
        if (index < analysis.days.size()) {
            const DayFigures &d = analysis.days[index];
            const QString detail = d.restDay
                ? QCoreApplication::translate("ordo::WeekPainter", "rest day")
                : QCoreApplication::translate("ordo::WeekPainter", "load %1").arg(qRound(d.load));
            painter.setFont(small);
            painter.setPen(d.highLoad ? severityColor(Severity::Warning)
                                      : m_options.theme.color(Theme::MutedText));
            m_text.drawLine(painter,
                            QRectF(cell.left(), cell.top() + lineHeight, cell.width(), lineHeight - 2),
                            Qt::AlignCenter, detail);
        }
        painter.setPen(m_options.theme.color(Theme::GridLine));
        if (c > 0)
            painter.drawLine(QPointF(cell.left(), cell.top() + 4), QPointF(cell.left(), cell.bottom() - 4));
    }
    painter.setPen(m_options.theme.color(Theme::HourLine));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.restore();
}

void WeekPainter::paintTimeAxis(QPainter &painter, const QRectF &rect, const WeekGeometry &geometry) const
{
    painter.save();
    painter.setClipRect(rect.adjusted(0, -1, 0, 1));
    painter.fillRect(rect, m_options.theme.color(Theme::HeaderBackground));
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    const double textHeight = QFontMetricsF(small).height();
    painter.setPen(m_options.theme.color(Theme::MutedText));
    for (int hour = 0; hour <= 24; ++hour) {
        const double y = geometry.yOfMinute(hour * 60);
        if (y < rect.top() - textHeight || y > rect.bottom() + textHeight)
            continue;
        // Labels sit just below their hour line so the first one is never cut off.
        const QRectF label(rect.left(), y + 1, rect.width() - 6, textHeight);
        if (label.bottom() <= rect.bottom() + 1 && hour < 24)
            m_text.drawLine(painter, label, Qt::AlignRight | Qt::AlignTop, clockText(hour * 60));
    }
    painter.setPen(m_options.theme.color(Theme::HourLine));
    painter.drawLine(rect.topRight(), rect.bottomRight());
    painter.restore();
}

void WeekPainter::paintBody(QPainter &painter, const WeekGeometry &geometry, const WeekLayout &layout,
                            const Plan &plan, const Analysis &analysis,
                            const QList<BlockLabel> *labelsOfLayout) const
{
    const QRectF body = geometry.body();
    painter.save();
    // Within a clip the caller set (the part of a view to repaint): what lies wholly outside it
    // is skipped, not only clipped (docs/performance.md, "Repainting what changed").
    painter.setClipRect(body, Qt::IntersectClip);
    const QRectF exposed = painter.clipBoundingRect();
    painter.fillRect(body, m_options.theme.color(Theme::Background));
    // Weekend columns get the alternate background for orientation.
    for (int c = 0; c < kDaysPerWeek; ++c) {
        const Day day = geometry.dayAtColumn(c);
        if (day == Day::Sat || day == Day::Sun)
            painter.fillRect(QRectF(geometry.xOfColumn(c), body.top(), geometry.columnWidth(), body.height()),
                             m_options.theme.color(Theme::AlternateBackground));
    }
    paintAvailability(painter, geometry, plan, layout.week());
    paintSlotTints(painter, geometry);
    // Hour and half-hour lines.
    const int firstHour = std::max(0, int(std::floor(geometry.firstMinute() / 60)));
    const int lastHour = std::min(24, int(std::ceil(geometry.minuteAtY(body.bottom()) / 60)));
    // One-pixel lines as filled rectangles: the raster engine fills a row or a column in one
    // span, where a line is drawn pixel by pixel (a tenth of the cost).
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        const double y = std::round(geometry.yOfMinute(hour * 60));
        painter.fillRect(QRectF(body.left(), y, body.width(), 1), m_options.theme.color(Theme::HourLine));
        if (geometry.pixelsPerMinute() * 30 >= 14 && hour < 24) {
            const double half = std::round(geometry.yOfMinute(hour * 60 + 30));
            painter.fillRect(QRectF(body.left(), half, body.width(), 1),
                             m_options.theme.color(Theme::GridLine));
        }
    }
    for (int c = 1; c < kDaysPerWeek; ++c) {
        const double x = std::round(geometry.xOfColumn(c));
        painter.fillRect(QRectF(x, body.top(), 1, body.height()), m_options.theme.color(Theme::HourLine));
    }

    // AMPK-elevated bands (docs/physiology.md 2.2) under the blocks.
    if (m_options.showAmpkBands) {
        const int week = layout.week();
        QFont tiny = painter.font();
        tiny.setPointSizeF(tiny.pointSizeF() * 0.75);
        for (int d = 0; d < kDaysPerWeek; ++d) {
            const int index = week * kDaysPerWeek + d;
            if (index >= analysis.days.size())
                break;
            const int column = geometry.columnOfDay(Day(d));
            for (const DayWindow &w : analysis.days[index].ampkWindows) {
                const QRectF band = geometry.rectFor(column, w.startMinute, w.endMinute);
                // Fade towards the end: the model decays exponentially (2.2).
                QLinearGradient gradient(band.topLeft(), band.bottomLeft());
                QColor faded = m_options.theme.color(Theme::AmpkBand);
                faded.setAlphaF(faded.alphaF() * 0.35f);
                gradient.setColorAt(0, m_options.theme.color(Theme::AmpkBand));
                gradient.setColorAt(1, faded);
                painter.fillRect(band, gradient);
                QColor edge = m_options.theme.color(Theme::AmpkBand);
                edge.setAlphaF(std::min(1.0f, edge.alphaF() * 2.5f));
                painter.setPen(QPen(edge, 1, Qt::DashLine));
                painter.drawLine(band.bottomLeft(), band.bottomRight());
            }
        }
    }

    // Busy times over the AMPK bands: on paper the bands are opaque and would hide them.
    paintBusyTimes(painter, geometry, plan, layout.week());

    // Session blocks, then their callouts on top so no block hides one.
    const QHash<QString, Severity> severities = worstSeverities(analysis);
    const QList<BlockLabel> blockLabels
        = labelsOfLayout ? *labelsOfLayout : labels(geometry, layout, plan, analysis, painter.font());
    // Outlines and antialiasing reach a little outside a block.
    const auto shown = [&exposed](const QRectF &r) { return r.adjusted(-3, -3, 3, 3).intersects(exposed); };
    QList<int> callouts;
    for (int i = 0; i < layout.blocks().size(); ++i) {
        const WeekBlock &block = layout.blocks()[i];
        if (block.sessionIndex < 0 || block.sessionIndex >= plan.sessions.size())
            continue;
        const Session &s = plan.sessions[block.sessionIndex];
        const BlockLabel &label = blockLabels[i];
        // A callout is painted twice (with its block and again on top), so its block's turn is
        // kept when only the callout is exposed.
        const bool calloutShown = label.callout && shown(label.calloutRect());
        if (calloutShown)
            callouts.append(i);
        if (!label.block.intersects(body) || !(shown(label.block) || calloutShown))
            continue;
        const auto it = severities.constFind(s.id);
        const bool dimmed = m_options.dimmedIds.contains(s.id);
        if (dimmed)
            painter.setOpacity(0.35);
        paintBlock(painter, label.block, s, false);
        paintLabel(painter, label, s, it == severities.constEnd() ? nullptr : &*it);
        if (dimmed)
            painter.setOpacity(1.0);
    }
    for (int i : std::as_const(callouts)) {
        const Session &s = plan.sessions[layout.blocks()[i].sessionIndex];
        const auto it = severities.constFind(s.id);
        paintLabel(painter, blockLabels[i], s, it == severities.constEnd() ? nullptr : &*it);
    }

    // Ghosts of a drop or a move.
    if (!m_options.ghosts.isEmpty()) {
        const WeekLayout ghostLayout = WeekLayout::build(m_options.ghosts, plan, layout.week());
        const auto clock = [this](int minute) { return clockText(minute); };
        for (const WeekBlock &block : ghostLayout.blocks()) {
            const Session &s = m_options.ghosts[block.sessionIndex];
            WeekBlock full = block;
            full.lane = 0;
            full.laneCount = 1;
            const QRectF r = blockRect(geometry, full);
            if (!shown(r))
                continue;
            paintBlock(painter, r, s, true);
            paintLabel(painter, WeekLabels::inside(r, s, full, false, painter.font(), clock), s, nullptr);
        }
    }
    painter.restore();
}

QList<MinuteRange> WeekPainter::unavailableRanges(const Plan &plan, int week, Day day)
{
    QList<MinuteRange> closed;
    if (!plan.availability)
        return closed;
    const QList<TimeWindow> *windows = windowsOn(*plan.availability, week, day);
    if (!windows)
        return closed;
    QList<MinuteRange> open;
    for (const TimeWindow &w : *windows)
        open.append(
            { std::clamp(w.startMinute, 0, kMinutesPerDay), std::clamp(w.endMinute, 0, kMinutesPerDay) });
    std::sort(open.begin(), open.end(),
              [](const MinuteRange &a, const MinuteRange &b) { return a.start < b.start; });
    int from = 0;
    for (const MinuteRange &r : std::as_const(open)) {
        if (r.start > from)
            closed.append({ from, r.start });
        from = std::max(from, r.end);
    }
    if (from < kMinutesPerDay)
        closed.append({ from, kMinutesPerDay });
    return closed;
}

void WeekPainter::paintAvailability(QPainter &painter, const WeekGeometry &geometry, const Plan &plan,
                                    int week) const
{
    if (!plan.availability)
        return;
    const Availability &availability = *plan.availability;
    const Theme &theme = m_options.theme;
    painter.save();
    for (int c = 0; c < kDaysPerWeek; ++c) {
        const Day day = geometry.dayAtColumn(c);
        for (const MinuteRange &r : unavailableRanges(plan, week, day))
            painter.fillRect(geometry.rectFor(c, r.start, r.end), theme.color(Theme::Unavailable));
        // A window for some kinds only: an edge in each kind's colour along its right side.
        if (const QList<TimeWindow> *windows = windowsOn(availability, week, day)) {
            for (const TimeWindow &w : *windows) {
                if (w.kinds.isEmpty())
                    continue;
                const QRectF r = geometry.rectFor(c, w.startMinute, w.endMinute);
                double x = r.right() - kKindEdgeWidth * w.kinds.size() - 1;
                for (Kind k : w.kinds) {
                    painter.fillRect(QRectF(x, r.top(), kKindEdgeWidth, r.height()), kindColor(k));
                    x += kKindEdgeWidth;
                }
            }
        }
    }
    painter.restore();
}

void WeekPainter::paintBusyTimes(QPainter &painter, const WeekGeometry &geometry, const Plan &plan,
                                 int week) const
{
    if (!plan.availability)
        return;
    const Theme &theme = m_options.theme;
    painter.save();
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF metrics(small);
    for (const BusyInterval &b : plan.availability->busy) {
        if (b.week != week)
            continue;
        const QRectF r = geometry.rectFor(geometry.columnOfDay(b.day), b.startMinute, b.endMinute);
        painter.fillRect(r, theme.color(Theme::Busy));
        painter.fillRect(QRectF(r.left(), r.top(), 2, r.height()), theme.color(Theme::BusyHatch));
        // The summary on the plain fill, the hatching below it, so the text stays readable.
        QRectF hatched = r;
        if (!b.summary.isEmpty() && r.height() >= metrics.height() + 2) {
            const QRectF line(r.left() + 5, r.top() + 1, r.width() - 8, metrics.height());
            painter.setFont(small);
            painter.setPen(theme.color(Theme::Text));
            m_text.drawLine(painter, line, Qt::AlignLeft | Qt::AlignVCenter,
                            metrics.elidedText(b.summary, Qt::ElideRight, line.width()));
            hatched.setTop(line.bottom() + 1);
        }
        painter.fillRect(hatched.adjusted(2, 0, 0, 0),
                         QBrush(theme.color(Theme::BusyHatch), Qt::BDiagPattern));
    }
    painter.restore();
}

void WeekPainter::paintNowLine(QPainter &painter, const WeekGeometry &geometry, Day day, int minute) const
{
    const double y = geometry.yOfMinute(minute);
    const QRectF body = geometry.body();
    if (y < body.top() || y > body.bottom())
        return;
    const double left = geometry.xOfColumn(geometry.columnOfDay(day));
    painter.save();
    painter.setClipRect(body);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = m_options.theme.color(Theme::Now);
    painter.setPen(QPen(color, 2));
    painter.drawLine(QPointF(left, y), QPointF(left + geometry.columnWidth(), y));
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QPointF(left + 4, y), 4, 4);
    painter.restore();
}

void WeekPainter::paintSlotTints(QPainter &painter, const WeekGeometry &geometry) const
{
    const QList<QColor> &tints = m_options.slotTints;
    constexpr int kSlotMinutes = 15;
    constexpr int kPerDay = kMinutesPerDay / kSlotMinutes;
    if (tints.size() != kDaysPerWeek * kPerDay)
        return;
    for (int d = 0; d < kDaysPerWeek; ++d) {
        const int column = geometry.columnOfDay(Day(d));
        for (int k = 0; k < kPerDay;) {
            const QColor &c = tints[d * kPerDay + k];
            int end = k + 1;
            while (end < kPerDay && tints[d * kPerDay + end] == c)
                ++end;
            if (c.alpha() > 0)
                painter.fillRect(geometry.rectFor(column, k * kSlotMinutes, end * kSlotMinutes), c);
            k = end;
        }
    }
}

void WeekPainter::paintSlot(QPainter &painter, const WeekGeometry &geometry, Day day, int minute) const
{
    const QRectF cell
        = geometry.rectFor(geometry.columnOfDay(day), minute, minute + WeekGeometry::kSnapMinutes)
              .adjusted(1, 0, -1, 0);
    painter.save();
    QColor fill = m_options.theme.color(Theme::Selection);
    fill.setAlpha(50);
    painter.fillRect(cell, fill);
    painter.setPen(QPen(m_options.theme.color(Theme::Selection), 1.5));
    painter.drawRect(cell);
    painter.restore();
}

void WeekPainter::paintHint(QPainter &painter, const QRectF &body, const QString &text) const
{
    if (text.isEmpty())
        return;
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const double width = std::min(body.width() - 40, 440.0);
    QRectF box
        = metrics.boundingRect(QRectF(0, 0, width, body.height()), Qt::TextWordWrap | Qt::AlignCenter, text);
    box.moveCenter(body.center());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_options.theme.color(Theme::HourLine), 1));
    painter.setBrush(m_options.theme.color(Theme::HeaderBackground));
    painter.drawRoundedRect(box.adjusted(-14, -10, 14, 10), 6, 6);
    painter.setPen(m_options.theme.color(Theme::MutedText));
    painter.drawText(box, Qt::TextWordWrap | Qt::AlignCenter, text);
    painter.restore();
}

QList<BlockLabel> WeekPainter::labels(const WeekGeometry &geometry, const WeekLayout &layout,
                                      const Plan &plan, const Analysis &analysis, const QFont &font) const
{
    return WeekLabels::build(geometry, layout, plan, worstSeverities(analysis), font,
                             [this](int minute) { return clockText(minute); });
}

void WeekPainter::paintBlock(QPainter &painter, const QRectF &rect, const Session &s, bool ghost) const
{
    painter.save();
    const QColor fill = sessionColor(s);
    QPainterPath path;
    path.addRoundedRect(rect, kRadius, kRadius);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (ghost) {
        QColor translucent = fill;
        translucent.setAlphaF(0.55f);
        painter.fillPath(path, translucent);
        painter.setPen(QPen(m_options.theme.color(m_options.ghostOutline), 2.5, Qt::DashLine));
        painter.drawPath(path);
    } else {
        painter.fillPath(path, fill);
        // A darker left stripe keeps the kind readable even for light intensities.
        painter.save();
        painter.setClipPath(path);
        painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), kindColor(s.kind).darker(115));
        painter.restore();
        if (m_options.selectedIds.contains(s.id)) {
            painter.setPen(QPen(m_options.theme.color(Theme::Selection), 2.5));
            painter.drawPath(path);
        } else if (m_options.markedIds.contains(s.id)) {
            painter.setPen(QPen(m_options.theme.color(Theme::Positive), 3));
            painter.drawPath(path);
        } else if (s.id == m_options.hoveredId) {
            painter.setPen(QPen(m_options.theme.color(Theme::Text), 1));
            painter.drawPath(path);
        }
        if (s.missed && !m_options.selectedIds.contains(s.id) && !m_options.markedIds.contains(s.id)) {
            painter.setPen(QPen(m_options.theme.color(Theme::MutedText), 1.2, Qt::DashLine));
            painter.drawPath(path);
        }
        if (s.priority == Priority::Key) {
            painter.save();
            painter.setClipPath(path);
            paintKeyMark(painter, rect);
            painter.restore();
        }
        if (s.locked)
            paintPin(painter, rect, m_options.theme.textOn(fill));
    }
    painter.restore();
}

// A locked session's pin (resources/ui/pin.svg) in the bottom right corner, in the colour of
// the block's text, when the block has room for it.
void WeekPainter::paintPin(QPainter &painter, const QRectF &block, const QColor &color) const
{
    const double size = std::min(12.0, std::min(block.width(), block.height()) - 4);
    if (size < 8)
        return;
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const int pixels = int(std::ceil(size * ratio));
    const QString key = color.name(QColor::HexArgb) + u'/' + QString::number(pixels);
    if (m_pinKey != key) {
        QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        QSvgRenderer(u":/icons/pin.svg"_s).render(&p, QRectF(0, 0, pixels, pixels));
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(image.rect(), color);
        p.end();
        m_pin = image;
        m_pinKey = key;
    }
    painter.drawImage(QRectF(block.right() - size - 2, block.bottom() - size - 2, size, size), m_pin);
}

void WeekPainter::paintLabel(QPainter &painter, const BlockLabel &label, const Session &s,
                             const Severity *severity) const
{
    painter.save();
    const QColor fill = sessionColor(s);
    QColor textColor = m_options.theme.textOn(fill);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (severity && label.mark == SeverityMark::Stripe) {
        QPainterPath path;
        path.addRoundedRect(label.block, kRadius, kRadius);
        painter.save();
        painter.setClipPath(path);
        painter.fillRect(label.markRect, severityColor(*severity));
        painter.restore();
    }
    if (label.callout) {
        // A light tab in the session's colour, outlined in it, beside the compact marker.
        QPainterPath path;
        path.addRoundedRect(label.calloutRect(), kRadius, kRadius);
        painter.fillPath(path, Theme::mix(m_options.theme.color(Theme::Background), kindColor(s.kind), 0.16));
        const bool selected = m_options.selectedIds.contains(s.id);
        painter.setPen(selected ? QPen(m_options.theme.color(Theme::Selection), 2)
                                : QPen(kindColor(s.kind), 1));
        painter.drawPath(path);
        textColor = m_options.theme.color(Theme::Text);
    }
    QFont titleFont = label.font;
    QFont detailFont = label.font;
    detailFont.setBold(false);
    if (s.missed) {
        // In the muted colour and struck through: it did not happen.
        if (!label.callout)
            textColor = m_options.theme.color(Theme::MutedText);
    }
    painter.setPen(textColor);
    // Lines a little taller than a short block stay centred on it.
    const double height
        = double(label.titleLines.size() + (label.detail.isEmpty() || label.detailInline ? 0 : 1))
        * label.lineHeight;
    double y = height > label.text.height() ? label.text.center().y() - height / 2 : label.text.top();
    for (int i = 0; i < label.titleLines.size(); ++i) {
        const QRectF line(label.text.left(), y, label.text.width(), label.lineHeight);
        painter.setFont(titleFont);
        m_text.drawLine(painter, line, Qt::AlignLeft | Qt::AlignVCenter, label.titleLines[i]);
        if (s.missed) {
            // Struck through by hand: shaped text draws no font decorations.
            const double width = std::min(line.width(), m_text.width(titleFont, label.titleLines[i]));
            painter.drawLine(
                QLineF(line.left(), line.center().y() + 0.5, line.left() + width, line.center().y() + 0.5));
        }
        if (label.detailInline && i == label.titleLines.size() - 1) {
            const double used = m_text.width(titleFont, label.titleLines[i]);
            painter.setFont(detailFont);
            m_text.drawLine(painter, line.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                            u" · "_s + label.detail);
        }
        y += label.lineHeight;
    }
    if (!label.detail.isEmpty() && !label.detailInline) {
        painter.setFont(detailFont);
        m_text.drawLine(painter, QRectF(label.text.left(), y, label.text.width(), label.lineHeight),
                        Qt::AlignLeft | Qt::AlignVCenter, label.detail);
    }
    if (severity && label.mark == SeverityMark::Badge) {
        const QRectF circle = label.markRect;
        painter.setPen(QPen(m_options.theme.color(Theme::TextOnDark), 1.2));
        painter.setBrush(severityColor(*severity));
        painter.drawEllipse(circle);
        painter.setBrush(Qt::NoBrush);
        QFont badgeFont = painter.font();
        badgeFont.setBold(true);
        badgeFont.setPixelSize(std::max(6, int(circle.height() * 0.75)));
        painter.setFont(badgeFont);
        painter.drawText(circle, Qt::AlignCenter, *severity == Severity::Info ? u"i"_s : u"!"_s);
    }
    painter.restore();
}

} // namespace ordo
