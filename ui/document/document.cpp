// SPDX-License-Identifier: GPL-3.0-or-later

#include "document.h"

#include "builtinplans.h"
#include "edits/planedits.h"
#include "planeditcommand.h"

#include <QFileInfo>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ordo {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_plan.name = tr("Untitled plan");
    recompute();
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document() = default;

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

bool Document::canApply(const PlanEdit &edit) const
{
    return !edit.isEmpty() && edit.isValidFor(m_plan);
}

bool Document::apply(const PlanEdit &edit, const QString &mergeKey)
{
    if (!canApply(edit))
        return false;
    m_undoStack->push(new PlanEditCommand(this, edit, mergeKey));
    return true;
}

PlanEdit Document::applyDirect(const PlanEdit &edit)
{
    PlanEdit inverse = edit.apply(m_plan);
    recompute();
    emit planChanged();
    return inverse;
}

void Document::recompute()
{
    m_analysis = analyze(m_plan, m_clock);
    // docs/rules.md 3.10.8: the fixes are checked again when they are next shown.
    m_fixCheck.reset();
    m_fixVerdicts.clear();
}

const AutoFix *Document::offeredFix(const Finding &finding) const
{
    if (!finding.autoFix)
        return nullptr;
    const QString key = FixCheck::key(finding);
    auto verdict = m_fixVerdicts.constFind(key);
    if (verdict == m_fixVerdicts.constEnd()) {
        if (!m_fixCheck)
            m_fixCheck.emplace(m_plan, m_analysis);
        verdict = m_fixVerdicts.insert(key, m_fixCheck->helpful(finding));
    }
    return *verdict ? &*finding.autoFix : nullptr;
}

void Document::setClockFormat(ClockFormat clock)
{
    if (clock == m_clock)
        return;
    m_clock = clock;
    recompute();
    emit planChanged();
}

void Document::reset(const Plan &plan, const QString &filePath)
{
    m_undoStack->clear();
    m_diskStamp = {}; // open() and replaceWithSaved()'s callers stamp what they read
    m_plan = plan;
    m_plan.sortSessions();
    recompute();
    m_undoStack->setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    emit planReset();
    emit planChanged();
    emit modifiedChanged(false);
}

namespace {

// The edit that turns `current` into `saved`, if replaying it gives exactly `saved` (an edit
// holds the header and sessions, not keys this version does not know).
std::optional<PlanEdit> replacementEdit(const Plan &current, const Plan &saved, const QString &text)
{
    PlanEdit edit = PlanEdits::restore(current, saved);
    edit.text = text;
    if (edit.isEmpty() || !edit.isValidFor(current))
        return std::nullopt;
    Plan check = current;
    edit.apply(check);
    Plan sorted = saved;
    sorted.sortSessions();
    if (!(check == sorted))
        return std::nullopt;
    return edit;
}

} // namespace

bool Document::canReplaceUndoably(const Plan &saved) const
{
    return replacementEdit(m_plan, saved, {}).has_value();
}

bool Document::replaceWithSaved(const Plan &saved, const QString &text)
{
    const std::optional<PlanEdit> edit = replacementEdit(m_plan, saved, text);
    if (!edit) {
        reset(saved, m_filePath);
        return false;
    }
    m_undoStack->push(new PlanEditCommand(this, *edit, {}));
    m_undoStack->setClean();
    return true;
}

ReadResult Document::open(const QString &source)
{
    // Built-in templates have no file: Save asks for a name.
    const bool builtin = source.startsWith(u"template:"_s);
    // Stamped before reading: a write in between then shows as a change, never goes unseen.
    const FileStamp stamp = builtin ? FileStamp {} : FileStamp::of(source);
    ReadResult result = readPlanSource(source);
    if (result.ok()) {
        reset(*result.plan, builtin ? QString() : QFileInfo(source).absoluteFilePath());
        m_diskStamp = stamp;
    }
    return result;
}

bool Document::changedOnDisk() const
{
    return !m_filePath.isEmpty() && FileStamp::of(m_filePath) != m_diskStamp;
}

bool Document::save(const QString &path, QString *errorString)
{
    if (!writePlanFile(m_plan, path, errorString))
        return false;
    m_diskStamp = FileStamp::of(path);
    m_undoStack->setClean();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_filePath != absolute) {
        m_filePath = absolute;
        emit filePathChanged(m_filePath);
    }
    return true;
}

} // namespace ordo
