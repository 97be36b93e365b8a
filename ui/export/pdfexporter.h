// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "pdfoptions.h"
#include "plan.h"

#include <QByteArray>
#include <QString>

// Writes a plan document as a vector PDF (QPdfWriter, DejaVu fonts embedded, title and
// creator set) through PrintLayout. Used by File ▸ Export PDF and `ordo export --pdf`.
namespace ordo {

class PdfExporter
{
public:
    struct Result
    {
        QByteArray bytes;
        int pageCount = 0;
    };

    static Result render(const Plan &plan, const Analysis &analysis, const PdfOptions &options);
    // Renders and saves atomically; on failure returns false and sets *errorString.
    static bool exportToFile(const Plan &plan, const Analysis &analysis, const PdfOptions &options,
                             const QString &path, QString *errorString, int *pageCount = nullptr);
    // The resolution of the PDF's coordinate space: the screen's logical DPI, so that the
    // fonts measured by shared painters (week grid, charts) match what is drawn.
    static int resolution();
};

} // namespace ordo
