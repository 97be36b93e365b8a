// SPDX-License-Identifier: GPL-3.0-or-later

#include "printlayout.h"

#include "charts/ampkchart.h"
#include "charts/chartdata.h"
#include "charts/chartstyle.h"
#include "charts/fitnesschart.h"
#include "charts/loadchart.h"
#include "charts/regionrecoverychart.h"
#include "enums.h"
#include "phase.h"
#include "physiology.h"
#include "plandates.h"
#include "ruletitles.h"
#include "season/seasonpainter.h"
#include "week/weekpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// Ligatures ("ﬁ", "ﬀ") come out of pdftotext and viewers' search as single characters, so
// "fix" would not be found. Qt 6.4 has no font-feature switch; PreferNoShaping skips
// shaping (and so ligatures) for scripts that do not need it, such as Latin.
QFont withoutLigatures(QFont font)
{
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont documentFont(double pointSize, bool bold = false)
{
    // DejaVu ships with the app's dependencies (fonts-dejavu-core) and is embedded by QPdfWriter.
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return withoutLigatures(font);
}

QString profileLine(const Plan &plan)
{
    const Profile &p = plan.profile;
    QStringList parts;
    parts << PrintLayout::tr("Goal: %1").arg(displayName(p.goal)) << displayName(p.experience)
          << PrintLayout::tr("%1 kg").arg(QLocale().toString(p.bodyMassKg))
          << PrintLayout::tr("%1 years").arg(p.age);
    if (p.sex != Sex::Unspecified)
        parts << displayName(p.sex);
    return parts.join(u" · "_s);
}

QString summaryLine(const Plan &plan, const Summary &s)
{
    const QString per = plan.weeks > 1 ? PrintLayout::tr("Average week: ") : PrintLayout::tr("Week: ");
    return per
        + PrintLayout::tr("%1 lifting, %2 cardio, %3 mobility sessions · cardio %4 min easy, %5 min "
                          "moderate, %6 min HIIT "
                          "· "
                          "%7 · ≈ %8 kcal")
              .arg(s.strengthSessions)
              .arg(s.cardioSessions)
              .arg(s.mobilitySessions)
              .arg(s.cardioMinutesEasy)
              .arg(s.cardioMinutesModerate)
              .arg(s.cardioMinutesHiit)
              .arg(PrintLayout::tr("%n rest days", nullptr, s.restDays))
              .arg(QLocale().toString(physiology::displayedKcal(s.kcal)));
}

// The hours shown in a week's grid: the default 06–22 widened to hold every session and
// AMPK window of that week.
std::pair<int, int> gridHours(const Plan &plan, const Analysis &analysis, int week)
{
    int first = 6 * 60, last = 22 * 60;
    for (const Session &s : plan.sessions) {
        if (s.week != week)
            continue;
        first = std::min(first, s.startMinute);
        last = std::max(last, std::min(kMinutesPerDay, s.startMinute + s.durationMin));
        if (s.startMinute + s.durationMin > kMinutesPerDay)
            first = 0; // the continuation after midnight starts the next day at 00:00
    }
    for (int d = 0; d < kDaysPerWeek; ++d) {
        const int index = week * kDaysPerWeek + d;
        if (index >= analysis.days.size())
            break;
        for (const DayWindow &w : analysis.days[index].ampkWindows) {
            first = std::min(first, w.startMinute);
            last = std::max(last, w.endMinute);
        }
    }
    return { first / 60, std::min(24, (last + 59) / 60) };
}

} // namespace

PrintLayout::PrintLayout(const Plan &plan, const Analysis &analysis, const PdfOptions &options)
    : m_plan(plan)
    , m_analysis(analysis)
    , m_options(options)
{
    m_titleFont = documentFont(17, true);
    m_headingFont = documentFont(12.5, true);
    m_bodyFont = documentFont(9.5);
    m_boldFont = documentFont(9.5, true);
    m_smallFont = documentFont(8);
    m_gridFont = documentFont(7);
}

