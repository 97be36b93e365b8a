// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/ampkchart.h"
#include "charts/chartdata.h"
#include "charts/chartgrid.h"
#include "charts/chartspanel.h"
#include "charts/fitnesschart.h"
#include "charts/loadchart.h"
#include "charts/regionrecoverychart.h"
#include "charts/weeklyloadchart.h"

#include "builtinplans.h"
#include "document/document.h"
#include "edits/editpreview.h"
#include "planedit.h"
#include "planio.h"
#include "season.h"
#include "testsupport.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace ordo;

// The chart widgets on the offscreen platform: what they show (bars, ranges, markers), that a
// grab() has the colours at the expected places, that an edit updates the series in place,
// and that the panel follows the week and the palette.
class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadChartShowsBarsLineAndMarkers();
    void loadChartGrabHasBarsWhereLoadIs();
    void loadChartTooltipNamesTheSessions();
    void loadChartUpdatesInPlaceAfterEdit();
    void gridLinesLieOnTheValueTicks();
    void ampkChartDrawsRangesAndWarnsForLiftInside();
    void ampkChartMovesWindowWhenCardioMoves();
    void ampkChartTooltipGivesWindowAndFormula();
    void ampkChartLabelsNeverOverlap();
    void regionChartShowsOneGroupPerLift();
    void regionChartAxisStaysBoundedForHugeFatigue();
    void fitnessChartAppearsForMultiWeekPlans();
    void fitnessChartNamesWeeksInWordsOrDates_data();
    void fitnessChartNamesWeeksInWordsOrDates();
    void weeklyLoadChartShowsTheAnalysisFigures();
    void weeklyLoadTabWaitsUntilShown();
    void weeklyLoadLabelsStayReadableAt52Weeks();
    void panelFollowsWeekAndPalette();
    void panelFollowsTheDocumentAndThePreview();
    void hiddenPanelBuildsNoCharts();
    void chartsBehindOtherTabsWaitUntilShown();
    void renderDrawsOnAnImage();
    void sundayFirstWeekReordersDays();
    void writeDocumentationImages();

private:
    static Plan load(const QString &relative);
    static int countNear(const QImage &image, const QRect &area, const QColor &colour, int tolerance = 40);
    Plan m_plan;
    Analysis m_analysis;
    ChartStyle m_style;
};

Plan TestCharts::load(const QString &relative)
{
    const ReadResult r = parsePlan(test::readFixture(test::dataDir() + u'/' + relative));
    if (!r.plan)
        qFatal("fixture %s does not load", qPrintable(relative));
    return *r.plan;
}

int TestCharts::countNear(const QImage &image, const QRect &area, const QColor &colour, int tolerance)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue())
                <= tolerance)
                ++n;
        }
    }
    return n;
}

void TestCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QApplication::setFont(QFont(u"DejaVu Sans"_s, 9));
    m_plan = load(u"export/midnight.ordo"_s);
    m_analysis = analyze(m_plan);
    QWidget probe;
    m_style = ChartStyle::fromPalette(probe.palette(), probe.font());
}

void TestCharts::loadChartShowsBarsLineAndMarkers()
{
    LoadChart chart;
    const LoadChartData data = buildLoadChartData(m_plan, m_analysis, 0);
    chart.setData(data);
    int expectedBars = 0, expectedHigh = 0;
    for (const LoadBar &bar : data.days) {
        expectedBars += (bar.strengthLoad > 0 ? 1 : 0) + (bar.cardioLoad > 0 ? 1 : 0);
        expectedHigh += bar.highLoad ? 1 : 0;
    }
    QCOMPARE(chart.visibleBarCount(), expectedBars);
    QCOMPARE(chart.visibleBarCount(), 6); // Mon S, Tue S, Wed C, Thu S+C, Sun C
    QCOMPARE(chart.fatiguePointCount(), 7);
    QCOMPARE(chart.highLoadMarkerCount(), expectedHigh);
    QVERIFY2(chart.title().contains(u"monotony"_s), qPrintable(chart.title()));
}

void TestCharts::loadChartGrabHasBarsWhereLoadIs()
{
    LoadChart chart;
    chart.resize(700, 420);
    chart.setData(buildLoadChartData(m_plan, m_analysis, 0));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QImage image = chart.grab().toImage();
    QCOMPARE(image.size(), QSize(700, 420) * image.devicePixelRatio());
    const QRectF plot = chart.plotArea();
    QVERIFY(plot.width() > 300 && plot.height() > 150);
    const double slot = plot.width() / kDaysPerWeek;
    auto columnAt = [&](Day day) {
        const int x = int(plot.left() + (int(day) + 0.5) * slot);
        return QRect(x - 6, int(plot.bottom()) - 30, 12, 25); // just above the axis
    };
    QVERIFY(countNear(image, columnAt(Day::Mon), m_style.theme.color(Theme::Strength)) > 50);
    QVERIFY(countNear(image, columnAt(Day::Wed), m_style.theme.color(Theme::Cardio)) > 50);
    QCOMPARE(countNear(image, columnAt(Day::Wed), m_style.theme.color(Theme::Strength)), 0);
    // Friday and Saturday have no load: no bar colour there.
    QCOMPARE(countNear(image, columnAt(Day::Fri), m_style.theme.color(Theme::Strength)), 0);
    QCOMPARE(countNear(image, columnAt(Day::Sat), m_style.theme.color(Theme::Cardio)), 0);
}

