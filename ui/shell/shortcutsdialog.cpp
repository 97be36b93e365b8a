// SPDX-License-Identifier: GPL-3.0-or-later

#include "shortcutsdialog.h"

#include "dialogbuttons.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys.append(k.toString(QKeySequence::NativeText));
    return keys.join(u", "_s);
}

QString withoutMnemonic(QString text)
{
    // "&&" stands for a literal ampersand.
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return text;
}

// Adds a row for each action with keys in `menu` and its submenus ("New ▸ Empty plan").
void addMenuRows(QTreeWidgetItem *group, const QMenu *menu, const QString &prefix,
                 QSet<const QAction *> &seen)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (const QMenu *sub = a->menu()) {
            addMenuRows(group, sub, prefix + withoutMnemonic(sub->title()) + u" ▸ "_s, seen);
            continue;
        }
        if (a->shortcuts().isEmpty() || seen.contains(a))
            continue;
        seen.insert(a);
        new QTreeWidgetItem(group, { prefix + ShortcutsDialog::commandName(a), keysText(a) });
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({ tr("Command"), tr("Keys") });
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    DialogButtons::addMnemonics(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(460, 520);
}

QString ShortcutsDialog::commandName(const QAction *action)
{
    QString name = withoutMnemonic(action->iconText());
    if (name.endsWith(u'…'))
        name.chop(1);
    return name.trimmed();
}

void ShortcutsDialog::refresh()
{
    m_list->clear();
    QSet<const QAction *> seen;
    auto *mainWindow = qobject_cast<QMainWindow *>(m_window);
    if (QMenuBar *bar = mainWindow ? mainWindow->menuBar() : nullptr) {
        for (QAction *top : bar->actions()) {
            const QMenu *menu = top->menu();
            if (!menu)
                continue;
            auto *group = new QTreeWidgetItem(m_list, { withoutMnemonic(menu->title()) });
            addMenuRows(group, menu, QString(), seen);
            if (group->childCount() == 0)
                delete group;
        }
    }
    // Actions with keys that no menu shows, such as the week view's.
    QTreeWidgetItem *other = nullptr;
    for (const QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->isSeparator() || a->menu() || seen.contains(a)
            || a->associatedObjects().isEmpty())
            continue;
        seen.insert(a);
        if (!other)
            other = new QTreeWidgetItem(m_list, { tr("Other") });
        new QTreeWidgetItem(other, { commandName(a), keysText(a) });
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_list->topLevelItem(i);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
    }
    m_list->expandAll();
}

} // namespace ordo