QList<int> PrintLayout::weeks() const
{
    if (m_options.week)
        return { std::clamp(*m_options.week, 0, std::max(0, m_plan.weeks - 1)) };
    QList<int> all;
    for (int w = 0; w < m_plan.weeks; ++w)
        all << w;
    return all;
}

int PrintLayout::paint(QPagedPaintDevice *device, QPainter *painter)
{
    m_device = device;
    m_painter = painter;
    m_pageNumber = 0;
    startPage();
    const QList<int> shown = weeks();
    const bool season = m_plan.weeks >= 2 && !m_options.week;
    if (season)
        paintSeasonPage();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (i > 0 || season)
            nextPage();
        paintWeekPage(shown[i]);
    }
    nextPage();
    paintFindings();
    if (m_options.includeCharts) {
        for (int week : shown) {
            nextPage();
            paintChartsPage(week);
        }
        if (m_plan.weeks > 1) {
            nextPage();
            heading(tr("Fitness, fatigue and form"), m_headingFont);
            flowText(
                tr("Fitness (CTL) and fatigue (ATL) are exponentially weighted averages of the daily load "
                   "over 42 and 7 days; form (TSB) is their difference on the day before. A falling form "
                   "line "
                   "means fatigue is building faster than fitness."),
                m_smallFont, m_theme.color(Theme::MutedText), 0);
            m_y += 8;
            paintFitnessChart(
                QRectF(m_page.left(), m_y, m_page.width(), std::min(remaining(), m_page.height() * 0.5)));
        }
    }
    paintFooter();
    return m_pageNumber;
}

void PrintLayout::startPage()
{
    ++m_pageNumber;
    // Compute the page from the device's layout, not from the painter: after an orientation
    // change the painter's viewport keeps the old size (qt-on-debian.md 6).
    const int dpi = m_painter->device()->logicalDpiY();
    const QRect paintRect = m_device->pageLayout().paintRectPixels(dpi);
    const QRectF full(QPointF(0, 0), QSizeF(paintRect.size()));
    const double footerHeight = QFontMetricsF(m_smallFont, m_painter->device()).height() * 2;
    m_footer = QRectF(full.left(), full.bottom() - footerHeight, full.width(), footerHeight);
    m_page = QRectF(full.topLeft(), QSizeF(full.width(), full.height() - footerHeight));
    m_y = m_page.top();
    if (!m_continuedTitle.isEmpty()) {
        const QFontMetricsF fm(m_smallFont, m_painter->device());
        m_painter->save();
        m_painter->setFont(m_smallFont);
        m_painter->setPen(m_theme.color(Theme::MutedText));
        m_painter->drawText(QRectF(m_page.left(), m_y, m_page.width(), fm.height()),
                            Qt::AlignLeft | Qt::AlignTop, tr("%1 (continued)").arg(m_continuedTitle));
        m_painter->restore();
        m_y += fm.height() * 1.6;
    }
}

void PrintLayout::nextPage()
{
    paintFooter();
    m_device->newPage();
    startPage();
}

void PrintLayout::paintFooter()
{
    QPainter &p = *m_painter;
    p.save();
    p.setFont(m_smallFont);
    p.setPen(QPen(m_theme.color(Theme::GridLine), 0.8));
    const double top = m_footer.top() + m_footer.height() * 0.35;
    p.drawLine(QPointF(m_footer.left(), top), QPointF(m_footer.right(), top));
    p.setPen(m_theme.color(Theme::MutedText));
    const QFontMetricsF fm(m_smallFont, p.device());
    const QRectF line(m_footer.left(), top + 2, m_footer.width(), m_footer.bottom() - top - 2);
    const QString page = tr("Page %1").arg(m_pageNumber);
    p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, page);
    const QString left
        = fm.elidedText(m_plan.name + u" · "_s + tr("Ordo %1").arg(QStringLiteral(ORDO_VERSION)),
                        Qt::ElideMiddle, line.width() - fm.horizontalAdvance(page) - 20);
    p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
    p.restore();
}

