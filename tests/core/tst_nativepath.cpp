// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"
#include "nativepath.h"
#include "planio.h"
#include "terminaltext.h"
#include "testsupport.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ordo;

// File names that are not UTF-8 (docs/reliability.md, item 12), the identity of two names
// (item 9) and text made safe for a terminal (item 10).
class TestNativePath : public QObject
{
    Q_OBJECT

    static QByteArray readNative(const QByteArray &path)
    {
        QByteArray out;
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return out;
        char buffer[65536];
        for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
            out.append(buffer, n);
        ::close(fd);
        return out;
    }

private slots:
    void everyByteStringRoundTrips()
    {
        QRandomGenerator rng(20261201);
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes;
            for (int n = int(rng.bounded(12)); n > 0; --n) {
                // Mostly bytes around the UTF-8 boundaries, some valid sequences.
                static const QList<QByteArray> pieces = { "a",
                                                          "/",
                                                          "\xc3\xa9",
                                                          "\xe2\x82\xac",
                                                          "\xf0\x9f\x8f\x8b",
                                                          "\xef\xbb\xbf",
                                                          "\xed\xa0\x80",
                                                          "\xc0\xaf",
                                                          "\xf4\x90\x80\x80" };
                if (rng.bounded(2))
                    bytes += pieces.at(rng.bounded(int(pieces.size())));
                else
                    bytes += char(rng.bounded(256));
            }
            bytes.replace('\0', 'z');
            const QString path = pathFromNative(bytes);
            QCOMPARE(nativeFromPath(path), bytes);
            if (QString::fromUtf8(bytes).toUtf8() == bytes && !bytes.startsWith("\xef\xbb\xbf"))
                QCOMPARE(path, QString::fromUtf8(bytes)); // valid UTF-8 decodes as usual
        }
        QVERIFY(isPlainPath(u"plan-é-🏋.ordo"_s));
        QVERIFY(!isPlainPath(pathFromNative("\xff.ordo")));
    }

    void planOpensAndSavesUnderItsOwnBytes()
    {
        QTemporaryDir dir;
        const QByteArray folder = QFile::encodeName(dir.path());
        const QByteArray native = folder + "/\xe9t\xe9-\xff.ordo";
        auto cleanup = qScopeGuard([&] { ::unlink(native.constData()); });
        const QString path = pathFromNative(native);
        const Plan plan = *readBuiltinPlan(u"strength"_s).plan;
        QString error;
        QVERIFY2(writePlanFile(plan, path, &error), qPrintable(error));
        QCOMPARE(readNative(native), serializePlan(plan));
        // Nothing else was left in the folder: no U+FFFD twin, no temporary file.
        QCOMPARE(test::filesIn(dir.path()), 1);
        const ReadResult read = readPlanFile(path);
        QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString()));
        QVERIFY(*read.plan == plan);
        // Saving again replaces it and keeps its permissions.
        QVERIFY(::chmod(native.constData(), 0600) == 0);
        Plan changed = plan;
        changed.name = u"Changed"_s;
        QVERIFY2(writePlanFile(changed, path, &error), qPrintable(error));
        QCOMPARE(readNative(native), serializePlan(changed));
        struct stat st
        {
        };
        QCOMPARE(::stat(native.constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QCOMPARE(test::filesIn(dir.path()), 1);
    }

    void sameFileThroughLinksAndDots()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(u"plan.ordo"_s);
        QVERIFY(QFile::copy(u":/plans/strength.ordo"_s, plan));
        QVERIFY(QFile::link(plan, dir.filePath(u"link.pdf"_s)));
        QVERIFY(isSameFile(plan, dir.filePath(u"link.pdf"_s)));
        QVERIFY(isSameFile(plan, dir.path() + u"/./plan.ordo"_s));
        QVERIFY(isSameFile(dir.filePath(u"new.pdf"_s), dir.path() + u"/./new.pdf"_s));
        QVERIFY(!isSameFile(plan, dir.filePath(u"new.pdf"_s)));
        QVERIFY(!isSameFile(dir.filePath(u"a.pdf"_s), dir.filePath(u"b.pdf"_s)));
    }

    void terminalTextIsVisibleAndCut()
    {
        QCOMPARE(visibleText(u"a\x1b[2Jb\nc\td\r\x7f"_s), u"a\\e[2Jb\\nc\\td\\r\\x7f"_s);
        QCOMPARE(visibleText(u"\u0085\u2028\u202e\ufeff"_s), u"\\u0085\\u2028\\u202e\\ufeff"_s);
        QCOMPARE(visibleText(pathFromNative("x\xff.ordo")), u"x\\xff.ordo"_s);
        QCOMPARE(visibleText(u"é € 🏋 日本"_s), u"é € 🏋 日本"_s);
        QCOMPARE(cutText(QString(700, u'x'), 599).size(), 599);
        QVERIFY(cutText(QString(700, u'x'), 599).endsWith(QChar(0x2026)));
        QCOMPARE(cutText(u"short"_s, 599), u"short"_s);
        // A surrogate pair is never cut in half.
        const QString emoji = QString(597, u'x') + u"🏋🏋"_s;
        QVERIFY(!cutText(emoji, 599).at(597).isHighSurrogate());
    }
};

QTEST_GUILESS_MAIN(TestNativePath)
#include "tst_nativepath.moc"
