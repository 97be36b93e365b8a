// SPDX-License-Identifier: GPL-3.0-or-later

#include "seasoncommands.h"

#include "document/document.h"
#include "edits/weekedits.h"
#include "rotationdialog.h"
#include "seasonview.h"
#include "shell/dialogbuttons.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// The week list of Copy Week To…: every week but the source, none checked.
class CopyWeeksDialog : public QDialog
{
public:
    CopyWeeksDialog(int weeks, int source, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(SeasonCommands::tr("Copy Week To"));
        auto *layout = new QVBoxLayout(this);
        auto *label
            = new QLabel(SeasonCommands::tr(
                             "Copy the sessions of week %1 to these weeks. Their own sessions are replaced.")
                             .arg(source + 1),
                         this);
        label->setWordWrap(true);
        layout->addWidget(label);
        m_list = new QListWidget(this);
        m_list->setAccessibleName(SeasonCommands::tr("Target weeks"));
        for (int w = 0; w < weeks; ++w) {
            if (w == source)
                continue;
            auto *item = new QListWidgetItem(SeasonCommands::tr("Week %1").arg(w + 1), m_list);
            item->setData(Qt::UserRole, w);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        label->setBuddy(m_list);
        layout->addWidget(m_list);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        DialogButtons::addMnemonics(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }
    QList<int> targets() const
    {
        QList<int> out;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                out.append(m_list->item(i)->data(Qt::UserRole).toInt());
        }
        return out;
    }

private:
    QListWidget *m_list;
};

} // namespace

