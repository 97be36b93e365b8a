// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: arbitrary bytes through the whole plan load path (size cap, JSON parse,
// format/version check, validation, model), then, for plans that load, through analyze()
// and save-then-load, which must give an equal plan and identical bytes. Each auto-fix the
// analysis offers must be a valid edit that keeps the plan loadable and undoes exactly.
// Built with -DORDO_FUZZ=ON (clang); replayed over fuzz/corpus by the fuzz_corpus_replay
// ctest in every build through replaymain.cpp.
#include "analysis.h"
#include "autofix.h"
#include "planio.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_planload: %s\n%s\n", what, detail.constData());
    std::abort();
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Qt's own warnings are noise at a million runs per second; fatal ones still abort.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto previousHandler = qInstallMessageHandler(quietMessages);
    Q_UNUSED(previousHandler);

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ordo::ReadResult read = ordo::parsePlan(bytes);
    if (!read.ok()) {
        // Every refusal must say why.
        if (read.errors.isEmpty())
            fail("parsePlan refused the input without an error");
        for (const ordo::PlanError &e : read.errors) {
            if (e.what.isEmpty())
                fail("parsePlan reported an empty error message");
        }
        return 0;
    }
    const ordo::Plan &plan = *read.plan;

    const ordo::Analysis analysis = ordo::analyze(plan);
    if (analysis.days.size() != qsizetype(plan.weeks) * ordo::kDaysPerWeek)
        fail("analyze() did not produce one DayFigures per plan day");
    for (const ordo::Finding &f : analysis.findings) {
        for (const QString &id : f.sessions) {
            if (!plan.find(id))
                fail("a finding names a session that does not exist", id.toUtf8());
        }
    }

    const QByteArray saved = ordo::serializePlan(plan);
    int fixes = 0;
    for (const ordo::Finding &f : analysis.findings) {
        if (!f.autoFix || ++fixes > 3) // a few per input keep the fuzzer fast
            continue;
        const ordo::PlanEdit edit = ordo::autoFixEdit(plan, *f.autoFix);
        if (edit.isEmpty())
            continue;
        if (!edit.isValidFor(plan))
            fail("an auto-fix is not a valid edit", f.rule.toUtf8());
        ordo::Plan fixed = plan;
        const ordo::PlanEdit inverse = edit.apply(fixed);
        if (!ordo::parsePlan(ordo::serializePlan(fixed)).ok())
            fail("an auto-fix made a plan that does not load", f.rule.toUtf8());
        inverse.apply(fixed);
        if (ordo::serializePlan(fixed) != saved)
            fail("undoing an auto-fix did not restore the plan", f.rule.toUtf8());
    }

    const ordo::ReadResult again = ordo::parsePlan(saved);
    if (!again.ok())
        fail("a loaded plan did not load again after saving",
             saved.left(4096) + "\n--\n" + again.errors.value(0).toString().toUtf8());
    if (!(*again.plan == plan))
        fail("save-then-load changed the plan", saved.left(4096));
    if (ordo::serializePlan(*again.plan) != saved)
        fail("saving a reloaded plan gave different bytes", saved.left(4096));
    return 0;
}
