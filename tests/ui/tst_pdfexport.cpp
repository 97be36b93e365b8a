// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/pdfexporter.h"
#include "export/printlayout.h"
#include "season/seasonpainter.h"

#include "builtinplans.h"
#include "physiology.h"
#include "planio.h"
#include "ruletitles.h"
#include "season.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ordo;

// The PDF export checked from the outside with poppler-utils: page count and size (pdfinfo),
// every session title and finding message as text (pdftotext), embedded fonts (pdffonts),
// metadata, clean pagination of long findings lists, and one-week and 12-week plans.
class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageSizes_data();
    void pageSizes();
    void oneWeekPlanHasGridFindingsAndCharts();
    void everySessionTitleAndFindingMessageIsText();
    void missedAndKeySessionsAreSaidInWords();
    void fontsAreEmbedded();
    void metadataIsSet();
    void chartLabelsAreNotElided();
    void highLoadHasOneLegendEntryWithThePlansThreshold();
    void wordsAndNumbersMatchTheStatusBar();
    void twelveWeekPlanGetsOneGridPagePerWeek();
    void singleWeekOfAMultiWeekPlan();
    void datedPlanPagesCarryTheirDates();
    void seasonPageComesBeforeTheWeekPages();
    void seasonPageOf52WeeksContinuesOnTheNextPage();
    void longFindingsListPaginatesWithoutCuts();
    void unwritablePathFails();
    void printerUsesTheSameRenderer();

private:
    QString writePdf(const Plan &plan, const Analysis &analysis, const PdfOptions &options,
                     int *pages = nullptr);
    QString run(const QString &program, const QStringList &args);
    QString pdfText(const QString &path, int page = 0);
    static QString normalised(QString text);
    static Plan twelveWeekPlan();

    QTemporaryDir m_dir;
    QString m_lastPath;
    int m_counter = 0;
    bool m_poppler = false;
    Plan m_fatLoss;
    Analysis m_fatLossAnalysis;
};

void TestPdfExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
    m_poppler = !QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty()
        && !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
        && !QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty();
    if (!m_poppler)
        QSKIP("poppler-utils (pdfinfo, pdftotext, pdffonts) are not installed");
    const ReadResult r = readBuiltinPlan(u"fatloss"_s);
    QVERIFY(r.plan);
    m_fatLoss = *r.plan;
    m_fatLossAnalysis = analyze(m_fatLoss);
    QVERIFY(!m_fatLossAnalysis.findings.isEmpty());
}

QString TestPdfExport::writePdf(const Plan &plan, const Analysis &analysis, const PdfOptions &options,
                                int *pages)
{
    const QString path = m_dir.filePath(u"out%1.pdf"_s.arg(++m_counter));
    m_lastPath = path;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!PdfExporter::exportToFile(plan, analysis, options, path, &error, pages))
        qWarning("export failed: %s", qPrintable(error));
    qInfo("%s: %lld ms", qPrintable(plan.name), timer.elapsed());
    return path;
}

QString TestPdfExport::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString TestPdfExport::pdfText(const QString &path, int page)
{
    QStringList args { u"-raw"_s, u"-enc"_s, u"UTF-8"_s };
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return run(u"pdftotext"_s, args << path << u"-"_s);
}

QString TestPdfExport::normalised(QString text)
{
    // Wrapped lines come back as line breaks: compare word sequences.
    return text.replace(QRegularExpression(u"\\s+"_s), u" "_s).trimmed();
}

Plan TestPdfExport::twelveWeekPlan()
{
    // The 4-week hybrid block three times over, titles numbered by week so each is unique.
    const ReadResult r = readBuiltinPlan(u"hybrid4w"_s);
    Plan plan = *r.plan;
    plan.name = u"Twelve-week hybrid block"_s;
    plan.weeks = 12;
    plan.repeat = false;
    QList<Session> sessions;
    int id = 1;
    for (int block = 0; block < 3; ++block) {
        for (Session s : r.plan->sessions) {
            s.week += block * 4;
            s.id = u"s"_s + QString::number(id++);
            s.title = s.displayTitle() + u" W"_s + QString::number(s.week + 1);
            sessions << s;
        }
    }
    plan.sessions = sessions;
    plan.sortSessions();
    return plan;
}

void TestPdfExport::pageSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << int(QPageLayout::Portrait) << QSizeF(595.3, 841.9);
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << int(QPageLayout::Landscape)
                                  << QSizeF(841.9, 595.3);
    QTest::newRow("Letter portrait") << int(QPageSize::Letter) << int(QPageLayout::Portrait)
                                     << QSizeF(612, 792);
    QTest::newRow("Letter landscape")
        << int(QPageSize::Letter) << int(QPageLayout::Landscape) << QSizeF(792, 612);
}

