// SPDX-License-Identifier: GPL-3.0-or-later

#include "themeicon.h"

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
class DeferredThemeIconEngine : public QIconEngine
{
public:
    DeferredThemeIconEngine(const QString &name, const QIcon &shipped)
        : m_name(name)
        , m_shipped(shipped)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        current().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return current().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return current().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return current().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return current().availableSizes(mode, state);
    }
    QString iconName() override { return m_name; }
    bool isNull() override { return current().isNull(); }
    QString key() const override { return u"ordo-deferred-theme"_s; }
    QIconEngine *clone() const override { return new DeferredThemeIconEngine(*this); }

private:
    const QIcon &current()
    {
        if (!g_themeIconsInUse)
            return m_shipped;
        if (!m_resolved) {
            m_resolved = true;
            m_theme = QIcon::fromTheme(m_name, m_shipped);
        }
        return m_theme;
    }

    QString m_name;
    QIcon m_shipped;
    QIcon m_theme;
    bool m_resolved = false;
};

} // namespace

QIcon themeIcon(const QString &name)
{
    const QString fallback = u":/icons/"_s + name + u".svg"_s;
    const QIcon shipped = QFile::exists(fallback) ? QIcon(fallback) : QIcon();
    if (g_themeIconsInUse)
        return QIcon::fromTheme(name, shipped);
    return QIcon(new DeferredThemeIconEngine(name, shipped));
}

void useThemeIcons()
{
    if (g_themeIconsInUse)
        return;
    g_themeIconsInUse = true;
    // Windows take their icon's pixmaps when it is set: set the application's again.
    const QIcon windowIcon = QApplication::windowIcon();
    if (!windowIcon.name().isEmpty())
        QApplication::setWindowIcon(themeIcon(windowIcon.name()));
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
