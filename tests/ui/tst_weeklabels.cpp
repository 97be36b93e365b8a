// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"
#include "document/document.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "week/weeklabels.h"
#include "week/weekpainter.h"
#include "week/weekview.h"

#include <QPaintEngine>
#include <QScreen>
#include <QSettings>
#include <QTest>

#include <limits>

using namespace ordo;
using namespace Qt::StringLiterals;

// Keeps the texts a widget paints, with where they land: QWidget::render() onto it runs the
// widget's own paintEvent.
class PaintedTexts : public QPaintDevice
{
public:
    struct Text
    {
        QString text;
        QRectF rect;
    };

    explicit PaintedTexts(QSize size)
        : m_size(size)
    { }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QList<Text> &texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmNumColors:
            return std::numeric_limits<int>::max();
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        Engine()
            : QPaintEngine(AllFeatures)
        { }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &state) override
        {
            if (state.state() & DirtyTransform)
                m_transform = state.transform();
        }
        // Everything but text is dropped.
        void drawRects(const QRect *, int) override { }
        void drawRects(const QRectF *, int) override { }
        void drawLines(const QLine *, int) override { }
        void drawLines(const QLineF *, int) override { }
        void drawEllipse(const QRectF &) override { }
        void drawEllipse(const QRect &) override { }
        void drawPath(const QPainterPath &) override { }
        void drawPoints(const QPointF *, int) override { }
        void drawPoints(const QPoint *, int) override { }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override { }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override { }
        void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override { }
        void drawTextItem(const QPointF &p, const QTextItem &item) override
        {
            const QRectF local(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
            texts.append({ item.text(), m_transform.mapRect(local) });
        }
        Type type() const override { return User; }

        QList<Text> texts;

    private:
        QTransform m_transform;
    };

    QSize m_size;
    mutable Engine m_engine;
};

// What the blocks of the week say: the labels the painter draws, checked on made-up blocks
// of every size and on every built-in plan in the main window on a 1366×768 laptop screen;
// and the week view's corner label.
class TestWeekLabels : public QObject
{
    Q_OBJECT

private:
    QFont m_font { u"DejaVu Sans"_s, 9 };

    static Session session(const QString &title, Day day, int start, int duration, Kind kind = Kind::Cardio)
    {
        Session s;
        s.id = title.toLower().remove(u' ');
        s.title = title;
        s.day = day;
        s.startMinute = start;
        s.durationMin = duration;
        s.kind = kind;
        return s;
    }

    // A week grid 7 × 140 px wide, one pixel per minute from 06:00.
    static WeekGeometry grid(double pixelsPerMinute = 1.0)
    {
        return WeekGeometry(QRectF(50, 40, 980, 1000), 6 * 60, pixelsPerMinute, Day::Mon);
    }

    QList<BlockLabel> labelsOf(const Plan &plan, const WeekGeometry &g) const
    {
        const WeekLayout layout = WeekLayout::build(plan.sessions, plan, 0);
        return WeekPainter().labels(g, layout, plan, analyze(plan), m_font);
    }

