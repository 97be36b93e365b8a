// SPDX-License-Identifier: GPL-3.0-or-later

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

// The reference for the startup probe (docs/performance.md): a bare Qt Widgets window holding
// one QChartView with a week of bars. It measures its time to first paint exactly like
// `ordo --measure-startup` (timer started first thing in main, first QEvent::Paint anywhere
// in the application) and prints the same JSON, so the two figures form a ratio that does
// not depend on the machine.
namespace {

// Stops the clock at the first paint. Out of line so that callgrind can stop there too
// (`--dump-before=*firstPaintNs*`, see run.sh).
[[gnu::noinline]] qint64 firstPaintNs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed();
}

class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(const QElapsedTimer &timer)
        : m_timer(timer)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("{\"msToFirstPaint\":%.2f}\n", double(firstPaintNs(m_timer)) / 1e6);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_timer;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    FirstPaintProbe probe(startup);
    app.installEventFilter(&probe);

    auto *set = new QBarSet(u"Load"_s);
    *set << 3 << 5 << 2 << 6 << 4 << 7 << 1;
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    QChartView view(chart);
    view.resize(1400, 900);
    view.show();
    return app.exec();
}
