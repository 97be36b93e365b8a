// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "textcache.h"

#include "analysis.h"
#include "availability.h"
#include "plan.h"
#include "theme/theme.h"
#include "weekgeometry.h"
#include "weeklabels.h"
#include "weeklayout.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QSet>
#include <QString>

class QPainter;
class QPalette;

// Paints one plan week as a grid: day columns with localized names, an hour axis, AMPK
// bands, and session blocks coloured by kind, shaded by intensity, with title, time and a
// severity badge; overlapping sessions side by side, sessions past midnight continued on
// the next day. Paints on any QPainter: the week view (scrolling, in parts) and the PDF
// and print exporters (whole week in a rectangle) share it, so they always look alike.
namespace ordo {

struct WeekPainterOptions
{
    QLocale locale;
    bool clock24 = true;
    bool showAmpkBands = true;
    Day weekStart = Day::Mon;

    Theme theme = Theme::light();

    QSet<QString> selectedIds;
    QSet<QString> dimmedIds; // sessions being moved: drawn faintly under their ghosts
    QList<Session> ghosts; // drop or move preview, drawn at their (new) places
    Theme::Role ghostOutline = Theme::Positive; // or the severity the drop would add
    QString hoveredId;
    QSet<QString> markedIds; // sessions outlined as changed (the arrange preview)
    // Best-slot hints of the shown week while a drag goes on (BestSlotHints::tints): one colour
    // per quarter hour, day by day from Monday 00:00, painted under the blocks and the ghosts.
    QList<QColor> slotTints;

    // Colours from Theme::forPalette (light or dark).
    static WeekPainterOptions fromPalette(const QPalette &palette);
};

class WeekPainter
{
public:
    explicit WeekPainter(WeekPainterOptions options = {});

    WeekPainterOptions &options() { return m_options; }
    const WeekPainterOptions &options() const { return m_options; }

    // The whole week (header, hour axis, grid) in `rect`, hours [firstHour, lastHour).
    void paintWeek(QPainter &painter, const QRectF &rect, const Plan &plan, const Analysis &analysis,
                   int week, int firstHour, int lastHour) const;

    // Parts, for a view that scrolls the grid under a fixed header and axis.
    static double headerHeight(const QFont &font);
    // Wide enough for the hour labels in the chosen clock.
    double axisWidth(const QFont &font) const;
    // Day names, with their dates when the plan has a start date ("Mon 5 Jan"), and each
    // day's load.
    void paintHeader(QPainter &painter, const QRectF &rect, const WeekGeometry &geometry, const Plan &plan,
                     const Analysis &analysis, int week) const;
    void paintTimeAxis(QPainter &painter, const QRectF &rect, const WeekGeometry &geometry) const;
    // Grid lines, AMPK bands, blocks and ghosts, clipped to geometry.body() and to the clip
    // the painter has (blocks outside it are skipped). `labelsOfLayout`: the labels() of
    // `layout`, when the caller keeps them; computed here otherwise.
    void paintBody(QPainter &painter, const WeekGeometry &geometry, const WeekLayout &layout,
                   const Plan &plan, const Analysis &analysis,
                   const QList<BlockLabel> *labelsOfLayout = nullptr) const;

    // The plan's availability on the shown week (docs/plan-format.md, "Availability"): time
    // outside the day's windows shaded, windows for some kinds only edged in those kinds'
    // colours. Part of paintBody, under the AMPK bands and the blocks.
    void paintAvailability(QPainter &painter, const WeekGeometry &geometry, const Plan &plan, int week) const;
    // The busy times of the shown week: filled, hatched, with their summary (over the AMPK bands).
    void paintBusyTimes(QPainter &painter, const WeekGeometry &geometry, const Plan &plan, int week) const;
    // The parts of a day outside its windows, sorted; none when the day is unrestricted.
    static QList<MinuteRange> unavailableRanges(const Plan &plan, int week, Day day);

    // The current time: a line across `day`'s column at `minute`, with a dot at its start.
    void paintNowLine(QPainter &painter, const WeekGeometry &geometry, Day day, int minute) const;
    // The slot tints of the options (best-slot hints), one band per run of equal colours.
    void paintSlotTints(QPainter &painter, const WeekGeometry &geometry) const;
    // The picked free slot, a quarter hour outlined in the selection colour.
    void paintSlot(QPainter &painter, const WeekGeometry &geometry, Day day, int minute) const;
    // A short text in a box at the centre of `body` (nothing for an empty text).
    void paintHint(QPainter &painter, const QRectF &body, const QString &text) const;

    // Rectangle of a block (its lane within the column), as painted and hit-tested.
    static QRectF blockRect(const WeekGeometry &geometry, const WeekBlock &block);
    // Where the ghosts of options().ghosts are painted on plan week `week` (outline not included).
    QList<QRectF> ghostRects(const WeekGeometry &geometry, const Plan &plan, int week) const;
    // What each block of `layout` says and where, painted in `font` (see WeekLabels).
    QList<BlockLabel> labels(const WeekGeometry &geometry, const WeekLayout &layout, const Plan &plan,
                             const Analysis &analysis, const QFont &font) const;
    QColor sessionColor(const Session &session) const;
    // The mark of a key session (docs/plan-format.md, "priority") on its block or mark.
    void paintKeyMark(QPainter &painter, const QRectF &block) const;
    QColor kindColor(Kind kind) const;
    QColor severityColor(Severity severity) const;
    QString clockText(int minuteOfDay) const;
    // Worst severity of the visible (not hidden-by-default) findings per session id.
    static QHash<QString, Severity> worstSeverities(const Analysis &analysis);

private:
    void paintBlock(QPainter &painter, const QRectF &rect, const Session &session, bool ghost) const;
    void paintLabel(QPainter &painter, const BlockLabel &label, const Session &session,
                    const Severity *severity) const;
    void paintPin(QPainter &painter, const QRectF &block, const QColor &color) const;

    WeekPainterOptions m_options;
    // Shaped texts and the hour axis width, kept between paints (docs/performance.md).
    mutable TextCache m_text;
    mutable QString m_axisKey;
    mutable double m_axisWidth = 0;
    mutable QImage m_pin; // the pin, tinted, for the last colour and size asked
    mutable QString m_pinKey;
};

} // namespace ordo
