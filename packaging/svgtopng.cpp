// SPDX-License-Identifier: GPL-3.0-or-later

// Build-time helper: renders the application icon SVG to the PNG sizes the hicolor
// theme wants, with Qt's own SVG renderer (Debian has no rsvg-convert by default).
// Usage: ordo_svgtopng INPUT.svg OUTPUT_DIR SIZE... → OUTPUT_DIR/<SIZE>x<SIZE>.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No display is needed to paint into a QImage; the offscreen platform keeps it headless.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: ordo_svgtopng INPUT.svg OUTPUT_DIR SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "ordo_svgtopng: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir outDir(args.at(2));
    if (!outDir.mkpath(QStringLiteral(".")))
        return 1;
    for (const QString &sizeArg : args.mid(3)) {
        bool ok = false;
        const int size = sizeArg.toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "ordo_svgtopng: bad size %s\n", qPrintable(sizeArg));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString out = outDir.filePath(sizeArg + QLatin1Char('x') + sizeArg + QStringLiteral(".png"));
        if (!image.save(out, "PNG")) {
            std::fprintf(stderr, "ordo_svgtopng: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
