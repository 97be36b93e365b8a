// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The installed MIME type as the desktop sees it: a private MIME database built by
// update-mime-database from our XML plus freedesktop.org.xml, pointed at by XDG_DATA_DIRS.
class TestMimeType : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"files/"_s + name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray templatePlan()
    {
        QFile f(QStringLiteral(ORDO_SOURCE_DIR) + u"/resources/plans/beginner.ordo"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir root(m_dir.path());
        QVERIFY(root.mkpath(u"data/mime/packages"_s));
        QVERIFY(root.mkpath(u"home"_s));
        QVERIFY(root.mkpath(u"files"_s));
        const QString packages = m_dir.filePath(u"data/mime/packages/"_s);
        const QString system = u"/usr/share/mime/packages/freedesktop.org.xml"_s;
        if (!QFile::exists(system))
            QSKIP("shared-mime-info is not installed");
        QVERIFY(QFile::copy(system, packages + u"freedesktop.org.xml"_s));
        QVERIFY(QFile::copy(QStringLiteral(ORDO_MIME_XML), packages + u"org.ordoplanner.Ordo.xml"_s));

        QProcess update;
        update.setProcessChannelMode(QProcess::MergedChannels);
        update.start(QStringLiteral(ORDO_UPDATE_MIME_DATABASE), { m_dir.filePath(u"data/mime"_s) });
        QVERIFY(update.waitForFinished(60000));
        QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
                 update.readAll().constData());

        // Before the first QMimeDatabase: Qt reads the search path once.
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(u"data"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"home"_s)));
    }

    void globResolvesToOrdoPlan()
    {
        const QString path = writeFile(u"plan.ordo"_s, templatePlan());
        QVERIFY(!path.isEmpty());
        const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
        QCOMPARE(type.name(), u"application/x-ordo-plan"_s);
        QVERIFY(type.inherits(u"application/json"_s));
        QCOMPARE(type.iconName(), u"org.ordoplanner.Ordo"_s);
        QCOMPARE(type.comment(), u"Ordo training plan"_s);
        QVERIFY(type.suffixes().contains(u"ordo"_s));
    }

    void extensionAloneDecidesForEmptyFile()
    {
        // An empty or foreign file named *.ordo still shows as a plan; Ordo then reports
        // why it cannot open it.
        const QString path = writeFile(u"empty.ordo"_s, QByteArray());
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension).name(),
                 u"application/x-ordo-plan"_s);
    }

    void magicRecognisesRenamedPlan()
    {
        const QByteArray plan = templatePlan();
        QVERIFY(plan.startsWith("{\n  \"format\": \"ordo-plan\""));
        QCOMPARE(QMimeDatabase().mimeTypeForData(plan).name(), u"application/x-ordo-plan"_s);
        const QString path = writeFile(u"plan-without-extension"_s, plan);
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(),
                 u"application/x-ordo-plan"_s);
        const QByteArray compact = "{\"format\":\"ordo-plan\",\"version\":1,\"sessions\":[]}";
        QCOMPARE(QMimeDatabase().mimeTypeForData(compact).name(), u"application/x-ordo-plan"_s);
    }

    void otherJsonStaysJson()
    {
        const QString path = writeFile(u"other.json"_s, "{\"format\": \"something-else\"}\n");
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), u"application/json"_s);
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