void TestCharts::loadChartTooltipNamesTheSessions()
{
    LoadChart chart;
    chart.setData(buildLoadChartData(m_plan, m_analysis, 0));
    const QString thu = chart.toolTipForDay(int(Day::Thu));
    QVERIFY2(thu.contains(u"Night spin"_s) && thu.contains(u"Early upper"_s), qPrintable(thu));
    QVERIFY2(thu.contains(u"420"_s), qPrintable(thu)); // 270 + 150 AU
    QVERIFY(chart.toolTipForDay(int(Day::Fri)).contains(u"No strength or cardio"_s));
}

void TestCharts::loadChartUpdatesInPlaceAfterEdit()
{
    LoadChart chart;
    chart.setData(buildLoadChartData(m_plan, m_analysis, 0));
    QChartView *view = chart.findChild<QChartView *>();
    QVERIFY(view);
    QChart *before = view->chart();
    const int seriesBefore = int(before->series().size());

    Plan edited = m_plan;
    edited.find(u"s2"_s)->day = Day::Fri; // move Tuesday's heavy lower to Friday
    chart.setData(buildLoadChartData(edited, analyze(edited), 0));
    QCOMPARE(view->chart(), before);
    QCOMPARE(int(before->series().size()), seriesBefore);
    QCOMPARE(chart.data().days[size_t(Day::Tue)].strengthLoad, 0.0);
    QCOMPARE(chart.data().days[size_t(Day::Fri)].strengthLoad, 480.0);
    QVERIFY(chart.toolTipForDay(int(Day::Fri)).contains(u"Heavy lower again"_s));
}

// The load and region charts draw their value grid themselves (ui/charts/chartgrid.h): one line
// per tick of the value axis across the plot, on screen, after an update in place that changes
// the axis range, and none of Qt Charts' own.
void TestCharts::gridLinesLieOnTheValueTicks()
{
    auto gridOf = [](QChartView *view) -> ChartGrid * {
        for (QGraphicsItem *item : view->scene()->items()) {
            if (auto *grid = dynamic_cast<ChartGrid *>(item))
                return grid;
        }
        return nullptr;
    };
    auto checkGrid = [&](QWidget *chart) {
        QChartView *view = chart->findChild<QChartView *>();
        QVERIFY(view);
        ChartGrid *grid = gridOf(view);
        QVERIFY(grid);
        auto *values = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(values);
        QVERIFY(!values->isGridLineVisible());
        const QRectF plot = view->chart()->plotArea();
        const QList<double> ys = grid->lineYs();
        QCOMPARE(ys.size(), values->tickCount());
        QCOMPARE(ys.first(), plot.bottom());
        QCOMPARE(ys.last(), plot.top());
        // The top line is on screen in the grid colour, right of the last bar.
        const QImage image = chart->grab().toImage();
        const QPoint top = view->mapTo(
            chart, view->mapFromScene(view->chart()->mapToScene(QPointF(plot.right() - 30, ys.last()))));
        QVERIFY2(countNear(image, QRect(top.x() - 20, top.y() - 1, 40, 3),
                           m_style.theme.color(Theme::GridLine), 20)
                     >= 30,
                 "no grid line at the top tick");
    };

    LoadChart load;
    load.resize(700, 420);
    load.setChartStyle(m_style);
    load.setData(buildLoadChartData(m_plan, m_analysis, 0));
    load.show();
    QVERIFY(QTest::qWaitForWindowExposed(&load));
    checkGrid(&load);
    auto *loadValues
        = qobject_cast<QValueAxis *>(load.findChild<QChartView *>()->chart()->axes(Qt::Vertical).value(0));
    const double maxBefore = loadValues->max();
    // Ten times the load on Monday: the axis grows, the grid follows it, in place.
    LoadChartData heavy = buildLoadChartData(m_plan, m_analysis, 0);
    heavy.days[size_t(Day::Mon)].strengthLoad *= 10;
    heavy.days[size_t(Day::Mon)].load *= 10;
    load.setData(heavy);
    QVERIFY(loadValues->max() > maxBefore * 4);
    QTRY_VERIFY(!load.findChild<QChartView *>()->chart()->plotArea().isEmpty());
    checkGrid(&load);

    RegionRecoveryChart regions;
    regions.resize(700, 320);
    regions.setChartStyle(m_style);
    regions.setData(buildRegionRecoveryData(m_plan, m_analysis, 0));
    regions.show();
    QVERIFY(QTest::qWaitForWindowExposed(&regions));
    checkGrid(&regions);
}

