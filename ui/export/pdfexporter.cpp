// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdfexporter.h"

#include "outputfile.h"
#include "printlayout.h"
#include "translations.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// The document information as XMP too: it is where the document's language goes (dc:language),
// which the Info dictionary that setTitle() and setCreator() fill has no field for. Plans have
// no author, so dc:creator is left out (docs/cli.md, "export").
QByteArray xmpMetadata(const QString &title, const QString &creator, const QString &language)
{
    const QString xml = uR"(<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>%2</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>
   <xmp:CreatorTool>%3</xmp:CreatorTool>
   <pdf:Producer>Qt %4</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>)"_s;
    return xml.arg(title.toHtmlEscaped(), language, creator.toHtmlEscaped(), QString::fromLatin1(qVersion()))
        .toUtf8();
}

} // namespace

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
        const QString creator = u"Ordo "_s + QStringLiteral(ORDO_VERSION);
        writer.setTitle(plan.name);
        writer.setCreator(creator);
        writer.setDocumentXmpMetadata(xmpMetadata(plan.name, creator, Translations::current()));
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
