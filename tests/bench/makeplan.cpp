// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchplans.h"
#include "planio.h"

#include <QCoreApplication>

#include <cstdio>

// Writes the benchmark plan of N weeks (default 52) as a plan file to standard output, so
// tests/bench/run.sh can time `ordo check --json` on the same sessions the benchmarks use.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    const int weeks = argc > 1 ? QCoreApplication::arguments().at(1).toInt(&ok) : 52;
    if (argc > 1 && (!ok || weeks < 1 || weeks > 520)) {
        std::fputs("usage: bench_makeplan [WEEKS]\n", stderr);
        return 2;
    }
    const QByteArray bytes = ordo::serializePlan(ordo::bench::hybridPlan(weeks));
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()) ? 0 : 1;
}
