// SPDX-License-Identifier: GPL-3.0-or-later

#include "autosave.h"

#include "document/document.h"
#include "edits/planedits.h"
#include "nativepath.h"
#include "planio.h"
#include "planlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

QString sourcePathOf(const QString &autosavePath)
{
    return autosavePath.chopped(5) + u".source"_s; // "x.ordo" → "x.source"
}

QString lockPathOf(const QString &autosavePath)
{
    return autosavePath.chopped(5) + u".lock"_s;
}

} // namespace

Autosave::Autosave(Document *document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory)
{
    const QString base
        = QDir(m_directory)
              .filePath(u"autosave-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    m_autosavePath = base + u".ordo"_s;
    // Taken before the first copy is written (writeNow): the lock only has to say that a
    // copy belongs to a live process, and starting the app should not touch the disk.
    m_lock = std::make_unique<QLockFile>(base + u".lock"_s);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::writeNow);
    m_timer.start();
    connect(m_document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

Autosave::~Autosave()
{
    discard();
}

QString Autosave::defaultDirectory()
{
    // The organisation's folder, not AppDataLocation (which adds the application name too):
    // an empty organisation name would leave the settings without a home.
    const QString owner = QCoreApplication::organizationName().isEmpty()
        ? QCoreApplication::applicationName()
        : QCoreApplication::organizationName();
    return QDir(QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(owner))
        .filePath(u"autosave"_s);
}

QString Autosave::legacyDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"autosave"_s);
}

int Autosave::migrateCopies(const QString &from, const QString &to)
{
    const QDir source(from);
    if (QDir::cleanPath(source.absolutePath()) == QDir::cleanPath(QDir(to).absolutePath())
        || !source.exists())
        return 0;
    int moved = 0;
    for (const QString &name : source.entryList({ u"autosave-*.ordo"_s }, QDir::Files)) {
        const QString path = source.filePath(name);
        QLockFile lock(lockPathOf(path));
        if (!lock.tryLock(0))
            continue; // an older version still running owns it
        lock.unlock();
        QDir().mkpath(to);
        const QString target = QDir(to).filePath(name);
        if (QFile::exists(target) || !QFile::rename(path, target))
            continue;
        QFile::rename(sourcePathOf(path), sourcePathOf(target));
        ++moved;
    }
    // Empty now unless a live copy stayed; rmdir refuses a folder that is not empty.
    source.rmdir(source.absolutePath());
    QDir parent(source.absolutePath());
    if (parent.cdUp() && parent.isEmpty())
        parent.rmdir(parent.absolutePath());
    return moved;
}

bool Autosave::writeNow()
{
    if (!m_document->isModified())
        return false;
    if (!m_lock->isLocked()) {
        QDir().mkpath(m_directory);
        m_lock->tryLock(0);
    }
    // The note of the original path goes first: a copy is only looked at once it exists.
    QString error;
    if (!writeFileAtomically(sourcePathOf(m_autosavePath), nativeFromPath(m_document->filePath()), &error)
        || !writeFileAtomically(m_autosavePath, serializePlan(m_document->plan()), &error)) {
        qWarning("autosave failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

void Autosave::discard()
{
    QFile::remove(m_autosavePath);
    QFile::remove(sourcePathOf(m_autosavePath));
}

QList<Autosave::Recovery> Autosave::findStale(const QString &directory)
{
    QList<Recovery> out;
    const QDir dir(directory);
    const QStringList files = dir.entryList({ u"autosave-*.ordo"_s }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        // A live process holds its lock; a dead one's lock is stale and QLockFile takes it over.
        auto lock = std::make_shared<QLockFile>(lockPathOf(path));
        if (!lock->tryLock(0))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > PlanLimits::kMaxFileBytes)
            continue;
        Recovery r;
        r.autosavePath = path;
        r.bytes = file.readAll();
        r.savedAt = QFileInfo(file).lastModified();
        r.lock = lock;
        QFile source(sourcePathOf(path));
        if (source.open(QIODevice::ReadOnly))
            r.originalPath = pathFromNative(source.readAll()); // the name's own bytes
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Recovery &a, const Recovery &b) { return a.savedAt < b.savedAt; });
    // Locks of processes that died with nothing unsaved: tidy them away.
    for (const QString &name : dir.entryList({ u"autosave-*.lock"_s }, QDir::Files)) {
        const QString lockPath = dir.filePath(name);
        if (QFile::exists(lockPath.chopped(5) + u".ordo"_s))
            continue;
        QLockFile lock(lockPath);
        if (lock.tryLock(0))
            lock.unlock(); // unlock() removes the file
    }
    return out;
}

bool Autosave::restore(Document *document, const Recovery &recovery, QString *errorString)
{
    const ReadResult recovered = parsePlan(recovery.bytes);
    if (!recovered.ok()) {
        if (errorString)
            *errorString = recovered.errors.value(0).toString();
        return false;
    }
    // Start from the file the changes belong to, so Save writes back to it and Undo shows
    // exactly what was recovered.
    bool opened = false;
    if (!recovery.originalPath.isEmpty())
        opened = document->open(recovery.originalPath).ok(); // a missing file changes nothing
    if (!opened)
        document->reset(Plan {}, {});
    const PlanEdit edit = PlanEdits::restore(document->plan(), *recovered.plan);
    Plan check = document->plan();
    edit.apply(check);
    check.unknownKeys = recovered.plan->unknownKeys;
    if (serializePlan(check) == serializePlan(document->plan()))
        return true; // nothing differs from the file
    return document->apply(edit);
}

void Autosave::remove(const Recovery &recovery)
{
    QFile::remove(recovery.autosavePath);
    QFile::remove(sourcePathOf(recovery.autosavePath));
    if (recovery.lock && recovery.lock->isLocked())
        recovery.lock->unlock(); // removes the lock file
    else
        QFile::remove(lockPathOf(recovery.autosavePath));
}

} // namespace ordo