double PrintLayout::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF fm(font, m_painter->device());
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

double PrintLayout::heading(const QString &text, const QFont &font)
{
    const double h = textHeight(text, font, m_page.width());
    if (h > remaining())
        nextPage();
    m_painter->setFont(font);
    m_painter->setPen(m_theme.color(Theme::Text));
    m_painter->drawText(QRectF(m_page.left(), m_y, m_page.width(), h), Qt::TextWordWrap, text);
    m_y += h + QFontMetricsF(font, m_painter->device()).height() * 0.3;
    return h;
}

void PrintLayout::flowText(const QString &text, const QFont &font, const QColor &colour, double indent)
{
    // Lines are laid out once and placed one by one, so a paragraph longer than the rest of
    // the page continues on the next one instead of being cut at the edge.
    const double width = m_page.width() - indent;
    QTextLayout layout(text, font, m_painter->device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<QTextLine> lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << line;
    }
    layout.endLayout();
    m_painter->setFont(font);
    m_painter->setPen(colour);
    for (const QTextLine &line : lines) {
        if (line.height() > remaining())
            nextPage();
        m_painter->setFont(font);
        m_painter->setPen(colour);
        QString piece = text.mid(line.textStart(), line.textLength());
        while (piece.endsWith(u'\n'))
            piece.chop(1);
        m_painter->drawText(QPointF(m_page.left() + indent, m_y + line.ascent()), piece);
        m_y += line.height();
    }
}

void PrintLayout::paintSeasonPage()
{
    QPainter &p = *m_painter;
    heading(m_plan.name, m_titleFont);
    QString subtitle = tr("Season overview · %n weeks", nullptr, m_plan.weeks);
    if (const QString first = weekRangeText(m_plan, 0, QLocale()); !first.isEmpty()) {
        const QString last = weekRangeText(m_plan, m_plan.weeks - 1, QLocale());
        subtitle += u" · "_s + tr("from %1 to %2").arg(first, last);
    }
    flowText(subtitle, m_bodyFont, m_theme.color(Theme::Text), 0);
    flowText(
        tr("One row per week. Each mark is a session in its day, coloured by its kind and shaded by its "
           "intensity as on the week pages, as tall as it is long (two hours fill the day) and outlined in "
           "the colour of its worst finding. Beside each week: its load (RPE × min), minutes of hard "
           "sessions, HIIT and lifting sessions, rest days, kcal and its worst finding."),
        m_smallFont, m_theme.color(Theme::MutedText), 0);
    m_y += 6;

    WeekPainterOptions options;
    options.locale = QLocale();
    options.clock24 = m_analysis.clock == ClockFormat::H24;
    options.theme = m_theme;
    SeasonPainter season;
    season.setColors(WeekPainter(options));
    season.setLocale(QLocale());
    season.setPlan(&m_plan, &m_analysis);
    // Sizes are given in screen pixels: scale them to the device, a little tighter than on
    // screen so the worst finding's column keeps room on a portrait page.
    season.setUnit(p.device()->logicalDpiY() / 96.0 * 0.8);
    p.save();
    p.setFont(m_smallFont);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(m_smallFont, p.device());
    const int width = int(m_page.width());
    const SeasonPainter::Columns columns = season.columns(fm, width);
    const int rowHeight = season.rowHeight(fm);
    const int headerHeight = season.headerHeight(fm);
    const QString title = tr("Season overview");
    bool header = true;
    for (int week = 0; week < m_plan.weeks; ++week) {
        if (m_y + (header ? headerHeight : 0) + rowHeight > m_page.bottom()) {
            p.restore();
            m_continuedTitle = title;
            nextPage();
            m_continuedTitle.clear();
            p.save();
            p.setFont(m_smallFont);
            p.setRenderHint(QPainter::Antialiasing);
            header = true;
        }
        if (header) {
            season.paintHeader(p, columns, QRect(int(m_page.left()), int(m_y), width, headerHeight));
            m_y += headerHeight;
            header = false;
        }
        season.paintRow(p, columns, week, QRect(int(m_page.left()), int(m_y), width, rowHeight), {});
        m_y += rowHeight;
    }
    p.restore();
}

