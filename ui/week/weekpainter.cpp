// SPDX-License-Identifier: GPL-3.0-or-later

#include "weekpainter.h"

#include "enums.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

constexpr double kBlockInset = 2.0;
constexpr double kRadius = 4.0;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(
        float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t), float(a.alphaF() * (1 - t) + b.alphaF() * t));
}

bool isDark(const QColor &c)
{
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() < 0.55;
}

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
    o.background = palette.color(QPalette::Base);
    o.alternateBackground = mix(palette.color(QPalette::Base), palette.color(QPalette::AlternateBase), 0.6);
    o.text = palette.color(QPalette::Text);
    o.mutedText = mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
    o.gridLine = mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.09);
    o.hourLine = mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.2);
    o.headerBackground = palette.color(QPalette::Window);
    o.selection = palette.color(QPalette::Highlight);
    if (isDark(o.background))
        o.ampkBand = QColor(0xb3, 0x7f, 0xeb, 70);
    return o;
}

WeekPainter::WeekPainter(WeekPainterOptions options)
    : m_options(std::move(options))
{ }

double WeekPainter::headerHeight(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height() * 2.0 + 6);
}

double WeekPainter::axisWidth(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).horizontalAdvance(u"00:00 AM"_s) + 10);
}

QString WeekPainter::clockText(int minuteOfDay) const
{
    if (m_options.clock24)
        return formatClock(minuteOfDay);
    const int m = ((minuteOfDay % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
    const int hour12 = (m / 60) % 12 == 0 ? 12 : (m / 60) % 12;
    return u"%1:%2 %3"_s.arg(hour12).arg(m % 60, 2, 10, QChar(u'0')).arg(m < 720 ? u"AM"_s : u"PM"_s);
}

QColor WeekPainter::sessionColor(const Session &session) const
{
    QColor base;
    switch (session.kind) {
    case Kind::Strength:
        base = m_options.strength;
        break;
    case Kind::Cardio:
        base = m_options.cardio;
        break;
    case Kind::Mobility:
        base = m_options.mobility;
        break;
    }
    return mix(m_options.background, base, intensityShade(session));
}

QColor WeekPainter::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QColor(0xd9, 0x30, 0x25);
    case Severity::Warning:
        return QColor(0xf0, 0xa2, 0x02);
    case Severity::Info:
        return QColor(0x3b, 0x82, 0xc4);
    }
    return Qt::gray;
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
    painter.fillRect(rect, m_options.background);
    paintBody(painter, geometry, WeekLayout::build(plan.sessions, plan, week), plan, analysis);
    paintTimeAxis(painter, QRectF(rect.left(), body.top(), axis, body.height()), geometry);
    paintHeader(painter, QRectF(body.left(), rect.top(), body.width(), header), geometry, analysis, week);
    painter.setPen(m_options.hourLine);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(body);
    painter.restore();
}

void WeekPainter::paintHeader(QPainter &painter, const QRectF &rect, const WeekGeometry &geometry,
                              const Analysis &analysis, int week) const
{
    painter.save();
    painter.fillRect(rect, m_options.headerBackground);
    QFont bold = painter.font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const double lineHeight = rect.height() / 2;
    for (int c = 0; c < kDaysPerWeek; ++c) {
        const Day day = geometry.dayAtColumn(c);
        const QRectF cell(geometry.xOfColumn(c), rect.top(), geometry.columnWidth(), rect.height());
        // QLocale counts days 1 = Monday … 7 = Sunday, like the plan's Day + 1.
        QString name = m_options.locale.dayName(int(day) + 1, QLocale::LongFormat);
        if (boldMetrics.horizontalAdvance(name) > cell.width() - 6)
            name = m_options.locale.dayName(int(day) + 1, QLocale::ShortFormat);
        painter.setFont(bold);
        painter.setPen(m_options.text);
        painter.drawText(QRectF(cell.left(), cell.top() + 2, cell.width(), lineHeight), Qt::AlignCenter,
                         name);
        const int index = week * kDaysPerWeek + int(day);
        if (index < analysis.days.size()) {
            const DayFigures &d = analysis.days[index];
            const QString detail = d.restDay
                ? QCoreApplication::translate("ordo::WeekPainter", "rest day")
                : QCoreApplication::translate("ordo::WeekPainter", "load %1").arg(qRound(d.load));
            painter.setFont(small);
            painter.setPen(d.highLoad ? severityColor(Severity::Warning) : m_options.mutedText);
            painter.drawText(QRectF(cell.left(), cell.top() + lineHeight, cell.width(), lineHeight - 2),
                             Qt::AlignCenter, detail);
        }
        painter.setPen(m_options.gridLine);
        if (c > 0)
            painter.drawLine(QPointF(cell.left(), cell.top() + 4), QPointF(cell.left(), cell.bottom() - 4));
    }
    painter.setPen(m_options.hourLine);
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.restore();
}

