// SPDX-License-Identifier: GPL-3.0-or-later

#include "checkreport.h"

#include "enums.h"
#include "findingtext.h"
#include "jsonwriter.h"
#include "physiology.h"
#include "plancomparison.h"
#include "terminaltext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::CheckReport)
};

// Round half away from zero (docs/rules.md: 514.5 → 515), to `decimals` places.
double roundTo(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QString autoFixType(AutoFix::Type t)
{
    switch (t) {
    case AutoFix::Type::Move:
        return u"move"_s;
    case AutoFix::Type::Swap:
        return u"swap"_s;
    case AutoFix::Type::Delete:
        return u"delete"_s;
    case AutoFix::Type::ChangeIntensity:
        return u"changeIntensity"_s;
    case AutoFix::Type::SetDuration:
        return u"setDuration"_s;
    }
    return {};
}

QString clockOrMidnight(int minute)
{
    return minute >= kMinutesPerDay ? u"24:00"_s : formatClock(minute);
}

// One line of the text output for a shown finding (docs/cli.md, "check text output").
QString findingLine(const Plan &plan, const Finding &f)
{
    QString line = toId(f.severity).leftJustified(8) + u' ' + f.rule.leftJustified(15) + u' ';
    const Session *first = f.sessions.isEmpty() ? nullptr : plan.find(f.sessions.first());
    if (first)
        line += formatWhen(plan, f.axisMinute) + u' ' + first->displayTitle();
    else
        line += formatPlanDay(plan, f.axisMinute / kMinutesPerDay);
    line += u" — "_s + f.message;
    if (!f.fix.isEmpty())
        line += u' ' + Tr::tr("Fix: %1").arg(f.fix);
    if (!f.related.isEmpty())
        line += u' ' + Tr::tr("(also: %1)").arg(f.related.join(u", "_s));
    // Titles come from the plan: shown with visible escapes, and the line cut below 600
    // characters (docs/cli.md).
    return cutText(visibleText(line), kMaxTerminalLine) + u'\n';
}

// One finding of the JSON output (docs/cli.md, "check --json output").
void writeFinding(JsonWriter &w, const Finding &f)
{
    w.beginObject();
    w.field(u"rule"_s, f.rule);
    w.field(u"severity"_s, toId(f.severity));
    w.key(u"sessions"_s);
    w.beginArray();
    for (const QString &id : f.sessions)
        w.value(id);
    w.endArray();
    w.field(u"week"_s, f.week);
    w.field(u"day"_s, toId(f.day));
    w.field(u"message"_s, f.message);
    w.field(u"fix"_s, f.fix);
    w.field(u"source"_s, f.source);
    if (!f.related.isEmpty()) {
        w.key(u"related"_s);
        w.beginArray();
        for (const QString &r : f.related)
            w.value(r);
        w.endArray();
    }
    if (f.autoFix) {
        const AutoFix &x = *f.autoFix;
        w.key(u"autoFix"_s);
        w.beginObject();
        w.field(u"type"_s, autoFixType(x.type));
        w.field(u"session"_s, x.sessionId);
        if (x.type == AutoFix::Type::Swap)
            w.field(u"otherSession"_s, x.otherSessionId);
        if (x.type == AutoFix::Type::Move) {
            const int m = x.newAxisStart;
            w.field(u"week"_s, m / kMinutesPerWeek);
            w.field(u"day"_s, toId(Day((m % kMinutesPerWeek) / kMinutesPerDay)));
            w.field(u"start"_s, formatClock(m % kMinutesPerDay));
        }
        if (x.type == AutoFix::Type::ChangeIntensity)
            w.field(u"intensity"_s, toId(x.newIntensity));
        if (x.type == AutoFix::Type::SetDuration)
            w.field(u"durationMin"_s, x.newDurationMin);
        w.field(u"description"_s, x.description);
        w.endObject();
    }
    w.endObject();
}

} // namespace

bool hasStrictFindings(const Analysis &analysis)
{
    for (const Finding &f : analysis.findings) {
        if (!f.hiddenByDefault && f.severity != Severity::Info)
            return true;
    }
    return false;
}