void TestPdfExport::pageSizes()
{
    QFETCH(int, size);
    QFETCH(int, orientation);
    QFETCH(QSizeF, points);
    PdfOptions options;
    options.pageSize = QPageSize(QPageSize::PageSizeId(size));
    options.orientation = QPageLayout::Orientation(orientation);
    int pages = 0;
    const QString info = run(u"pdfinfo"_s, { writePdf(m_fatLoss, m_fatLossAnalysis, options, &pages) });
    QVERIFY(pages >= 3);
    QVERIFY2(info.contains(u"Pages:           %1\n"_s.arg(pages)), qPrintable(info));
    // pdfinfo rounds: "Page size:       595 x 842 pts (A4)"; every page has the same size.
    const QString perPage
        = run(u"pdfinfo"_s, { u"-f"_s, u"1"_s, u"-l"_s, QString::number(pages), m_lastPath });
    const QRegularExpression re(u"Page +\\d+ size: +([0-9.]+) x ([0-9.]+) pts"_s);
    int checked = 0;
    for (auto it = re.globalMatch(perPage); it.hasNext(); ++checked) {
        const QRegularExpressionMatch m = it.next();
        QVERIFY2(std::abs(m.captured(1).toDouble() - points.width()) < 1, qPrintable(m.captured(0)));
        QVERIFY2(std::abs(m.captured(2).toDouble() - points.height()) < 1, qPrintable(m.captured(0)));
    }
    QCOMPARE(checked, pages);
}

void TestPdfExport::oneWeekPlanHasGridFindingsAndCharts()
{
    int pages = 0;
    const QString path = writePdf(m_fatLoss, m_fatLossAnalysis, {}, &pages);
    QCOMPARE(pages, 3); // grid, findings, charts
    const QString page1 = normalised(pdfText(path, 1));
    QVERIFY2(page1.startsWith(m_fatLoss.name), qPrintable(page1.left(200)));
    QVERIFY(page1.contains(u"Goal: Fat loss"_s));
    QVERIFY(page1.contains(u"Estimated AMPK-elevated window"_s));
    QVERIFY(normalised(pdfText(path, 2)).startsWith(u"Findings"_s));
    const QString page3 = normalised(pdfText(path, 3));
    QVERIFY2(page3.contains(u"monotony"_s) && page3.contains(u"AMPK-elevated windows"_s), qPrintable(page3));
    QVERIFY(page3.contains(u"fatigue left when each lift starts"_s));
}

void TestPdfExport::everySessionTitleAndFindingMessageIsText()
{
    const QString text = normalised(pdfText(writePdf(m_fatLoss, m_fatLossAnalysis, {})));
    QVERIFY(!text.isEmpty());
    for (const Session &s : m_fatLoss.sessions)
        QVERIFY2(text.contains(normalised(s.displayTitle())), qPrintable(s.displayTitle()));
    for (const Finding &f : m_fatLossAnalysis.findings) {
        QVERIFY2(text.contains(normalised(f.message)), qPrintable(f.message));
        QVERIFY2(text.contains(normalised(f.fix)), qPrintable(f.fix));
    }
}

void TestPdfExport::missedAndKeySessionsAreSaidInWords()
{
    // Marked in the grid (pale, struck, a bar) and in the session list, for paper without colour.
    Plan plan = m_fatLoss;
    plan.sessions[0].missed = true;
    plan.sessions[1].priority = Priority::Key;
    const Analysis analysis = analyze(plan);
    const QString text = normalised(pdfText(writePdf(plan, analysis, {})));
    QVERIFY2(text.contains(normalised(plan.sessions[0].displayTitle() + u"  ("_s).trimmed()),
             qPrintable(text));
    QCOMPARE(text.count(u"· missed"_s), 1);
    QCOMPARE(text.count(u"· key session"_s), 1);
    // The missed session counts in no figure of the page: the analysis without it.
    QVERIFY(analysis.summary.strengthSessions + analysis.summary.cardioSessions
            < m_fatLossAnalysis.summary.strengthSessions + m_fatLossAnalysis.summary.cardioSessions);
}

void TestPdfExport::fontsAreEmbedded()
{
    const QString fonts = run(u"pdffonts"_s, { writePdf(m_fatLoss, m_fatLossAnalysis, {}) });
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
    QVERIFY2(fonts.contains(u"DejaVuSans"_s), qPrintable(fonts));
    for (const QString &line : lines) {
        const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(cols.size() >= 7 && cols[cols.size() - 5] == u"yes"_s, qPrintable(line)); // emb
    }
}