void PrintLayout::paintWeekPage(int week)
{
    QPainter &p = *m_painter;
    heading(m_plan.name, m_titleFont);
    QString subtitle;
    if (m_plan.weeks > 1)
        subtitle = tr("Week %1 of %2").arg(week + 1).arg(m_plan.weeks);
    else
        subtitle = tr("One-week plan");
    // With a start date the week's own dates, as in the navigator: "Week 3 of 12 · 19–25 Jan".
    if (const QString dates = weekRangeText(m_plan, week, QLocale()); !dates.isEmpty())
        subtitle += u" · "_s + dates;
    if (const WeekPhase *phase = m_plan.phaseOf(week))
        subtitle += u" · "_s + phaseLabel(*phase);
    subtitle += m_plan.repeat ? tr(" · repeats") : tr(" · one-off block");
    flowText(subtitle + u" · "_s + profileLine(m_plan), m_bodyFont, m_theme.color(Theme::Text), 0);
    flowText(summaryLine(m_plan, m_analysis.summary), m_smallFont, m_theme.color(Theme::MutedText), 0);
    if (!m_plan.notes.isEmpty()) {
        // Notes stay short on the grid page: at most three lines, elided.
        const QFontMetricsF fm(m_smallFont, p.device());
        QString notes = m_plan.notes.simplified();
        const double maxHeight = fm.lineSpacing() * 3 + 1;
        if (textHeight(notes, m_smallFont, m_page.width()) > maxHeight) {
            while (notes.size() > 1 && textHeight(notes + u"…"_s, m_smallFont, m_page.width()) > maxHeight)
                notes.chop(std::max<qsizetype>(1, notes.size() / 20));
            notes += u"…"_s;
        }
        flowText(notes, m_smallFont, m_theme.color(Theme::MutedText), 0);
    }
    m_y += 8;

    // The grid takes what the agenda leaves, but never less than 45 % of the page.
    const QFontMetricsF small(m_smallFont, p.device());
    // A second legend line for the availability shading when the plan has availability.
    const double legendHeight = small.height() * (m_plan.availability ? 3.4 : 2.2);
    const QStringList agenda = agendaLines(week);
    const double columnGap = small.height() * 1.5;
    const double columnWidth = (m_page.width() - columnGap) / 2;
    const double agendaSpace
        = agenda.isEmpty() ? 0 : agendaHeight(agenda, columnWidth) + small.height() * 2.2;
    const double available = m_page.bottom() - m_y - legendHeight;
    const double gridHeight = std::max(available * 0.45, available - agendaSpace);
    const QRectF grid(m_page.left(), m_y, m_page.width(), gridHeight);
    WeekPainterOptions options;
    options.locale = QLocale();
    options.clock24 = m_analysis.clock == ClockFormat::H24;
    // Paper colours: an opaque AMPK band, since Qt's PDF engine draws translucent gradients
    // fully opaque (Theme::paper).
    options.theme = m_theme;
    WeekPainter painter(options);
    const auto [firstHour, lastHour] = gridHours(m_plan, m_analysis, week);
    p.save();
    p.setFont(m_gridFont);
    p.setRenderHint(QPainter::Antialiasing);
    painter.paintWeek(p, grid, m_plan, m_analysis, week, firstHour, lastHour);
    p.restore();
    paintLegend(QRectF(m_page.left(), grid.bottom(), m_page.width(), legendHeight));
    m_y = grid.bottom() + legendHeight + small.height() * 0.4;
    if (!agenda.isEmpty())
        paintAgenda(agenda, QRectF(m_page.left(), m_y, m_page.width(), m_page.bottom() - m_y));
    m_y = m_page.bottom();
}