QString checkText(const Plan &plan, const Analysis &a)
{
    QString out;
    int shown = 0;
    for (const Finding &f : a.findings) {
        if (f.hiddenByDefault)
            continue;
        ++shown;
        out += findingLine(plan, f);
    }
    if (shown == 0)
        out += Tr::tr("No findings.") + u'\n';

    const Summary &s = a.summary;
    out += u'\n';
    out += plan.weeks <= 1 ? Tr::tr("Weekly summary:")
                           : Tr::tr("Weekly summary (average of %1 weeks):").arg(plan.weeks);
    out += u'\n';
    out += u"  "_s
        + Tr::tr("Sessions: %1 strength, %2 cardio, %3 mobility")
              .arg(s.strengthSessions)
              .arg(s.cardioSessions)
              .arg(s.mobilitySessions)
        + u'\n';
    out += u"  "_s
        + Tr::tr("Cardio minutes: %1 easy, %2 moderate, %3 HIIT")
              .arg(s.cardioMinutesEasy)
              .arg(s.cardioMinutesModerate)
              .arg(s.cardioMinutesHiit)
        + u'\n';
    out += u"  "_s + Tr::tr("Rest days: %1").arg(s.restDays) + u'\n';
    out += u"  "_s + Tr::tr("Estimated energy: ≈ %1 kcal").arg(physiology::displayedKcal(s.kcal)) + u'\n';
    return out;
}

