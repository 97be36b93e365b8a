// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planedit.h"
#include "planio.h"
#include "testsupport.h"

#include <QTest>

// Shared by the edit factory tests: the saved plan they start from, and the undo check.
namespace ordo::test {

// A saved plan with what a round trip can lose: three weeks, a one-off plan, unicode, unknown
// keys, a session across the end of a week.
inline Plan savedPlan()
{
    const QByteArray bytes = readFixture(dataDir() + QStringLiteral("/plans/unicode-multiweek.ordo"));
    const ReadResult r = parsePlan(bytes);
    // The fixture is canonical, so "the saved bytes" are the file's bytes.
    if (!r.ok() || serializePlan(*r.plan) != bytes)
        qFatal("fixture does not load or is not canonical");
    return *r.plan;
}

// Applies `edit` to a copy of `plan` (the result goes to *after), then the inverse it returned:
// the plan must serialize to exactly the bytes it had, and the inverse of the inverse must
// redo the edit. Returns what went wrong, or an empty string.
inline QString undoProblem(const Plan &plan, const PlanEdit &edit, Plan *after = nullptr)
{
    if (edit.isEmpty())
        return QStringLiteral("the edit is empty");
    if (!edit.isValidFor(plan))
        return QStringLiteral("\"%1\" is not valid for the plan").arg(edit.text);
    const QByteArray before = serializePlan(plan);
    Plan p = plan;
    const PlanEdit inverse = edit.apply(p);
    const QByteArray edited = serializePlan(p);
    if (after)
        *after = p;
    if (inverse.text != edit.text)
        return QStringLiteral("the inverse is called \"%1\"").arg(inverse.text);
    if (!inverse.isValidFor(p))
        return QStringLiteral("the inverse of \"%1\" is not valid").arg(edit.text);
    const PlanEdit redo = inverse.apply(p);
    if (serializePlan(p) != before)
        return QStringLiteral("undoing \"%1\" does not restore the saved bytes").arg(edit.text);
    redo.apply(p);
    if (serializePlan(p) != edited)
        return QStringLiteral("redoing \"%1\" does not give the edited plan").arg(edit.text);
    return {};
}

} // namespace ordo::test

// Fails the test unless `edit` applies to `plan` and its inverse restores the saved bytes.
#define ORDO_VERIFY_UNDO(plan, edit, after)                                                                  \
    do {                                                                                                     \
        const QString problem_ = ordo::test::undoProblem((plan), (edit), (after));                           \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                  \
    } while (false)
