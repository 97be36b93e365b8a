// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "plan.h"
#include "weekgeometry.h"
#include "weeklayout.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

// What each session block of a week says and where: the title first, in as many lines as the
// block holds, then its time; a block too short or too narrow for its title keeps a compact
// coloured marker and gets a "title · 20 min" callout next to it (below, or above where the
// time below is taken). The week painter draws these labels and the tests read them, so what
// is checked is what is painted.
namespace ordo {

enum class SeverityMark { None, Badge, Stripe };

struct BlockLabel
{
    QString sessionId;
    QString title; // the full title
    QRectF block; // the block as painted and hit-tested
    QRectF text; // where the lines go: inside the block, or the callout
    bool callout = false;
    QFont font; // bold title font; the detail uses the same size in normal weight
    double lineHeight = 0;
    QStringList titleLines; // as drawn; the last ends in "…" when the title is cut
    QString detail; // time span or duration; empty when there is no room for it
    bool detailInline = false; // after the title on the same line ("Yoga · 30 min")
    SeverityMark mark = SeverityMark::None;
    QRectF markRect;

    // How many leading characters of the title the lines show (the ellipsis not counted).
    int shownTitleChars() const;
    // The callout's box as painted (empty for a label inside its block).
    QRectF calloutRect() const { return callout ? text.adjusted(-4, -1, 4, 1) : QRectF(); }
    bool operator==(const BlockLabel &) const = default;
};

class WeekLabels
{
public:
    using ClockText = std::function<QString(int minuteOfDay)>;

    // Labels of every block of `layout` (same order), for blocks painted in `font`.
    static QList<BlockLabel> build(const WeekGeometry &geometry, const WeekLayout &layout, const Plan &plan,
                                   const QHash<QString, Severity> &severities, const QFont &font,
                                   const ClockText &clock);
    // The label of a block laid out on its own, always inside it (drag ghosts).
    static BlockLabel inside(const QRectF &block, const Session &session, const WeekBlock &segment,
                             bool hasSeverity, const QFont &font, const ClockText &clock);
    // The pixels per minute at which an hour-long block holds two lines of `font`.
    static double readablePixelsPerMinute(const QFont &font);
};

} // namespace ordo
