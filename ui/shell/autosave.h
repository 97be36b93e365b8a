// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

// Crash recovery: while the document has unsaved changes, writes a copy every 30 s into
// the app-data folder (atomic write), next to a QLockFile held for the life of the process.
// At startup, copies whose lock holder is dead are offered for restore, each on its own
// (RecoveryDialog). A save or a clean exit removes the copy. Owned by the main window.
namespace ordo {

class Document;

class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 30'000;

    struct Recovery
    {
        QString autosavePath;
        QString originalPath; // the file the changes belong to; empty for an unsaved plan
        QByteArray bytes;
        QDateTime savedAt;
        // Held while the copy is being offered, so a second Ordo starting meanwhile does
        // not offer it too; released (and the lock file removed) with the last Recovery.
        std::shared_ptr<QLockFile> lock;
    };

    Autosave(Document *document, const QString &directory, QObject *parent = nullptr);
    ~Autosave() override;

    // <data folder>/Ordo/autosave, e.g. ~/.local/share/Ordo/autosave.
    static QString defaultDirectory();
    // Where earlier versions wrote the copies: AppDataLocation appends the organisation and
    // the application name, both "Ordo", so the folder was nested twice (…/Ordo/Ordo/autosave).
    static QString legacyDirectory();
    // Moves the copies (plan, source note, lock) of processes that are gone from `from` to
    // `to`, keeping their names, so the next start offers them as usual; copies of a live
    // process stay. Removes `from` (and its parent, if that is left empty). Returns how many
    // copies moved.
    static int migrateCopies(const QString &from, const QString &to);
    QString filePath() const { return m_autosavePath; }
    void setInterval(int ms) { m_timer.setInterval(ms); }

    // Writes the copy now if the document is modified; returns true if a file was written.
    bool writeNow();
    // Removes this process's copy (after a save or on a clean exit).
    void discard();

    // Copies left by processes that are gone (their lock is stale or missing), oldest first.
    static QList<Recovery> findStale(const QString &directory);
    // Opens the original file (if any) and applies the recovered plan as one undo step.
    static bool restore(Document *document, const Recovery &recovery, QString *errorString);
    static void remove(const Recovery &recovery);

private:
    Document *m_document;
    QString m_directory;
    QString m_autosavePath;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
};

} // namespace ordo
