// SPDX-License-Identifier: GPL-3.0-or-later

#include "appstyle.h"

#include "forwardingiconengine.h"

#include <QApplication>
#include <QPointer>
#include <QWidget>
#include <QWindow>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// One of the style's standard icons, asked of the style when first drawn.
class LazyStandardIcon : public ForwardingIconEngine
{
public:
    LazyStandardIcon(QStyle *style, QStyle::StandardPixmap which)
        : m_style(style)
        , m_which(which)
    { }

    bool isNull() override { return false; }
    QString key() const override { return u"ordo-lazy-standard"_s; }
    QIconEngine *clone() const override { return new LazyStandardIcon(*this); }

private:
    const QIcon &target() override
    {
        if (!m_loaded && m_style) {
            m_loaded = true;
            m_icon = m_style->standardIcon(m_which);
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    QIcon m_icon;
    bool m_loaded = false;
};

bool isTitleBarButton(QStyle::StandardPixmap which)
{
    switch (which) {
    case QStyle::SP_TitleBarNormalButton:
    case QStyle::SP_TitleBarCloseButton:
    case QStyle::SP_TitleBarMinButton:
    case QStyle::SP_TitleBarMaxButton:
    case QStyle::SP_DockWidgetCloseButton:
        return true;
    default:
        return false;
    }
}

bool isOnScreen(const QWidget *window)
{
    const QWindow *handle = window->windowHandle();
    return handle && handle->isExposed();
}

} // namespace

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{ }

QIcon AppStyle::standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const
{
    if (which == SP_ToolBarHorizontalExtensionButton || which == SP_ToolBarVerticalExtensionButton)
        return QIcon(new LazyStandardIcon(baseStyle(), which));
    if (!isTitleBarButton(which))
        return QProxyStyle::standardIcon(which, option, widget);
    const QString theme = QIcon::themeName();
    if (theme != m_iconTheme) {
        m_titleBarIcons.clear();
        m_iconTheme = theme;
    }
    const qreal ratio = widget ? widget->devicePixelRatioF() : qApp->devicePixelRatio();
    const qint64 key = std::llround(ratio * 1000) * 1024 + int(which);
    auto found = m_titleBarIcons.constFind(key);
    if (found == m_titleBarIcons.constEnd())
        found = m_titleBarIcons.insert(key, QProxyStyle::standardIcon(which, option, widget));
    return *found;
}

int AppStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                        QStyleHintReturn *returnData) const
{
    if (hint == SH_Widget_Animation_Duration && widget && !isOnScreen(widget->window()))
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void AppStyle::polish(QApplication *app)
{
    m_titleBarIcons.clear();
    QProxyStyle::polish(app);
}

} // namespace ordo
