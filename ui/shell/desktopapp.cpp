// SPDX-License-Identifier: GPL-3.0-or-later

#include "desktopapp.h"

#include "appsettings.h"
#include "appstyle.h"
#include "autosave.h"
#include "filecommands.h"
#include "mainwindow.h"
#include "themeicon.h"
#include "translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

void printError(const QString &text)
{
    const QByteArray bytes = (u"ordo: "_s + text + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

// Stops the clock at the first paint. Out of line so that callgrind can stop there too
// (`--dump-before=*firstPaintNs*`, see tests/bench/run.sh).
[[gnu::noinline]] qint64 firstPaintNs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed();
}

// The startup probe: records the first paint anywhere in the app, then the first paint once
// the docks' contents exist (they are built right after the first paint), prints both as
// JSON in milliseconds and quits.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &timer, std::function<bool()> complete)
        : m_timer(timer)
        , m_complete(std::move(complete))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_done)
            return QObject::eventFilter(watched, event);
        if (m_firstNs < 0)
            m_firstNs = firstPaintNs(m_timer);
        if (m_complete()) {
            m_done = true;
            std::printf("{\"msToFirstPaint\":%.2f,\"msToDocksPainted\":%.2f}\n", double(m_firstNs) / 1e6,
                        double(m_timer.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_timer;
    std::function<bool()> m_complete;
    qint64 m_firstNs = -1;
    bool m_done = false;
};

bool waitForExposed(QWidget &window, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (window.windowHandle() && window.windowHandle()->isExposed())
            return true;
    }
    return false;
}

} // namespace

int runDesktopApp(int argc, char *argv[], const DesktopOptions &options)
{
    QElapsedTimer startup;
    startup.start();
    // QApplication first: it removes its own options (-platform, -style, …) from argv.
    QApplication app(argc, argv);
    // Unless a style was asked for (-style, QT_STYLE_OVERRIDE): the platform's, wrapped.
    if (qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE")
        && !QCoreApplication::arguments().contains(u"-style"_s))
        QApplication::setStyle(new AppStyle);
    QApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
    QGuiApplication::setDesktopFileName(u"org.ordoplanner.Ordo"_s);
    // Before any window: texts are translated when widgets are made (applied at start only).
    Translations::install(options.language.isEmpty() ? AppSettings().language() : options.language);

    MainWindow window;
    // The window icon once the window has painted: the window system takes it as pixmaps of
    // several sizes, rendered from the SVG when it is set (ui/shell/themeicon.h).
    QObject::connect(&window, &MainWindow::firstPainted, &window,
                     [] { QApplication::setWindowIcon(themeIcon(u"org.ordoplanner.Ordo"_s)); });
    FirstPaintProbe probe(startup, [&window] { return window.dockContentsBuilt(); });
    if (options.measureStartup)
        app.installEventFilter(&probe);
    const bool scripted = options.measureStartup || !options.screenshotPath.isEmpty();
    if (scripted) {
        // No one is there to close a dialog: errors go to standard error.
        window.fileCommands()->setErrorReporter(
            [](const QString &, const QString &text) { printError(text); });
    }
    if (!options.planSource.isEmpty() && !window.fileCommands()->openSource(options.planSource) && scripted)
        return 1;

    if (!options.screenshotPath.isEmpty()) {
        // The picture shows the window filling the screen it opens on (on the offscreen
        // platform, the screen its configuration file describes).
        window.showMaximized();
        if (!waitForExposed(window, 5000)) {
            printError(QCoreApplication::translate("ordo::DesktopApp", "the window was never shown"));
            return 1;
        }
        // Let layouts and the docks settle before grabbing.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!window.grab().save(options.screenshotPath)) {
            printError(QCoreApplication::translate("ordo::DesktopApp", "cannot write %1")
                           .arg(options.screenshotPath));
            return 1;
        }
        return 0;
    }

    window.show();
    if (!scripted) {
        Autosave::migrateCopies(Autosave::legacyDirectory(), Autosave::defaultDirectory());
        window.fileCommands()->offerRecovery(Autosave::defaultDirectory());
    }
    return app.exec();
}

} // namespace ordo
