// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "autosave.h"
#include "document/filestamp.h"

#include <QMessageBox>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QFileSystemWatcher;
class QMenu;
class QTimer;
class QWidget;

// The File menu's commands on the main window's document: New (empty or a built-in plan),
// Open, Open Recent, Save, Save As, Revert, Export PDF and calendar, Print, the
// unsaved-changes prompt and the offer to restore what a crashed run left. Files it writes
// are named after the plan (planFileName) in the last used folder, and announced with
// fileWritten. Failures are reported in a message box, or to the reporter a script or a
// test installs. Watches the open file: a change by another program or window is asked
// about (Reload, Overwrite, Save As) when noticed and again before Save writes over it.
// Owned by the main window, which puts the actions into its File menu and
// toolbar and confirms written files in its status bar.
namespace ordo {

class Document;

class FileCommands : public QObject
{
    Q_OBJECT

public:
    // Answers for the dialogs, so scripts and tests can run without a user.
    using SavePrompt = std::function<QMessageBox::StandardButton(const QString &planName)>;
    using ErrorReporter = std::function<void(const QString &title, const QString &text)>;
    // Asked for the path of Save As and the exports, with the path Ordo suggests.
    using FileChooser = std::function<QString(const QString &suggestedPath)>;
    // Opens another main window and returns its commands (for a second restored plan).
    using WindowFactory = std::function<FileCommands *()>;

    // `window` parents the dialogs.
    FileCommands(Document *document, QWidget *window);
    ~FileCommands() override;

    // Adds New ▸, Open…, Open Recent ▸, Save, Save As…, Revert, the exports and Print….
    void addActions(QMenu *fileMenu);
    // The actions the toolbar shows too (valid once addActions() ran).
    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }

    void setSavePrompt(SavePrompt prompt) { m_savePrompt = std::move(prompt); }
    void setErrorReporter(ErrorReporter reporter) { m_errorReporter = std::move(reporter); }
    void setSaveFileChooser(FileChooser chooser) { m_saveFileChooser = std::move(chooser); }
    void setWindowFactory(WindowFactory factory) { m_windowFactory = std::move(factory); }

    // Each returns false when cancelled or failed (failures are reported). Opening a file
    // another window of this process shows brings that window forward instead.
    bool openSource(const QString &source);
    bool newPlan(const QString &builtinName); // empty name: an empty plan
    // Save asks first when the file changed on disk since it was read or written.
    bool save();
    bool saveAs(const QString &path = {});
    bool revert();
    // Reads the file again, as one undo step when possible; the plan is then unmodified.
    bool reload();
    bool exportPdf();
    bool exportCalendar();
    // Where Save As or an export of the plan suggests to write: the plan's name with
    // `suffix` in the last used folder, else in Documents.
    QString suggestedPath(const QString &suffix) const;
    // Asks Save / Discard / Cancel when there are unsaved changes; true means go ahead.
    bool maybeSave();
    // Offers each copy left by crashed runs (RecoveryDialog): the first restored goes into
    // this window if it holds an untouched new plan, each other one into a new window.
    // Returns true if one was restored.
    bool offerRecovery(const QString &autosaveDirectory);
    // Restores one copy into this window's document (one undo step) and announces it.
    bool restoreCopy(const Autosave::Recovery &copy, QString *errorString);

signals:
    // A plan was saved or exported to `path`; `confirmation` says so in a sentence.
    void fileWritten(const QString &path, const QString &confirmation);
    // Unsaved changes of a crashed run are now this window's (it should keep a copy).
    void recovered();

private:
    enum class Conflict { Reload, Overwrite, SaveAs, Cancel };

    bool load(const QString &source); // no unsaved-changes prompt
    // If another window of this process shows `source`, brings it forward: true.
    bool raiseWindowShowing(const QString &source) const;
    // The file changed on disk: Reload, Overwrite, Save As or Cancel. `saving`: asked by Save.
    Conflict askAboutChange(bool saving);
    bool resolve(Conflict answer);
    void watchFile();
    void fileChangedOnDisk();
    // Asks for a path to write (dialog or chooser), adds `suffix` when there is none and
    // remembers the folder; empty: cancelled.
    QString chooseSavePath(const QString &title, const QString &suffix, const QString &filter);
    void updateRecentMenu();
    void reportError(const QString &title, const QString &text);

    Document *m_document;
    QWidget *m_window;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    SavePrompt m_savePrompt;
    ErrorReporter m_errorReporter;
    FileChooser m_saveFileChooser;
    WindowFactory m_windowFactory;
    QFileSystemWatcher *m_watcher;
    QTimer *m_changeCheck; // gathers the watcher's notices; waits while a dialog is open
    FileStamp m_askedAbout; // the disk version the user was last asked about
    bool m_asking = false;
};

} // namespace ordo
