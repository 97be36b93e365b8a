// SPDX-License-Identifier: GPL-3.0-or-later

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;

// The window icon the app uses: the SVG compiled into ordo_ui as :/icons/<app id>.svg,
// drawn through Qt's SVG icon engine (libqt6svg6, a plugin dpkg-shlibdeps cannot see).
class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void iconResourceRendersAtEverySize()
    {
        const QString path = u":/icons/org.ordoplanner.Ordo.svg"_s;
        QVERIFY(QFile::exists(path));
        const QIcon icon(path);
        QVERIFY(!icon.isNull());
        for (int size : { 16, 32, 48, 256 }) {
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.width(), size);
            // Not blank: some opaque pixels in the middle.
            QVERIFY2(qAlpha(image.pixel(size / 2, size / 2)) > 0, qPrintable(u"blank at %1 px"_s.arg(size)));
        }
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