QStringList PrintLayout::agendaLines(int week) const
{
    QStringList lines;
    for (const Session &s : m_plan.sessions) {
        if (s.week != week)
            continue;
        QString details;
        switch (s.kind) {
        case Kind::Strength:
            details = displayName(s.focus) + u", "_s + displayName(s.load).toLower();
            break;
        case Kind::Cardio:
            details = displayName(s.modality) + u", "_s + displayName(s.intensity);
            break;
        case Kind::Mobility:
            details = displayName(Kind::Mobility);
            break;
        }
        QString line = displayName(s.day) + u' '
            + formatTimeRange(s.startMinute, s.startMinute + s.durationMin, m_analysis.clock) + u"  "_s
            + s.displayTitle() + u"  ("_s + details + u", RPE "_s + QLocale().toString(s.effectiveRpe())
            + u')';
        // Said in words too, for a page printed without colour (docs/plan-format.md, "Session").
        if (s.priority == Priority::Key)
            line += u" · "_s + tr("key session");
        if (s.missed)
            line += u" · "_s + tr("missed");
        lines << line;
    }
    return lines;
}

double PrintLayout::agendaHeight(const QStringList &lines, double columnWidth) const
{
    double total = 0;
    for (const QString &line : lines)
        total += textHeight(line, m_smallFont, columnWidth);
    // Two columns: about half, plus the tallest line as slack for the uneven split.
    double tallest = 0;
    for (const QString &line : lines)
        tallest = std::max(tallest, textHeight(line, m_smallFont, columnWidth));
    return total / 2 + tallest;
}

void PrintLayout::paintAgenda(const QStringList &lines, const QRectF &area)
{
    QPainter &p = *m_painter;
    const QFontMetricsF small(m_smallFont, p.device());
    const double columnGap = small.height() * 1.5;
    double columnWidth = (area.width() - columnGap) / 2;
    p.setFont(m_boldFont);
    p.setPen(m_theme.color(Theme::Text));
    const double headingHeight = QFontMetricsF(m_boldFont, p.device()).height() * 1.2;
    p.drawText(QRectF(area.left(), area.top(), area.width(), headingHeight), Qt::AlignLeft | Qt::AlignTop,
               tr("Sessions"));
    double top = area.top() + headingHeight;
    double bottom = area.bottom();
    const double half = agendaHeight(lines, columnWidth) - small.height();
    int column = 0;
    double y = top;
    p.setFont(m_smallFont);
    p.setPen(m_theme.color(Theme::Text));
    for (const QString &line : lines) {
        const double h = textHeight(line, m_smallFont, columnWidth);
        const bool columnFull = y + h > bottom || (column == 0 && y - top >= half && y > top);
        if (columnFull) {
            if (column == 0) {
                column = 1;
            } else {
                // Both columns are full: go on with the list on a new page.
                m_continuedTitle = tr("Sessions");
                nextPage();
                top = m_y;
                bottom = m_page.bottom();
                column = 0;
                p.setFont(m_smallFont);
                p.setPen(m_theme.color(Theme::Text));
            }
            y = top;
        }
        const double x = area.left() + column * (columnWidth + columnGap);
        p.drawText(QRectF(x, y, columnWidth, h), Qt::TextWordWrap, line);
        y += h;
    }
    m_continuedTitle.clear();
}

