// SPDX-License-Identifier: GPL-3.0-or-later

#include "uitestsupport.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The desktop entry point as scripts use it: --screenshot, --measure-startup, and a usage
// error (exit 2) for unknown options. Runs the real ordo binary on the offscreen platform.
class TestDesktopApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
            const QString &platform = u"offscreen"_s)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, platform);
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ORDO_BINARY), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void screenshotWritesAPng()
    {
        // The picture shows the window filling the screen: here a 1366×768 laptop's.
        const QString screens = m_home.filePath(u"screens.json"_s);
        QFile file(screens);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"screens":[{"name":"laptop","x":0,"y":0,"width":1366,"height":768,)"
                   R"("logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})");
        file.close();
        const QString png = m_home.filePath(u"shot.png"_s);
        QCOMPARE(run({ u"--screenshot"_s, png, u"template:musclegrowth"_s }, nullptr, nullptr,
                     u"offscreen:configfile="_s + screens),
                 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        // The window's contents: the screen less the platform's thin frame.
        QVERIFY2(image.width() <= 1366 && image.width() >= 1356, qPrintable(QString::number(image.width())));
        QVERIFY2(image.height() <= 768 && image.height() >= 758, qPrintable(QString::number(image.height())));
    }

    void measureStartupPrintsJson()
    {
        QByteArray out;
        QCOMPARE(run({ u"--measure-startup"_s, u"template:strength"_s }, &out), 0);
        const QJsonObject o = QJsonDocument::fromJson(out.trimmed()).object();
        QVERIFY2(o.contains(u"msToFirstPaint"_s), out.constData());
        QVERIFY(o.value(u"msToFirstPaint"_s).toDouble() > 0);
        // The docks are filled after the first paint and painted after it.
        QVERIFY2(o.value(u"msToDocksPainted"_s).toDouble() >= o.value(u"msToFirstPaint"_s).toDouble(),
                 out.constData());
    }

    void unknownOptionIsAUsageError()
    {
        QByteArray err;
        QCOMPARE(run({ u"--frobnicate"_s }, nullptr, &err), 2);
        QVERIFY(err.contains("ordo: unknown option --frobnicate"));
    }

    void screenshotOfABadPlanFails()
    {
        QByteArray err;
        QCOMPARE(run({ u"--screenshot"_s, m_home.filePath(u"x.png"_s), u"template:nope"_s }, nullptr, &err),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