    static const BlockLabel *labelFor(const QList<BlockLabel> &labels, const QString &id)
    {
        for (const BlockLabel &l : labels) {
            if (l.sessionId == id)
                return &l;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        QSettings().clear();
    }

    // The corner above the time axis names the week shown in words ("Week 2"), inside the
    // corner with either clock: on two lines, or smaller, where the axis is narrow.
    void cornerNamesTheWeekInWords()
    {
        Document document;
        Plan plan;
        plan.weeks = 12;
        document.reset(plan);
        WeekView view(&document);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWeek(10);
        for (const bool clock24 : { true, false }) {
            view.setClock24(clock24);
            const QRectF body = view.geometry().body();
            const QRectF corner(0, 0, body.left(), body.top());
            PaintedTexts painted(view.viewport()->size());
            view.viewport()->render(&painted);
            QStringList words;
            for (const PaintedTexts::Text &t : painted.texts()) {
                if (!corner.intersects(t.rect))
                    continue;
                words.append(t.text);
                QVERIFY2(corner.adjusted(-0.5, -0.5, 0.5, 0.5).contains(t.rect),
                         qPrintable(u"“%1” overflows the corner"_s.arg(t.text)));
            }
            QCOMPARE(words.join(u' '), u"Week 11"_s);
        }
    }

    void labelFormFollowsTheBlockSize_data()
    {
        QTest::addColumn<int>("duration");
        QTest::addColumn<bool>("callout");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("detailInline");
        // At one pixel per minute, a 9 pt line is 14 px high and a column 140 px wide.
        QTest::newRow("tall: title, then the time")
            << 90 << false << QStringList { u"Long run"_s } << u"08:00–09:30"_s << false;
        QTest::newRow("one line: title · duration")
            << 18 << false << QStringList { u"Long run"_s } << u"18 min"_s << true;
        QTest::newRow("too short: callout below the marker")
            << 8 << true << QStringList { u"Long run"_s } << u"8 min"_s << true;
    }

    void labelFormFollowsTheBlockSize()
    {
        QFETCH(int, duration);
        Plan plan;
        plan.sessions = { session(u"Long run"_s, Day::Wed, 8 * 60, duration) };
        const QList<BlockLabel> labels = labelsOf(plan, grid());
        QCOMPARE(labels.size(), 1);
        const BlockLabel &l = labels[0];
        QTEST(l.callout, "callout");
        QTEST(l.titleLines, "lines");
        QTEST(l.detail, "detail");
        QTEST(l.detailInline, "detailInline");
        QCOMPARE(l.shownTitleChars(), 8);
        if (l.callout) {
            QVERIFY(l.text.top() > l.block.bottom());
            QVERIFY(l.text.left() >= grid().xOfColumn(2));
            QVERIFY(l.text.right() <= grid().xOfColumn(3));
        } else {
            QVERIFY(l.block.contains(l.text.topLeft()));
        }
    }

    void longTitleWrapsBeforeItIsCut()
    {
        Plan plan;
        plan.sessions = { session(u"Lower body hypertrophy"_s, Day::Mon, 8 * 60, 60, Kind::Strength) };
        const BlockLabel l = labelsOf(plan, grid()).value(0);
        QVERIFY(!l.callout);
        QVERIFY2(l.titleLines.size() >= 2, qPrintable(l.titleLines.join(u'|')));
        QCOMPARE(l.titleLines.join(u' '), u"Lower body hypertrophy"_s);
        QCOMPARE(l.shownTitleChars(), 22);
        // Half the height: the second line ends in an ellipsis, and the count says so.
        const BlockLabel cut = labelsOf(plan, grid(0.5)).value(0);
        if (cut.titleLines.join(u' ') != l.titleLines.join(u' ')) {
            QVERIFY(cut.titleLines.last().endsWith(u"…"_s) || cut.callout);
            QVERIFY(cut.shownTitleChars() < 22 || cut.callout);
        }
    }

    void calloutGoesAboveWhenTheTimeBelowIsTaken()
    {
        Plan plan;
        plan.sessions = { session(u"Warm-up walk"_s, Day::Tue, 17 * 60 + 50, 10),
                          session(u"Heavy upper"_s, Day::Tue, 18 * 60, 60, Kind::Strength) };
        const QList<BlockLabel> labels = labelsOf(plan, grid(0.5));
        const BlockLabel *walk = labelFor(labels, u"warm-upwalk"_s);
        const BlockLabel *upper = labelFor(labels, u"heavyupper"_s);
        QVERIFY(walk && upper);
        QVERIFY(walk->callout);
        QVERIFY(walk->text.bottom() < walk->block.top());
        QVERIFY(!walk->text.adjusted(-4, -1, 4, 1).intersects(upper->block));
        QCOMPARE(walk->shownTitleChars(), 12);
    }

    // Plan B of the comparison window, a week view half the screen wide: a HIIT ride dropped
    // before Monday's warm-up and heavy upper session. The ride's callout took the room above
    // the warm-up, and the warm-up's callout was painted over the heavy session's title.
    void calloutsLeaveEveryOtherLabelReadableInNarrowColumns()
    {
        Plan plan;
        plan.sessions = { session(u"Bike HIIT"_s, Day::Mon, 16 * 60 + 30, 25),
                          session(u"Warm-up walk"_s, Day::Mon, 17 * 60 + 50, 10),
                          session(u"Heavy upper"_s, Day::Mon, 18 * 60, 60, Kind::Strength) };
        plan.sessions[0].intensity = Intensity::Hiit;
        plan.sessions[0].modality = Modality::Cycling;
        // Seven columns of 80 px, an hour 32 px tall.
        const QList<BlockLabel> labels
            = labelsOf(plan, WeekGeometry(QRectF(50, 40, 560, 1000), 6 * 60, 32 / 60.0, Day::Mon));
        QCOMPARE(labels.size(), 3);
        for (const BlockLabel &l : labels) {
            QVERIFY2(l.shownTitleChars() >= std::min(12, int(l.title.size())), qPrintable(l.title));
            const QRectF painted = l.callout ? l.calloutRect() : l.text;
            for (const BlockLabel &other : labels) {
                if (other.sessionId == l.sessionId)
                    continue;
                if (l.callout)
                    QVERIFY2(!painted.intersects(other.block),
                             qPrintable(l.title + u" covers "_s + other.title));
                const QRectF otherText = other.callout ? other.calloutRect() : other.text;
                QVERIFY2(!painted.intersects(otherText), qPrintable(l.title + u" covers "_s + other.title));
            }
        }
    }

    void overlappingSessionsStandSideBySideBothLabelled()
    {
        Plan plan;
        plan.sessions = { session(u"Heavy lower"_s, Day::Thu, 18 * 60, 60, Kind::Strength),
                          session(u"Easy bike"_s, Day::Thu, 18 * 60 + 30, 60) };
        const QList<BlockLabel> labels = labelsOf(plan, grid(1.5));
        const BlockLabel *lower = labelFor(labels, u"heavylower"_s);
        const BlockLabel *bike = labelFor(labels, u"easybike"_s);
        QVERIFY(lower && bike);
        QVERIFY(!lower->block.intersects(bike->block));
        QCOMPARE(lower->shownTitleChars(), 11);
        QCOMPARE(bike->shownTitleChars(), 9);
    }

    void severityTakesAStripeWhereABadgeDoesNotFit()
    {
        // Bike HIIT right before heavy lifting: both get a finding.
        Plan plan;
        plan.sessions = { session(u"Bike HIIT"_s, Day::Mon, 7 * 60, 20),
                          session(u"Heavy lower"_s, Day::Mon, 7 * 60 + 30, 90, Kind::Strength) };
        plan.sessions[0].intensity = Intensity::Hiit;
        plan.sessions[0].modality = Modality::Cycling;
        plan.sessions[1].focus = Focus::Lower;
        plan.sessions[1].load = Load::Heavy;
        plan.sortSessions();
        const QList<BlockLabel> labels = labelsOf(plan, grid());
        const BlockLabel *hiit = labelFor(labels, u"bikehiit"_s);
        const BlockLabel *lower = labelFor(labels, u"heavylower"_s);
        QCOMPARE(hiit->mark, SeverityMark::Stripe);
        QCOMPARE(lower->mark, SeverityMark::Badge);
        QVERIFY(lower->block.contains(lower->markRect));
        QVERIFY(!lower->markRect.intersects(
            QRectF(lower->text.topLeft(),
                   QSizeF(QFontMetricsF(lower->font).horizontalAdvance(lower->titleLines.first()),
                          lower->lineHeight))));
    }

    // The goal of a laptop screen: every session of every built-in plan shows at least its
    // first 12 characters, or its whole title, in the main window with its default docks.
    void everyBuiltinSessionIsLegibleAtLaptopSize()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (window.screen()->size() != QSize(1366, 768))
            QSKIP("needs the 1366×768 offscreen screen of this test's main()");
        QTRY_VERIFY(window.dockContentsBuilt());
        WeekView *view = window.weekView();
        QVERIFY(view->pixelsPerMinute() >= WeekLabels::readablePixelsPerMinute(view->font()) - 1e-9);
        int checked = 0;
        for (const BuiltinPlan &builtin : builtinPlans()) {
            QVERIFY(window.document()->open(u"template:"_s + builtin.name).ok());
            const Plan &plan = window.document()->plan();
            for (int week = 0; week < plan.weeks; ++week) {
                view->setWeek(week);
                const WeekLayout layout = WeekLayout::build(plan.sessions, plan, week);
                const QList<BlockLabel> labels = view->painter().labels(
                    view->geometry(), layout, plan, window.document()->analysis(), view->font());
                for (const BlockLabel &l : labels) {
                    const int wanted = std::min(12, int(l.title.size()));
                    QVERIFY2(l.shownTitleChars() >= wanted,
                             qPrintable(u"%1, week %2: “%3” shows “%4”"_s.arg(
                                 builtin.name, QString::number(week + 1), l.title, l.titleLines.join(u'|'))));
                    // A callout stays inside its day column.
                    const WeekGeometry g = view->geometry();
                    const int column = g.columnAtX(l.block.center().x());
                    QVERIFY(l.text.left() >= g.xOfColumn(column)
                            && l.text.right() <= g.xOfColumn(column + 1));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 40);
    }
};

int main(int argc, char *argv[])
{
    // A laptop screen for the offscreen platform (tests/data/screens).
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM",
                "offscreen:configfile=" ORDO_TEST_DATA_DIR "/screens/laptop-1366x768.json");
    QApplication app(argc, argv);
    TestWeekLabels test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_weeklabels.moc"
