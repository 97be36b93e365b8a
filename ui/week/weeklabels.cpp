// SPDX-License-Identifier: GPL-3.0-or-later

#include "weeklabels.h"

#include "enums.h"
#include "weekpainter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

constexpr double kPadLeft = 6; // the kind stripe (3 px) and a gap
constexpr double kPadRight = 3;
constexpr double kPadTop = 1;
constexpr double kStripeWidth = 4; // severity stripe along the right edge
constexpr int kCalloutLines = 2;
// A label that shows fewer characters of its title than this moves to a callout.
constexpr int kLegibleChars = 12;
const QString kEllipsis = u"…"_s;

struct Wrapped
{
    QStringList lines;
    bool cut = false;
};

// `text` in at most `maxLines` lines (the first `firstWidth` wide, the others `width`),
// breaking between words where it can; the last line is elided when text remains.
Wrapped layOut(const QString &text, const QFont &font, double firstWidth, double width, int maxLines);

// The labels are rebuilt on every repaint, also on every hover step of a drag, with mostly the
// same titles at the same widths: the lines are remembered (docs/performance.md, "Hover").
Wrapped wrap(const QString &text, const QFont &font, double firstWidth, double width, int maxLines)
{
    static QHash<QString, Wrapped> remembered;
    const QString key = u"%1|%2|%3|%4|"_s.arg(font.key()).arg(firstWidth).arg(width).arg(maxLines) + text;
    const auto it = remembered.constFind(key);
    if (it != remembered.constEnd())
        return *it;
    if (remembered.size() >= 4000)
        remembered.clear();
    const Wrapped out = layOut(text, font, firstWidth, width, maxLines);
    remembered.insert(key, out);
    return out;
}

Wrapped layOut(const QString &text, const QFont &font, double firstWidth, double width, int maxLines)
{
    Wrapped out;
    if (maxLines <= 0 || firstWidth <= 0 || width <= 0) {
        out.cut = !text.isEmpty();
        return out;
    }
    const QFontMetricsF metrics(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const double lineWidth = out.lines.isEmpty() ? firstWidth : width;
        line.setLineWidth(lineWidth);
        if (out.lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart()).trimmed();
            const QString elided = metrics.elidedText(rest, Qt::ElideRight, lineWidth);
            out.cut = elided != rest;
            out.lines.append(elided == kEllipsis ? QString() : elided);
            break;
        }
        out.lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    out.lines.removeAll(QString());
    return out;
}

QString timeSpan(const Session &s, const WeekBlock &segment, const WeekLabels::ClockText &clock)
{
    const int end = (s.startMinute + s.durationMin) % kMinutesPerDay;
    const QString span = clock(s.startMinute) + u"–"_s + clock(end);
    return segment.continuesFromPreviousDay ? u"… "_s + span : span;
}

// Whether "title · detail" fits in `width`: the title in the bold font, the rest in normal weight.
bool fitsInline(const QString &title, const QString &detail, const QFont &font, double width)
{
    QFont normal = font;
    normal.setBold(false);
    return QFontMetricsF(font).horizontalAdvance(title)
        + QFontMetricsF(normal).horizontalAdvance(u" · "_s + detail)
        <= width;
}

int legibleChars(const QString &title)
{
    return std::min(int(title.size()), kLegibleChars);
}

// The callout of a block whose own rectangle is too small: up to two lines across the day
// column (`column`), the duration after the title where it fits; `top` is where its text starts.
BlockLabel callout(const BlockLabel &inside, const Session &s, const QRectF &column, double top)
{
    BlockLabel label = inside;
    label.callout = true;
    label.detail.clear();
    label.detailInline = false;
    const double width = column.width() - 8;
    const Wrapped title = wrap(inside.title, label.font, width, width, kCalloutLines);
    label.titleLines = title.lines;
    if (!title.cut && !title.lines.isEmpty()) {
        if (fitsInline(title.lines.last(), formatDuration(s.durationMin), label.font, width)) {
            label.detail = formatDuration(s.durationMin);
            label.detailInline = true;
        }
    }
    const double height = std::max<qsizetype>(1, label.titleLines.size()) * label.lineHeight + 2;
    label.text = QRectF(column.left() + 4, top, width, height);
    return label;
}

} // namespace

