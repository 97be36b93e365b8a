// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for what Ordo writes from a plan it has read: arbitrary bytes go through
// the drag payload decoder as they are, and, when they load as a plan, through the .ics
// writer (options taken from the input's size and bytes), the `check` text and JSON
// writers and the drag payload encoder. Each output must keep its promise:
// - .ics (RFC 5545): CRLF line ends, no line over 75 octets, valid UTF-8, balanced
//   BEGIN/END, one VEVENT per event counted (docs/cli.md, "export");
// - check text: no control character but the line break, every line under 600 characters
//   (docs/cli.md, "check"); check JSON parses;
// - drag payload: what is encoded decodes to the same sessions (docs/plan-format.md).
// Built with -DORDO_FUZZ=ON (clang); replayed over the plan corpus by the
// fuzz_outputs_replay ctest in every build through replaymain.cpp.
#include "analysis.h"
#include "checkreport.h"
#include "dragpayload.h"
#include "icsexport.h"
#include "planio.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_outputs: %s\n%s\n", what, detail.left(4096).constData());
    std::abort();
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

void checkIcs(const ordo::IcsExport &ics)
{
    if (!ics.error.isEmpty()) {
        if (!ics.bytes.isEmpty())
            fail(".ics: an export with an error wrote bytes");
        return;
    }
    const QByteArray &b = ics.bytes;
    if (!b.startsWith("BEGIN:VCALENDAR\r\n") || !b.endsWith("END:VCALENDAR\r\n"))
        fail(".ics: not one VCALENDAR", b);
    if (QString::fromUtf8(b).toUtf8() != b)
        fail(".ics: not valid UTF-8", b);
    int depth = 0;
    int events = 0;
    qsizetype start = 0;
    while (start < b.size()) {
        const qsizetype end = b.indexOf("\r\n", start);
        if (end < 0)
            fail(".ics: a line without CRLF", b.mid(start));
        const QByteArray line = b.mid(start, end - start);
        if (line.size() > 75)
            fail(".ics: a line over 75 octets", line);
        if (line.contains('\n') || line.contains('\r'))
            fail(".ics: a bare line break inside a line", line);
        if (line.startsWith("BEGIN:")) {
            ++depth;
            events += line == "BEGIN:VEVENT";
        } else if (line.startsWith("END:")) {
            if (--depth < 0)
                fail(".ics: END without BEGIN", line);
        }
        start = end + 2;
    }
    if (depth != 0)
        fail(".ics: BEGIN and END do not balance", b);
    if (events != ics.eventCount)
        fail(".ics: eventCount differs from the VEVENTs written", b);
}

void checkReport(const ordo::Plan &plan, const ordo::Analysis &analysis)
{
    const QString text = ordo::checkText(plan, analysis);
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (line.size() >= 600)
            fail("check text: a line of 600 characters or more", line.toUtf8());
        for (const QChar c : line) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
                fail("check text: a control character reaches the terminal", line.toUtf8());
        }
    }
    QJsonParseError error;
    QJsonDocument::fromJson(ordo::checkJson(plan, analysis), &error);
    if (error.error != QJsonParseError::NoError)
        fail("check JSON does not parse", error.errorString().toUtf8());
}

void checkDragPayload(const ordo::Plan &plan, size_t size)
{
    ordo::DragPayload payload;
    payload.origin = size % 2 ? ordo::DragOrigin::Sessions : ordo::DragOrigin::Palette;
    payload.span = ordo::DragSpan(size % 3);
    payload.sessions = plan.sessions.mid(0, ordo::kMaxDragPayloadSessions);
    if (payload.sessions.isEmpty())
        return; // nothing to drag: refused by design
    const QByteArray bytes = ordo::encodeDragPayload(payload);
    if (bytes.size() > ordo::kMaxDragPayloadBytes)
        return; // refused by design: too large to drag
    const std::optional<ordo::DragPayload> back = ordo::decodeDragPayload(bytes);
    if (!back)
        fail("drag payload: an encoded payload does not decode", bytes);
    if (back->origin != payload.origin || back->span != payload.span
        || back->sessions.size() != payload.sessions.size())
        fail("drag payload: decoding changed the payload", bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto previousHandler = qInstallMessageHandler(quietMessages);
    Q_UNUSED(previousHandler);

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Forged payloads from another program: never crash, never take an invalid session.
    if (const auto forged = ordo::decodeDragPayload(bytes)) {
        if (forged->sessions.size() > ordo::kMaxDragPayloadSessions)
            fail("drag payload: more sessions than the cap decoded", bytes);
    }

    const ordo::ReadResult read = ordo::parsePlan(bytes);
    if (!read.ok())
        return 0;
    const ordo::Plan &plan = *read.plan;
    const ordo::Analysis analysis = ordo::analyze(plan);

    ordo::IcsOptions options;
    const uint8_t last = size ? data[size - 1] : 0;
    options.startDate = QDate(2026, 1, 5).addDays(qint64(size % 400) - 200);
    options.repeatWeeks = 1 + int(size % 52);
    if (last & 1)
        options.alarmMinutes = int(last) * 5;
    if (last & 2)
        options.untilDate = options.startDate.addDays(last);
    options.busyOnly = last & 4;
    options.stamp = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    checkIcs(ordo::exportIcs(plan, analysis, options));
    checkReport(plan, analysis);
    checkDragPayload(plan, size);
    return 0;
}