void TestPdfExport::metadataIsSet()
{
    const QString info = run(u"pdfinfo"_s, { writePdf(m_fatLoss, m_fatLossAnalysis, {}) });
    QVERIFY2(info.contains(u"Title:           "_s + m_fatLoss.name), qPrintable(info));
    QVERIFY2(info.contains(u"Creator:         Ordo "_s), qPrintable(info));
}

void TestPdfExport::chartLabelsAreNotElided()
{
    // A chart rendered through an unsized view elides its axis labels to "…".
    const QString path = writePdf(m_fatLoss, m_fatLossAnalysis, {});
    const QString charts = pdfText(path, 3);
    QVERIFY2(!charts.contains(u"..."_s) && !charts.contains(u"…"_s), qPrintable(charts));
    for (const QString &label : { u"Mon"_s, u"Sun"_s, u"12:00"_s, u"24:00"_s, u"40 %"_s })
        QVERIFY2(charts.contains(label), qPrintable(label));
}

void TestPdfExport::highLoadHasOneLegendEntryWithThePlansThreshold()
{
    for (const double minimum : { 720.0, 900.0 }) {
        Plan plan = m_fatLoss;
        plan.analysis.thresholds.insert(u"load.highDayMinAU"_s, minimum);
        const Analysis analysis = analyze(plan);
        QVERIFY(analysis.highLoadThresholdAU >= minimum);
        const QString charts = normalised(pdfText(writePdf(plan, analysis, {}), 3));
        const QString entry
            = u"High-load day (load ≥ %1)"_s.arg(QLocale().toString(analysis.highLoadThresholdAU, 'f', 0));
        QCOMPARE(charts.count(entry), 1);
        QCOMPARE(charts.count(u"High-load day"_s), 1);
        QVERIFY2(!charts.contains(u"High load"_s), qPrintable(charts));
    }
}

void TestPdfExport::wordsAndNumbersMatchTheStatusBar()
{
    // One rest day reads "1 rest day"; kcal are rounded as the status bar rounds them.
    Translations::install(u"en"_s);
    Plan plan;
    plan.name = u"Six days on"_s;
    for (int d = 0; d < 6; ++d) {
        Session s;
        s.id = u"s%1"_s.arg(d);
        s.title = u"Steady run %1"_s.arg(d + 1);
        s.kind = Kind::Cardio;
        s.modality = Modality::Running;
        s.intensity = Intensity::Moderate;
        s.day = Day(d);
        s.startMinute = 7 * 60;
        s.durationMin = 47;
        plan.sessions << s;
    }
    const Analysis analysis = analyze(plan);
    QCOMPARE(analysis.summary.restDays, 1);
    const QString page1 = normalised(pdfText(writePdf(plan, analysis, {}), 1));
    QVERIFY2(page1.contains(u"· 1 rest day ·"_s), qPrintable(page1));
    const qint64 kcal = physiology::displayedKcal(analysis.summary.kcal);
    QCOMPARE(kcal % 10, 0);
    QVERIFY2(page1.contains(u"≈ %1 kcal"_s.arg(QLocale().toString(kcal))), qPrintable(page1));
}

void TestPdfExport::twelveWeekPlanGetsOneGridPagePerWeek()
{
    const Plan plan = twelveWeekPlan();
    const Analysis analysis = analyze(plan);
    int pages = 0;
    const QString path = writePdf(plan, analysis, {}, &pages);
    const QString info = run(u"pdfinfo"_s, { path });
    QVERIFY2(info.contains(u"Pages:           %1\n"_s.arg(pages)), qPrintable(info));
    QVERIFY2(pages >= 1 + 12 + 1 + 12 + 1, qPrintable(QString::number(pages)));
    // Page 1 is the season page; the week pages follow.
    QVERIFY(normalised(pdfText(path, 1)).contains(u"Season overview"_s));
    for (int w = 0; w < 12; ++w) {
        const QString page = normalised(pdfText(path, w + 2));
        QVERIFY2(page.contains(u"Week %1 of 12"_s.arg(w + 1)), qPrintable(page.left(300)));
        for (const Session &s : plan.sessions) {
            if (s.week == w)
                QVERIFY2(page.contains(s.displayTitle()), qPrintable(s.displayTitle()));
        }
    }
    const QString text = normalised(pdfText(path));
    for (const Finding &f : analysis.findings)
        QVERIFY2(text.contains(normalised(f.message)), qPrintable(f.message));
    QVERIFY(text.contains(u"Fitness, fatigue and form"_s));
}

