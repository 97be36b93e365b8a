// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>

#include <optional>

// Page setup and content choice of a plan document (PDF export, print). Filled by the export
// dialog, the print dialog or `ordo export`.
namespace ordo {

struct PdfOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm { 14, 14, 14, 14 };
    std::optional<int> week; // 0-based plan week; unset: every week gets its grid page
    bool includeCharts = true;
};

} // namespace ordo
