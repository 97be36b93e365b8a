// SPDX-License-Identifier: GPL-3.0-or-later

#include "templatecommands.h"

#include "document/document.h"
#include "palettemodel.h"
#include "planlimits.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace ordo {

TemplateCommands::TemplateCommands(Document *document, PaletteModel *model, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_model(model)
    , m_window(window)
    , m_save(new QAction(tr("Save Session as Te&mplate…"), this))
{
    m_save->setEnabled(false);
    connect(m_save, &QAction::triggered, this, &TemplateCommands::saveSelectedSession);
}

void TemplateCommands::setSelection(const QStringList &ids)
{
    m_selection = ids;
    m_save->setEnabled(ids.size() == 1);
}

std::optional<QString> TemplateCommands::askName(const QString &title, const QString &suggested)
{
    if (m_prompt)
        return m_prompt(title, suggested);
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(title);
    dialog.setLabelText(tr("&Name in the palette:"));
    dialog.setTextValue(suggested);
    dialog.setOkButtonText(tr("&Save"));
    dialog.setCancelButtonText(tr("&Cancel"));
    if (auto *edit = dialog.findChild<QLineEdit *>())
        edit->setMaxLength(PlanLimits::kMaxTitleLength);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

bool TemplateCommands::saveSelectedSession()
{
    const Session *s = m_document->plan().find(m_selection.value(0));
    if (!s || m_selection.size() != 1)
        return false;
    const std::optional<QString> name = askName(tr("Save Session as Template"), s->displayTitle());
    if (!name || name->trimmed().isEmpty())
        return false;
    Session prototype = *s;
    prototype.title = name->trimmed().left(PlanLimits::kMaxTitleLength);
    m_model->addUserTemplate(prototype);
    emit confirmed(tr("Saved “%1” as a template in the palette (My templates).").arg(prototype.title));
    return true;
}

bool TemplateCommands::renameTemplate(const QString &id)
{
    const SessionTemplate *t = m_model->templateAt(m_model->indexOfTemplate(id));
    if (!t || !t->user)
        return false;
    const QString old = t->session.displayTitle();
    const std::optional<QString> name = askName(tr("Rename Template"), old);
    if (!name || !m_model->renameUserTemplate(id, name->left(PlanLimits::kMaxTitleLength)))
        return false;
    emit confirmed(tr("Renamed the template “%1” to “%2”.").arg(old, name->trimmed()));
    return true;
}

bool TemplateCommands::removeTemplate(const QString &id)
{
    const SessionTemplate *t = m_model->templateAt(m_model->indexOfTemplate(id));
    if (!t || !t->user)
        return false;
    const QString title = t->session.displayTitle();
    if (!m_model->removeUserTemplate(id))
        return false;
    emit confirmed(tr("Removed the template “%1”.").arg(title));
    return true;
}

QMenu *TemplateCommands::menuFor(const QString &templateId, QWidget *parent)
{
    const SessionTemplate *t = m_model->templateAt(m_model->indexOfTemplate(templateId));
    if (!t || !t->user)
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->addAction(tr("&Rename…"), this, [this, templateId] { renameTemplate(templateId); });
    menu->addAction(tr("Re&move"), this, [this, templateId] { removeTemplate(templateId); });
    return menu;
}

void TemplateCommands::attachTo(QTreeView *view)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        const SessionTemplate *t = m_model->templateAt(view->indexAt(pos));
        if (!t)
            return;
        if (QMenu *menu = menuFor(t->id, view)) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(view->viewport()->mapToGlobal(pos));
        }
    });
}

} // namespace ordo
