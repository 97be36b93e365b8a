// SPDX-License-Identifier: GPL-3.0-or-later

#include "recoverydialog.h"

#include "dialogbuttons.h"
#include "planio.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ordo {

RecoveryDialog::RecoveryDialog(const QList<Autosave::Recovery> &copies, Restorer restorer, QWidget *parent)
    : QDialog(parent)
    , m_copies(copies)
    , m_restorer(std::move(restorer))
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_later(new QPushButton(tr("Decide &Later"), this))
{
    setWindowTitle(tr("Restore unsaved changes"));
    auto *intro = new QLabel(tr("Ordo did not exit cleanly. These plans have changes that were not saved. "
                                "Restore each one you want back and discard the others; "
                                "copies you decide on later are offered again at the next start."),
                             this);
    intro->setWordWrap(true);

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({ tr("Plan"), tr("File"), tr("Saved"), tr("Sessions") });
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Unsaved plans"));
    const QLocale locale;
    for (const Autosave::Recovery &copy : m_copies) {
        const ReadResult read = parsePlan(copy.bytes);
        auto *item = new QTreeWidgetItem(m_list);
        if (read.ok()) {
            item->setText(0, read.plan->name.isEmpty() ? tr("Untitled plan") : read.plan->name);
            item->setText(3, locale.toString(read.plan->sessions.size()));
        } else {
            item->setText(0, tr("Unreadable copy"));
            item->setToolTip(0, read.errors.value(0).toString());
            item->setText(3, tr("–"));
        }
        m_readable.append(read.ok());
        item->setText(1,
                      copy.originalPath.isEmpty() ? tr("Not saved yet")
                                                  : QDir::toNativeSeparators(copy.originalPath));
        item->setToolTip(1, item->text(1));
        item->setText(2, locale.toString(copy.savedAt, QLocale::ShortFormat));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(this);
    m_restore->setDefault(true);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    connect(m_restore, &QPushButton::clicked, this, &RecoveryDialog::restoreSelected);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &RecoveryDialog::restoreSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 320);
    updateButtons();
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::restoreSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || !m_readable.value(row))
        return;
    QString error;
    if (!m_restorer(m_copies[row], &error)) {
        DialogButtons::tell(this, QMessageBox::Warning, tr("Cannot restore"), error);
        return;
    }
    ++m_restored;
    // Restored: the window that holds the changes now writes its own copy.
    Autosave::remove(m_copies[row]);
    removeRow(row);
}

void RecoveryDialog::discardSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    Autosave::remove(m_copies[row]);
    removeRow(row);
}

void RecoveryDialog::removeRow(int row)
{
    delete m_list->takeTopLevelItem(row);
    m_copies.removeAt(row);
    m_readable.removeAt(row);
    if (m_copies.isEmpty()) {
        accept();
        return;
    }
    m_list->setCurrentItem(m_list->topLevelItem(std::min(row, int(m_copies.size()) - 1)));
    updateButtons();
}

void RecoveryDialog::updateButtons()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_restore->setEnabled(row >= 0 && m_readable.value(row));
    m_discard->setEnabled(row >= 0);
}

} // namespace ordo
