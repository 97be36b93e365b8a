// SPDX-License-Identifier: GPL-3.0-or-later

#include "shell/appstyle.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QPointer>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ordo;

// The desktop app's style (ui/shell/appstyle.h): the same pictures as the style it wraps, with
// less work before the first paint.
class TestAppStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTest(); }
    void titleBarIconsAreMadeOnce();
    void docksStillShowTheirButtons();
    void animatedOnlyOnScreen();
};

namespace {

// Fusion, counting what the proxy asks of it.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle()
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
    { }

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        ++asked[which];
        return QProxyStyle::standardIcon(which, option, widget);
    }

    mutable QHash<int, int> asked;
};

} // namespace

void TestAppStyle::titleBarIconsAreMadeOnce()
{
    auto *counting = new CountingStyle;
    AppStyle appStyle(counting);
    QStyle &style = appStyle;
    const QIcon close = style.standardIcon(QStyle::SP_DockWidgetCloseButton);
    const QIcon closeAgain = style.standardIcon(QStyle::SP_DockWidgetCloseButton);
    const QIcon fl = style.standardIcon(QStyle::SP_TitleBarNormalButton);
    style.standardIcon(QStyle::SP_TitleBarNormalButton);
    QVERIFY(!close.isNull());
    QVERIFY(!fl.isNull());
    QCOMPARE(closeAgain.cacheKey(), close.cacheKey());
    QCOMPARE(counting->asked.value(QStyle::SP_DockWidgetCloseButton), 1);
    QCOMPARE(counting->asked.value(QStyle::SP_TitleBarNormalButton), 1);
    // The same picture as the wrapped style's.
    const QIcon direct = QStyleFactory::create(u"Fusion"_s)->standardIcon(QStyle::SP_DockWidgetCloseButton);
    QCOMPARE(close.pixmap(16, 16).toImage(), direct.pixmap(16, 16).toImage());
    // Other icons are asked every time, as before.
    style.standardIcon(QStyle::SP_DialogOkButton);
    style.standardIcon(QStyle::SP_DialogOkButton);
    QCOMPARE(counting->asked.value(QStyle::SP_DialogOkButton), 2);
    // Applied to the application again (a new theme, say): made anew.
    appStyle.polish(qApp);
    style.standardIcon(QStyle::SP_DockWidgetCloseButton);
    QCOMPARE(counting->asked.value(QStyle::SP_DockWidgetCloseButton), 2);
}

void TestAppStyle::docksStillShowTheirButtons()
{
    AppStyle style(QStyleFactory::create(u"Fusion"_s));
    QMainWindow window;
    window.setStyle(&style);
    auto *dock = new QDockWidget(u"Dock"_s, &window);
    dock->setStyle(&style);
    dock->setWidget(new QWidget);
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.resize(600, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QAbstractButton *> buttons = dock->findChildren<QAbstractButton *>();
    QCOMPARE(buttons.size(), 2); // float and close
    for (QAbstractButton *b : buttons) {
        QVERIFY(b->isVisible());
        QVERIFY(!b->icon().isNull());
        QVERIFY(b->width() > 4 && b->height() > 4);
    }
}

void TestAppStyle::animatedOnlyOnScreen()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    const int duration = fusion->styleHint(QStyle::SH_Widget_Animation_Duration);
    QVERIFY(duration > 0);
    AppStyle appStyle(fusion);
    const QStyle &style = appStyle;
    QWidget window;
    auto *child = new QWidget(&window);
    QCOMPARE(style.styleHint(QStyle::SH_Widget_Animation_Duration, nullptr, child), 0);
    window.resize(200, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(style.styleHint(QStyle::SH_Widget_Animation_Duration, nullptr, child), duration);
    QCOMPARE(style.styleHint(QStyle::SH_Widget_Animation_Duration), duration);
}

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
