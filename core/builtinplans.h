// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planio.h"

#include <QList>
#include <QString>

// The built-in plans shipped as Qt resources under :/plans (resources/plans/*.ordo).
// Used by `ordo templates`, `ordo new`, `template:NAME` sources and File ▸ New.
namespace ordo {

struct BuiltinPlan
{
    QString name; // lower-case, no spaces: usable as template:NAME
    QString title; // the plan's "name" field
};

QList<BuiltinPlan> builtinPlans();
// Raw bytes of a built-in plan; empty if there is none by that name.
QByteArray builtinPlanBytes(const QString &name);
ReadResult readBuiltinPlan(const QString &name);

// Reads a PLAN argument as docs/cli.md defines it: a path, "-" for standard input, or template:NAME.
ReadResult readPlanSource(const QString &source);

} // namespace ordo
