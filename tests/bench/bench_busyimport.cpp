// SPDX-License-Identifier: GPL-3.0-or-later

#include "busyimport.h"

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace ordo;

// importBusyTimes() on a crowded calendar (docs/performance.md, "Busy-time import"): 300
// series in Europe/Berlin time that began in 2015 and never end, daily or twice a week, each
// with an EXDATE, read into 12 plan weeks (12,900 busy times).
namespace {

QByteArray crowdedCalendar()
{
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ordo benchmark//EN\r\n";
    for (int i = 0; i < 300; ++i) {
        const QByteArray hour = QByteArray::number(10 + i % 10);
        ics += "BEGIN:VEVENT\r\nUID:e" + QByteArray::number(i) + "@bench\r\nDTSTART;TZID=Europe/Berlin:2015"
            + QByteArray(i % 2 ? "0105" : "0312") + "T" + hour + "0000\r\nDURATION:PT45M\r\nRRULE:FREQ="
            + QByteArray(i % 3 ? "WEEKLY;BYDAY=MO,WE" : "DAILY") + "\r\nEXDATE;TZID=Europe/Berlin:20260318T"
            + hour + "0000\r\nSUMMARY:Event " + QByteArray::number(i) + "\r\nEND:VEVENT\r\n";
    }
    return ics + "END:VCALENDAR\r\n";
}

void BM_ImportBusyTimesCrowded(benchmark::State &state)
{
    const QByteArray ics = crowdedCalendar();
    const BusyTimeRange range { QDate(2026, 3, 16), 12 };
    const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    qsizetype busy = 0;
    for (auto _ : state) {
        const BusyTimeImport result = importBusyTimes(ics, u"bench.ics"_s, range, zone);
        busy = result.busyTimes.size();
        benchmark::DoNotOptimize(busy);
    }
    state.counters["busy"] = double(busy);
    state.SetBytesProcessed(state.iterations() * ics.size());
}
BENCHMARK(BM_ImportBusyTimesCrowded)->Unit(benchmark::kMillisecond);

} // namespace
