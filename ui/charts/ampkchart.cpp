// SPDX-License-Identifier: GPL-3.0-or-later

#include "ampkchart.h"

#include "enums.h"
#include "timeaxis.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// Geometry of the timeline inside a rectangle: a title line, seven rows, an hour axis and a
// legend line. Computed the same way for painting and for hit testing.
struct TimelineLayout
{
    QRectF title;
    QRectF plot; // the seven rows
    QRectF axis; // hour labels
    QRectF legend;
    double labelWidth = 0;
    double rowHeight = 0;

    TimelineLayout(const QRectF &rect, const QFontMetricsF &fm)
    {
        const double line = fm.height();
        const double pad = line * 0.4;
        labelWidth = fm.horizontalAdvance(u"Wed"_s) + line;
        title = QRectF(rect.left(), rect.top(), rect.width(), line * 1.7);
        legend = QRectF(rect.left(), rect.bottom() - line * 1.4, rect.width(), line * 1.4);
        axis = QRectF(rect.left() + labelWidth, legend.top() - line * 1.3, rect.width() - labelWidth - pad,
                      line * 1.3);
        plot = QRectF(rect.left() + labelWidth, title.bottom(), rect.width() - labelWidth - pad,
                      axis.top() - title.bottom());
        rowHeight = plot.height() / kDaysPerWeek;
    }

    double x(double minute) const { return plot.left() + plot.width() * minute / kMinutesPerDay; }
    QRectF row(int day) const
    {
        return QRectF(plot.left(), plot.top() + day * rowHeight, plot.width(), rowHeight);
    }
    QRectF range(int day, int start, int end) const
    {
        const QRectF r = row(day);
        return QRectF(x(start), r.top() + r.height() * 0.12, x(end) - x(start), r.height() * 0.76);
    }
    QRectF session(int day, const TimelineSession &s) const
    {
        const QRectF r = row(day);
        // Cardio sits in the lower half of the row, lifting in the upper half, so a lift
        // marker inside a band is never hidden by the cardio that caused it.
        const double top
            = s.kind == Kind::Strength ? r.top() + r.height() * 0.2 : r.top() + r.height() * 0.55;
        return QRectF(x(s.startMinute), top, std::max(2.0, x(s.endMinute) - x(s.startMinute)),
                      r.height() * 0.25);
    }
};

// A session's title beside its block: where it goes, what it shows (possibly elided) and the
// full title (the tooltip of an elided one).
struct SessionLabel
{
    QRectF rect;
    QString text;
    QString title;
};

QFont labelFontOf(const QFont &font)
{
    QFont labelFont = font;
    labelFont.setPointSizeF(std::max(5.5, font.pointSizeF() * 0.85));
    return labelFont;
}

// Titles beside the blocks of row `d`, laid out so none overlaps another: a label ends before
// the next block of its own lane and before the next label it would run into in the other
// lane (the lanes' texts can be taller than the gap between them), and is elided to fit;
// a label with no room for a few letters is left out (its block's tooltip names it).
QList<SessionLabel> sessionLabels(const AmpkDayRow &row, int d, const TimelineLayout &layout,
                                  const QFontMetricsF &metrics)
{
    struct Candidate
    {
        double left;
        double centerY;
        double laneRight;
        QString title;
    };
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < row.sessions.size(); ++i) {
        const TimelineSession &s = row.sessions[i];
        const QRectF box = layout.session(d, s);
        double right = layout.plot.right();
        for (qsizetype j = i + 1; j < row.sessions.size(); ++j) {
            if ((row.sessions[j].kind == Kind::Strength) == (s.kind == Kind::Strength)) {
                right = layout.session(d, row.sessions[j]).left();
                break;
            }
        }
        candidates.append(
            { box.right() + metrics.averageCharWidth() * 0.6, box.center().y(), right, s.title });
    }
    QList<SessionLabel> out;
    const double h = metrics.height();
    for (const Candidate &c : candidates) {
        double right = c.laneRight;
        for (const Candidate &other : candidates) {
            if (&other != &c && std::abs(other.centerY - c.centerY) < h
                && (other.left > c.left || (other.left == c.left && &other > &c)))
                right = std::min(right, other.left - metrics.averageCharWidth());
        }
        const QString text = metrics.elidedText(c.title, Qt::ElideRight, right - c.left - 2);
        if (text.size() < 4)
            continue;
        out.append(
            { QRectF(c.left, c.centerY - h / 2, metrics.horizontalAdvance(text) + 2, h), text, c.title });
    }
    return out;
}

