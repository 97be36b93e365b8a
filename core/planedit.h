// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One change to a plan, described as a value: sessions to insert or replace (matched by id),
// sessions to remove, and optionally new plan-level fields. apply() returns the inverse edit,
// so undo is "apply the inverse". Core has no QUndoStack (it lives in QtGui); the ui wraps
// each PlanEdit in a thin QUndoCommand. Built by the factory functions below, by auto-fixes,
// and by the document.
namespace ordo {

// Plan-level fields an edit can replace (everything except the sessions).
struct PlanHeader
{
    QString name;
    QString notes;
    int weeks = 1;
    bool repeat = true;
    Profile profile;
    AnalysisSettings analysis;
    bool hasAnalysisKey = false;
    std::optional<QDate> anchorDate;
    std::optional<Availability> availability;
    QList<WeekPhase> phases;

    static PlanHeader of(const Plan &plan);
    void applyTo(Plan &plan) const;
    bool operator==(const PlanHeader &) const = default;
};

class PlanEdit
{
public:
    QString text; // human-readable, e.g. "Move “Heavy lower” to Tue 07:00"
    QList<Session> upserts; // insert, or replace the session with the same id
    QStringList removals; // ids to remove
    std::optional<PlanHeader> header;

    bool isEmpty() const { return upserts.isEmpty() && removals.isEmpty() && !header; }
    // Applies the edit and returns its inverse (whose text is the same).
    PlanEdit apply(Plan &plan) const;
    // True if apply() would succeed and the plan stays one the file format can hold: every
    // removed id exists, sessions and header stay inside the plan limits (planlimits.h).
    bool isValidFor(const Plan &plan) const;

    static PlanEdit addSessions(const QList<Session> &sessions, const QString &text);
    static PlanEdit removeSessions(const QStringList &ids, const QString &text);
    static PlanEdit changeSessions(const QList<Session> &sessions, const QString &text);
    static PlanEdit changeHeader(const PlanHeader &header, const QString &text);
};

} // namespace ordo
