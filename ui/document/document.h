// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "autofix.h"
#include "filestamp.h"
#include "plan.h"
#include "planedit.h"
#include "planio.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

// The open plan: owns the Plan, its QUndoStack, the file path and the cached Analysis.
// The only place that changes the plan — views and models call apply() with a PlanEdit and
// listen to planChanged, emitted once per applied step (do, undo or redo) and on reset, when
// plan() and analysis() are both up to date.
namespace ordo {

class PlanEditCommand;

class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Plan &plan() const { return m_plan; }
    // The analysis of plan(). Its findings' autoFix are what the rules propose; whether the
    // document offers one (a Fix button) is offeredFix()'s answer.
    const Analysis &analysis() const { return m_analysis; }
    // The finding's automatic fix if the document offers it, else nullptr: only a fix that does
    // not make the plan worse (docs/rules.md 3.10.8). Checked when first asked, once per
    // analysis, so an edit costs one analysis however many fixes the plan has (only the fixes
    // a person looks at are checked; docs/performance.md, "Fixes are checked when shown").
    const AutoFix *offeredFix(const Finding &finding) const;
    // How many fixes offeredFix() has checked since the plan last changed.
    int fixesChecked() const { return int(m_fixVerdicts.size()); }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The user's clock: the analysis writes its messages in it, edits their undo texts.
    ClockFormat clockFormat() const { return m_clock; }
    // Re-analyses in the new clock (planChanged) when it differs.
    void setClockFormat(ClockFormat clock);
    QString filePath() const { return m_filePath; }
    bool isModified() const;

    // Pushes one undo step. Consecutive edits with the same non-empty mergeKey (e.g. typing
    // into one field) become a single step. Invalid or empty edits are ignored (returns false).
    bool apply(const PlanEdit &edit, const QString &mergeKey = {});
    // Whether apply() would take the edit: the one answer for hover feedback and the change.
    bool canApply(const PlanEdit &edit) const;

    // Replaces the whole plan (New, Open): clears the undo history.
    void reset(const Plan &plan, const QString &filePath = {});
    // Whether replaceWithSaved(saved) can be one undo step (else it clears the history).
    bool canReplaceUndoably(const Plan &saved) const;
    // Replaces the plan with what its file holds (Revert, Reload) and marks it unmodified:
    // one undo step named `text` that brings the replaced plan back, when
    // canReplaceUndoably(); else as reset(). Returns whether it was one undo step.
    bool replaceWithSaved(const Plan &saved, const QString &text);
    // Reads a path or template:NAME; on failure the open plan stays untouched and the
    // errors are returned.
    ReadResult open(const QString &source);
    bool save(const QString &path, QString *errorString);
    // The stamp of filePath() when this document last read or wrote it; changedOnDisk():
    // the file is no longer that (another program or window wrote, moved or deleted it).
    FileStamp diskStamp() const { return m_diskStamp; }
    void setDiskStamp(const FileStamp &stamp) { m_diskStamp = stamp; }
    bool changedOnDisk() const;

signals:
    void planChanged();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void planReset();

private:
    friend class PlanEditCommand;
    PlanEdit applyDirect(const PlanEdit &edit);
    void recompute();

    Plan m_plan;
    Analysis m_analysis;
    mutable std::optional<FixCheck> m_fixCheck; // of m_plan and m_analysis, made when first asked
    mutable QHash<QString, bool> m_fixVerdicts; // FixCheck::key → offered, for m_analysis
    ClockFormat m_clock = ClockFormat::H24;
    QUndoStack *m_undoStack;
    QString m_filePath;
    FileStamp m_diskStamp;
};

} // namespace ordo
