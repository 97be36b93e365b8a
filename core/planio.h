// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"
#include "planlimits.h"

#include <QByteArray>
#include <QFileDevice>
#include <QList>
#include <QString>

#include <optional>

// Reading and writing plan files (docs/plan-format.md, version 1). Pure functions over bytes,
// plus file helpers that enforce the size cap before parsing and save atomically through
// QSaveFile. Called by the document, the command line, tests and the fuzzer.
namespace ordo {

constexpr int kFormatVersion = 1;

struct PlanError
{
    QString where; // "line 3, column 14", a JSON Pointer such as "/sessions/3/start", or "file"
    QString what;
    QString toString() const { return where.isEmpty() ? what : where + QStringLiteral(": ") + what; }
};

struct ReadResult
{
    std::optional<Plan> plan;
    QList<PlanError> errors; // empty when plan is set
    bool ok() const { return plan.has_value(); }
};

ReadResult parsePlan(const QByteArray &bytes);
ReadResult readPlanFile(const QString &path);

// Canonical bytes: keys in document order, sessions sorted, two-space indent, final newline.
// A plan whose indented form would pass PlanLimits::kMaxFileBytes is written compactly instead.
QByteArray serializePlan(const Plan &plan);
// No whitespace, defaults left out, shortest numbers: never longer than any file the plan
// could have been read from, so what Ordo read it can write back readably.
QByteArray serializePlanCompact(const Plan &plan);

// Atomic write (QSaveFile). On failure returns false, sets *errorString, and leaves any
// existing file untouched. A plan too large for the reader is refused, not written.
bool writePlanFile(const Plan &plan, const QString &path, QString *errorString);
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *errorString);
// Writes all of `bytes` to an open file and flushes Qt's buffer; false with the reason
// (for example "No space left on device") when either step fails.
bool writeFully(QFileDevice &file, const QByteArray &bytes, QString *errorString);

} // namespace ordo
