// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "arrange/arranger.h"
#include "arrange/replan.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

// Plan ▸ Arrange Week…: runs the arranger (core/arrange/arranger.h) in a worker thread with a
// progress bar and Stop, then previews the result — the week with the moved sessions
// outlined and their old places dashed, "3 moves clear 2 warnings and 1 info", the score
// before and after, and what remains with the reason — and applies it as one undo step.
namespace ordo {

class Document;
class ArrangePreview;
class CompareWindow;

class ArrangeDialog : public QDialog
{
    Q_OBJECT

public:
    // Arrange: the arranger with its options. Replan: Plan ▸ Re-plan Rest of Week… — the
    // week's missed sessions placed again (core/arrange/replan.h), from now or from the day
    // after the first missed one; no options, the same progress and Stop, preview, lists and
    // one undo step.
    enum class Mode { Arrange, Replan };

    // `week`: the week the user looks at, arranged and previewed first.
    ArrangeDialog(Document *document, int week, QWidget *parent = nullptr, Mode mode = Mode::Arrange);
    ~ArrangeDialog() override;

    // Starts arranging with the chosen options (the dialog starts once when shown).
    void start();
    void cancel();
    bool isRunning() const;
    // The last finished run, or nullptr.
    const ArrangeResult *result() const { return m_result ? &*m_result : nullptr; }
    ArrangeOptions options() const;
    // Applies the result as one undo step and closes the dialog.
    void apply();
    // Closes the dialog and opens the result beside the open plan in a comparison window
    // (ui/compare/comparewindow.h), where "Use B" applies it as one undo step.
    CompareWindow *compareResult();
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *stopButton() const { return m_cancel; } // shown while a run is going

signals:
    void arranged(); // a run finished (or was cancelled) and its result is shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showResult();
    void updateProgress();

    Document *m_document;
    int m_week;
    QComboBox *m_scope;
    QCheckBox *m_sameDay;
    QCheckBox *m_keepDays;
    QPushButton *m_arrange;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QLabel *m_score;
    ArrangePreview *m_preview;
    QListWidget *m_moves;
    QListWidget *m_remaining;
    QPushButton *m_apply;
    QPushButton *m_compare;
    QTimer *m_poll;
    QFutureWatcher<ArrangeResult> m_watcher;
    std::shared_ptr<std::atomic<int>> m_done;
    std::shared_ptr<std::atomic<int>> m_total;
    std::shared_ptr<std::atomic<bool>> m_stop;
    std::optional<ArrangeResult> m_result;
    Plan m_arrangedFrom; // the plan the result was computed on
    ArrangeOptions m_runOptions; // and the options
    bool m_started = false;
    Mode m_mode = Mode::Arrange;
    std::shared_ptr<QList<LeftMissed>> m_left; // Replan: the sessions left missed, and why
};

} // namespace ordo
