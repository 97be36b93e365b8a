// SPDX-License-Identifier: GPL-3.0-or-later

#include "uitestsupport.h"

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

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
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
        const QString png = m_home.filePath(u"shot.png"_s);
        QCOMPARE(run({ u"--screenshot"_s, png, u"template:musclegrowth"_s }), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1400, 900));
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