QFont fittedFont(QFont font, const QRectF &rect, const QPaintDevice *device)
{
    // Rows must stay readable when the dock is small: shrink the font down to 6 pt at most.
    const double rowHeight = rect.height() / 11.0;
    QFontMetricsF fm(font, device);
    while (fm.height() > rowHeight && font.pointSizeF() > 6) {
        font.setPointSizeF(font.pointSizeF() - 0.5);
        fm = QFontMetricsF(font, device);
    }
    return font;
}

// Alpha of the band at `minutesAfter` minutes after the cardio ended: docs/physiology.md 2.2,
// a = A0·exp(−t/τa), mapped so the tail (0.1·A0) is still visible.
double bandAlpha(const AmpkRange &r, double minutesAfter)
{
    const double a = r.tauMinutes > 0 ? r.peak * std::exp(-minutesAfter / r.tauMinutes) : r.peak;
    return 0.18 + 0.62 * std::clamp(a, 0.0, 1.0);
}

QColor blend(const QColor &base, const QColor &over, double alpha)
{
    return QColor::fromRgbF(float(base.redF() + (over.redF() - base.redF()) * alpha),
                            float(base.greenF() + (over.greenF() - base.greenF()) * alpha),
                            float(base.blueF() + (over.blueF() - base.blueF()) * alpha));
}

void drawLegendItem(QPainter *p, QPointF &at, const QFontMetricsF &fm, const QBrush &brush, const QPen &pen,
                    const QString &text, const QColor &textColour)
{
    const double h = fm.height() * 0.7;
    const QRectF swatch(at.x(), at.y() - h / 2, h * 1.6, h);
    p->setPen(pen);
    p->setBrush(brush);
    p->drawRect(swatch);
    p->setPen(textColour);
    const QRectF label(swatch.right() + h * 0.4, at.y() - fm.height() / 2, fm.horizontalAdvance(text) + 2,
                       fm.height());
    p->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, text);
    at.rx() = label.right() + fm.height();
}

} // namespace

AmpkChart::AmpkChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("AMPK-elevated windows"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_style = ChartStyle::fromPalette(palette(), font());
}

void AmpkChart::setData(const Plan &plan, const AmpkChartData &data)
{
    m_plan = plan;
    m_data = data;
    update();
}

void AmpkChart::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    update();
}

QSize AmpkChart::sizeHint() const
{
    return { 640, 300 };
}

QSize AmpkChart::minimumSizeHint() const
{
    return { 320, ChartStyle::kMinimumHeight };
}

QRectF AmpkChart::rangeRect(int day, int index) const
{
    if (day < 0 || day >= kDaysPerWeek || index < 0 || index >= m_data.rows[size_t(day)].ranges.size())
        return {};
    const TimelineLayout layout(rect(), QFontMetricsF(fittedFont(m_style.font, rect(), this), this));
    const AmpkRange &r = m_data.rows[size_t(day)].ranges[index];
    return layout.range(columnOfDay(m_data.weekStart, Day(day)), r.startMinute, r.endMinute);
}

QRectF AmpkChart::sessionRect(int day, int index) const
{
    if (day < 0 || day >= kDaysPerWeek || index < 0 || index >= m_data.rows[size_t(day)].sessions.size())
        return {};
    const TimelineLayout layout(rect(), QFontMetricsF(fittedFont(m_style.font, rect(), this), this));
    return layout.session(columnOfDay(m_data.weekStart, Day(day)), m_data.rows[size_t(day)].sessions[index]);
}

QList<QRectF> AmpkChart::labelRects(int day) const
{
    if (day < 0 || day >= kDaysPerWeek)
        return {};
    const QFont font = fittedFont(m_style.font, rect(), this);
    const TimelineLayout layout(rect(), QFontMetricsF(font, this));
    QList<QRectF> out;
    for (const SessionLabel &label :
         sessionLabels(m_data.rows[size_t(day)], columnOfDay(m_data.weekStart, Day(day)), layout,
                       QFontMetricsF(labelFontOf(font), this)))
        out << label.rect;
    return out;
}

