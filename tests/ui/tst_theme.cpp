// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "charts/chartstyle.h"
#include "docks/findingsmodel.h"
#include "docks/palettemodel.h"
#include "theme/theme.h"
#include "uitestsupport.h"
#include "week/weekpainter.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace ordo;
using namespace Qt::StringLiterals;

// The one colour palette (ui/theme/theme.h): the painters take their colours from it, the
// severities stay apart, and no colour is written anywhere else in ui/.
class TestTheme : public QObject
{
    Q_OBJECT

    static int countColour(const QImage &image, const QColor &colour, int tolerance = 2)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - colour.red()) <= tolerance
                    && std::abs(c.green() - colour.green()) <= tolerance
                    && std::abs(c.blue() - colour.blue()) <= tolerance)
                    ++n;
            }
        }
        return n;
    }

    static double hue(const QColor &c) { return c.toHsv().hueF() * 360.0; }
    static double hueDistance(const QColor &a, const QColor &b)
    {
        const double d = std::abs(hue(a) - hue(b));
        return std::min(d, 360.0 - d);
    }

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void weekPainterPaintsKindsInTheThemeColour()
    {
        Plan plan;
        Session heavy;
        heavy.id = u"s1"_s;
        heavy.title = u"Squat"_s;
        heavy.kind = Kind::Strength;
        heavy.load = Load::Heavy;
        heavy.focus = Focus::Lower;
        heavy.day = Day::Tue;
        heavy.startMinute = 8 * 60;
        heavy.durationMin = 120;
        plan.sessions = { heavy };
        const Analysis analysis = analyze(plan);

        // An unusual strength colour: only a painter that asks the theme can paint it.
        const QColor marker(0x12, 0x80, 0x34);
        WeekPainterOptions options;
        options.theme.setColor(Theme::Strength, marker);
        const WeekPainter painter(options);
        QCOMPARE(painter.sessionColor(heavy), marker);

        QImage image(700, 500, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            painter.paintWeek(p, QRectF(image.rect()), plan, analysis, 0, 7, 11);
        }
        // The two-hour block fills half the Tuesday column's height: hundreds of pixels.
        QVERIFY2(countColour(image, marker) > 1000, qPrintable(QString::number(countColour(image, marker))));

        // With the stock theme the same block is the stock strength colour.
        const WeekPainter stock;
        QCOMPARE(stock.sessionColor(heavy), Theme::light().color(Theme::Strength));
        QImage again(700, 500, QImage::Format_RGB32);
        again.fill(Qt::white);
        {
            QPainter p(&again);
            stock.paintWeek(p, QRectF(again.rect()), plan, analysis, 0, 7, 11);
        }
        QCOMPARE(countColour(again, marker), 0);
        QVERIFY(countColour(again, Theme::light().color(Theme::Strength)) > 1000);
    }

    void weekPainterFollowsThePalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        const WeekPainter painter(WeekPainterOptions::fromPalette(dark));
        QVERIFY(painter.options().theme.isDark());
        QCOMPARE(painter.kindColor(Kind::Cardio), Theme::dark().color(Theme::Cardio));
        QCOMPARE(painter.severityColor(Severity::Critical), Theme::dark().color(Theme::Critical));
        QCOMPARE(painter.options().theme.color(Theme::Background), QColor(0x20, 0x20, 0x20));
    }

    void chartsAndListsUseTheTheme()
    {
        const ChartStyle paper = ChartStyle::forPaper();
        for (int r = 0; r < Theme::RoleCount; ++r)
            QCOMPARE(paper.theme.color(Theme::Role(r)), Theme::paper().color(Theme::Role(r)));
        const ChartStyle screen
            = ChartStyle::fromPalette(QGuiApplication::palette(), QGuiApplication::font());
        const Theme app = Theme::forPalette(QGuiApplication::palette());
        QCOMPARE(screen.theme.color(Theme::Strength), app.color(Theme::Strength));
        QCOMPARE(screen.theme.color(Theme::HighLoad), app.color(Theme::HighLoad));

        // The findings list's severity icons are painted in the severity colours.
        for (Severity s : { Severity::Critical, Severity::Warning, Severity::Info }) {
            const QImage icon = FindingsModel::severityIcon(s).pixmap(16, 16).toImage();
            QVERIFY2(countColour(icon, app.severity(s), 3) > 40, qPrintable(displayName(s)));
        }

        // The palette's swatches are painted in the session colours.
        const PaletteModel palette;
        const WeekPainter painter(WeekPainterOptions::fromPalette(QGuiApplication::palette()));
        int swatches = 0;
        for (int group = 0; group < palette.rowCount(); ++group) {
            const QModelIndex parent = palette.index(group, 0);
            for (int row = 0; row < palette.rowCount(parent); ++row) {
                const QModelIndex index = palette.index(row, 0, parent);
                const SessionTemplate *t = palette.templateAt(index);
                QVERIFY(t);
                const QImage image = index.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
                QCOMPARE(image.pixelColor(8, 8).rgb(), painter.sessionColor(t->session).rgb());
                ++swatches;
            }
        }
        QVERIFY(swatches > 5);
    }

    void severitiesStayDistinguishable_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
        QTest::newRow("paper") << u"paper"_s;
    }

    void severitiesStayDistinguishable()
    {
        QFETCH(QString, variant);
        const Theme theme = variant == u"dark"_s ? Theme::dark()
            : variant == u"paper"_s              ? Theme::paper()
                                                 : Theme::light();
        const QColor ground = theme.color(Theme::Background);
        const QList<Severity> severities { Severity::Critical, Severity::Warning, Severity::Info };
        for (Severity s : severities) {
            // WCAG 2 non-text contrast: at least 3:1 against the ground they sit on.
            const double c = Theme::contrast(theme.severity(s), ground);
            QVERIFY2(c >= 3.0, qPrintable(u"%1 %2: %3"_s.arg(variant, displayName(s)).arg(c)));
            // The badge glyph reads on its badge.
            QVERIFY(Theme::contrast(theme.textOn(theme.severity(s)), theme.severity(s)) >= 3.0);
        }
        // Apart from each other by hue, so a glance tells them apart.
        for (int i = 0; i < severities.size(); ++i) {
            for (int j = i + 1; j < severities.size(); ++j) {
                const double d = hueDistance(theme.severity(severities[i]), theme.severity(severities[j]));
                QVERIFY2(
                    d >= 25,
                    qPrintable(u"%1 vs %2: %3°"_s.arg(displayName(severities[i]), displayName(severities[j]))
                                   .arg(d)));
            }
        }
        // The three session kinds are apart as well.
        QVERIFY(hueDistance(theme.kind(Kind::Strength), theme.kind(Kind::Cardio)) >= 25);
        QVERIFY(hueDistance(theme.kind(Kind::Strength), theme.kind(Kind::Mobility)) >= 25);
        QVERIFY(hueDistance(theme.kind(Kind::Cardio), theme.kind(Kind::Mobility)) >= 25);
        // Text reads on the ground.
        QVERIFY(Theme::contrast(theme.color(Theme::Text), ground) >= 7.0);
        QVERIFY(Theme::contrast(theme.color(Theme::MutedText), ground) >= 3.0);
    }

    // The value axis's top: a round number a little above the highest value, with six ticks
    // at round steps, and not much empty room above (a week of 2,900 load units used to get
    // an axis up to 5,000).
    void valueAxisTopIsRoundAndClose_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("top");
        QTest::newRow("nothing") << 0.0 << 100.0;
        QTest::newRow("2,900 load") << 2900.0 << 4000.0;
        QTest::newRow("just under a round top") << 925.0 << 1000.0;
        QTest::newRow("just over a round top") << 1000.0 << 1500.0;
        QTest::newRow("2,700") << 2700.0 << 3000.0;
        QTest::newRow("6,000") << 6000.0 << 7500.0;
        QTest::newRow("80") << 80.0 << 100.0;
    }
    void valueAxisTopIsRoundAndClose()
    {
        QFETCH(double, value);
        QFETCH(double, top);
        QCOMPARE(niceAxisMaximum(value), top);
        if (value > 0) {
            QVERIFY(niceAxisMaximum(value) >= value * 1.08);
            QVERIFY(niceAxisMaximum(value) <= value * 1.6);
        }
        // Every tick a round number: steps of 1, 1.5, 2, 3, 5 or 6 times a power of ten.
        const double step = top / (niceAxisTickCount(top) - 1);
        const double lead = step / std::pow(10.0, std::floor(std::log10(step)));
        QVERIFY2(QList<double>({ 1, 1.5, 2, 3, 5, 6 }).contains(std::round(lead * 10) / 10),
                 qPrintable(QString::number(step)));
    }

    void contrastIsTheWcagRatio()
    {
        QCOMPARE(Theme::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(Theme::contrast(Qt::white, Qt::white), 1.0);
        QVERIFY(qAbs(Theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void noColourOutsideTheTheme()
    {
        // Every colour literal in ui/ lives in ui/theme/: the rest asks the theme by role.
        const QRegularExpression literal(
            u"QColor\\(\\s*(0x|\\d|\")|Qt::(red|green|blue|white|black|gray|darkGray|lightGray|yellow|cyan|magenta|darkRed|darkGreen|darkBlue)\\b|#[0-9a-fA-F]{6}\\b|#[0-9a-fA-F]{3}\\b"_s);
        const QString root = QStringLiteral(ORDO_SOURCE_DIR) + u"/ui"_s;
        QDirIterator it(root, { u"*.cpp"_s, u"*.h"_s }, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        QStringList offenders;
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            if (path.contains(u"/ui/theme/"_s))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                if (literal.match(lines[i]).hasMatch())
                    offenders
                        << u"%1:%2: %3"_s.arg(path.mid(root.size() + 1)).arg(i + 1).arg(lines[i].trimmed());
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