int BlockLabel::shownTitleChars() const
{
    // Walk the title and the lines together; spaces where a line broke do not count.
    QString shown = titleLines.join(QString());
    if (shown.endsWith(kEllipsis))
        shown.chop(kEllipsis.size());
    int matched = 0;
    int j = 0;
    for (int i = 0; i < title.size(); ++i) {
        if (j < shown.size() && shown[j] == title[i]) {
            ++j;
            matched = i + 1;
        } else if (!title[i].isSpace()) {
            break;
        }
    }
    return j == shown.size() ? matched : 0;
}

BlockLabel WeekLabels::inside(const QRectF &block, const Session &session, const WeekBlock &segment,
                              bool hasSeverity, const QFont &font, const ClockText &clock)
{
    BlockLabel label;
    label.sessionId = session.id;
    label.title = session.displayTitle();
    label.block = block;
    label.font = font;
    label.font.setBold(true);
    const QFontMetricsF metrics(label.font);
    label.lineHeight = std::ceil(metrics.height());
    QRectF text = block.adjusted(kPadLeft, kPadTop, -kPadRight, -1);
    // A line's box has some leading: a block a few pixels shorter still shows the line.
    const int lines = int((text.height() + 3) / label.lineHeight);
    double firstWidth = text.width();
    if (hasSeverity) {
        // A round badge where there is room for it beside the title, else a stripe.
        const double badge = std::min(14.0, label.lineHeight - 1);
        if (lines >= 2 && text.width() >= 4 * badge) {
            label.mark = SeverityMark::Badge;
            label.markRect = QRectF(block.right() - badge - 3, block.top() + 3, badge, badge);
            firstWidth -= badge + 3;
        } else {
            label.mark = SeverityMark::Stripe;
            label.markRect = QRectF(block.right() - kStripeWidth, block.top(), kStripeWidth, block.height());
            text.setRight(text.right() - kStripeWidth);
            firstWidth = text.width();
        }
    }
    label.text = text;
    if (lines < 1)
        return label;
    const Wrapped title = wrap(label.title, label.font, firstWidth, text.width(), lines);
    label.titleLines = title.lines;
    if (title.cut || title.lines.isEmpty())
        return label;
    const QString span = timeSpan(session, segment, clock);
    if (title.lines.size() < lines) {
        QFont detailFont = label.font;
        detailFont.setBold(false);
        const QString elided = QFontMetricsF(detailFont).elidedText(span, Qt::ElideRight, text.width());
        if (elided != kEllipsis)
            label.detail = elided;
        return label;
    }
    const double lastWidth = title.lines.size() == 1 ? firstWidth : text.width();
    const QString duration = formatDuration(session.durationMin);
    if (fitsInline(title.lines.last(), duration, label.font, lastWidth)) {
        label.detail = duration;
        label.detailInline = true;
    }
    return label;
}