QString AmpkChart::toolTipAt(const QPointF &pos) const
{
    const TimelineLayout layout(rect(), QFontMetricsF(fittedFont(m_style.font, rect(), this), this));
    const int rowIndex = int((pos.y() - layout.plot.top()) / layout.rowHeight);
    if (pos.y() < layout.plot.top() || rowIndex < 0 || rowIndex >= kDaysPerWeek)
        return {};
    const AmpkDayRow &row = m_data.rows[size_t(dayAtColumn(m_data.weekStart, rowIndex))];
    QStringList parts;
    // An elided title shows in full under the pointer.
    const QFont font = fittedFont(m_style.font, rect(), this);
    for (const SessionLabel &label :
         sessionLabels(row, rowIndex, layout, QFontMetricsF(labelFontOf(font), this))) {
        if (label.text != label.title && label.rect.contains(pos))
            parts << u"<b>"_s + label.title.toHtmlEscaped() + u"</b>"_s;
    }
    for (const TimelineSession &s : row.sessions) {
        if (!layout.session(rowIndex, s).adjusted(-3, -3, 3, 3).contains(pos))
            continue;
        QString text = u"<b>"_s + s.title.toHtmlEscaped() + u"</b> "_s
            + formatTimeRange(s.startMinute, s.endMinute, m_data.clock);
        if (s.insideWindow) {
            text += u"<br>"_s
                + tr("Starts inside the AMPK-elevated window after %1: the lifting signal may be blunted.")
                      .arg(s.windowCardioTitle.toHtmlEscaped());
        }
        parts << text;
    }
    for (const AmpkRange &r : row.ranges) {
        if (!layout.range(rowIndex, r.startMinute, r.endMinute).contains(pos))
            continue;
        const TimeAxis axis(m_plan);
        auto at = [&](int minute) { return formatWhen(m_plan, axis.wrap(minute), m_data.clock); };
        parts << tr("<b>AMPK-elevated window</b> %1 – %2<br>after %3 (%4, %5 min)<br>%6<br>"
                    "A model estimate: studies in people show a return to baseline within about 3 hours")
                     .arg(at(r.windowStartAxis), at(r.windowEndAxis), r.cardioTitle.toHtmlEscaped(),
                          displayName(r.intensity))
                     .arg(r.cardioDurationMin)
                     .arg(r.formula.toHtmlEscaped());
    }
    return parts.join(u"<hr>"_s);
}

void AmpkChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintChart(&p, rect(), m_data, m_style);
}

bool AmpkChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_style = ChartStyle::fromPalette(palette(), font());
    return QWidget::event(event);
}

