// SPDX-License-Identifier: GPL-3.0-or-later

#include "filecommands.h"

#include "appsettings.h"
#include "builtinplans.h"
#include "dialogbuttons.h"
#include "document/document.h"
#include "export/exportdialogs.h"
#include "keybindings.h"
#include "nativepath.h"
#include "planfilename.h"
#include "planio.h"
#include "recoverydialog.h"
#include "themeicon.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ordo {

namespace {

// Every window's commands in this process, to find the window that shows a file.
QList<FileCommands *> &allFileCommands()
{
    static QList<FileCommands *> list;
    return list;
}

} // namespace

FileCommands::FileCommands(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_watcher(new QFileSystemWatcher(this))
    , m_changeCheck(new QTimer(this))
{
    allFileCommands().append(this);
    // Writers often truncate, then write, or write a new file and rename it over: one look
    // a moment after the last notice sees the finished file.
    m_changeCheck->setSingleShot(true);
    m_changeCheck->setInterval(100);
    connect(m_changeCheck, &QTimer::timeout, this, &FileCommands::fileChangedOnDisk);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // A file replaced by a rename is a new file: watch that one.
        m_watcher->removePaths(m_watcher->files());
        watchFile();
        m_changeCheck->start();
    });
    connect(m_document, &Document::filePathChanged, this, &FileCommands::watchFile);
}

FileCommands::~FileCommands()
{
    allFileCommands().removeOne(this);
}

void FileCommands::watchFile()
{
    const QStringList watched = m_watcher->files();
    const QString path = m_document->filePath();
    if (watched == QStringList { path })
        return;
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (!path.isEmpty() && isPlainPath(path) && QFileInfo::exists(path))
        m_watcher->addPath(path);
}

void FileCommands::fileChangedOnDisk()
{
    if (!m_document->changedOnDisk() || FileStamp::of(m_document->filePath()) == m_askedAbout)
        return; // our own write, or a version already asked about
    if (m_asking || QApplication::activeModalWidget()) {
        m_changeCheck->start(500); // after the dialog that is open now
        return;
    }
    resolve(askAboutChange(false));
}

bool FileCommands::raiseWindowShowing(const QString &source) const
{
    if (source.startsWith(u"template:"_s) || source == u"-"_s)
        return false;
    for (FileCommands *other : allFileCommands()) {
        if (other == this || other->m_document->filePath().isEmpty()
            || !isSameFile(other->m_document->filePath(), source))
            continue;
        QWidget *window = other->m_window->window();
        window->show();
        if (window->isMinimized())
            window->showNormal();
        window->raise();
        window->activateWindow();
        return true;
    }
    return false;
}