SeasonCommands::SeasonCommands(SeasonView *view, Document *document)
    : QObject(view)
    , m_view(view)
    , m_document(document)
{
    m_confirm = [this](int sessions, const QString &text) {
        return DialogButtons::ask(m_view, QMessageBox::Warning, tr("Delete sessions?"),
                                  tr("This deletes %n sessions.", nullptr, sessions) + u"\n\n"_s + text,
                                  QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Ok;
    };

    m_askText = [this](const QString &title, const QString &label, const QString &text, bool *ok) {
        return QInputDialog::getText(m_view, title, label, QLineEdit::Normal, text, ok);
    };

    auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_view->addAction(a);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_copyTo = make(tr("&Copy Week To…"), {}, [this] { copyTo(); });
    m_duplicate = make(tr("Dupl&icate Weeks"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        const int first = m_view->firstSelectedWeek(), count = m_view->selectedWeekCount();
        applyWeekEdit(WeekEdits::duplicate(m_document->plan(), first, count), first + count, count);
    });
    m_insertBefore = make(tr("Insert Empty Week &Before"), QKeySequence(Qt::Key_Insert), [this] {
        const int first = m_view->firstSelectedWeek();
        applyWeekEdit(WeekEdits::insertEmpty(m_document->plan(), first), first, 1);
    });
    m_insertAfter = make(tr("Insert Empty Week &After"), QKeySequence(Qt::SHIFT | Qt::Key_Insert), [this] {
        const int after = m_view->firstSelectedWeek() + m_view->selectedWeekCount();
        applyWeekEdit(WeekEdits::insertEmpty(m_document->plan(), after), after, 1);
    });
    m_delete = make(tr("&Delete Weeks"), QKeySequence(Qt::Key_Delete), [this] {
        const int first = m_view->firstSelectedWeek();
        applyWeekEdit(WeekEdits::remove(m_document->plan(), first, m_view->selectedWeekCount()), first, 1);
    });
    m_moveUp = make(tr("Move Weeks &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] {
        const int first = m_view->firstSelectedWeek(), count = m_view->selectedWeekCount();
        applyWeekEdit(WeekEdits::move(m_document->plan(), first, count, -1), first - 1, count);
    });
    m_moveDown = make(tr("Move Weeks Do&wn"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] {
        const int first = m_view->firstSelectedWeek(), count = m_view->selectedWeekCount();
        applyWeekEdit(WeekEdits::move(m_document->plan(), first, count, 1), first + 1, count);
    });
    m_clear = make(tr("C&lear Weeks"), QKeySequence(Qt::Key_Backspace), [this] {
        const int first = m_view->firstSelectedWeek(), count = m_view->selectedWeekCount();
        applyWeekEdit(WeekEdits::clear(m_document->plan(), first, count), first, count);
    });

    m_deload = make(tr("&Generate Deload Week…"), {}, [this] { generateDeload(); });
    m_rotation = make(tr("Fill Weeks with a &Rotation…"), {}, [this] { fillRotation(); });
    m_phaseMenu = new QMenu(tr("&Phase"), m_view);
    const std::pair<std::optional<Phase>, QString> phases[] = {
        { std::nullopt, tr("&No Phase") }, { Phase::Base, tr("&Base") },     { Phase::Build, tr("B&uild") },
        { Phase::Peak, tr("&Peak") },      { Phase::Deload, tr("&Deload") }, { Phase::Taper, tr("&Taper") },
        { Phase::Custom, tr("&Custom…") },
    };
    for (const auto &[phase, text] : phases) {
        QAction *a = m_phaseMenu->addAction(text);
        connect(a, &QAction::triggered, this, [this, phase = phase] { markPhase(phase); });
        if (!phase)
            m_phaseMenu->addSeparator();
    }

    connect(m_document, &Document::planChanged, this, &SeasonCommands::update);
    connect(m_view, &SeasonView::selectionChanged, this, &SeasonCommands::update);
    update();
}

void SeasonCommands::markPhase(std::optional<Phase> phase)
{
    const int first = m_view->firstSelectedWeek(), count = m_view->selectedWeekCount();
    QString label;
    if (phase == Phase::Custom) {
        const WeekPhase *current = m_document->plan().phaseOf(first);
        bool ok = false;
        label = m_askText(tr("Custom Phase"), tr("Name of the phase (up to %1 characters):").arg(40),
                          current && current->phase == Phase::Custom ? current->label : QString(), &ok);
        if (!ok)
            return;
    }
    applyWeekEdit(WeekEdits::setPhase(m_document->plan(), first, count, phase, label), first, count);
}

void SeasonCommands::generateDeload()
{
    // A copy of the last selected week, after the selection.
    const int week = m_view->firstSelectedWeek() + m_view->selectedWeekCount() - 1;
    QDialog dialog(m_view);
    dialog.setWindowTitle(tr("Generate Deload Week"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *about
        = new QLabel(tr("A copy of week %1 after it, with the same sessions on the same days and at the "
                        "same intensity, each strength and cardio session shorter by this share. "
                        "Cutting volume and keeping intensity is what works best in a taper "
                        "(Bosquet 2007).")
                         .arg(week + 1),
                     &dialog);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    auto *percent = new QSpinBox(&dialog);
    percent->setRange(WeekEdits::kMinDeloadPercent, WeekEdits::kMaxDeloadPercent);
    percent->setValue(WeekEdits::kDefaultDeloadPercent);
    percent->setSingleStep(5);
    percent->setSuffix(tr(" %"));
    form->addRow(tr("&Less volume:"), percent);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    DialogButtons::addMnemonics(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyWeekEdit(WeekEdits::generateDeload(m_document->plan(), week, percent->value()), week + 1, 1);
}

void SeasonCommands::fillRotation()
{
    const int first = m_view->firstSelectedWeek(), count = m_view->selectedWeekCount();
    RotationDialog dialog(m_document->plan(), first, count, m_document->clockFormat(), m_view);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int from = dialog.firstWeekSpin()->value() - 1;
    applyWeekEdit(dialog.edit(), from, dialog.lastWeekSpin()->value() - from);
}

void SeasonCommands::addTo(QMenu *menu) const
{
    menu->addAction(m_copyTo);
    menu->addAction(m_duplicate);
    menu->addAction(m_deload);
    menu->addAction(m_rotation);
    menu->addMenu(m_phaseMenu);
    menu->addSeparator();
    menu->addAction(m_insertBefore);
    menu->addAction(m_insertAfter);
    menu->addSeparator();
    menu->addAction(m_moveUp);
    menu->addAction(m_moveDown);
    menu->addSeparator();
    menu->addAction(m_clear);
    menu->addAction(m_delete);
}

bool SeasonCommands::applyWeekEdit(const PlanEdit &edit, int selectFirst, int selectCount)
{
    if (edit.isEmpty() || !m_document->canApply(edit))
        return false;
    const int deleted = WeekEdits::deletedSessions(m_document->plan(), edit);
    if (deleted > 0 && !m_confirm(deleted, edit.text))
        return false;
    if (!m_document->apply(edit))
        return false;
    // The selection follows the weeks the command acted on (or made).
    m_view->selectWeeks(selectFirst, selectCount);
    return true;
}

void SeasonCommands::copyTo()
{
    const int week = m_view->currentWeek();
    CopyWeeksDialog dialog(m_document->plan().weeks, week, m_view);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyWeekEdit(WeekEdits::copyTo(m_document->plan(), week, dialog.targets()), week, 1);
}

void SeasonCommands::update()
{
    const Plan &plan = m_document->plan();
    const int first = m_view->firstSelectedWeek();
    const int count = m_view->selectedWeekCount();
    const bool one = count == 1;
    m_copyTo->setEnabled(one && plan.weeks > 1);
    m_copyTo->setText(one ? tr("&Copy Week %1 To…").arg(first + 1) : tr("&Copy Week To…"));
    m_duplicate->setEnabled(plan.weeks + count <= 52);
    m_deload->setEnabled(plan.weeks < 52);
    m_insertBefore->setEnabled(plan.weeks < 52);
    m_insertAfter->setEnabled(plan.weeks < 52);
    m_delete->setEnabled(count < plan.weeks);
    m_moveUp->setEnabled(first > 0);
    m_moveDown->setEnabled(first + count < plan.weeks);
    m_clear->setEnabled(std::any_of(plan.sessions.cbegin(), plan.sessions.cend(), [&](const Session &s) {
        return s.week >= first && s.week < first + count;
    }));
}

} // namespace ordo
