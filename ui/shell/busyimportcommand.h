// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QWidget;

// File ▸ Import Busy Times…: reads an iCalendar file (core/busyimport.h) into the plan's
// availability as one undo step, after asking for the date of week 1 when the plan has none.
// A file that cannot be read is reported with its name and line and leaves the plan as it
// was; a successful import says how many busy times it added (imported). Owned by the main
// window, which puts the action into its File menu and shows the message in its status bar.
namespace ordo {

class Document;

class BusyImportCommand : public QObject
{
    Q_OBJECT

public:
    // Answers for the dialogs, so tests and scripts can run without a user.
    using FileChooser = std::function<QString()>;
    // Asked for the date of plan week 1 (any day of that week), with the date suggested.
    using AnchorPrompt = std::function<std::optional<QDate>(const QDate &suggested)>;
    using ErrorReporter = std::function<void(const QString &title, const QString &text)>;

    // `window` parents the dialogs.
    BusyImportCommand(Document *document, QWidget *window);

    QAction *action() const { return m_action; }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setAnchorPrompt(AnchorPrompt prompt) { m_askAnchor = std::move(prompt); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

    // Asks for a file, then imports it; false when cancelled or failed.
    bool run();
    // Imports `path`; false when cancelled or failed (failures are reported).
    bool importFile(const QString &path);

    // The Monday on or before `date`.
    static QDate mondayOf(const QDate &date);

signals:
    // Busy times were imported; `message` says how many, for the status bar.
    void imported(const QString &message);

private:
    std::optional<QDate> askAnchor(const QDate &suggested);
    void reportError(const QString &text);

    Document *m_document;
    QWidget *m_window;
    QAction *m_action;
    FileChooser m_chooseFile;
    AnchorPrompt m_askAnchor;
    ErrorReporter m_reportError;
};

} // namespace ordo
