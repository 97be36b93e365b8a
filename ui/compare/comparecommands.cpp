// SPDX-License-Identifier: GPL-3.0-or-later

#include "comparecommands.h"

#include "comparewindow.h"
#include "document/document.h"
#include "planio.h"
#include "shell/appsettings.h"
#include "shell/dialogbuttons.h"
#include "shell/filecommands.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace ordo {

CompareCommands::CompareCommands(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    m_copy = new QAction(tr("&Copy of This Plan"), this);
    m_copy->setObjectName(u"CompareWithCopy"_s);
    m_copy->setToolTip(tr("Try changes on a copy beside the open plan"));
    connect(m_copy, &QAction::triggered, this, [this] { compareWithCopy(); });
    m_file = new QAction(tr("Plan &File…"), this);
    m_file->setObjectName(u"CompareWithFile"_s);
    connect(m_file, &QAction::triggered, this, [this] { compareWithFile(); });
    m_chooser = [this] {
        // The Open dialog's words and folder.
        return QFileDialog::getOpenFileName(m_window, tr("Compare with plan"), AppSettings().lastFolder(),
                                            FileCommands::tr("Ordo plans (*.ordo);;All files (*)"));
    };
}

void CompareCommands::addTo(QMenu *menu)
{
    QMenu *submenu = menu->addMenu(tr("Compare &With"));
    submenu->addAction(m_copy);
    submenu->addAction(m_file);
}

CompareWindow *CompareCommands::compareWithCopy()
{
    auto *window = new CompareWindow(m_document, m_document->plan(), CompareWindow::Source::Copy, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

CompareWindow *CompareCommands::compareWithFile()
{
    const QString path = m_chooser();
    if (path.isEmpty())
        return nullptr;
    const ReadResult result = readPlanFile(path);
    if (!result.ok()) {
        QStringList lines;
        for (const PlanError &e : result.errors.mid(0, 10))
            lines.append(e.toString());
        DialogButtons::tell(m_window, QMessageBox::Warning, FileCommands::tr("Cannot open plan"),
                            FileCommands::tr("%1 could not be opened:\n\n%2").arg(path, lines.join(u'\n')));
        return nullptr;
    }
    auto *window = new CompareWindow(m_document, *result.plan, CompareWindow::Source::File, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

} // namespace ordo