QList<BlockLabel> WeekLabels::build(const WeekGeometry &geometry, const WeekLayout &layout, const Plan &plan,
                                    const QHash<QString, Severity> &severities, const QFont &font,
                                    const ClockText &clock)
{
    QList<BlockLabel> labels;
    const QList<WeekBlock> &blocks = layout.blocks();
    labels.reserve(blocks.size());
    // The space a callout may take: not over another block or an earlier callout, and inside
    // its day.
    QList<QRectF> taken;
    for (const WeekBlock &b : blocks)
        taken.append(WeekPainter::blockRect(geometry, b));
    auto isFree = [&](const QRectF &box, const QRectF &own) {
        const QRectF day(box.left(), geometry.yOfMinute(0), box.width(),
                         geometry.yOfMinute(kMinutesPerDay) - geometry.yOfMinute(0));
        if (!day.contains(box))
            return false;
        const QRectF probe = box.adjusted(0.5, 0.5, -0.5, -0.5);
        return std::none_of(taken.cbegin(), taken.cend(),
                            [&](const QRectF &r) { return r != own && r.intersects(probe); });
    };
    // Where a callout of `label` can go: below its block, above it, or, where the room above
    // ends at another block or callout, slid down from there over the top of its own block.
    auto freePlace
        = [&](const BlockLabel &label, const Session &s, const QRectF &column) -> std::optional<BlockLabel> {
        const QRectF &own = label.block;
        const BlockLabel below = callout(label, s, column, own.bottom() + 2);
        if (isFree(below.calloutRect(), own))
            return below;
        BlockLabel above = callout(label, s, column, 0);
        above.text.moveBottom(own.top() - 2);
        if (isFree(above.calloutRect(), own))
            return above;
        double ceiling = geometry.yOfMinute(0);
        for (const QRectF &r : std::as_const(taken)) {
            if (r != own && r.bottom() <= own.bottom() && r.right() > column.left()
                && r.left() < column.right())
                ceiling = std::max(ceiling, r.bottom());
        }
        BlockLabel tucked = above;
        tucked.text.moveTop(std::max(above.text.top(), ceiling + 2));
        if (tucked.text.top() < own.bottom() && isFree(tucked.calloutRect(), own))
            return tucked;
        return std::nullopt;
    };
    // Callouts placed so far: the label, its box in `taken`, and the place on the other side of
    // its block it could take instead.
    struct Placed
    {
        qsizetype label;
        qsizetype box;
        BlockLabel other;
    };
    QList<Placed> placed;
    // Blocks come sorted by day and start (WeekLayout), so callouts are placed in time order.
    for (const WeekBlock &b : blocks) {
        if (b.sessionIndex < 0 || b.sessionIndex >= plan.sessions.size()) {
            labels.append(BlockLabel {});
            continue;
        }
        const Session &s = plan.sessions[b.sessionIndex];
        const QRectF rect = WeekPainter::blockRect(geometry, b);
        BlockLabel label = inside(rect, s, b, severities.contains(s.id), font, clock);
        if (label.shownTitleChars() < legibleChars(label.title)) {
            const QRectF column = geometry.rectFor(geometry.columnOfDay(b.day), 0, 1).adjusted(2, 0, -3, 0);
            std::optional<BlockLabel> place = freePlace(label, s, column);
            // No room: the latest callout in this day may move to the other side of its block
            // and make some (a short session dropped before a warm-up took the room above it).
            for (qsizetype p = placed.size() - 1; !place && p >= 0; --p) {
                Placed &earlier = placed[p];
                const BlockLabel &shown = labels[earlier.label];
                if (shown.block.right() <= column.left() || shown.block.left() >= column.right())
                    continue;
                const QRectF box = taken[earlier.box];
                taken[earlier.box] = QRectF();
                if (isFree(earlier.other.calloutRect(), shown.block)) {
                    taken[earlier.box] = earlier.other.calloutRect();
                    place = freePlace(label, s, column);
                    if (place) {
                        std::swap(labels[earlier.label], earlier.other);
                        break;
                    }
                }
                taken[earlier.box] = box;
                break; // only the latest one: an earlier one is further away
            }
            if (place) {
                BlockLabel other = callout(label, s, column, rect.bottom() + 2);
                if (place->text.top() > rect.bottom()) { // below: the other side is above
                    other = callout(label, s, column, 0);
                    other.text.moveBottom(rect.top() - 2);
                }
                placed.append({ labels.size(), taken.size(), other });
                label = *place;
            } else { // nowhere free: over the block, painted on top of its neighbours
                label = callout(label, s, column, rect.top() + 1);
            }
            taken.append(label.calloutRect());
        }
        labels.append(label);
    }
    return labels;
}

double WeekLabels::readablePixelsPerMinute(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return (2 * std::ceil(QFontMetricsF(bold).height()) + kPadTop + 3) / 60.0;
}

} // namespace ordo
