// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdfexporter.h"

#include "outputfile.h"
#include "printlayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace ordo {

int PdfExporter::resolution()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

PdfExporter::Result PdfExporter::render(const Plan &plan, const Analysis &analysis, const PdfOptions &options)
{
    Result result;
    QBuffer buffer(&result.bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // Vector output: the resolution only fixes the coordinate unit. Matching the screen's
        // DPI keeps text measured with default font metrics (the week painter) consistent.
        writer.setResolution(resolution());
        writer.setPageLayout(
            QPageLayout(options.pageSize, options.orientation, options.marginsMm, QPageLayout::Millimeter));
        writer.setTitle(plan.name);
        writer.setCreator(u"Ordo "_s + QStringLiteral(ORDO_VERSION));
        QPainter painter;
        if (!painter.begin(&writer))
            return result;
        PrintLayout document(plan, analysis, options);
        result.pageCount = document.paint(&writer, &painter);
        painter.end();
    }
    buffer.close();
    return result;
}

bool PdfExporter::exportToFile(const Plan &plan, const Analysis &analysis, const PdfOptions &options,
                               const QString &path, QString *errorString, int *pageCount)
{
    const Result result = render(plan, analysis, options);
    if (result.bytes.isEmpty()) {
        if (errorString)
            *errorString = QCoreApplication::translate("ordo::PdfExporter", "could not create the PDF");
        return false;
    }
    if (pageCount)
        *pageCount = result.pageCount;
    QString error;
    if (!writeOutputFile(path, result.bytes, &error)) {
        if (errorString)
            *errorString = error;
        return false;
    }
    return true;
}

} // namespace ordo