void AmpkChart::paintChart(QPainter *p, const QRectF &rect, const AmpkChartData &data,
                           const ChartStyle &style)
{
    p->save();
    const QFont font = fittedFont(style.font, rect, p->device());
    p->setFont(font);
    const QFontMetricsF fm(font, p->device());
    const TimelineLayout layout(rect, fm);
    p->fillRect(rect, style.theme.color(Theme::Background));

    QFont titleFont = style.titleFont;
    titleFont.setPointSizeF(font.pointSizeF());
    p->setFont(titleFont);
    p->setPen(style.theme.color(Theme::Text));
    p->drawText(layout.title, Qt::AlignHCenter | Qt::AlignVCenter,
                tr("Week %1 · estimated AMPK-elevated windows after cardio").arg(data.week + 1));
    p->setFont(font);

    // Grid lines are horizontal or vertical: drawn without antialiasing they look the same,
    // and Qt's raster engine draws an antialiased line a pixel or two at a time, which made
    // them most of a repaint during a drag (docs/performance.md).
    const bool antialiased = p->testRenderHint(QPainter::Antialiasing);
    auto gridLine = [&](const QPointF &a, const QPointF &b) {
        p->setRenderHint(QPainter::Antialiasing, false);
        p->setPen(QPen(style.theme.color(Theme::GridLine), 1));
        p->drawLine(a, b);
        p->setRenderHint(QPainter::Antialiasing, antialiased);
    };
    // Hour grid and labels every 3 h.
    const double line = fm.height();
    for (int h = 0; h <= 24; h += 3) {
        const double x = layout.x(h * 60);
        gridLine(QPointF(x, layout.plot.top()), QPointF(x, layout.plot.bottom()));
        p->setPen(style.theme.color(Theme::Text));
        const QString label = formatTime(h * 60, data.clock);
        const double w = fm.horizontalAdvance(label);
        const double left = std::clamp(x - w / 2, layout.axis.left() - layout.labelWidth, rect.right() - w);
        p->drawText(QRectF(left, layout.axis.top(), w + 1, line * 1.2), Qt::AlignCenter,
                    h == 24 ? u"24:00"_s : label);
    }

    for (int d = 0; d < kDaysPerWeek; ++d) { // d is the row; rows follow the week's first day
        const AmpkDayRow &row = data.rows[size_t(dayAtColumn(data.weekStart, d))];
        const QRectF r = layout.row(d);
        gridLine(r.bottomLeft(), r.bottomRight());
        p->setPen(style.theme.color(Theme::Text));
        p->drawText(QRectF(rect.left(), r.top(), layout.labelWidth - line * 0.4, r.height()),
                    Qt::AlignRight | Qt::AlignVCenter, displayName(row.day));

        for (const AmpkRange &range : row.ranges) {
            const QRectF band = layout.range(d, range.startMinute, range.endMinute);
            QLinearGradient gradient(band.topLeft(), band.topRight());
            const int span = range.endMinute - range.startMinute;
            for (int i = 0; i <= 8; ++i) {
                // Opaque stops blended over the background: Qt's PDF engine ignores the alpha
                // of gradient stops, so translucent stops would print as solid colour.
                const double a = bandAlpha(range, range.minutesAfterCardio + span * i / 8.0);
                gradient.setColorAt(
                    i / 8.0, blend(style.theme.color(Theme::Background), style.theme.color(Theme::Ampk), a));
            }
            p->setPen(Qt::NoPen);
            p->setBrush(gradient);
            p->drawRect(band);
            p->setPen(QPen(style.theme.color(Theme::Ampk).darker(140), 1, Qt::DotLine));
            p->setBrush(Qt::NoBrush);
            p->drawRect(band);
        }
        for (const TimelineSession &s : row.sessions) {
            const QRectF box = layout.session(d, s);
            QColor fill = style.theme.kind(s.kind);
            if (s.insideWindow)
                fill = style.theme.color(Theme::HighLoad);
            p->setPen(QPen(fill.darker(150), 1));
            p->setBrush(fill);
            p->drawRect(box);
            if (s.kind == Kind::Strength) {
                // A downward triangle marks the start of each lifting session.
                const double size = std::max(4.0, r.height() * 0.18);
                QPainterPath triangle;
                triangle.moveTo(box.left() - size / 2, box.top() - size);
                triangle.lineTo(box.left() + size / 2, box.top() - size);
                triangle.lineTo(box.left(), box.top());
                triangle.closeSubpath();
                p->drawPath(triangle);
            }
        }
        // Titles beside the blocks: a reader sees which session caused or suffers a window
        // without hovering; none overlaps another (sessionLabels()).
        const QFont labelFont = labelFontOf(font);
        p->setFont(labelFont);
        p->setPen(style.theme.color(Theme::Text));
        for (const SessionLabel &label : sessionLabels(row, d, layout, QFontMetricsF(labelFont, p->device())))
            p->drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
        p->setFont(font);
    }

    // Legend.
    QPointF at(layout.plot.left(), layout.legend.center().y());
    const QColor band = blend(style.theme.color(Theme::Background), style.theme.color(Theme::Ampk), 0.55);
    drawLegendItem(p, at, fm, band, QPen(style.theme.color(Theme::Ampk).darker(140), 1, Qt::DotLine),
                   tr("AMPK window (model)"), style.theme.color(Theme::Text));
    drawLegendItem(p, at, fm, style.theme.color(Theme::Cardio),
                   QPen(style.theme.color(Theme::Cardio).darker(150)), tr("Cardio"),
                   style.theme.color(Theme::Text));
    drawLegendItem(p, at, fm, style.theme.color(Theme::Strength),
                   QPen(style.theme.color(Theme::Strength).darker(150)), tr("Lifting"),
                   style.theme.color(Theme::Text));
    drawLegendItem(p, at, fm, style.theme.color(Theme::HighLoad),
                   QPen(style.theme.color(Theme::HighLoad).darker(150)), tr("Lifting inside a window"),
                   style.theme.color(Theme::Text));
    p->restore();
}

} // namespace ordo
