// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

// The style of the desktop app: the platform's (or the one given), with what it does before the
// main window's first paint made cheaper, nothing drawn differently (docs/performance.md,
// "Startup: the window paints first, the docks follow" and "Startup: fourth pass"):
//
// - The overflow buttons of the menu bar and the toolbar get their icons when first drawn.
//   Those icons are PNG files, and the first PNG read loads and asks every image-format plugin
//   (4.5 million instructions), for buttons that only show when the window is too narrow.
// - The docks' title-bar buttons (close, float) are asked for their icon by every layout of a
//   dock, only to measure it: 50 times before the first paint, each decoding the same small
//   image anew (3 million instructions). Those icons are kept once made, for each pixel ratio
//   and icon theme, until the style is applied to the application again.
// - A window not yet on screen is laid out in one step. Qt moves docks and tab bars through an
//   animation object (of length zero while the window is hidden) unless the style says widgets
//   are not animated: 34 of them before the first paint. Once the window is on screen, docks
//   and tabs animate as the platform's style says.
namespace ordo {

class AppStyle : public QProxyStyle
{
public:
    // `base` null: the platform's style. The proxy owns it.
    explicit AppStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option,
                       const QWidget *widget) const override;
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override;
    void polish(QApplication *app) override;
    using QProxyStyle::polish;

private:
    // By pixel ratio and kind, for the icon theme named.
    mutable QHash<qint64, QIcon> m_titleBarIcons;
    mutable QString m_iconTheme;
};

} // namespace ordo
