// SPDX-License-Identifier: GPL-3.0-or-later

#include "arrangecommands.h"

#include "arrangedialog.h"
#include "document/document.h"
#include "edits/sessionedits.h"
#include "shell/themeicon.h"
#include "week/weekview.h"

#include <QAction>
#include <QIcon>
#include <QMenu>

namespace ordo {

ArrangeCommands::ArrangeCommands(Document *document, WeekView *weekView, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_weekView(weekView)
    , m_window(window)
{
    m_arrange = new QAction(tr("&Arrange Week…"), this);
    m_arrange->setObjectName(QStringLiteral("ArrangeWeek"));
    connect(m_arrange, &QAction::triggered, this, &ArrangeCommands::showArrangeDialog);
    m_replan = new QAction(tr("Re-&plan Rest of Week…"), this);
    m_replan->setObjectName(QStringLiteral("ReplanWeek"));
    m_replan->setToolTip(tr("Place the missed sessions of this week again in the days that are left"));
    connect(m_replan, &QAction::triggered, this, &ArrangeCommands::showReplanDialog);
    // A bundled icon, the same on every desktop (no theme has a pin for this).
    m_lock = new QAction(shippedIcon(QStringLiteral(":/icons/pin.svg")), tr("&Lock Session"), this);
    m_lock->setObjectName(QStringLiteral("LockSession"));
    m_lock->setCheckable(true);
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setToolTip(tr("Keep the selected sessions where they are when the week is arranged"));
    connect(m_lock, &QAction::triggered, this, &ArrangeCommands::toggleLock);
    connect(m_weekView, &WeekView::selectionChanged, this, &ArrangeCommands::update);
    connect(m_document, &Document::planChanged, this, &ArrangeCommands::update);
    update();
}

void ArrangeCommands::addTo(QMenu *menu)
{
    menu->addAction(m_arrange);
    menu->addAction(m_replan);
    menu->addAction(m_lock);
}

void ArrangeCommands::update()
{
    const QStringList ids = m_weekView->selectedIds();
    bool allLocked = !ids.isEmpty();
    for (const QString &id : ids) {
        const Session *s = m_document->plan().find(id);
        allLocked = allLocked && s && s->locked;
    }
    m_lock->setEnabled(!ids.isEmpty());
    m_lock->setChecked(allLocked);
    m_replan->setEnabled(m_document->plan().hasMissed());
}

void ArrangeCommands::toggleLock()
{
    const QStringList ids = m_weekView->selectedIds();
    bool allLocked = !ids.isEmpty();
    for (const QString &id : ids) {
        const Session *s = m_document->plan().find(id);
        allLocked = allLocked && s && s->locked;
    }
    m_document->apply(SessionEdits::setLocked(m_document->plan(), ids, !allLocked));
    update();
}

void ArrangeCommands::showArrangeDialog()
{
    auto *dialog = new ArrangeDialog(m_document, m_weekView->week(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ArrangeCommands::showReplanDialog()
{
    auto *dialog = new ArrangeDialog(m_document, m_weekView->week(), m_window, ArrangeDialog::Mode::Replan);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ordo