void PrintLayout::paintLegend(const QRectF &rect)
{
    QPainter &p = *m_painter;
    p.save();
    p.setFont(m_smallFont);
    const QFontMetricsF fm(m_smallFont, p.device());
    const double h = fm.height() * 0.8;
    double x = rect.left();
    double y = m_plan.availability ? rect.top() + rect.height() * 0.35 : rect.center().y();
    auto item = [&](const QColor &fill, const QString &label, bool round,
                    Qt::BrushStyle pattern = Qt::SolidPattern) {
        const QRectF swatch(x, y - h / 2, round ? h : h * 1.6, h);
        p.setPen(QPen(fill.darker(130), 0.6));
        p.setBrush(QBrush(fill, pattern));
        if (round)
            p.drawEllipse(swatch);
        else
            p.drawRect(swatch);
        p.setPen(m_theme.color(Theme::Text));
        const double w = fm.horizontalAdvance(label);
        p.drawText(QRectF(swatch.right() + h * 0.4, y - fm.height() / 2, w + 2, fm.height()),
                   Qt::AlignVCenter, label);
        x = swatch.right() + h * 0.4 + w + h * 1.4;
    };
    item(m_theme.kind(Kind::Strength), tr("Strength"), false);
    item(m_theme.kind(Kind::Cardio), tr("Cardio"), false);
    item(m_theme.kind(Kind::Mobility), tr("Mobility"), false);
    item(m_theme.color(Theme::AmpkBand), tr("Estimated AMPK-elevated window (model)"), false);
    item(m_theme.severity(Severity::Critical), tr("Critical"), true);
    item(m_theme.severity(Severity::Warning), tr("Warning"), true);
    item(m_theme.severity(Severity::Info), tr("Info"), true);
    if (m_plan.availability) {
        // The shading of the week grid (WeekPainter::paintAvailability), as on screen.
        x = rect.left();
        y = rect.top() + rect.height() * 0.72;
        item(Theme::mix(m_theme.color(Theme::Background), m_theme.color(Theme::Unavailable),
                        m_theme.color(Theme::Unavailable).alphaF()),
             tr("Not available"), false);
        item(m_theme.color(Theme::BusyHatch), tr("Busy (calendar)"), false, Qt::BDiagPattern);
    }
    p.restore();
}

void PrintLayout::paintFindings()
{
    heading(tr("Findings"), m_headingFont);
    m_continuedTitle = tr("Findings");
    QList<const Finding *> shown, positive;
    for (const Finding &f : m_analysis.findings)
        (f.hiddenByDefault ? positive : shown) << &f;
    if (shown.isEmpty()) {
        flowText(tr("No findings: nothing in this plan conflicts with the rules Ordo checks."), m_bodyFont,
                 m_theme.color(Theme::Text), 0);
    } else {
        int counts[3] = { 0, 0, 0 };
        for (const Finding *f : shown)
            ++counts[int(f->severity)];
        flowText(tr("%1 critical, %2, %3. Each names the rule, what it found, how to fix it and "
                    "the source behind it.")
                     .arg(counts[int(Severity::Critical)])
                     .arg(tr("%n warnings", nullptr, counts[int(Severity::Warning)]),
                          tr("%n notes", nullptr, counts[int(Severity::Info)])),
                 m_smallFont, m_theme.color(Theme::MutedText), 0);
        m_y += 6;
        for (const Finding *f : shown)
            paintFinding(*f);
    }
    if (!positive.isEmpty()) {
        m_y += 8;
        heading(tr("Good placements"), m_headingFont);
        m_continuedTitle = tr("Good placements");
        for (const Finding *f : positive)
            paintFinding(*f);
    }
    m_continuedTitle.clear();
}