void TestCharts::ampkChartDrawsRangesAndWarnsForLiftInside()
{
    AmpkChart chart;
    chart.resize(720, 360);
    const AmpkChartData data = buildAmpkChartData(m_plan, m_analysis, 0);
    chart.setData(m_plan, data);
    QCOMPARE(chart.data().rangeCount(), 3);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QImage image = chart.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    auto scaled
        = [dpr](const QRectF &r) { return QRectF(r.topLeft() * dpr, r.size() * dpr).toAlignedRect(); };
    // Each range is shaded (not background) at its centre.
    for (int d = 0; d < kDaysPerWeek; ++d) {
        for (int i = 0; i < data.rows[size_t(d)].ranges.size(); ++i) {
            const QRectF r = chart.rangeRect(d, i);
            QVERIFY(!r.isEmpty());
            const QPoint centre = (r.center() * dpr).toPoint();
            QVERIFY2(image.pixelColor(centre) != m_style.theme.color(Theme::Background),
                     qPrintable(u"day %1 range %2"_s.arg(d).arg(i)));
        }
    }
    // Sunday's window is at the right end of its row, Monday's at the left.
    QVERIFY(chart.rangeRect(int(Day::Sun), 0).left() > chart.width() * 0.8);
    QVERIFY(chart.rangeRect(int(Day::Mon), 0).right() < chart.width() * 0.3);
    // The lift inside Thursday's window is drawn in the warning colour; Monday's lift is not.
    const AmpkDayRow &thu = data.rows[size_t(Day::Thu)];
    for (int i = 0; i < thu.sessions.size(); ++i) {
        if (thu.sessions[i].sessionId == u"s5"_s)
            QVERIFY(countNear(image, scaled(chart.sessionRect(int(Day::Thu), i).adjusted(1, 1, -1, -1)),
                              m_style.theme.color(Theme::HighLoad), 30)
                    > 4);
    }
    const AmpkDayRow &mon = data.rows[size_t(Day::Mon)];
    for (int i = 0; i < mon.sessions.size(); ++i) {
        const QRect r = scaled(chart.sessionRect(int(Day::Mon), i).adjusted(1, 1, -1, -1));
        QVERIFY(countNear(image, r, m_style.theme.color(Theme::Strength), 30) > 4);
        QCOMPARE(countNear(image, r, m_style.theme.color(Theme::HighLoad), 30), 0);
    }
}

void TestCharts::ampkChartMovesWindowWhenCardioMoves()
{
    AmpkChart chart;
    chart.resize(720, 360);
    chart.setData(m_plan, buildAmpkChartData(m_plan, m_analysis, 0));
    const QRectF before = chart.rangeRect(int(Day::Sun), 0);
    Plan edited = m_plan;
    edited.find(u"s3"_s)->day = Day::Sat;
    edited.find(u"s3"_s)->startMinute = 12 * 60;
    chart.setData(edited, buildAmpkChartData(edited, analyze(edited), 0));
    QCOMPARE(chart.data().rows[size_t(Day::Sun)].ranges.size(), 0);
    QCOMPARE(chart.data().rows[size_t(Day::Mon)].ranges.size(), 0);
    QCOMPARE(chart.data().rows[size_t(Day::Sat)].ranges.size(), 1);
    const QRectF after = chart.rangeRect(int(Day::Sat), 0);
    QVERIFY(after.top() < before.top());
    QVERIFY(after.left() < before.left());
}

void TestCharts::ampkChartLabelsNeverOverlap()
{
    // Every built-in plan, every week, at the smallest chart size and a roomy one: the titles
    // beside the blocks ("Deload lower" above "Easy walk") never cover one another.
    int labels = 0;
    for (const BuiltinPlan &builtin : builtinPlans()) {
        const Plan plan = *readBuiltinPlan(builtin.name).plan;
        const Analysis analysis = analyze(plan);
        for (int week = 0; week < plan.weeks; ++week) {
            for (const QSize size : { QSize(320, 200), QSize(720, 360) }) {
                AmpkChart chart;
                chart.resize(size);
                chart.setData(plan, buildAmpkChartData(plan, analysis, week));
                for (int d = 0; d < kDaysPerWeek; ++d) {
                    const QList<QRectF> rects = chart.labelRects(d);
                    labels += int(rects.size());
                    for (int i = 0; i < rects.size(); ++i) {
                        for (int j = i + 1; j < rects.size(); ++j)
                            QVERIFY2(
                                !rects[i].intersects(rects[j]),
                                qPrintable(u"%1 week %2 day %3"_s.arg(builtin.name).arg(week + 1).arg(d)));
                    }
                }
            }
        }
    }
    QVERIFY(labels > 20);
}

