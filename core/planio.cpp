// SPDX-License-Identifier: GPL-3.0-or-later

// Plan file entry points: parsing and reading (the part readers are in planreader.cpp),
// writing in the two forms, and the atomic file replacement every save goes through.

#include "planio.h"
#include "planreader.h"

#include "enums.h"
#include "jsontext.h"
#include "jsonwriter.h"
#include "nativepath.h"
#include "phase.h"
#include "rules/ruletable.h"
#include "settingstable.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <cerrno>
#include <cmath>
#include <limits>

#if defined(Q_OS_UNIX)
#include <climits>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

using planreader::fileCapText;
using planreader::Reader;
using planreader::Tr;

// Writes a plan in one of two forms: indented with every default written out (the form
// docs/plan-format.md describes), or compact — no whitespace, defaults left out, each value
// in its shortest text — which is never longer than any file the same plan was read from.
class PlanWriter
{
public:
    explicit PlanWriter(JsonWriter::Style style)
        : m_w(style)
        , m_compact(style == JsonWriter::Style::Compact)
    { }

    void setLimit(qint64 bytes) { m_w.setLimit(bytes); }

    // Empty if the limit was passed.
    QByteArray write(const Plan &plan)
    {
        const Plan defaults;
        m_w.beginObject();
        m_w.field(u"format"_s, u"ordo-plan"_s);
        m_w.field(u"version"_s, kFormatVersion);
        if (!m_compact || plan.name != defaults.name)
            m_w.field(u"name"_s, plan.name);
        if (!plan.notes.isEmpty())
            m_w.field(u"notes"_s, plan.notes);
        if (!m_compact || plan.weeks != defaults.weeks)
            m_w.field(u"weeks"_s, plan.weeks);
        if (!m_compact || plan.repeat != defaults.repeat)
            m_w.field(u"repeat"_s, plan.repeat);
        if (plan.anchorDate)
            m_w.field(u"anchorDate"_s, plan.anchorDate->toString(Qt::ISODate));
        if (!m_compact || plan.profile != defaults.profile)
            writeProfile(plan.profile);
        if (plan.hasAnalysisKey || !plan.analysis.isEmpty())
            writeAnalysis(plan.analysis);
        if (plan.availability)
            writeAvailability(*plan.availability);
        if (!plan.phases.isEmpty())
            writePhases(plan.phases);

        Plan sorted = plan;
        sorted.sortSessions();
        m_w.key(u"sessions"_s);
        m_w.beginArray();
        for (const Session &s : sorted.sessions) {
            writeSession(s);
            if (m_w.overflowed())
                return {};
        }
        m_w.endArray();
        writeUnknown(plan.unknownKeys);
        m_w.endObject();
        if (m_w.overflowed())
            return {};
        return m_w.finish();
    }

private:
    void number(const QString &key, double value)
    {
        m_w.key(key);
        // value(QJsonValue) writes the shortest text in the compact style.
        m_w.value(value);
    }

    void writeProfile(const Profile &p)
    {
        const Profile defaults;
        m_w.key(u"profile"_s);
        m_w.beginObject();
        if (!m_compact || p.goal != defaults.goal)
            m_w.field(u"goal"_s, toId(p.goal));
        if (!m_compact || p.experience != defaults.experience)
            m_w.field(u"experience"_s, toId(p.experience));
        if (!m_compact || p.bodyMassKg != defaults.bodyMassKg)
            number(u"bodyMassKg"_s, p.bodyMassKg);
        if (!m_compact || p.age != defaults.age)
            m_w.field(u"age"_s, p.age);
        if (!m_compact || p.sex != defaults.sex)
            m_w.field(u"sex"_s, toId(p.sex));
        if (p.cycle) {
            const CycleSettings defaultCycle;
            m_w.key(u"cycle"_s);
            m_w.beginObject();
            m_w.key(u"firstDay"_s);
            m_w.beginObject();
            if (!m_compact || p.cycle->firstWeek != defaultCycle.firstWeek)
                m_w.field(u"week"_s, p.cycle->firstWeek);
            m_w.field(u"day"_s, toId(p.cycle->firstDay));
            writeUnknown(p.cycle->firstDayUnknownKeys);
            m_w.endObject();
            if (!m_compact || p.cycle->lengthDays != defaultCycle.lengthDays)
                m_w.field(u"lengthDays"_s, p.cycle->lengthDays);
            writeUnknown(p.cycle->unknownKeys);
            m_w.endObject();
        }
        writeUnknown(p.unknownKeys);
        m_w.endObject();
    }