void PrintLayout::paintFinding(const Finding &f)
{
    QPainter &p = *m_painter;
    const double indent = QFontMetricsF(m_bodyFont, p.device()).height() * 1.2;
    const double width = m_page.width() - indent;
    const QString where
        = formatWhen(f.week, f.day, f.axisMinute % kMinutesPerDay, m_plan.weeks, m_analysis.clock);
    const QString header = displayName(f.severity) + u"  ·  "_s + ruleTitles({ f.rule }) + u"  ·  "_s + where;
    const QString fix = f.fix.isEmpty() ? QString() : tr("Fix: %1").arg(f.fix);
    QString source = f.source.isEmpty() ? QString() : tr("Source: %1").arg(readableSource(f.source));
    if (!f.related.isEmpty())
        source += (source.isEmpty() ? QString() : u"  ·  "_s) + tr("Also: %1").arg(ruleTitles(f.related));

    const double gap = QFontMetricsF(m_smallFont, p.device()).height() * 0.6;
    const double total = textHeight(header, m_boldFont, width) + textHeight(f.message, m_bodyFont, width)
        + (fix.isEmpty() ? 0 : textHeight(fix, m_bodyFont, width))
        + (source.isEmpty() ? 0 : textHeight(source, m_smallFont, width)) + gap;
    // Keep a finding on one page when it fits on a page at all.
    if (total > remaining() && total <= m_page.height())
        nextPage();

    const QFontMetricsF bold(m_boldFont, p.device());
    if (bold.height() > remaining())
        nextPage();
    const double dot = bold.height() * 0.55;
    p.setPen(Qt::NoPen);
    p.setBrush(m_theme.severity(f.severity));
    p.drawEllipse(QRectF(m_page.left() + (indent - dot) / 2, m_y + (bold.height() - dot) / 2, dot, dot));
    flowText(header, m_boldFont, m_theme.color(Theme::Text), indent);
    flowText(f.message, m_bodyFont, m_theme.color(Theme::Text), indent);
    if (!fix.isEmpty())
        flowText(fix, m_bodyFont, m_theme.color(Theme::Positive), indent);
    if (!source.isEmpty())
        flowText(source, m_smallFont, m_theme.color(Theme::MutedText), indent);
    m_y += gap;
}

void PrintLayout::paintChartsPage(int week)
{
    QPainter &p = *m_painter;
    const ChartStyle style = ChartStyle::forPaper();
    QString title = tr("Charts");
    if (m_plan.weeks > 1)
        title = tr("Charts · week %1 of %2").arg(week + 1).arg(m_plan.weeks);
    heading(title, m_headingFont);
    const double gap = QFontMetricsF(m_smallFont, p.device()).height();
    QRectF load, ampk, regions;
    if (m_page.width() > m_page.height()) {
        // Landscape: load and regions side by side, the 24-hour timeline across the width.
        const double half = (remaining() - gap) / 2;
        const double left = (m_page.width() - gap) * 0.52;
        load = QRectF(m_page.left(), m_y, left, half);
        regions = QRectF(load.right() + gap, m_y, m_page.width() - left - gap, half);
        ampk = QRectF(m_page.left(), load.bottom() + gap, m_page.width(), half);
    } else {
        const double available = remaining() - 2 * gap;
        load = QRectF(m_page.left(), m_y, m_page.width(), available * 0.38);
        ampk = QRectF(m_page.left(), load.bottom() + gap, m_page.width(), available * 0.33);
        regions = QRectF(m_page.left(), ampk.bottom() + gap, m_page.width(), available * 0.29);
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    LoadChart::render(&p, load, buildLoadChartData(m_plan, m_analysis, week), style);
    p.restore();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // Paper has no tooltips: the model caveat of docs/physiology.md 2.2 goes under the chart.
    const QString caveat
        = tr("Estimated AMPK-elevated window (a model estimate; studies in people show a return to "
             "baseline within about 3 hours). The band lasts 60–120 min after moderate cardio and up to "
             "240 min after HIIT; the shade fades as the modelled signal decays.");
    const double caveatHeight = textHeight(caveat, m_smallFont, ampk.width());
    const QRectF timeline = ampk.adjusted(0, 0, 0, -caveatHeight - 2);
    AmpkChart::paintChart(&p, timeline, buildAmpkChartData(m_plan, m_analysis, week), style);
    p.setFont(m_smallFont);
    p.setPen(m_theme.color(Theme::MutedText));
    p.drawText(QRectF(ampk.left(), timeline.bottom() + 2, ampk.width(), caveatHeight), Qt::TextWordWrap,
               caveat);
    p.restore();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    RegionRecoveryChart::render(&p, regions, buildRegionRecoveryData(m_plan, m_analysis, week), style);
    p.restore();
    m_y = m_page.bottom();
}

void PrintLayout::paintFitnessChart(const QRectF &rect)
{
    QPainter &p = *m_painter;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    FitnessChart::render(&p, rect, buildFitnessChartData(m_plan, m_analysis), ChartStyle::forPaper());
    p.restore();
    m_y = rect.bottom();
}

} // namespace ordo