void TestPdfExport::singleWeekOfAMultiWeekPlan()
{
    const Plan plan = twelveWeekPlan();
    const Analysis analysis = analyze(plan);
    PdfOptions options;
    options.week = 4;
    int pages = 0;
    const QString path = writePdf(plan, analysis, options, &pages);
    const QString first = normalised(pdfText(path, 1));
    QVERIFY(first.contains(u"Week 5 of 12"_s));
    QVERIFY(!normalised(pdfText(path)).contains(u"Week 6 of 12"_s));
    QVERIFY(pages < 12);
}

void TestPdfExport::datedPlanPagesCarryTheirDates()
{
    // A plan starting on Monday 21 December 2026: week 3 is 4–10 January 2027, and its page
    // says so in the title and in each day's header.
    Plan plan = twelveWeekPlan();
    plan.anchorDate = QDate(2026, 12, 21);
    const Analysis analysis = analyze(plan);
    PdfOptions options;
    options.week = 2;
    options.includeCharts = false;
    const QString path = writePdf(plan, analysis, options);
    const QString page = normalised(pdfText(path, 1));
    QVERIFY2(page.contains(u"Week 3 of 12 · 4–10 Jan"_s), qPrintable(page.left(300)));
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    for (int d = 0; d < kDaysPerWeek; ++d) {
        // "Monday 4 Jan" or "Mon 4 Jan", whichever fits the page's columns.
        const QRegularExpression header(english.dayName(d + 1, QLocale::ShortFormat) + u"[a-z]* "_s
                                        + QString::number(4 + d) + u" Jan"_s);
        QVERIFY2(header.match(page).hasMatch(), qPrintable(header.pattern() + u": "_s + page.left(600)));
    }

    // Without a start date, no dates.
    plan.anchorDate.reset();
    const QString undated = normalised(pdfText(writePdf(plan, analyze(plan), options), 1));
    QVERIFY(undated.contains(u"Week 3 of 12"_s));
    QVERIFY2(!undated.contains(u" Jan"_s), qPrintable(undated.left(600)));
}

void TestPdfExport::seasonPageComesBeforeTheWeekPages()
{
    Plan plan = twelveWeekPlan();
    WeekPhase deload;
    deload.week = 3;
    deload.phase = Phase::Deload;
    plan.phases = { deload };
    plan.anchorDate = QDate(2027, 1, 4);
    const Analysis analysis = analyze(plan);
    PdfOptions options;
    options.includeCharts = false;
    const QString path = writePdf(plan, analysis, options);
    const QString season = normalised(pdfText(path, 1));
    QVERIFY2(season.contains(u"Season overview · 12 weeks · from 4–10 Jan to 22–28 Mar"_s),
             qPrintable(season.left(400)));
    // The overview's columns, every week in order, the phase, each week's load and worst finding.
    for (const QString &header : SeasonPainter::totalsHeaders())
        QVERIFY2(season.contains(header), qPrintable(header));
    QVERIFY(season.contains(u"Worst finding"_s));
    qsizetype at = 0;
    for (int w = 0; w < 12; ++w) {
        at = season.indexOf(u"Week %1 "_s.arg(w + 1), at);
        QVERIFY2(at >= 0, qPrintable(u"Week %1"_s.arg(w + 1)));
        const QString load = QLocale().toString(std::lround(analysis.weeks[w].load));
        QVERIFY2(season.indexOf(load, at) >= 0, qPrintable(load));
    }
    QVERIFY(season.contains(u"Deload"_s));
    const QList<int> worst = worstFindingPerWeek(analysis, plan.weeks);
    for (int f : worst) {
        if (f >= 0)
            QVERIFY2(season.contains(ruleTitle(analysis.findings[f].rule).left(12)),
                     qPrintable(ruleTitle(analysis.findings[f].rule)));
    }
    QVERIFY(normalised(pdfText(path, 2)).contains(u"Week 1 of 12"_s));

    // One week of the plan, or a one-week plan: no season page.
    options.week = 2;
    QVERIFY(!normalised(pdfText(writePdf(plan, analysis, options), 1)).contains(u"Season overview"_s));
    QVERIFY(
        !normalised(pdfText(writePdf(m_fatLoss, m_fatLossAnalysis, {}), 1)).contains(u"Season overview"_s));
}