    void writePhases(const QList<WeekPhase> &phases)
    {
        m_w.key(u"phases"_s);
        m_w.beginArray();
        for (const WeekPhase &p : phases) {
            m_w.beginObject();
            m_w.field(u"week"_s, p.week);
            m_w.field(u"phase"_s, toId(p.phase));
            if (p.phase == Phase::Custom)
                m_w.field(u"label"_s, p.label);
            writeUnknown(p.unknownKeys);
            m_w.endObject();
        }
        m_w.endArray();
    }

    void writeAnalysis(const AnalysisSettings &a)
    {
        m_w.key(u"analysis"_s);
        m_w.beginObject();
        if (!a.disabledRules.isEmpty())
            m_w.field(u"disabledRules"_s, QJsonArray::fromStringList(a.disabledRules));
        if (!a.thresholds.isEmpty()) {
            m_w.key(u"thresholds"_s);
            m_w.beginObject();
            for (auto it = a.thresholds.begin(); it != a.thresholds.end(); ++it)
                number(it.key(), it.value());
            m_w.endObject();
        }
        writeUnknown(a.unknownKeys);
        m_w.endObject();
    }

    static QString endClock(int minute)
    {
        return minute >= kMinutesPerDay ? u"24:00"_s : formatClock(minute);
    }

    void writeWeekdays(const WeekdayWindows &days)
    {
        m_w.key(u"days"_s);
        m_w.beginObject();
        for (int d = 0; d < kDaysPerWeek; ++d) {
            if (!days.byDay[d])
                continue;
            m_w.key(toId(Day(d)));
            m_w.beginArray();
            for (const TimeWindow &w : *days.byDay[d]) {
                m_w.beginObject();
                m_w.field(u"start"_s, formatClock(w.startMinute));
                m_w.field(u"end"_s, endClock(w.endMinute));
                if (!w.kinds.isEmpty()) {
                    QJsonArray kinds;
                    for (Kind k : w.kinds)
                        kinds.append(toId(k));
                    m_w.field(u"kinds"_s, kinds);
                }
                writeUnknown(w.unknownKeys);
                m_w.endObject();
            }
            m_w.endArray();
        }
        writeUnknown(days.unknownKeys);
        m_w.endObject();
    }

    void writeAvailability(const Availability &a)
    {
        m_w.key(u"availability"_s);
        m_w.beginObject();
        if (!a.days.isEmpty() || !a.days.unknownKeys.isEmpty())
            writeWeekdays(a.days);
        if (!a.weeks.isEmpty()) {
            m_w.key(u"weeks"_s);
            m_w.beginArray();
            for (const WeekOverride &w : a.weeks) {
                m_w.beginObject();
                m_w.field(u"week"_s, w.week);
                writeWeekdays(w.days);
                writeUnknown(w.unknownKeys);
                m_w.endObject();
            }
            m_w.endArray();
        }
        if (!a.busy.isEmpty()) {
            m_w.key(u"busy"_s);
            m_w.beginArray();
            for (const BusyInterval &b : a.busy) {
                m_w.beginObject();
                if (!m_compact || b.week != 0)
                    m_w.field(u"week"_s, b.week);
                m_w.field(u"day"_s, toId(b.day));
                m_w.field(u"start"_s, formatClock(b.startMinute));
                m_w.field(u"end"_s, endClock(b.endMinute));
                if (!b.summary.isEmpty())
                    m_w.field(u"summary"_s, b.summary);
                writeUnknown(b.unknownKeys);
                m_w.endObject();
                if (m_w.overflowed())
                    return;
            }
            m_w.endArray();
        }
        writeUnknown(a.unknownKeys);
        m_w.endObject();
    }

