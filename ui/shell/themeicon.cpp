// SPDX-License-Identifier: GPL-3.0-or-later

#include "themeicon.h"

#include "forwardingiconengine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

bool g_themeIconsInUse = false;

// Shows the shipped copy until theme icons are in use, then (resolved once) the theme's icon
// with the shipped copy as its fallback.
class DeferredThemeIconEngine : public ForwardingIconEngine
{
public:
    // `shippedPath` empty: none shipped.
    DeferredThemeIconEngine(const QString &name, const QString &shippedPath)
        : m_name(name)
        , m_shippedPath(shippedPath)
    { }

    QString iconName() override { return m_name; }
    bool isNull() override
    {
        // Before the switch, without reading the file: a shipped icon is never null.
        return g_themeIconsInUse ? target().isNull() : m_shippedPath.isEmpty();
    }
    QString key() const override { return u"ordo-deferred-theme"_s; }
    QIconEngine *clone() const override { return new DeferredThemeIconEngine(*this); }

private:
    // The shipped SVG is read when first drawn: an icon only in a menu costs nothing until
    // the menu opens.
    const QIcon &shipped()
    {
        if (m_shipped.isNull() && !m_shippedPath.isEmpty())
            m_shipped = QIcon(m_shippedPath);
        return m_shipped;
    }
    const QIcon &target() override
    {
        if (!g_themeIconsInUse)
            return shipped();
        if (!m_resolved) {
            m_resolved = true;
            m_theme = QIcon::fromTheme(m_name, shipped());
        }
        return m_theme;
    }

    QString m_name;
    QString m_shippedPath;
    QIcon m_shipped;
    QIcon m_theme;
    bool m_resolved = false;
};

// A shipped icon, read when first drawn.
class ShippedIconEngine : public ForwardingIconEngine
{
public:
    explicit ShippedIconEngine(const QString &path)
        : m_path(path)
    { }

    bool isNull() override { return false; }
    QString key() const override { return u"ordo-shipped"_s; }
    QIconEngine *clone() const override { return new ShippedIconEngine(*this); }

private:
    const QIcon &target() override
    {
        if (m_icon.isNull())
            m_icon = QIcon(m_path);
        return m_icon;
    }

    QString m_path;
    QIcon m_icon;
};

} // namespace

QIcon shippedIcon(const QString &path)
{
    return QIcon(new ShippedIconEngine(path));
}

QIcon themeIcon(const QString &name)
{
    QString shipped = u":/icons/"_s + name + u".svg"_s;
    if (!QFile::exists(shipped))
        shipped.clear();
    if (g_themeIconsInUse)
        return QIcon::fromTheme(name, shipped.isEmpty() ? QIcon() : QIcon(shipped));
    return QIcon(new DeferredThemeIconEngine(name, shipped));
}

void useThemeIcons()
{
    if (g_themeIconsInUse)
        return;
    g_themeIconsInUse = true;
    for (QWidget *widget : QApplication::allWidgets()) {
        if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->icon().isNull())
            button->update();
    }
}

bool themeIconsInUse()
{
    return g_themeIconsInUse;
}

} // namespace ordo