void TestPdfExport::seasonPageOf52WeeksContinuesOnTheNextPage()
{
    Plan plan = twelveWeekPlan();
    plan.weeks = 52;
    const Analysis analysis = analyze(plan);
    PdfOptions options;
    options.includeCharts = false;
    const QString path = writePdf(plan, analysis, options);
    // The table runs over two pages, the header repeated; every week once, then week 1's page.
    const QString first = normalised(pdfText(path, 1));
    const QString second = normalised(pdfText(path, 2));
    QVERIFY2(second.startsWith(u"Season overview (continued)"_s), qPrintable(second.left(200)));
    QVERIFY(second.contains(SeasonPainter::totalsHeaders().first()));
    for (int w = 1; w <= 52; ++w) {
        const QRegularExpression label(u"\\bWeek %1\\b"_s.arg(w));
        QCOMPARE(int(label.match(first).hasMatch()) + int(label.match(second).hasMatch()), 1);
    }
    QVERIFY(normalised(pdfText(path, 3)).contains(u"Week 1 of 52"_s));
}

void TestPdfExport::longFindingsListPaginatesWithoutCuts()
{
    Analysis analysis = m_fatLossAnalysis;
    analysis.findings.clear();
    for (int i = 0; i < 70; ++i) {
        Finding f;
        f.rule = u"ampk-window"_s;
        f.severity = Severity(i % 3);
        f.day = Day(i % 7);
        f.axisMinute = (i % 7) * kMinutesPerDay + 7 * 60;
        f.message
            = u"Finding number %1: a long message that wraps over more than one line because it explains "
              "what happens to the lifting session when it lands inside the window after a hard cardio "
              "session, with all the reasons."_s.arg(i + 1);
        f.fix = u"Move lifting number %1 to 10:45 or later, or swap the order."_s.arg(i + 1);
        f.source = u"000_b743a5f68db8ab6e.txt"_s;
        analysis.findings << f;
    }
    // One message longer than a page must flow on, not be cut.
    Finding huge;
    huge.rule = u"monotony"_s;
    huge.message = QStringList(QList<QString>(400, u"very long message words"_s)).join(u' ') + u" the end."_s;
    analysis.findings << huge;
    PdfOptions options;
    options.includeCharts = false;
    int pages = 0;
    const QString path = writePdf(m_fatLoss, analysis, options, &pages);
    QVERIFY(pages > 4);
    QStringList pageTexts;
    for (int p = 1; p <= pages; ++p)
        pageTexts << normalised(pdfText(path, p));
    for (int i = 0; i < 70; ++i) {
        // Each ordinary finding sits whole on exactly one page.
        int found = 0;
        for (const QString &page : std::as_const(pageTexts))
            found += page.contains(normalised(analysis.findings[i].message)) ? 1 : 0;
        QVERIFY2(found == 1, qPrintable(analysis.findings[i].message));
    }
    // The footer is drawn at each page's end; without it the pages read as one text.
    QString all = normalised(pdfText(path));
    all.remove(
        QRegularExpression(u" ?"_s + QRegularExpression::escape(m_fatLoss.name) + u" · Ordo [0-9.]+"_s));
    all.remove(QRegularExpression(u" ?Page \\d+"_s));
    all.remove(QRegularExpression(u" ?Findings \\(continued\\)"_s));
    if (!all.contains(normalised(huge.message)))
        qWarning("%s", qPrintable(all.right(3000)));
    QVERIFY(all.contains(normalised(huge.message)));
}

void TestPdfExport::unwritablePathFails()
{
    QString error;
    QVERIFY(!PdfExporter::exportToFile(m_fatLoss, m_fatLossAnalysis, {},
                                       m_dir.filePath(u"missing-dir/out.pdf"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestPdfExport::printerUsesTheSameRenderer()
{
    // File ▸ Print paints the same PrintLayout on a QPrinter; print it to a PDF file here.
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Landscape,
                                      QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter));
    QPainter painter;
    QVERIFY(painter.begin(&printer));
    PdfOptions options;
    options.pageSize = QPageSize(QPageSize::Letter);
    options.orientation = QPageLayout::Landscape;
    const int pages = PrintLayout(m_fatLoss, m_fatLossAnalysis, options).paint(&printer, &painter);
    painter.end();
    const QString info = run(u"pdfinfo"_s, { path });
    QVERIFY2(info.contains(u"Pages:           %1\n"_s.arg(pages)), qPrintable(info));
    QVERIFY2(info.contains(u"792 x 612 pts"_s), qPrintable(info));
    const QString text = normalised(pdfText(path));
    for (const Session &s : m_fatLoss.sessions)
        QVERIFY2(text.contains(s.displayTitle()), qPrintable(s.displayTitle()));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