    void writeSession(const Session &s)
    {
        const Session defaults;
        m_w.beginObject();
        m_w.field(u"id"_s, s.id);
        if (!s.title.isEmpty())
            m_w.field(u"title"_s, s.title);
        if (!m_compact || s.week != defaults.week)
            m_w.field(u"week"_s, s.week);
        m_w.field(u"day"_s, toId(s.day));
        m_w.field(u"start"_s, formatClock(s.startMinute));
        m_w.field(u"durationMin"_s, s.durationMin);
        m_w.field(u"kind"_s, toId(s.kind));
        switch (s.kind) {
        case Kind::Strength:
            m_w.field(u"focus"_s, toId(s.focus));
            if (!m_compact || s.load != defaults.load)
                m_w.field(u"load"_s, toId(s.load));
            if (s.explosive) // written only when true (docs/plan-format.md)
                m_w.field(u"explosive"_s, true);
            break;
        case Kind::Cardio:
            m_w.field(u"modality"_s, toId(s.modality));
            m_w.field(u"intensity"_s, toId(s.intensity));
            if (s.loadsLegs)
                m_w.field(u"loadsLegs"_s, *s.loadsLegs);
            break;
        case Kind::Mobility:
            break;
        }
        if (s.rpe)
            number(u"rpe"_s, *s.rpe);
        if (!s.notes.isEmpty())
            m_w.field(u"notes"_s, s.notes);
        if (s.locked)
            m_w.field(u"locked"_s, true);
        if (s.missed) // written only when true (docs/plan-format.md)
            m_w.field(u"missed"_s, true);
        if (s.priority != Priority::Normal) // written only when not normal
            m_w.field(u"priority"_s, toId(s.priority));
        writeUnknown(s.unknownKeys);
        m_w.endObject();
    }

    void writeUnknown(const UnknownKeys &keys)
    {
        for (const UnknownKeys::Entry &e : keys.entries()) {
            m_w.key(e.key);
            m_w.rawValue(e.json);
        }
    }

    JsonWriter m_w;
    bool m_compact;
};

} // namespace

ReadResult parsePlan(const QByteArray &input)
{
    ReadResult result;
    if (input.size() > PlanLimits::kMaxFileBytes) {
        result.errors.append({ u"file"_s,
                               Tr::tr("larger than %1 (%2 bytes); refused before parsing")
                                   .arg(fileCapText())
                                   .arg(input.size()) });
        return result;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a UTF-8 byte order mark is harmless; some editors add one

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the offending byte; point at the byte itself.
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset - 1, 0, bytes.size());
        const QByteArray before = bytes.left(offset);
        const int line = int(before.count('\n')) + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        result.errors.append(
            { Tr::tr("line %1, column %2").arg(line).arg(column), parseError.errorString() });
        return result;
    }
    if (!doc.isObject()) {
        result.errors.append({ u"/"_s, Tr::tr("expected a JSON object at the top level") });
        return result;
    }
    const JsonText text(bytes);
    Reader reader(text);
    result.plan = reader.readPlan(doc.object());
    result.errors = reader.errors;
    if (!result.errors.isEmpty())
        result.plan.reset();
    return result;
}

