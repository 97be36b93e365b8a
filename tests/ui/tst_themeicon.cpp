// SPDX-License-Identifier: GPL-3.0-or-later

#include "shell/filecommands.h"
#include "shell/mainwindow.h"
#include "shell/themeicon.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ordo;

// The toolbar's icons come from the shipped copies until the main window has painted, and
// from the desktop theme afterwards (ui/shell/themeicon.h): a theme lookup before the first
// paint cost a quarter of the start-up on X11. The test installs a theme whose
// "document-open" is plain red, so which of the two a button shows can be seen in its pixels.
class TestThemeIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedIconsUntilTheFirstPaintThenTheTheme();
    void shippedIconIsAlwaysTheShippedCopy();

private:
    static int redPixels(const QImage &image);
    QTemporaryDir m_themes;
};

int TestThemeIcon::redPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.alpha() > 200 && c.red() > 220 && c.green() < 40 && c.blue() < 40 ? 1 : 0;
        }
    }
    return n;
}

void TestThemeIcon::initTestCase()
{
    test::prepareGuiTest();
    QVERIFY(m_themes.isValid());
    const QString theme = m_themes.path() + u"/redtest"_s;
    QVERIFY(QDir().mkpath(theme + u"/32x32/actions"_s));
    QFile index(theme + u"/index.theme"_s);
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=redtest\nDirectories=32x32/actions\n\n"
                "[32x32/actions]\nSize=32\nType=Scalable\nMinSize=8\nMaxSize=256\n");
    index.close();
    QImage red(32, 32, QImage::Format_ARGB32);
    red.fill(QColor(255, 0, 0));
    QVERIFY(red.save(theme + u"/32x32/actions/document-open.png"_s));
    QIcon::setThemeSearchPaths({ m_themes.path() });
    QIcon::setThemeName(u"redtest"_s);
}

void TestThemeIcon::shippedIconsUntilTheFirstPaintThenTheTheme()
{
    QVERIFY(!themeIconsInUse());
    // The theme has the icon: asked directly, it is red.
    QVERIFY(redPixels(QIcon::fromTheme(u"document-open"_s).pixmap(32, 32).toImage()) > 500);

    MainWindow window;
    QAction *open = window.fileCommands()->openAction();
    QVERIFY(!open->icon().isNull());
    QCOMPARE(open->icon().name(), u"document-open"_s);
    // Built, not yet painted: the shipped icon, no lookup.
    QCOMPARE(redPixels(open->icon().pixmap(32, 32).toImage()), 0);
    QVERIFY(!themeIconsInUse());

    QSignalSpy painted(&window, &MainWindow::firstPainted);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(themeIconsInUse());
    QTRY_COMPARE(painted.count(), 1);
    // After the first paint the same action's icon is the theme's, and its button shows it.
    QVERIFY(redPixels(open->icon().pixmap(32, 32).toImage()) > 500);
    QToolButton *button = nullptr;
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(open)))
            button = b;
    }
    QVERIFY(button);
    QTRY_VERIFY(redPixels(button->grab().toImage()) > 50);
    // A new icon is the theme's at once.
    QVERIFY(redPixels(themeIcon(u"document-open"_s).pixmap(32, 32).toImage()) > 500);
}

// An icon only shown in a menu (Lock Session) is read when first drawn, and is the shipped
// picture before and after the theme's icons are in use.
void TestThemeIcon::shippedIconIsAlwaysTheShippedCopy()
{
    const QIcon pin = shippedIcon(u":/icons/pin.svg"_s);
    QVERIFY(!pin.isNull());
    const QImage drawn = pin.pixmap(32, 32).toImage();
    QCOMPARE(drawn, QIcon(u":/icons/pin.svg"_s).pixmap(32, 32).toImage());
    int visible = 0;
    for (int y = 0; y < drawn.height(); ++y) {
        for (int x = 0; x < drawn.width(); ++x)
            visible += drawn.pixelColor(x, y).alpha() > 100 ? 1 : 0;
    }
    QVERIFY(visible > 20);
    QVERIFY(themeIconsInUse());
}

QTEST_MAIN(TestThemeIcon)
#include "tst_themeicon.moc"
