// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The plan file reader, shared by planio.cpp (parsing, the entry points) and planreader.cpp
// (the readers of each part of a plan). Private to core: not part of the plan I/O interface.

#include "enums.h"
#include "jsontext.h"
#include "jsonwriter.h"
#include "phase.h"
#include "planio.h"
#include "unknownkeys.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace ordo::planreader {

using namespace Qt::StringLiterals;

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::PlanIo)
};

QString describe(const QJsonValue &v);

// "10,000": the format's figures as docs/plan-format.md writes them, whatever the locale.
QString englishNumber(qint64 n);

// "4 MiB"
QString fileCapText();

QString escapePointerToken(QString key);

// Collects content errors (up to PlanLimits::kMaxReportedErrors) while reading a parsed document.
class Reader
{
public:
    explicit Reader(const JsonText &text)
        : m_text(text)
    { }

    QList<PlanError> errors;

    void error(const QString &where, const QString &what)
    {
        if (errors.size() < PlanLimits::kMaxReportedErrors)
            errors.append({ where, what });
    }

    // Every key of the object at `span` not in `known`, with its value's text as written (a
    // later duplicate replaces an earlier one, as in the parser).
    UnknownKeys unknown(JsonText::Span span, std::initializer_list<QStringView> known) const
    {
        UnknownKeys out;
        for (const JsonText::Member &m : m_text.members(span)) {
            bool isKnown = false;
            for (QStringView k : known)
                isKnown = isKnown || k == m.key;
            if (!isKnown)
                out.insertParsed(m.key, m_text.minified(m.value));
        }
        return out;
    }

    std::optional<QString> string(const QJsonObject &obj, const QString &key, const QString &ptr,
                                  bool required, int maxLength)
    {
        const QJsonValue v = obj.value(key);
        const QString where = ptr + u'/' + key;
        if (v.isUndefined()) {
            if (required)
                error(where, Tr::tr("missing required key"));
            return std::nullopt;
        }
        if (!v.isString()) {
            error(where, Tr::tr("expected a string, got %1").arg(describe(v)));
            return std::nullopt;
        }
        const QString s = v.toString();
        if (s.size() > maxLength) {
            error(where, Tr::tr("longer than %1 characters (%2)").arg(maxLength).arg(s.size()));
            return std::nullopt;
        }
        return s;
    }

    std::optional<double> number(const QJsonObject &obj, const QString &key, const QString &ptr,
                                 bool required, double lo, double hi, bool integer)
    {
        const QJsonValue v = obj.value(key);
        const QString where = ptr + u'/' + key;
        if (v.isUndefined()) {
            if (required)
                error(where, Tr::tr("missing required key"));
            return std::nullopt;
        }
        if (!v.isDouble()) {
            error(where,
                  (integer ? Tr::tr("expected an integer, got %1") : Tr::tr("expected a number, got %1"))
                      .arg(describe(v)));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            error(where, Tr::tr("expected a finite number"));
            return std::nullopt;
        }
        if (integer && d != std::floor(d)) {
            error(where, Tr::tr("expected an integer, got %1").arg(describe(v)));
            return std::nullopt;
        }
        if (d < lo || d > hi) {
            error(where,
                  Tr::tr("must be between %1 and %2, got %3")
                      .arg(QString::fromUtf8(JsonWriter::formatNumber(lo)),
                           QString::fromUtf8(JsonWriter::formatNumber(hi)), describe(v)));
            return std::nullopt;
        }
        return d;
    }

    std::optional<bool> boolean(const QJsonObject &obj, const QString &key, const QString &ptr)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool()) {
            error(ptr + u'/' + key, Tr::tr("expected true or false, got %1").arg(describe(v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    template<typename E>
    std::optional<E> enumeration(const QJsonObject &obj, const QString &key, const QString &ptr,
                                 bool required)
    {
        const QJsonValue v = obj.value(key);
        const QString where = ptr + u'/' + key;
        if (v.isUndefined()) {
            if (required)
                error(where, Tr::tr("missing required key"));
            return std::nullopt;
        }
        const auto e = v.isString() ? fromId<E>(v.toString()) : std::nullopt;
        if (!e)
            error(where, Tr::tr("expected one of %1, got %2").arg(allIds<E>().join(u", "_s), describe(v)));
        return e;
    }

    std::optional<QJsonObject> object(const QJsonObject &obj, const QString &key, const QString &ptr)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            error(ptr + u'/' + key, Tr::tr("expected an object, got %1").arg(describe(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    void readCycle(const QJsonObject &obj, JsonText::Span span, const QString &ptr, int weeks,
                   Profile &profile);
    void readProfile(const QJsonObject &obj, JsonText::Span span, const QString &ptr, int weeks,
                     Profile &profile);
    void readAnalysis(const QJsonObject &obj, JsonText::Span span, const QString &ptr,
                      AnalysisSettings &settings);
    // "HH:MM", or "24:00" where `endOfDay` allows the end of the day.
    std::optional<int> clock(const QJsonObject &obj, const QString &key, const QString &ptr, bool endOfDay);
    // One day's list of windows.
    std::optional<QList<TimeWindow>> readWindows(const QJsonValue &value, JsonText::Span span,
                                                 const QString &ptr);
    // A "days" object: weekday ids to window lists.
    WeekdayWindows readWeekdays(const QJsonObject &obj, JsonText::Span span, const QString &ptr);
    void readAvailability(const QJsonObject &obj, JsonText::Span span, const QString &ptr, int weeks,
                          Availability &out);
    std::optional<QDate> anchorDate(const QJsonObject &root);
    // "phases": one object per marked week, in week order (docs/plan-format.md, "Phases").
    QList<WeekPhase> readPhases(const QJsonValue &value, JsonText::Span span, int weeks);
    std::optional<Session> readSession(const QJsonValue &value, JsonText::Span span, const QString &ptr,
                                       int weeks);
    std::optional<Plan> readPlan(const QJsonObject &root);

private:
    const JsonText &m_text;
};

} // namespace ordo::planreader
