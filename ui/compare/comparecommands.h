// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

// The Plan menu's Compare With submenu: a copy of the open plan to try changes on, or another
// plan file, opened beside the open plan in a CompareWindow (docs/comparing-plans.md).
namespace ordo {

class CompareWindow;
class Document;

class CompareCommands : public QObject
{
    Q_OBJECT

public:
    // Asks for the file to compare with; a seam so tests need no file dialog.
    using FileChooser = std::function<QString()>;

    CompareCommands(Document *document, QWidget *window);

    void addTo(QMenu *menu);
    QAction *copyAction() const { return m_copy; }
    QAction *fileAction() const { return m_file; }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    CompareWindow *compareWithCopy();
    // nullptr when nothing was chosen or the file cannot be read (the reason is shown).
    CompareWindow *compareWithFile();

private:
    Document *m_document;
    QWidget *m_window;
    QAction *m_copy;
    QAction *m_file;
    FileChooser m_chooser;
};

} // namespace ordo