ReadResult readPlanFile(const QString &path)
{
    ReadResult result;
    auto fail = [&result](const QString &what) {
        result.errors.append({ u"file"_s, what });
        return result;
    };
    QFile file;
#if defined(Q_OS_UNIX)
    // Opened by its bytes (docs/reliability.md: names that are not UTF-8), without waiting:
    // a FIFO with no writer would block open() forever, and only a regular file is a plan.
    const int fd = ::open(nativeFromPath(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(systemErrorString(errno));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const bool folder = S_ISDIR(st.st_mode);
        ::close(fd);
        return fail(folder ? Tr::tr("is a folder, not a plan file")
                           : Tr::tr("is not a regular file (a pipe or a device); only files are read"));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(file.errorString());
    }
#else
    if (QFileInfo(path).isDir())
        return fail(Tr::tr("is a folder, not a plan file"));
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
#endif
    // Checked before parsing; read one byte past the cap so a growing file can't slip by.
    if (file.size() > PlanLimits::kMaxFileBytes)
        return fail(
            Tr::tr("larger than %1 (%2 bytes); refused before parsing").arg(fileCapText()).arg(file.size()));
    const QByteArray bytes = file.read(PlanLimits::kMaxFileBytes + 1);
    return parsePlan(bytes);
}

QByteArray serializePlan(const Plan &plan)
{
    // Indented while that fits in a file the reader takes; otherwise compact, which a plan
    // that was read from a file always fits in (docs/plan-format.md, "Writing").
    PlanWriter indented(JsonWriter::Style::Indented);
    indented.setLimit(PlanLimits::kMaxFileBytes);
    QByteArray bytes = indented.write(plan);
    if (!bytes.isEmpty())
        return bytes;
    return serializePlanCompact(plan);
}

QByteArray serializePlanCompact(const Plan &plan)
{
    return PlanWriter(JsonWriter::Style::Compact).write(plan);
}

namespace {

// QFileDevice reports a short write (a full disk) without an error; say what happened.
QString describeWriteFailure(const QFileDevice &file)
{
    const QString reason = file.errorString();
    if (file.error() == QFileDevice::NoError || reason.isEmpty() || reason == u"Unknown error"_s)
        return Tr::tr("could not write the whole file (is the disk full?)");
    return reason;
}

// After a rename the new name lives in the folder's entry; sync it too, so a power cut
// right after a save cannot bring back the old file. Best effort: some file systems cannot.
void syncFolderOf(const QString &path)
{
#if defined(Q_OS_UNIX)
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

bool writeFully(QFileDevice &file, const QByteArray &bytes, QString *errorString)
{
    auto fail = [&] {
        if (errorString)
            *errorString = describeWriteFailure(file);
        return false;
    };
    // A short write (a disk that fills up on the way) is retried: the call that writes
    // nothing at all carries the reason, such as "No space left on device".
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return fail();
        done += written;
    }
    // Small files only reach Qt's buffer in write(); the disk is met here. A flush that
    // gets part of the buffer out is retried for the same reason.
    qint64 pending = file.bytesToWrite();
    while (!file.flush()) {
        const qint64 left = file.bytesToWrite();
        if (left == 0 || left >= pending)
            return fail();
        pending = left;
    }
    return true;
}

namespace {

bool saveWithQSaveFile(const QString &path, const QByteArray &bytes, QString *errorString)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    if (!writeFully(file, bytes, errorString)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (errorString)
            *errorString = describeWriteFailure(file);
        return false;
    }
    return true;
}

#if defined(Q_OS_UNIX)
// For a name Qt cannot address (bytes that are not UTF-8): QSaveFile writes a temporary file
// with a plain name in the same folder, reached through the folder's descriptor, and a
// rename gives it its own name. The same guarantees: the old file or the whole new one.
bool saveUnderNativeName(QByteArray native, const QByteArray &bytes, QString *errorString)
{
    auto fail = [errorString](int error) {
        if (errorString)
            *errorString = systemErrorString(error);
        return false;
    };
    struct stat existing
    {
    };
    const bool exists = ::stat(native.constData(), &existing) == 0;
    char resolved[PATH_MAX];
    if (exists && ::realpath(native.constData(), resolved))
        native = resolved; // a symlink: replace the file it points to, as QSaveFile does
    const qsizetype slash = native.lastIndexOf('/');
    const QByteArray folder = slash < 0 ? QByteArray(".") : slash == 0 ? QByteArray("/") : native.left(slash);
    const QByteArray name = native.mid(slash + 1);
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return fail(errno);
    const QByteArray temporary
        = ".ordo-save-" + QUuid::createUuid().toString(QUuid::Id128).left(12).toLatin1() + ".tmp";
    const QString viaDescriptor = u"/proc/self/fd/%1/"_s.arg(dirFd) + QString::fromLatin1(temporary);
    bool ok = saveWithQSaveFile(viaDescriptor, bytes, errorString);
    if (ok && exists)
        ::fchmodat(dirFd, temporary.constData(), existing.st_mode & 07777, 0);
    if (ok && ::renameat(dirFd, temporary.constData(), dirFd, name.constData()) != 0) {
        const int error = errno;
        ::unlinkat(dirFd, temporary.constData(), 0);
        ok = fail(error);
    }
    if (ok)
        ::fsync(dirFd);
    ::close(dirFd);
    return ok;
}
#endif

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *errorString)
{
#if defined(Q_OS_UNIX)
    // A save replaces the file by a rename, which would put a plan in place of a FIFO or a
    // device node (or, through a symlink, of /dev/null): only regular files are replaced.
    const QByteArray native = nativeFromPath(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (errorString)
            *errorString = S_ISDIR(st.st_mode)
                ? Tr::tr("is a folder")
                : Tr::tr("is not a regular file (a pipe or a device); not replaced");
        return false;
    }
    if (!isPlainPath(path))
        return saveUnderNativeName(native, bytes, errorString);
#endif
    if (!saveWithQSaveFile(path, bytes, errorString))
        return false;
    syncFolderOf(path);
    return true;
}

bool writePlanFile(const Plan &plan, const QString &path, QString *errorString)
{
    const QByteArray bytes = serializePlan(plan);
    if (bytes.size() > PlanLimits::kMaxFileBytes) {
        // Written, it could not be opened again; the caller keeps the plan and says why.
        if (errorString)
            *errorString = Tr::tr("the plan needs %1 bytes, more than the %2 a plan file may hold; "
                                  "shorten notes or remove sessions")
                               .arg(bytes.size())
                               .arg(fileCapText());
        return false;
    }
    return writeFileAtomically(path, bytes, errorString);
}

} // namespace ordo