void WeekPainter::paintTimeAxis(QPainter &painter, const QRectF &rect, const WeekGeometry &geometry) const
{
    painter.save();
    painter.setClipRect(rect.adjusted(0, -1, 0, 1));
    painter.fillRect(rect, m_options.headerBackground);
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    const double textHeight = QFontMetricsF(small).height();
    painter.setPen(m_options.mutedText);
    for (int hour = 0; hour <= 24; ++hour) {
        const double y = geometry.yOfMinute(hour * 60);
        if (y < rect.top() - textHeight || y > rect.bottom() + textHeight)
            continue;
        // Labels sit just below their hour line so the first one is never cut off.
        const QRectF label(rect.left(), y + 1, rect.width() - 6, textHeight);
        if (label.bottom() <= rect.bottom() + 1 && hour < 24)
            painter.drawText(label, Qt::AlignRight | Qt::AlignTop, clockText(hour * 60));
    }
    painter.setPen(m_options.hourLine);
    painter.drawLine(rect.topRight(), rect.bottomRight());
    painter.restore();
}

void WeekPainter::paintBody(QPainter &painter, const WeekGeometry &geometry, const WeekLayout &layout,
                            const Plan &plan, const Analysis &analysis) const
{
    const QRectF body = geometry.body();
    painter.save();
    painter.setClipRect(body);
    painter.fillRect(body, m_options.background);
    // Weekend columns get the alternate background for orientation.
    for (int c = 0; c < kDaysPerWeek; ++c) {
        const Day day = geometry.dayAtColumn(c);
        if (day == Day::Sat || day == Day::Sun)
            painter.fillRect(QRectF(geometry.xOfColumn(c), body.top(), geometry.columnWidth(), body.height()),
                             m_options.alternateBackground);
    }
    // Hour and half-hour lines.
    const int firstHour = std::max(0, int(std::floor(geometry.firstMinute() / 60)));
    const int lastHour = std::min(24, int(std::ceil(geometry.minuteAtY(body.bottom()) / 60)));
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        const double y = std::round(geometry.yOfMinute(hour * 60)) + 0.5;
        painter.setPen(m_options.hourLine);
        painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
        if (geometry.pixelsPerMinute() * 30 >= 14 && hour < 24) {
            const double half = std::round(geometry.yOfMinute(hour * 60 + 30)) + 0.5;
            painter.setPen(m_options.gridLine);
            painter.drawLine(QPointF(body.left(), half), QPointF(body.right(), half));
        }
    }
    painter.setPen(m_options.hourLine);
    for (int c = 1; c < kDaysPerWeek; ++c) {
        const double x = std::round(geometry.xOfColumn(c)) + 0.5;
        painter.drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()));
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
                QColor faded = m_options.ampkBand;
                faded.setAlphaF(faded.alphaF() * 0.35f);
                gradient.setColorAt(0, m_options.ampkBand);
                gradient.setColorAt(1, faded);
                painter.fillRect(band, gradient);
                QColor edge = m_options.ampkBand;
                edge.setAlphaF(std::min(1.0f, edge.alphaF() * 2.5f));
                painter.setPen(QPen(edge, 1, Qt::DashLine));
                painter.drawLine(band.bottomLeft(), band.bottomRight());
            }
        }
    }

    // Session blocks.
    const QHash<QString, Severity> severities = worstSeverities(analysis);
    for (const WeekBlock &block : layout.blocks()) {
        if (block.sessionIndex < 0 || block.sessionIndex >= plan.sessions.size())
            continue;
        const Session &s = plan.sessions[block.sessionIndex];
        const QRectF r = blockRect(geometry, block);
        if (!r.intersects(body))
            continue;
        const auto it = severities.constFind(s.id);
        const bool dimmed = m_options.dimmedIds.contains(s.id);
        if (dimmed)
            painter.setOpacity(0.35);
        paintBlock(painter, r, s, block, it == severities.constEnd() ? nullptr : &*it, false);
        if (dimmed)
            painter.setOpacity(1.0);
    }

    // Ghosts of a drop or a move.
    if (!m_options.ghosts.isEmpty()) {
        const WeekLayout ghostLayout = WeekLayout::build(m_options.ghosts, plan, layout.week());
        for (const WeekBlock &block : ghostLayout.blocks()) {
            const Session &s = m_options.ghosts[block.sessionIndex];
            WeekBlock full = block;
            full.lane = 0;
            full.laneCount = 1;
            paintBlock(painter, blockRect(geometry, full), s, full, nullptr, true);
        }
    }
    painter.restore();
}