QByteArray checkJson(const Plan &plan, const Analysis &a)
{
    JsonWriter w;
    w.beginObject();
    w.field(u"plan"_s, plan.name);
    w.key(u"findings"_s);
    w.beginArray();
    for (const Finding &f : a.findings) {
        if (f.hiddenByDefault)
            continue;
        writeFinding(w, f);
    }
    w.endArray();

    w.key(u"days"_s);
    w.beginArray();
    for (const DayFigures &d : a.days) {
        w.beginObject();
        w.field(u"week"_s, d.week);
        w.field(u"day"_s, toId(d.day));
        w.field(u"strengthLoad"_s, roundTo(d.strengthLoad, 1));
        w.field(u"cardioLoad"_s, roundTo(d.cardioLoad, 1));
        w.field(u"load"_s, roundTo(d.load, 1));
        w.field(u"fatigue"_s, roundTo(d.fatigue, 1));
        w.field(u"kcal"_s, qint64(std::lround(d.kcal)));
        w.key(u"ampkWindows"_s);
        w.beginArray();
        for (const DayWindow &dw : d.ampkWindows) {
            w.beginObject();
            w.field(u"session"_s, dw.sessionId);
            w.field(u"start"_s, formatClock(dw.startMinute));
            w.field(u"end"_s, clockOrMidnight(dw.endMinute));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();

    const Summary &s = a.summary;
    w.key(u"summary"_s);
    w.beginObject();
    w.field(u"strengthSessions"_s, s.strengthSessions);
    w.field(u"cardioSessions"_s, s.cardioSessions);
    w.field(u"mobilitySessions"_s, s.mobilitySessions);
    w.key(u"cardioMinutes"_s);
    w.beginObject();
    w.field(u"easy"_s, s.cardioMinutesEasy);
    w.field(u"moderate"_s, s.cardioMinutesModerate);
    w.field(u"hiit"_s, s.cardioMinutesHiit);
    w.endObject();
    w.field(u"restDays"_s, s.restDays);
    w.field(u"kcal"_s, qint64(std::lround(s.kcal)));
    w.endObject();
    w.endObject();
    return w.finish();
}

namespace {

// "2450 → 2310", or "–" for a week the plan does not have.
QString beforeAfter(const QList<WeekFigures> &a, const QList<WeekFigures> &b, int week,
                    double (*value)(const WeekFigures &))
{
    const auto text = [&](const QList<WeekFigures> &weeks) {
        return week < weeks.size() ? QString::number(qint64(std::llround(value(weeks[week])))) : u"–"_s;
    };
    return text(a) + u" → "_s + text(b);
}

void writeWeeks(JsonWriter &w, const Plan &plan, const Analysis &a)
{
    w.beginObject();
    w.field(u"plan"_s, plan.name);
    w.key(u"weeks"_s);
    w.beginArray();
    for (int i = 0; i < a.weeks.size(); ++i) {
        const WeekFigures &f = a.weeks[i];
        w.beginObject();
        w.field(u"week"_s, i);
        w.field(u"load"_s, roundTo(f.load, 1));
        w.field(u"hardMinutes"_s, f.hardMinutes);
        w.field(u"hiitSessions"_s, f.hiitSessions);
        w.field(u"liftingSessions"_s, f.liftingSessions);
        w.field(u"restDays"_s, f.restDays);
        w.field(u"kcal"_s, qint64(std::lround(f.kcal)));
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

bool addsStrictFindings(const PlanComparison &comparison)
{
    return std::any_of(comparison.onlyInB.cbegin(), comparison.onlyInB.cend(),
                       [](const Finding &f) { return f.severity != Severity::Info; });
}

QString compareText(const Plan &a, const Analysis &analysisA, const Plan &b, const Analysis &analysisB)
{
    const PlanComparison c = comparePlans(a, analysisA, b, analysisB);
    QString out;
    out += cutText(visibleText(Tr::tr("%1 compared with %2").arg(b.name, a.name)), kMaxTerminalLine)
        + u"\n\n"_s;
    out += Tr::tr("Added:") + u'\n';
    for (const Finding &f : c.onlyInB)
        out += findingLine(b, f);
    if (c.onlyInB.isEmpty())
        out += u"  "_s + Tr::tr("No findings added.") + u'\n';
    out += u'\n' + Tr::tr("Removed:") + u'\n';
    for (const Finding &f : c.onlyInA)
        out += findingLine(a, f);
    if (c.onlyInA.isEmpty())
        out += u"  "_s + Tr::tr("No findings removed.") + u'\n';

    out += u'\n' + Tr::tr("Weekly totals (first plan → second plan):") + u'\n';
    const int weeks = int(std::max(analysisA.weeks.size(), analysisB.weeks.size()));
    const QList<WeekFigures> &wa = analysisA.weeks;
    const QList<WeekFigures> &wb = analysisB.weeks;
    for (int week = 0; week < weeks; ++week) {
        out += u"  "_s
            + Tr::tr(
                  "Week %1: load %2, hard minutes %3, HIIT sessions %4, lifting sessions %5, rest days %6, "
                  "kcal %7")
                  .arg(week + 1)
                  .arg(beforeAfter(wa, wb, week, [](const WeekFigures &f) { return f.load; }),
                       beforeAfter(wa, wb, week, [](const WeekFigures &f) { return double(f.hardMinutes); }),
                       beforeAfter(wa, wb, week, [](const WeekFigures &f) { return double(f.hiitSessions); }),
                       beforeAfter(wa, wb, week,
                                   [](const WeekFigures &f) { return double(f.liftingSessions); }),
                       beforeAfter(wa, wb, week, [](const WeekFigures &f) { return double(f.restDays); }),
                       beforeAfter(wa, wb, week, [](const WeekFigures &f) { return f.kcal; }))
            + u'\n';
    }
    return out;
}

QByteArray compareJson(const Plan &a, const Analysis &analysisA, const Plan &b, const Analysis &analysisB)
{
    const PlanComparison c = comparePlans(a, analysisA, b, analysisB);
    JsonWriter w;
    w.beginObject();
    w.key(u"a"_s);
    writeWeeks(w, a, analysisA);
    w.key(u"b"_s);
    writeWeeks(w, b, analysisB);
    w.key(u"added"_s);
    w.beginArray();
    for (const Finding &f : c.onlyInB)
        writeFinding(w, f);
    w.endArray();
    w.key(u"removed"_s);
    w.beginArray();
    for (const Finding &f : c.onlyInA)
        writeFinding(w, f);
    w.endArray();
    w.endObject();
    return w.finish();
}

} // namespace ordo