FileCommands::Conflict FileCommands::askAboutChange(bool saving)
{
    const QScopedValueRollback asking(m_asking, true);
    const QString path = m_document->filePath();
    const FileStamp now = FileStamp::of(path);
    m_askedAbout = now;
    const QString name = QDir::toNativeSeparators(path);
    QMessageBox box(
        QMessageBox::Warning, tr("File changed on disk"),
        now.exists ? tr("%1 was changed by another program or window since you opened or saved it.").arg(name)
                   : tr("%1 was deleted or moved by another program or window.").arg(name),
        QMessageBox::Cancel, m_window);
    QString more;
    if (now.exists && m_document->isModified())
        more = tr("Reload it and set your changes aside (Undo brings them back), overwrite it with "
                  "this window's plan, or save this plan under another name?");
    else if (now.exists)
        more = tr("Reload it, overwrite it with this window's plan, or save this plan under another name?");
    else
        more = tr("Write this window's plan to it again, or save the plan under another name?");
    box.setInformativeText(saving ? more : more + u' ' + tr("Nothing is written until you choose."));
    QPushButton *reload = now.exists ? box.addButton(tr("&Reload"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    QPushButton *saveAs = box.addButton(tr("Save &As…"), QMessageBox::ActionRole);
    box.setDefaultButton(reload && !m_document->isModified() ? reload : saveAs);
    DialogButtons::addMnemonics(&box);
    box.exec();
    if (reload && box.clickedButton() == reload)
        return Conflict::Reload;
    if (box.clickedButton() == overwrite)
        return Conflict::Overwrite;
    if (box.clickedButton() == saveAs)
        return Conflict::SaveAs;
    return Conflict::Cancel;
}

bool FileCommands::resolve(Conflict answer)
{
    switch (answer) {
    case Conflict::Reload:
        return reload();
    case Conflict::Overwrite: {
        m_document->setDiskStamp(FileStamp::of(m_document->filePath()));
        return save();
    }
    case Conflict::SaveAs:
        return saveAs();
    case Conflict::Cancel:
        break;
    }
    return false;
}

bool FileCommands::reload()
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return false;
    const FileStamp stamp = FileStamp::of(path);
    const ReadResult result = readPlanFile(path);
    if (!result.ok()) {
        reportError(tr("Cannot reload"), result.errors.value(0).toString());
        return false;
    }
    m_document->replaceWithSaved(*result.plan, tr("Reload from disk"));
    m_document->setDiskStamp(stamp);
    return true;
}

void FileCommands::addActions(QMenu *file)
{
    QMenu *newMenu = file->addMenu(themeIcon(u"document-new"_s), tr("&New"));
    m_newAction = newMenu->addAction(tr("&Empty plan"), QKeySequence::New, this, [this] { newPlan({}); });
    m_newAction->setIcon(themeIcon(u"document-new"_s));
    newMenu->addSeparator();
    // The built-in plans' titles come from parsing them: done when the menu first opens,
    // not at start-up.
    connect(
        newMenu, &QMenu::aboutToShow, this,
        [this, newMenu] {
            for (const BuiltinPlan &p : builtinPlans()) {
                const QString name = p.name;
                newMenu->addAction(p.title, this, [this, name] { newPlan(name); });
            }
        },
        Qt::SingleShotConnection);
    // A second plan beside this one (to compare, or to copy sessions between plans): an empty
    // plan in a window of its own, with its own undo history and autosave copy.
    file->addAction(themeIcon(u"window-new"_s), tr("New &Window"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
                        if (m_windowFactory)
                            m_windowFactory();
                    });
    m_openAction
        = file->addAction(themeIcon(u"document-open"_s), tr("&Open…"), QKeySequence::Open, this, [this] {
              const QString path = QFileDialog::getOpenFileName(m_window, tr("Open plan"),
                                                                QFileInfo(suggestedPath({})).path(),
                                                                tr("Ordo plans (*.ordo);;All files (*)"));
              if (!path.isEmpty())
                  openSource(path);
          });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_saveAction = file->addAction(themeIcon(u"document-save"_s), tr("&Save"), QKeySequence::Save, this,
                                   [this] { save(); });
    m_saveAsAction
        = file->addAction(themeIcon(u"document-save-as"_s), tr("Save &As…"), this, [this] { saveAs(); });
    m_saveAsAction->setShortcuts(
        KeyBindings::standard(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    file->addAction(themeIcon(u"document-revert"_s), tr("Re&vert"), this, [this] { revert(); });
    file->addSeparator();
    file->addAction(tr("Export P&DF…"), this, [this] { exportPdf(); });
    file->addAction(tr("Export Ca&lendar (.ics)…"), this, [this] { exportCalendar(); });
    file->addAction(themeIcon(u"document-print"_s), tr("&Print…"), QKeySequence::Print, this,
                    [this] { printInteractive(m_window, m_document->plan(), m_document->analysis()); });
    updateRecentMenu();
}

void FileCommands::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = AppSettings().recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        m_recentMenu
            ->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()), this,
                        [this, path] {
                            if (!openSource(path))
                                AppSettings().removeRecentFile(path);
                            updateRecentMenu();
                        })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void FileCommands::reportError(const QString &title, const QString &text)
{
    if (m_errorReporter)
        m_errorReporter(title, text);
    else
        DialogButtons::tell(m_window, QMessageBox::Warning, title, text);
}

bool FileCommands::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer = m_savePrompt
        ? m_savePrompt(m_document->plan().name)
        : DialogButtons::ask(m_window, QMessageBox::Warning, tr("Unsaved changes"),
                             tr("“%1” has unsaved changes. Save them?").arg(m_document->plan().name),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                             QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool FileCommands::openSource(const QString &source)
{
    if (raiseWindowShowing(source))
        return true;
    return maybeSave() && load(source);
}

bool FileCommands::load(const QString &source)
{
    const ReadResult result = m_document->open(source);
    if (!result.ok()) {
        QStringList lines;
        for (const PlanError &e : result.errors.mid(0, 10))
            lines.append(e.toString());
        reportError(tr("Cannot open plan"),
                    tr("%1 could not be opened:\n\n%2").arg(source, lines.join(u'\n')));
        return false;
    }
    if (!m_document->filePath().isEmpty()) {
        AppSettings settings;
        settings.addRecentFile(m_document->filePath());
        settings.setLastFolder(QFileInfo(m_document->filePath()).absolutePath());
        updateRecentMenu();
    }
    return true;
}

bool FileCommands::newPlan(const QString &builtinName)
{
    if (builtinName.isEmpty()) {
        if (!maybeSave())
            return false;
        Plan plan;
        plan.name = tr("Untitled plan");
        m_document->reset(plan, {});
        return true;
    }
    return openSource(u"template:"_s + builtinName);
}

bool FileCommands::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (m_document->changedOnDisk()) {
        // Someone else wrote (or removed) the file since: never write over it unasked.
        const Conflict answer = askAboutChange(true);
        if (answer != Conflict::Overwrite)
            return resolve(answer) && answer == Conflict::SaveAs;
        m_document->setDiskStamp(FileStamp::of(m_document->filePath()));
    }
    const QString path = m_document->filePath();
    QString error;
    if (!m_document->save(path, &error)) {
        reportError(tr("Cannot save plan"), error);
        return false;
    }
    emit fileWritten(path, tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileCommands::saveAs(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = chooseSavePath(tr("Save plan"), u".ordo"_s, tr("Ordo plans (*.ordo)"));
    else if (QFileInfo(path).suffix().isEmpty())
        path += u".ordo"_s;
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->save(path, &error)) {
        reportError(tr("Cannot save plan"), error);
        return false;
    }
    AppSettings().addRecentFile(path);
    updateRecentMenu();
    emit fileWritten(path, tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileCommands::exportPdf()
{
    const QString path = exportPdfInteractive(m_window, m_document->plan(), m_document->analysis(), [this] {
        return chooseSavePath(tr("Export PDF"), u".pdf"_s, tr("PDF documents (*.pdf)"));
    });
    if (path.isEmpty())
        return false;
    emit fileWritten(path, tr("PDF saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileCommands::exportCalendar()
{
    const QString path = exportIcsInteractive(m_window, m_document->plan(), m_document->analysis(), [this] {
        return chooseSavePath(tr("Export Calendar"), u".ics"_s, tr("iCalendar files (*.ics)"));
    });
    if (path.isEmpty())
        return false;
    emit fileWritten(path, tr("Calendar saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString FileCommands::suggestedPath(const QString &suffix) const
{
    QString folder = AppSettings().lastFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(planFileName(m_document->plan().name, suffix));
}

QString FileCommands::chooseSavePath(const QString &title, const QString &suffix, const QString &filter)
{
    const QString suggested = suggestedPath(suffix);
    QString path = m_saveFileChooser ? m_saveFileChooser(suggested)
                                     : QFileDialog::getSaveFileName(m_window, title, suggested, filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    AppSettings().setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

bool FileCommands::revert()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || !m_document->isModified())
        return false;
    const FileStamp stamp = FileStamp::of(path);
    const ReadResult result = readPlanFile(path);
    if (!result.ok()) {
        reportError(tr("Cannot revert"), result.errors.value(0).toString());
        return false;
    }
    // Asked first: Revert throws away work. Say whether Undo can bring it back.
    const bool undoable = m_document->canReplaceUndoably(*result.plan);
    QMessageBox box(
        QMessageBox::Question, tr("Revert to saved"),
        tr("Discard the unsaved changes to “%1” and go back to the saved file?").arg(m_document->plan().name),
        QMessageBox::Cancel, m_window);
    box.setInformativeText(undoable ? tr("You can undo this with Edit ▸ Undo.")
                                    : tr("This cannot be undone."));
    QPushButton *revertButton = box.addButton(tr("&Revert"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    DialogButtons::addMnemonics(&box);
    box.exec();
    if (box.clickedButton() != revertButton)
        return false;
    m_document->replaceWithSaved(*result.plan, tr("Revert to saved"));
    m_document->setDiskStamp(stamp);
    return true;
}

bool FileCommands::offerRecovery(const QString &autosaveDirectory)
{
    const QList<Autosave::Recovery> stale = Autosave::findStale(autosaveDirectory);
    if (stale.isEmpty())
        return false;
    // An untouched new plan in this window may be replaced; anything else stays put.
    bool intoThisWindow = !m_document->isModified() && m_document->filePath().isEmpty();
    RecoveryDialog dialog(
        stale,
        [this, &intoThisWindow](const Autosave::Recovery &copy, QString *error) {
            if (intoThisWindow) {
                if (!restoreCopy(copy, error))
                    return false;
                intoThisWindow = false;
                return true;
            }
            FileCommands *other = m_windowFactory ? m_windowFactory() : nullptr;
            if (!other) {
                *error = tr("No window is free for this plan. Save or close the open plan first.");
                return false;
            }
            // A window opened from this one answers prompts as this one does.
            other->m_savePrompt = m_savePrompt;
            other->m_errorReporter = m_errorReporter;
            other->m_saveFileChooser = m_saveFileChooser;
            if (other->restoreCopy(copy, error))
                return true;
            other->m_window->close(); // nothing in it yet
            return false;
        },
        m_window);
    dialog.exec();
    return dialog.restoredCount() > 0;
}

bool FileCommands::restoreCopy(const Autosave::Recovery &copy, QString *errorString)
{
    if (!Autosave::restore(m_document, copy, errorString))
        return false;
    emit recovered();
    return true;
}

} // namespace ordo