void WeekPainter::paintBlock(QPainter &painter, const QRectF &rect, const Session &s, const WeekBlock &block,
                             const Severity *severity, bool ghost) const
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
        painter.setPen(QPen(m_options.ghostOutline, 2.5, Qt::DashLine));
        painter.drawPath(path);
    } else {
        painter.fillPath(path, fill);
        // A darker left stripe keeps the kind readable even for light intensities.
        QColor stripe = s.kind == Kind::Strength ? m_options.strength
            : s.kind == Kind::Cardio             ? m_options.cardio
                                                 : m_options.mobility;
        painter.save();
        painter.setClipPath(path);
        painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), stripe.darker(115));
        painter.restore();
        if (m_options.selectedIds.contains(s.id)) {
            painter.setPen(QPen(m_options.selection, 2.5));
            painter.drawPath(path);
        } else if (s.id == m_options.hoveredId) {
            painter.setPen(QPen(m_options.text, 1));
            painter.drawPath(path);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);

    // Text: title, then time; one line when the block is short, in a smaller font when
    // even one line does not fit, so a 20-minute session still says what it is.
    const QColor textColor = isDark(fill) ? QColor(Qt::white) : QColor(0x1b, 0x1f, 0x24);
    const double badge = severity ? std::clamp(rect.height() - 3, 0.0, 14.0) : 0;
    const QRectF textRect = rect.adjusted(6, 1, -(3 + (badge >= 6 ? badge + 2 : 0)), -1);
    if (textRect.width() > 12 && textRect.height() >= 7) {
        QFont titleFont = painter.font();
        titleFont.setBold(true);
        QFontMetricsF fm(titleFont);
        const QString title = s.displayTitle();
        const int end = (s.startMinute + s.durationMin) % kMinutesPerDay;
        QString time = clockText(s.startMinute) + u"–"_s + clockText(end);
        if (block.continuesFromPreviousDay)
            time = u"… "_s + time;
        painter.setPen(textColor);
        if (textRect.height() >= fm.height() * 2) {
            painter.setFont(titleFont);
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop,
                             fm.elidedText(title, Qt::ElideRight, textRect.width()));
            QFont timeFont = titleFont;
            timeFont.setBold(false);
            painter.setFont(timeFont);
            painter.drawText(textRect.adjusted(0, fm.height(), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                             QFontMetricsF(timeFont).elidedText(time, Qt::ElideRight, textRect.width()));
        } else {
            if (fm.height() > textRect.height() + 1) {
                titleFont.setPixelSize(std::max(7, int(textRect.height())));
                fm = QFontMetricsF(titleFont);
            }
            painter.setFont(titleFont);
            const QString line = title + u"  "_s + time;
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                             fm.elidedText(line, Qt::ElideRight, textRect.width()));
        }
    }

    if (severity && badge >= 6) {
        const QRectF circle(rect.right() - badge - 3, rect.top() + 3, badge, badge);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(Qt::white, 1.2));
        painter.setBrush(severityColor(*severity));
        painter.drawEllipse(circle);
        painter.setBrush(Qt::NoBrush);
        QFont badgeFont = painter.font();
        badgeFont.setBold(true);
        badgeFont.setPixelSize(std::max(6, int(badge * 0.75)));
        painter.setFont(badgeFont);
        painter.drawText(circle, Qt::AlignCenter, *severity == Severity::Info ? u"i"_s : u"!"_s);
    }
    painter.restore();
}

} // namespace ordo