void TestCharts::ampkChartTooltipGivesWindowAndFormula()
{
    AmpkChart chart;
    chart.resize(720, 360);
    chart.setData(m_plan, buildAmpkChartData(m_plan, m_analysis, 0));
    const QString tip = chart.toolTipAt(chart.rangeRect(int(Day::Sun), 0).center());
    QVERIFY2(tip.contains(u"Late bike sprints"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Sun 22:30"_s) && tip.contains(u"Mon 02:30"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"W = min(240"_s), qPrintable(tip));
    const AmpkDayRow &thu = chart.data().rows[size_t(Day::Thu)];
    for (int i = 0; i < thu.sessions.size(); ++i) {
        if (thu.sessions[i].sessionId == u"s5"_s) {
            const QString lift = chart.toolTipAt(chart.sessionRect(int(Day::Thu), i).center());
            QVERIFY2(lift.contains(u"Early upper"_s) && lift.contains(u"Night spin"_s), qPrintable(lift));
        }
    }
}

void TestCharts::regionChartShowsOneGroupPerLift()
{
    RegionRecoveryChart chart;
    chart.setData(buildRegionRecoveryData(m_plan, m_analysis, 0));
    QCOMPARE(chart.categoryCount(), 3);
    QVERIFY(chart.toolTipForSession(1).contains(u"Not recovered"_s));
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    {
        // Tuesday's heavy lower starts with legs at about half the reference: a tall legs bar
        // in the middle third, and the dashed threshold line in the warning colour.
        const QImage image = chart.grab().toImage();
        const int w = image.width();
        QVERIFY(countNear(image, QRect(w / 3, 0, w / 3, image.height()), m_style.theme.color(Theme::Legs))
                > 300);
        QVERIFY(countNear(image, image.rect(), m_style.theme.color(Theme::Threshold), 30) > 50);
    }
    Plan edited = m_plan;
    edited.sessions.removeIf([](const Session &s) { return s.kind == Kind::Strength; });
    chart.setData(buildRegionRecoveryData(edited, analyze(edited), 0));
    QCOMPARE(chart.categoryCount(), 0);
}

// docs/reliability.md, item 13: 1,000 heavy lifts, each starting a minute after the last, pile
// fatigue up to about 470,000 % of the reference. The percent axis had one tick per 20 %
// (23,000 ticks: 43 s and 900 MB for the PDF); its ticks are capped and its range clamped.
void TestCharts::regionChartAxisStaysBoundedForHugeFatigue()
{
    Plan plan;
    plan.weeks = 1;
    for (int i = 0; i < 1000; ++i) {
        Session s;
        s.id = u"h%1"_s.arg(i, 4, 10, QChar(u'0'));
        s.day = Day(i / kMinutesPerDay);
        s.startMinute = i % kMinutesPerDay;
        s.durationMin = 600;
        s.kind = Kind::Strength;
        s.focus = Focus::Full;
        s.load = Load::Heavy;
        s.rpe = 10;
        plan.sessions.append(s);
    }
    plan.sortSessions();
    const RegionRecoveryData data = buildRegionRecoveryData(plan, analyze(plan), 0);
    double top = 0;
    for (const RegionPoint &p : data.points)
        top = std::max({ top, p.percent[0], p.percent[1], p.percent[2] });
    QVERIFY2(top > 100000, qPrintable(QString::number(top)));

    QElapsedTimer timer;
    timer.start();
    RegionRecoveryChart chart;
    chart.setData(data);
    const auto axes = chart.findChild<QChartView *>()->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    const auto *percent = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(percent);
    QVERIFY2(percent->tickCount() <= 11, qPrintable(QString::number(percent->tickCount())));
    QVERIFY2(percent->max() <= 1000, qPrintable(QString::number(percent->max())));
    QVERIFY(percent->max() >= data.thresholdPercent);
    QImage image(1200, 800, QImage::Format_ARGB32);
    QPainter painter(&image);
    RegionRecoveryChart::render(&painter, QRectF(image.rect()), data, m_style);
    painter.end();
    qInfo("1,000 lifts, fatigue up to %.0f %%: chart set and rendered in %lld ms", top, timer.elapsed());
    // An ordinary week keeps the 20 % steps.
    chart.setData(buildRegionRecoveryData(m_plan, analyze(m_plan), 0));
    QVERIFY(percent->max() >= 100 && percent->max() <= 200);
    QCOMPARE(percent->tickCount(), int(percent->max() / 20) + 1);
}

void TestCharts::fitnessChartAppearsForMultiWeekPlans()
{
    const Plan plan = load(u"plans/unicode-multiweek.ordo"_s);
    FitnessChart chart;
    chart.setData(buildFitnessChartData(plan, analyze(plan)));
    QCOMPARE(chart.pointCount(), 21);
    // Day 1 starts at the plan's mean load, and the chart says what that assumes.
    QVERIFY2(chart.title().contains(u"Assumes this plan has been followed for several weeks"_s),
             qPrintable(chart.title()));
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QImage image = chart.grab().toImage();
    QVERIFY(countNear(image, image.rect(), m_style.theme.color(Theme::Ctl), 30) > 100);
    QVERIFY(countNear(image, image.rect(), m_style.theme.color(Theme::Atl), 30) > 100);
}

void TestCharts::fitnessChartNamesWeeksInWordsOrDates_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dated");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("laterLabel"); // one more label that must be shown
    // The chart as the Charts dock shows it in a 1366 × 768 window, and in a narrow dock.
    QTest::newRow("weeks, wide") << QSize(1300, 320) << false << u"Week 1"_s << u"Week 9"_s;
    QTest::newRow("dates, wide") << QSize(1300, 320) << true << u"4 Jan"_s << u"1 Mar"_s;
    // "Wk 1" where it allows labels every 8 weeks instead of every 13.
    QTest::newRow("weeks, half") << QSize(540, 300) << false << u"Wk 1"_s << u"Wk 9"_s;
    QTest::newRow("weeks, narrow") << QSize(420, 300) << false << u"Week 1"_s << u"Week 27"_s;
    QTest::newRow("dates, narrow") << QSize(420, 300) << true << u"4 Jan"_s << u"5 Jul"_s;
}

void TestCharts::fitnessChartNamesWeeksInWordsOrDates()
{
    QFETCH(QSize, size);
    QFETCH(bool, dated);
    QFETCH(QString, firstLabel);
    QFETCH(QString, laterLabel);
    // A 52-week plan, one lift a week; with dates from Monday 4 January 2027.
    Plan year;
    year.weeks = 52;
    for (int w = 0; w < year.weeks; ++w) {
        Session s;
        s.id = year.nextSessionId();
        s.week = w;
        s.startMinute = 18 * 60;
        year.sessions.append(s);
    }
    if (dated)
        year.anchorDate = QDate(2027, 1, 4);
    FitnessChart chart;
    chart.resize(size);
    chart.setData(buildFitnessChartData(year, analyze(year)));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
    const QChart *qchart = chart.findChild<QChartView *>()->chart();
    auto *axis = qobject_cast<QCategoryAxis *>(qchart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const QStringList labels = axis->categoriesLabels();
    QVERIFY2(labels.size() >= 2, qPrintable(labels.join(u" | "_s)));
    QVERIFY2(labels.first() == firstLabel, qPrintable(labels.join(u" | "_s)));
    QVERIFY2(labels.contains(laterLabel), qPrintable(labels.join(u" | "_s)));
    // What the chart draws: each label once, whole, and apart from its neighbours.
    QList<QRectF> drawn;
    for (const QGraphicsItem *item : chart.findChild<QChartView *>()->scene()->items()) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (text && text->isVisible() && labels.contains(text->toPlainText()))
            drawn << text->sceneBoundingRect();
    }
    QCOMPARE(drawn.size(), labels.size());
    std::sort(drawn.begin(), drawn.end(),
              [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    for (int i = 1; i < drawn.size(); ++i)
        QVERIFY2(drawn[i - 1].right() < drawn[i].left(), qPrintable(labels.join(u" | "_s)));
}

// hybrid4w with its third week 60 % longer: a steep rise (rule 49) in that week.
static Plan rampedHybrid()
{
    const ReadResult r = readBuiltinPlan(u"hybrid4w"_s);
    if (!r.plan)
        qFatal("hybrid4w does not load");
    Plan plan = *r.plan;
    for (Session &s : plan.sessions) {
        if (s.week == 2)
            s.durationMin = s.durationMin * 8 / 5;
    }
    return plan;
}

void TestCharts::weeklyLoadChartShowsTheAnalysisFigures()
{
    const Plan plan = rampedHybrid();
    const Analysis analysis = analyze(plan);
    QList<int> flagged;
    Severity severity = Severity::Info;
    for (const Finding &f : analysis.findings) {
        if (f.rule == u"load-ramp"_s) {
            flagged << f.week;
            severity = f.severity;
        }
    }
    QCOMPARE(flagged, QList<int> { 2 });
    WeeklyLoadChart chart;
    chart.setData(buildWeeklyLoadChartData(analysis));
    // The bars are the analysis's weekly loads, the line its 4-week mean (core/season.h).
    for (int w = 0; w < plan.weeks; ++w) {
        QVERIFY2(std::abs(chart.barValue(w) - analysis.weeks[w].load) < 1e-6,
                 qPrintable(
                     u"week %1: %2 against %3"_s.arg(w).arg(chart.barValue(w)).arg(analysis.weeks[w].load)));
        QCOMPARE(chart.meanValue(w), fourWeekMeanLoad(analysis, w));
    }
    QCOMPARE(
        chart.meanValue(3),
        (analysis.weeks[0].load + analysis.weeks[1].load + analysis.weeks[2].load + analysis.weeks[3].load)
            / 4);
    // The flagged week carries a mark of its finding's severity, and its tooltip the message.
    QCOMPARE(chart.markedWeeks(severity), flagged);
    QVERIFY(chart.markedWeeks(severity == Severity::Info ? Severity::Warning : Severity::Info).isEmpty());
    QVERIFY2(chart.toolTipForWeek(2).contains(u"Week 3 carries"_s), qPrintable(chart.toolTipForWeek(2)));
    QVERIFY(!chart.toolTipForWeek(1).contains(u"carries"_s));
    // On screen the mark is drawn in the severity's colour.
    chart.resize(700, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QImage image = chart.grab().toImage();
    QVERIFY(countNear(image, image.rect(), m_style.theme.severity(severity), 30) > 20);
    // The unchanged plan has no mark.
    chart.setData(buildWeeklyLoadChartData(analyze(*readBuiltinPlan(u"hybrid4w"_s).plan)));
    QVERIFY(chart.markedWeeks(Severity::Info).isEmpty() && chart.markedWeeks(Severity::Warning).isEmpty());
}

void TestCharts::weeklyLoadTabWaitsUntilShown()
{
    // docs/performance.md: a chart behind its tab does no work; it catches up when shown.
    Document document;
    ChartsPanel panel(&document);
    panel.resize(800, 450);
    auto *tabs = panel.findChild<QTabWidget *>();
    panel.setPlan(m_plan, m_analysis);
    QVERIFY(!tabs->isTabVisible(4)); // one week: nothing to compare
    const Plan plan = rampedHybrid();
    const Analysis analysis = analyze(plan);
    panel.setPlan(plan, analysis);
    QVERIFY(tabs->isTabVisible(4));
    QCOMPARE(tabs->tabText(4), panel.tr("Load per week"));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.findChildren<WeeklyLoadChart *>().isEmpty());
    tabs->setCurrentIndex(4);
    auto *chart = panel.findChild<WeeklyLoadChart *>();
    QVERIFY(chart);
    QCOMPARE(chart->data(), buildWeeklyLoadChartData(analysis));
    // Behind another tab it keeps its data while the plan changes ...
    tabs->setCurrentIndex(0);
    const Plan original = *readBuiltinPlan(u"hybrid4w"_s).plan;
    const Analysis originalAnalysis = analyze(original);
    panel.setPlan(original, originalAnalysis);
    QCOMPARE(chart->data(), buildWeeklyLoadChartData(analysis));
    // ... and is brought up to date when its tab is shown again.
    tabs->setCurrentIndex(4);
    QCOMPARE(chart->data(), buildWeeklyLoadChartData(originalAnalysis));
}

void TestCharts::weeklyLoadLabelsStayReadableAt52Weeks()
{
    // A bar category axis labelled every week and elided all 52 labels to "…" at dock size.
    const Plan block = *readBuiltinPlan(u"hybrid4w"_s).plan;
    Plan year = block;
    year.weeks = 52;
    year.sessions.clear();
    for (int b = 0; b < 13; ++b) {
        for (Session s : block.sessions) {
            s.week += 4 * b;
            s.id = year.nextSessionId();
            year.sessions.append(s);
        }
    }
    year.sortSessions();
    WeeklyLoadChart chart;
    chart.resize(560, 300);
    chart.setData(buildWeeklyLoadChartData(analyze(year)));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QStringList shown;
    for (const QGraphicsItem *item : chart.findChild<QChartView *>()->scene()->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
            shown << text->toPlainText();
    }
    for (const QString &week : { u"1"_s, u"5"_s, u"25"_s, u"49"_s, u"52"_s })
        QVERIFY2(shown.contains(week), qPrintable(shown.join(u" | "_s)));
    for (const QString &label : shown)
        QVERIFY2(!label.contains(u"…"_s) && !label.contains(u"..."_s), qPrintable(shown.join(u" | "_s)));
}

void TestCharts::panelFollowsWeekAndPalette()
{
    Document document;
    ChartsPanel panel(&document);
    panel.resize(800, 450);
    const Plan multi = load(u"plans/unicode-multiweek.ordo"_s);
    const Analysis analysis = analyze(multi);
    panel.setPlan(multi, analysis);
    auto *tabs = panel.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QVERIFY(tabs->isTabVisible(3));
    // The fitness chart is filled when its tab is shown, not on every update.
    QCOMPARE(panel.fitnessChart()->pointCount(), 0);
    tabs->setCurrentIndex(3);
    QCOMPARE(panel.fitnessChart()->pointCount(), 21);
    tabs->setCurrentIndex(0);
    panel.setWeek(1);
    QCOMPARE(panel.week(), 1);
    QCOMPARE(panel.loadChart()->data().week, 1);
    QCOMPARE(panel.ampkChart()->data().week, 1);
    QCOMPARE(panel.loadChart()->data().days[0].cardioLoad, analysis.days[7].cardioLoad);
    panel.setWeek(9);
    QCOMPARE(panel.week(), 2);
    panel.setPlan(m_plan, m_analysis);
    QCOMPARE(panel.week(), 0);
    QVERIFY(!tabs->isTabVisible(3));

    // A dark palette turns the charts dark.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x28, 0x28, 0x28));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    panel.setPalette(dark);
    tabs->setCurrentIndex(1);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QImage image = panel.ampkChart()->grab().toImage();
    const QColor corner = image.pixelColor(2, image.height() / 2);
    QVERIFY2(corner.lightnessF() < 0.3, qPrintable(corner.name()));
}

void TestCharts::panelFollowsTheDocumentAndThePreview()
{
    Document document;
    ChartsPanel panel(&document);
    document.reset(m_plan);
    QCOMPARE(panel.loadChart()->data(), buildLoadChartData(m_plan, m_analysis, 0, Day::Mon));
    // An edit reaches the charts from the document, with no one relaying it.
    Session moved = document.plan().sessions[0];
    moved.day = Day((int(moved.day) + 3) % kDaysPerWeek);
    QVERIFY(document.apply(PlanEdit::changeSessions({ moved }, u"Move"_s)));
    const LoadChartData afterEdit = buildLoadChartData(document.plan(), document.analysis(), 0, Day::Mon);
    QVERIFY(afterEdit != buildLoadChartData(m_plan, m_analysis, 0, Day::Mon));
    QCOMPARE(panel.loadChart()->data(), afterEdit);
    // A preview shows the plan as it would be; an invalid one returns to the document's.
    Session added = moved;
    added.id = document.plan().nextSessionId();
    added.day = Day((int(moved.day) + 1) % kDaysPerWeek);
    const EditPreview preview = EditPreview::compute(document.plan(), document.analysis(),
                                                     PlanEdit::addSessions({ added }, u"Add"_s));
    QVERIFY(preview.isValid());
    panel.showPreview(preview);
    QCOMPARE(panel.loadChart()->data(), buildLoadChartData(preview.plan(), preview.analysis(), 0, Day::Mon));
    panel.showPreview(EditPreview {});
    QCOMPARE(panel.loadChart()->data(), afterEdit);
}

void TestCharts::hiddenPanelBuildsNoCharts()
{
    // At start-up the Charts dock sits behind Findings: building charts nobody sees was a
    // large part of the time to first paint.
    Document document;
    ChartsPanel panel(&document);
    panel.resize(800, 450);
    panel.setPlan(m_plan, m_analysis);
    panel.setWeek(0);
    QVERIFY(panel.findChildren<LoadChart *>().isEmpty());
    QVERIFY(panel.findChildren<RegionRecoveryChart *>().isEmpty());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.findChildren<LoadChart *>().size(), 1); // the current tab
    QVERIFY(panel.findChildren<RegionRecoveryChart *>().isEmpty());
    auto *tabs = panel.findChild<QTabWidget *>();
    tabs->setCurrentIndex(2);
    QCOMPARE(panel.findChildren<RegionRecoveryChart *>().size(), 1);
    QCOMPARE(tabs->currentIndex(), 2);
    QCOMPARE(tabs->tabText(2), panel.tr("Recovery by region"));
    QCOMPARE(panel.loadChart()->data(), buildLoadChartData(m_plan, m_analysis, 0, Day::Mon));
}

void TestCharts::chartsBehindOtherTabsWaitUntilShown()
{
    // docs/performance.md: a hover step updates only the chart a person can see.
    Document document;
    ChartsPanel panel(&document);
    panel.resize(800, 450);
    panel.setPlan(m_plan, m_analysis);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *tabs = panel.findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    tabs->setCurrentIndex(0);
    auto *ampk = panel.findChild<AmpkChart *>();
    QVERIFY(ampk);
    const AmpkChartData before = ampk->data();
    Plan moved = m_plan;
    moved.sessions[0].day = Day((int(moved.sessions[0].day) + 3) % kDaysPerWeek);
    moved.sortSessions();
    const Analysis movedAnalysis = analyze(moved);
    panel.setPlan(moved, movedAnalysis);
    // The visible load chart follows at once; the AMPK chart behind its tab is left alone.
    QCOMPARE(panel.findChild<LoadChart *>()->data(), buildLoadChartData(moved, movedAnalysis, 0, Day::Mon));
    QCOMPARE(ampk->data(), before);
    // Shown, it catches up.
    tabs->setCurrentIndex(1);
    QCOMPARE(ampk->data(), buildAmpkChartData(moved, movedAnalysis, 0, Day::Mon));
    QVERIFY(!(ampk->data() == before));
}

void TestCharts::renderDrawsOnAnImage()
{
    QImage image(900, 500, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    LoadChart::render(&painter, QRectF(0, 0, 900, 500), buildLoadChartData(m_plan, m_analysis, 0),
                      ChartStyle::forPaper());
    painter.end();
    QVERIFY(countNear(image, image.rect(), ChartStyle::forPaper().theme.color(Theme::Strength), 20) > 500);
    QVERIFY(countNear(image, image.rect(), ChartStyle::forPaper().theme.color(Theme::Cardio), 20) > 200);
}

void TestCharts::sundayFirstWeekReordersDays()
{
    Document document;
    ChartsPanel panel(&document);
    panel.resize(700, 400);
    panel.setPlan(m_plan, m_analysis);
    panel.setWeekStart(Day::Sun);
    QCOMPARE(panel.loadChart()->data().weekStart, Day::Sun);
    // Sunday's window is now in the top row, Monday's in the second.
    AmpkChart *ampk = panel.ampkChart();
    ampk->resize(700, 400);
    const QRectF sun = ampk->rangeRect(int(Day::Sun), 0);
    const QRectF mon = ampk->rangeRect(int(Day::Mon), 0);
    QVERIFY(sun.top() < mon.top());
    QVERIFY(ampk->toolTipAt(sun.center()).contains(u"Late bike sprints"_s));
    // The load chart's first category is Sunday.
    LoadChart *load = panel.loadChart();
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QImage image = load->grab().toImage();
    const QRectF plot = load->plotArea();
    const int x = int(plot.left() + 0.5 * plot.width() / kDaysPerWeek);
    QVERIFY(
        countNear(image, QRect(x - 6, int(plot.bottom()) - 30, 12, 25), m_style.theme.color(Theme::Cardio))
        > 50); // Sun HIIT
}

void TestCharts::writeDocumentationImages()
{
    // ORDO_DOCS_DIR=docs ./ui_tst_charts writeDocumentationImages refreshes the README's
    // screenshots (docs/chart-load.png, docs/chart-ampk.png, docs/chart-regions.png,
    // docs/chart-weeks.png) from built-in plans; ORDO_PANEL_DIR=/tmp/x also grabs the whole panel in light
    // and dark.
    const QString dir = qEnvironmentVariable("ORDO_DOCS_DIR");
    if (dir.isEmpty())
        QSKIP("set ORDO_DOCS_DIR to write the documentation images");
    const ReadResult r = readBuiltinPlan(u"musclegrowth"_s);
    QVERIFY(r.plan);
    const Analysis analysis = analyze(*r.plan);
    LoadChart load;
    load.resize(760, 400);
    load.setData(buildLoadChartData(*r.plan, analysis, 0));
    load.show();
    QVERIFY(QTest::qWaitForWindowExposed(&load));
    QVERIFY(load.grab().save(dir + u"/chart-load.png"_s));
    AmpkChart ampk;
    ampk.resize(760, 360);
    ampk.setData(*r.plan, buildAmpkChartData(*r.plan, analysis, 0));
    ampk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ampk));
    QVERIFY(ampk.grab().save(dir + u"/chart-ampk.png"_s));
    RegionRecoveryChart regions;
    regions.resize(760, 320);
    regions.setData(buildRegionRecoveryData(*r.plan, analyze(*r.plan), 0));
    regions.show();
    QVERIFY(QTest::qWaitForWindowExposed(&regions));
    QVERIFY(regions.grab().save(dir + u"/chart-regions.png"_s));
    // Twelve weeks: hybrid4w three times, each block 8 % longer, week 10 a third longer still.
    const Plan block = *readBuiltinPlan(u"hybrid4w"_s).plan;
    Plan season = block;
    season.weeks = 12;
    season.sessions.clear();
    for (int b = 0; b < 3; ++b) {
        for (Session s : block.sessions) {
            s.week += 4 * b;
            s.id = season.nextSessionId();
            s.durationMin = s.durationMin * (100 + 8 * b) / 100;
            if (s.week == 9)
                s.durationMin = s.durationMin * 4 / 3;
            season.sessions.append(s);
        }
    }
    season.sortSessions();
    WeeklyLoadChart weeks;
    weeks.resize(760, 360);
    weeks.setData(buildWeeklyLoadChartData(analyze(season)));
    weeks.show();
    QVERIFY(QTest::qWaitForWindowExposed(&weeks));
    QVERIFY(!weeks.markedWeeks(Severity::Info).isEmpty() || !weeks.markedWeeks(Severity::Warning).isEmpty());
    QVERIFY(weeks.grab().save(dir + u"/chart-weeks.png"_s));
    // The panel at a typical dock size, each tab, light and dark: for looking, not committed.
    const QString panelDir = qEnvironmentVariable("ORDO_PANEL_DIR");
    if (panelDir.isEmpty())
        return;
    Document document;
    ChartsPanel panel(&document);
    panel.resize(560, 300);
    panel.setPlan(*r.plan, analysis);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *tabs = panel.findChild<QTabWidget *>();
    for (int i = 0; i < 3; ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(panel.grab().save(panelDir + u"/panel-%1.png"_s.arg(i)));
    }
    // And with a dark palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    panel.setPalette(dark);
    for (int i = 0; i < 3; ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(panel.grab().save(panelDir + u"/panel-dark-%1.png"_s.arg(i)));
    }
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
