// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules.h"

#include "enums.h"
#include "findingtext.h"
#include "physiology.h"
#include "settingstable.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {

namespace {

namespace phys = physiology;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ordo::Rules", text, disambiguation, n);
}

// Rule numbers of docs/rules.md (the row "No.").
namespace rn {
enum Id : int {
    Overlap = 1,
    Duplicate,
    CrossesMidnight,
    CrossesPlanEnd,
    ImplausibleDuration,
    RpeMismatch,
    Warmup,
    WarmupLong,
    WarmupTooHard,
    AmpkWindow,
    SplitGap,
    BeginnerIntenseFirst,
    EnduranceOrder,
    EnduranceLiftDose,
    PostLiftHiit,
    PostLiftLong,
    CombinedTooLong,
    LegDayCardio,
    LegDayHiit,
    LegDayFriendly,
    RowingAfterLegs,
    ActiveRecovery,
    HiitBeforeLegs,
    LegsBeforeKeyCardio,
    MuscleNotRecovered,
    DoubleHiitDay,
    HiitSpacing,
    HiitWeekly,
    HiitHeavyStreak,
    NoRestDay,
    CardioFrequency,
    CardioDuration,
    LiftingFrequency,
    EnduranceVolumeBalance,
    AerobicMinimum,
    BeginnerVolume,
    HighLoadDay,
    LoadSpike,
    Monotony,
    CyclePhase,
    Count
};
}

// docs/rules.md 3.10.3: on a tie in severity, the more specific rule of a pair wins.
constexpr int kPairPrecedence[] = { 19, 18, 12, 13, 10, 15, 11, 23, 24, 25, 14, 16, 9, 22, 21, 20 };

int precedenceRank(int rule)
{
    for (int i = 0; i < int(std::size(kPairPrecedence)); ++i) {
        if (kPairPrecedence[i] == rule)
            return i;
    }
    return int(std::size(kPairPrecedence));
}

const QString &ruleId(int rule)
{
    static const QList<QString> ids = [] {
        QList<QString> v(rn::Count + 3);
        for (const RuleInfo &r : ruleCatalog()) {
            if (r.number >= 0 && r.number < v.size())
                v[r.number] = r.id;
        }
        return v;
    }();
    return ids[rule];
}

// The "Source" column of docs/rules.md, with the seed numbers spelled as their file names.
const QString &ruleSource(int rule)
{
    static const QList<QString> sources = [] {
        const QString s000 = u"000_b743a5f68db8ab6e.txt"_s;
        const QString s001 = u"001_a94c69c416480d76.txt"_s;
        const QString s002 = u"002_8691838a3373c1ba.txt"_s;
        QList<QString> v(rn::Count);
        v[rn::Overlap] = u"Engine (integrity)"_s;
        v[rn::Duplicate] = u"Engine"_s;
        v[rn::CrossesMidnight] = u"Engine convention (physiology.md 2.3)"_s;
        v[rn::CrossesPlanEnd] = u"Engine"_s;
        v[rn::ImplausibleDuration] = u"[H]; ACSM intensity classes"_s;
        v[rn::RpeMismatch] = u"physiology.md 2.1 [H]"_s;
        v[rn::Warmup] = s000 + u", "_s + s001 + u"; Wojtaszewski 2000"_s;
        v[rn::WarmupLong] = s000 + u"; Wojtaszewski 2000"_s;
        v[rn::WarmupTooHard] = s001;
        v[rn::AmpkWindow] = s000 + u"; Eddens 2018; Murlasits 2018; Wojtaszewski 2000; Lee-Young 2008"_s;
        v[rn::SplitGap] = s000 + u", "_s + s002 + u"; Robineau 2016; Lundberg 2013"_s;
        v[rn::BeginnerIntenseFirst] = s000;
        v[rn::EnduranceOrder] = s000 + u", "_s + s001 + u"; Doma & Deakin 2013"_s;
        v[rn::EnduranceLiftDose] = s000;
        v[rn::PostLiftHiit] = s000 + u", "_s + s002 + u" vs "_s + s001;
        v[rn::PostLiftLong] = s000 + u", "_s + s001 + u"; Wilson 2012"_s;
        v[rn::CombinedTooLong] = s000;
        v[rn::LegDayCardio] = s000 + u"; Sporer & Wenger 2003; Doma & Deakin 2013"_s;
        v[rn::LegDayHiit] = s000 + u", "_s + s002 + u"; Sporer & Wenger 2003"_s;
        v[rn::LegDayFriendly] = s000;
        v[rn::RowingAfterLegs] = s000;
        v[rn::ActiveRecovery] = s002 + u", "_s + s000;
        v[rn::HiitBeforeLegs] = s000 + u"; Sporer & Wenger 2003; Stanley 2013; Doma 2017"_s;
        v[rn::LegsBeforeKeyCardio] = u"Doma & Deakin 2013; Doma 2017"_s;
        v[rn::MuscleNotRecovered] = u"ACSM 2009; Morán-Navarro 2017"_s;
        v[rn::DoubleHiitDay] = s000 + u"; Stanley 2013; Buchheit & Laursen 2013"_s;
        v[rn::HiitSpacing] = s000 + u"; Stanley 2013; Buchheit & Laursen 2013"_s;
        v[rn::HiitWeekly] = s000 + u"; Wilson 2012"_s;
        v[rn::HiitHeavyStreak] = s000;
        v[rn::NoRestDay] = s000 + u"; ACSM 2009"_s;
        v[rn::CardioFrequency] = s000 + u"; Wilson 2012"_s;
        v[rn::CardioDuration] = s000 + u"; Wilson 2012"_s;
        v[rn::LiftingFrequency] = s000 + u"; ACSM 2009"_s;
        v[rn::EnduranceVolumeBalance] = s000;
        v[rn::AerobicMinimum] = u"WHO 2020; Compendium of Physical Activities"_s;
        v[rn::BeginnerVolume] = s000 + u"; ACSM 2009"_s;
        v[rn::HighLoadDay] = u"physiology.md 2.3 [H]"_s;
        v[rn::LoadSpike] = u"Williams 2017; Impellizzeri 2020"_s;
        v[rn::Monotony] = u"Foster 1998"_s;
        v[rn::CyclePhase] = s000 + u"; McNulty 2020; Colenso-Semple 2023"_s;
        return v;
    }();
    return sources[rule];
}

using MaybeSeverity = std::optional<Severity>;

MaybeSeverity lower(MaybeSeverity s)
{
    if (!s || *s == Severity::Info)
        return std::nullopt;
    return *s == Severity::Critical ? Severity::Warning : Severity::Info;
}

struct Candidate
{
    int rule = 0;
    Severity severity = Severity::Info;
};

// One pair under evaluation: `first` starts no later than `second`.
struct Pair
{
    int first = -1;
    int second = -1;
    int gap = 0; // gap(first → second)
    int cardio = -1;
    int strength = -1;
    bool recoveryVariant = false; // rule 22, second message
};

class Engine
{
public:
    Engine(const PlanFacts &facts, const Analysis &figures)
        : m_f(facts)
        , m_a(figures)
        , m_t(facts.th)
        , m_plan(facts.plan)
        , m_goal(facts.plan.profile.goal)
        , m_beginner(facts.plan.profile.experience == Experience::Beginner)
    {
        m_enabled.fill(true);
        for (const QString &id : m_plan.analysis.disabledRules) {
            for (int r = 1; r < rn::Count; ++r) {
                if (ruleId(r) == id)
                    m_enabled[r] = false;
            }
        }
        m_count.fill(0);
        m_overflow.fill(0);
        m_cap = std::max(1, int(m_t.findingsMaxPerRule));
        m_hiitWithHeavyLegs = QList<bool>(m_f.items.size(), false);
    }

    QList<Finding> run()
    {
        integrity();
        warmups();
        pairs();
        combinedSessions();
        muscleNotRecovered();
        hiitDose();
        weeklyStructure();
        loadMonitoring();
        cyclePhase();
        addOverflowSummaries();
        std::stable_sort(m_out.begin(), m_out.end(), [](const Finding &a, const Finding &b) {
            if (a.severity != b.severity)
                return a.severity > b.severity;
            if (a.axisMinute != b.axisMinute)
                return a.axisMinute < b.axisMinute;
            return a.rule < b.rule;
        });
        return m_out;
    }

private:
    const SessionFacts &item(int i) const { return m_f.items[i]; }
    const Session &ses(int i) const { return *m_f.items[i].s; }
    QString title(int i) const { return ses(i).displayTitle(); }
    bool isGoal(std::initializer_list<Goal> goals) const
    {
        return std::find(goals.begin(), goals.end(), m_goal) != goals.end();
    }
    bool wants(int rule) const { return m_enabled[rule]; }

    // Adds a finding anchored at the first listed session (or at `axisMinute` when none is
    // listed). Returns nullptr once the rule has reached findings.maxPerRule: the rest are
    // counted and summarised in one finding at the end.
    Finding *add(int rule, Severity severity, const QList<int> &items, int axisMinute = -1)
    {
        const int anchor = !items.isEmpty() ? item(items.first()).start : std::max(0, axisMinute);
        if (m_count[rule] >= m_cap) {
            if (m_overflow[rule] == 0 || severity > m_overflowSeverity[rule])
                m_overflowSeverity[rule] = severity;
            if (m_overflow[rule] == 0)
                m_overflowAt[rule] = anchor;
            ++m_overflow[rule];
            return nullptr;
        }
        ++m_count[rule];
        Finding f;
        f.rule = ruleId(rule);
        f.severity = severity;
        for (int i : items)
            f.sessions.append(ses(i).id);
        const int m = m_f.axis.wrap(anchor);
        f.axisMinute = m;
        f.week = m / kMinutesPerWeek;
        f.day = Day((m % kMinutesPerWeek) / kMinutesPerDay);
        f.source = ruleSource(rule);
        m_out.append(f);
        return &m_out.last();
    }

    void addOverflowSummaries()
    {
        for (int r = 1; r < rn::Count; ++r) {
            if (m_overflow[r] == 0)
                continue;
            m_count[r] = 0; // let this one through
            Finding *f = add(r, m_overflowSeverity[r], {}, m_overflowAt[r]);
            f->message = m_overflow[r] == 1
                ? tr("1 more finding of this kind is not listed.")
                : tr("%1 more findings of this kind are not listed.").arg(m_overflow[r]);
            f->fix = tr("Fix the findings above first; the rest are usually the same pattern.");
        }
    }

    // --- 3.1 Plan integrity -------------------------------------------------------------

    void integrity()
    {
        for (int i = 0; i < m_f.items.size(); ++i) {
            const SessionFacts &x = item(i);
            if (x.excluded) {
                duplicate(x.duplicateOf, i);
                continue;
            }
            const Session &s = *x.s;
            const int startMinute = s.startMinute;
            if (wants(rn::CrossesMidnight) && startMinute + s.durationMin > kMinutesPerDay) {
                const int m1 = kMinutesPerDay - startMinute;
                if (Finding *f = add(rn::CrossesMidnight, Severity::Info, { i })) {
                    f->message
                        = tr("%1 runs past midnight: rules count it on %2; charts split its load and kcal "
                             "by minutes (%3 min on %2, %4 min on %5).")
                              .arg(title(i), formatPlanDay(m_plan, x.dayIndex))
                              .arg(m1)
                              .arg(s.durationMin - m1)
                              .arg(formatPlanDay(m_plan, x.dayIndex + 1));
                    f->fix = tr("None needed; start earlier if this was not intended.");
                }
            }
            if (wants(rn::CrossesPlanEnd) && !m_plan.repeat && x.end > m_f.axis.period()) {
                if (Finding *f = add(rn::CrossesPlanEnd, Severity::Info, { i })) {
                    f->message = tr("%1 runs past the end of the plan; those %2 min are not in the charts.")
                                     .arg(title(i))
                                     .arg(x.end - m_f.axis.period());
                    f->fix = tr("Shorten it or add a week.");
                }
            }
            implausibleDuration(i);
            rpeMismatch(i);
        }
    }

    void duplicate(int a, int b)
    {
        if (!wants(rn::Duplicate) || a < 0)
            return;
        if (Finding *f = add(rn::Duplicate, Severity::Critical, { a, b })) {
            f->message
                = tr("%1 looks like a duplicate of %2 (same start, same type).").arg(title(b), title(a));
            f->fix = tr("Delete the one with the later id (%1).").arg(ses(b).id);
            AutoFix fix;
            fix.type = AutoFix::Type::Delete;
            fix.sessionId = ses(b).id;
            fix.description = tr("Delete “%1” (%2)").arg(title(b), ses(b).id);
            f->autoFix = fix;
        }
    }

    void implausibleDuration(int i)
    {
        if (!wants(rn::ImplausibleDuration))
            return;
        const Session &s = ses(i);
        double limit = 0;
        QString what;
        if (s.kind == Kind::Strength) {
            limit = m_t.durationStrengthMaxMin;
            what = tr("strength training");
        } else if (s.kind == Kind::Cardio) {
            limit = s.intensity == Intensity::Hiit   ? m_t.durationHiitMaxMin
                : s.intensity == Intensity::Moderate ? m_t.durationModerateMaxMin
                                                     : m_t.durationEasyMaxMin;
            what = intensityWord(s.intensity);
        } else {
            return;
        }
        if (s.durationMin <= limit)
            return;
        if (Finding *f = add(rn::ImplausibleDuration, Severity::Warning, { i })) {
            f->message = tr("%1: %2 min of %3 is unusually long; check the duration.")
                             .arg(title(i))
                             .arg(s.durationMin)
                             .arg(what);
            f->fix = tr("Correct the duration or split the session.");
        }
    }

    void rpeMismatch(int i)
    {
        if (!wants(rn::RpeMismatch))
            return;
        const Session &s = ses(i);
        const double r = s.effectiveRpe();
        bool mismatch = false;
        QString label;
        if (s.kind == Kind::Cardio) {
            label = intensityWord(s.intensity);
            switch (s.intensity) {
            case Intensity::Easy:
                mismatch = r >= m_t.rpeEasyMismatchMin;
                break;
            case Intensity::Moderate:
                mismatch = r <= m_t.rpeModerateMismatchMax || r >= m_t.rpeModerateMismatchMin;
                break;
            case Intensity::Hiit:
                mismatch = r <= m_t.rpeHiitMismatchMax;
                break;
            }
        } else if (s.kind == Kind::Strength) {
            label = displayName(s.load).toLower();
            if (s.load == Load::Heavy)
                mismatch = r <= m_t.rpeHeavyMismatchMax;
            else if (s.load == Load::Light)
                mismatch = r >= m_t.rpeLightMismatchMin;
        }
        if (!mismatch)
            return;
        if (Finding *f = add(rn::RpeMismatch, Severity::Info, { i })) {
            f->message = tr("%1: RPE %2 does not match '%3'. Rules use the intensity; load uses the RPE.")
                             .arg(title(i), QString::number(r), label);
            f->fix = tr("Change the intensity or the RPE.");
        }
    }

    // --- 3.2 Warm-ups --------------------------------------------------------------------

    void warmups()
    {
        for (int i = 0; i < m_f.items.size(); ++i) {
            const SessionFacts &c = item(i);
            if (c.warmup && wants(rn::Warmup)) {
                if (Finding *f = add(rn::Warmup, Severity::Info, { i })) {
                    f->message = tr("Warm-up, not a cardio session — no interference expected.");
                    f->fix = QString();
                }
            } else if (c.warmupLong && wants(rn::WarmupLong)) {
                if (Finding *f = add(rn::WarmupLong, Severity::Info, { i })) {
                    f->message = tr("%1 is longer than a typical warm-up (10–15 min). Still easy, so no "
                                    "interference is expected, but it counts as a cardio session.")
                                     .arg(title(i));
                    f->fix
                        = tr("Shorten to ≤ %1 min if it is meant as a warm-up.").arg(int(m_t.warmupMaxMin));
                }
            }
        }
    }

    // --- 3.3–3.5 Pairs of sessions -------------------------------------------------------

    void pairs()
    {
        // Pair rules only look ahead as far as their longest gap: sessions are sorted once and
        // each one is paired with the later sessions inside that horizon.
        const int horizon
            = int(std::max({ m_t.sameDayWindowMin, m_t.legsHiitBeforeMaxGapMin,
                             m_t.legsHiitBeforeEccentricMaxGapMin, m_t.legsKeyCardioMaxGapMin,
                             m_t.splitMinGapMin, m_t.enduranceOrderGapMin, m_t.beginnerIntenseFirstGapMin,
                             m_t.combinedMaxGapMin, m_t.warmupMaxGapMin, m_t.activeRecoveryMaxStartGapMin,
                             m_t.ampkHiitMaxMin, m_t.ampkModerateMaxMin, m_t.ampkVigorousMaxMin }));
        const int maxNeighbours = std::max(1, int(m_t.findingsMaxPairNeighbours));
        const bool cyclic = m_f.axis.isCyclic();
        const int period = m_f.axis.period();
        for (int i = 0; i < m_f.items.size(); ++i) {
            const SessionFacts &x = item(i);
            if (x.excluded)
                continue;
            const int reach = std::max(horizon + (x.end - x.start), kMinutesPerDay);
            int seen = 0;
            for (int j = m_f.next(i); j >= 0 && j != i; j = m_f.next(j)) {
                const SessionFacts &y = item(j);
                const int d = cyclic ? m_f.axis.forward(x.start, y.start) : y.start - x.start;
                if (cyclic && j < i && d == 0)
                    continue; // same start, already paired from j
                if (d > reach || (cyclic && 2 * d >= period))
                    break;
                if (++seen > maxNeighbours)
                    break;
                if (y.excluded)
                    continue;
                evaluatePair(i, j);
            }
        }
    }

    void evaluatePair(int i, int j)
    {
        const SessionFacts &x = item(i);
        const SessionFacts &y = item(j);
        Pair p;
        p.first = i;
        p.second = j;
        p.gap = m_f.gap(x, y);
        if (p.gap < 0)
            overlap(p);
        QVarLengthArray<Candidate, 8> c;
        if (x.cardio && y.strength) {
            p.cardio = i;
            p.strength = j;
            cardioThenStrength(p, c);
        } else if (x.strength && y.cardio) {
            p.strength = i;
            p.cardio = j;
            strengthThenCardio(p, c);
        } else {
            return;
        }
        legDay(p, c);
        resolvePair(p, c);
    }

    void overlap(const Pair &p)
    {
        if (!wants(rn::Overlap))
            return;
        const SessionFacts &a = item(p.first);
        const SessionFacts &b = item(p.second);
        const int d = p.gap + (a.end - a.start); // start distance
        const int minutes = std::min(a.end - a.start - d, b.end - b.start);
        if (minutes < 1)
            return;
        if (Finding *f = add(rn::Overlap, Severity::Critical, { p.first, p.second })) {
            f->message = tr("%1 and %2 overlap by %3 min — they can't both be done.")
                             .arg(title(p.first), title(p.second))
                             .arg(minutes);
            // Move the later-starting one to A's end, snapped up to 15 min.
            const int snap = std::max(1, int(m_t.autoFixSnapMin));
            const int target = (a.end + snap - 1) / snap * snap;
            f->fix = tr("Move %1 to %2, or shorten one of them.")
                         .arg(title(p.second), formatWhen(m_plan, target));
            if (m_f.axis.isCyclic() || target < m_f.axis.period()) {
                AutoFix fix;
                fix.type = AutoFix::Type::Move;
                fix.sessionId = ses(p.second).id;
                fix.newAxisStart = m_f.axis.wrap(target);
                fix.description = tr("Move “%1” to %2").arg(title(p.second), formatWhen(m_plan, target));
                f->autoFix = fix;
            }
        }
    }

    MaybeSeverity ampkSeverity(const SessionFacts &c, const SessionFacts &s) const
    {
        MaybeSeverity sev;
        if (c.s->intensity == Intensity::Hiit) {
            sev = m_goal == Goal::Endurance ? Severity::Info : Severity::Warning;
        } else if (m_goal == Goal::Endurance) {
            sev = std::nullopt;
        } else if (m_beginner) {
            sev = Severity::Info;
        } else {
            sev = isGoal({ Goal::MuscleGrowth, Goal::Strength }) ? Severity::Warning : Severity::Info;
        }
        if (s.s->load == Load::Light)
            sev = lower(sev);
        return sev;
    }

    void cardioThenStrength(Pair &p, QVarLengthArray<Candidate, 8> &out) const
    {
        const SessionFacts &c = item(p.cardio);
        const SessionFacts &s = item(p.strength);
        const int g = p.gap;
        const Session &cs = *c.s;
        const auto push = [&](int rule, MaybeSeverity sev) {
            if (sev && wants(rule))
                out.append({ rule, *sev });
        };
        // 9: a hard "warm-up".
        if (c.hard && cs.durationMin <= m_t.warmupHardMaxMin && g >= 0 && g <= m_t.warmupMaxGapMin)
            push(rn::WarmupTooHard, Severity::Info);
        // 10: lifting inside the AMPK window.
        if (c.hard && !c.warmup && g >= 0 && g < c.window)
            push(rn::AmpkWindow, ampkSeverity(c, s));
        // 11: split sessions closer than the recommended gap.
        const bool splitCardio = c.hiitCounted
            || (cs.intensity == Intensity::Moderate && cs.durationMin >= m_t.splitMinModerateMin);
        if (splitCardio && cs.intensity != Intensity::Easy && s.s->load != Load::Light && g >= c.window
            && g < m_t.splitMinGapMin && isGoal({ Goal::MuscleGrowth, Goal::Strength }) && !m_beginner)
            push(rn::SplitGap, Severity::Info);
        // 12: beginners starting with intense cardio.
        if (m_beginner && c.hiitCounted && g >= 0 && g <= m_t.beginnerIntenseFirstGapMin)
            push(rn::BeginnerIntenseFirst, Severity::Warning);
        // 14: endurance, lifting after the key cardio.
        if (m_goal == Goal::Endurance && (c.hiit || cs.durationMin >= m_t.enduranceDoseCardioMin)
            && (s.heavy || s.s->durationMin > m_t.enduranceLiftMaxMin) && g >= 0
            && g <= m_t.enduranceOrderGapMin)
            push(rn::EnduranceLiftDose, Severity::Info);
        // 23: leg-loading HIIT 12–36/48 h before heavy legs.
        if (c.hiit && c.legLoading && s.heavyLower && g >= m_t.legsHiitBeforeMinGapMin
            && g <= (c.eccentric ? m_t.legsHiitBeforeEccentricMaxGapMin : m_t.legsHiitBeforeMaxGapMin)
            && isGoal({ Goal::MuscleGrowth, Goal::Strength, Goal::FatLoss }))
            push(rn::HiitBeforeLegs, Severity::Info);
    }

    void strengthThenCardio(Pair &p, QVarLengthArray<Candidate, 8> &out) const
    {
        const SessionFacts &s = item(p.strength);
        const SessionFacts &c = item(p.cardio);
        const int g = p.gap;
        const Session &cs = *c.s;
        const auto push = [&](int rule, MaybeSeverity sev) {
            if (sev && wants(rule))
                out.append({ rule, *sev });
        };
        // 13: endurance, lifting before the key cardio.
        if (m_goal == Goal::Endurance
            && (c.hiit
                || (cs.intensity == Intensity::Moderate && cs.durationMin >= m_t.enduranceKeyModerateMin)
                || cs.durationMin >= m_t.enduranceKeyAnyMin)
            && g >= 0 && g < m_t.enduranceOrderGapMin)
            push(rn::EnduranceOrder, (c.hiit || s.heavyLower) ? Severity::Warning : Severity::Info);
        // 15: HIIT straight after lifting (the HL + LLC pair belongs to rule 19).
        if (s.s->load != Load::Light && c.hiitCounted && g >= 0 && g <= m_t.combinedMaxGapMin
            && !(s.heavyLower && c.legLoading)) {
            if (isGoal({ Goal::MuscleGrowth, Goal::Strength }))
                push(rn::PostLiftHiit, Severity::Warning);
            else if (isGoal({ Goal::FatLoss, Goal::GeneralFitness }))
                push(rn::PostLiftHiit, Severity::Info);
        }
        // 16: long moderate cardio after lifting.
        if (cs.intensity == Intensity::Moderate && cs.durationMin > m_t.postLiftMaxModerateMin && g >= 0
            && g <= m_t.combinedMaxGapMin && isGoal({ Goal::FatLoss, Goal::MuscleGrowth, Goal::Strength }))
            push(rn::PostLiftLong, Severity::Info);
        // 22: active recovery after heavy legs, or the long easy-cycling variant.
        if (s.heavyLower) {
            if (c.activeRecovery && c.recoveryAfter == p.strength) {
                push(rn::ActiveRecovery, Severity::Info);
            } else if (cs.intensity == Intensity::Easy && cs.modality == Modality::Cycling
                       && cs.durationMin > m_t.activeRecoveryMaxMin && g >= 0 && m_f.sameDay(s, c)) {
                p.recoveryVariant = true;
                push(rn::ActiveRecovery, Severity::Info);
            }
        }
        // 24: endurance, heavy legs 12–24 h before key cardio.
        if (m_goal == Goal::Endurance && s.heavyLower
            && (c.hiit || (cs.modality == Modality::Running && cs.durationMin >= m_t.enduranceKeyRunMin))
            && g >= m_t.legsKeyCardioMinGapMin && g <= m_t.legsKeyCardioMaxGapMin)
            push(rn::LegsBeforeKeyCardio, Severity::Info);
    }

    // Rules 18–21 (either order): cardio on the heavy-leg day.
    void legDay(const Pair &p, QVarLengthArray<Candidate, 8> &out)
    {
        const SessionFacts &h = item(p.strength);
        const SessionFacts &c = item(p.cardio);
        if (!h.heavyLower || !m_f.sameDay(h, c))
            return;
        const Session &cs = *c.s;
        const int g = std::max(0, p.gap);
        const auto push = [&](int rule, MaybeSeverity sev) {
            if (sev && wants(rule))
                out.append({ rule, *sev });
        };
        if (c.hiit) {
            m_hiitWithHeavyLegs[p.cardio] = true;
            if (!c.warmup)
                push(rn::LegDayHiit, c.legLoading ? Severity::Warning : Severity::Info);
            return;
        }
        const bool easyEccentric = cs.intensity == Intensity::Easy && c.eccentric;
        if (c.legLoading && (cs.intensity == Intensity::Moderate || easyEccentric)
            && cs.durationMin >= m_t.legsMinCardioMin && !c.warmup && !c.activeRecovery) {
            const bool close = g < m_t.legsSameDayGapWarnMin;
            const bool strict = isGoal({ Goal::MuscleGrowth, Goal::Strength, Goal::FatLoss });
            MaybeSeverity sev = close ? (strict ? Severity::Warning : Severity::Info)
                                      : (strict ? MaybeSeverity(Severity::Info) : std::nullopt);
            if (easyEccentric && sev)
                sev = Severity::Info;
            push(rn::LegDayCardio, sev);
        }
        const bool gentle = cs.intensity != Intensity::Hiit
            && ((cs.modality == Modality::ArmErgometer)
                || (cs.modality == Modality::Swimming && !cs.loadsLegs.value_or(false))
                || (cs.modality == Modality::Walking && cs.intensity == Intensity::Easy && !c.legLoading));
        if (gentle)
            push(rn::LegDayFriendly, Severity::Info);
        if (cs.modality == Modality::Rowing && cs.intensity == Intensity::Moderate)
            push(rn::RowingAfterLegs, Severity::Info);
    }

    void resolvePair(const Pair &p, QVarLengthArray<Candidate, 8> &c)
    {
        if (c.isEmpty())
            return;
        std::sort(c.begin(), c.end(), [](const Candidate &a, const Candidate &b) {
            if (a.severity != b.severity)
                return a.severity > b.severity;
            return precedenceRank(a.rule) < precedenceRank(b.rule);
        });
        const Candidate win = c.first();
        Finding *f = add(win.rule, win.severity, { p.first, p.second });
        if (!f)
            return;
        for (qsizetype k = 1; k < c.size(); ++k)
            f->related.append(ruleId(c[k].rule));
        pairText(win.rule, p, *f);
        if (win.rule == rn::BeginnerIntenseFirst) {
            // Rule 12: with rule 10 on the same pair, one finding shows both texts.
            for (qsizetype k = 1; k < c.size(); ++k) {
                if (c[k].rule == rn::AmpkWindow) {
                    Finding other;
                    pairText(rn::AmpkWindow, p, other);
                    f->message += u' ' + other.message;
                }
            }
        }
        f->hiddenByDefault = win.rule == rn::LegDayFriendly;
    }

    AutoFix swapFix(const Pair &p, const QString &description) const
    {
        AutoFix fix;
        fix.type = AutoFix::Type::Swap;
        fix.sessionId = ses(p.first).id;
        fix.otherSessionId = ses(p.second).id;
        fix.description = description;
        return fix;
    }

    void pairText(int rule, const Pair &p, Finding &f) const
    {
        const int c = p.cardio;
        const int s = p.strength;
        const SessionFacts &cf = item(c);
        const QString gap = formatDuration(std::max(0, p.gap));
        switch (rule) {
        case rn::WarmupTooHard:
            f.message
                = tr("%1 is a workout, not a warm-up (breathless or sweating heavily = training stimulus).")
                      .arg(title(c));
            f.fix = tr("Keep warm-ups easy (≤ 60 % HRmax, RPE ≤ 3) or move this cardio after lifting.");
            break;
        case rn::AmpkWindow: {
            const int until = cf.end + cf.window;
            const QString word = intensityWord(ses(c).intensity);
            f.message
                = tr("%1 starts %2 after %3 (%4). AMPK is estimated to stay elevated until %5 (%6 h after "
                     "%4 cardio), which may blunt the lifting stimulus; pre-tired muscles also manage "
                     "fewer reps.")
                      .arg(title(s), gap, title(c), word, formatWhen(m_plan, until), formatHours(cf.window));
            f.fix = tr("Swap the order (lift first), or move %1 to %2 or later.")
                        .arg(title(s), formatWhen(m_plan, until));
            f.autoFix = swapFix(p, tr("Swap “%1” and “%2” (lift first)").arg(title(c), title(s)));
            break;
        }
        case rn::SplitGap:
            f.message
                = tr("%1 between %2 and %3: past the estimated AMPK window, but the seeds ask for 4–6 h "
                     "between split sessions; %4 gives more margin.")
                      .arg(gap, title(c), title(s), formatDuration(int(m_t.splitMinGapMin)));
            f.fix = tr("Keep ≥ %1, or lift first.").arg(formatDuration(int(m_t.splitMinGapMin)));
            break;
        case rn::BeginnerIntenseFirst:
            f.message = tr("When you are new to lifting, don't start with intense cardio: tired muscles make "
                           "technique break down (this is about form, not AMPK).");
            f.fix = tr("Easy 5–15 min warm-up, then lift, then optional easy cardio.");
            break;
        case rn::EnduranceOrder:
            f.message
                = tr("For endurance, do the key session (%1) first, while fresh. Lifting before it carries "
                     "fatigue into it (worse running economy up to the next day).")
                      .arg(title(c));
            f.fix = tr("Swap the order (cardio first, then short lifting), or separate them by ≥ %1.")
                        .arg(formatDuration(int(m_t.enduranceOrderGapMin)));
            f.autoFix = swapFix(p, tr("Swap “%1” and “%2” (cardio first)").arg(title(s), title(c)));
            break;
        case rn::EnduranceLiftDose:
            f.message = tr(
                "After the key cardio, keep lifting short and moderate (compound lifts, no max effort).");
            f.fix = tr("Make %1 moderate and ≤ %2 min.").arg(title(s)).arg(int(m_t.enduranceLiftMaxMin));
            break;
        case rn::PostLiftHiit:
            f.message = tr("HIIT straight after lifting adds a large recovery cost. Sources disagree: one "
                           "recommends it for fat loss, two advise keeping post-lifting cardio moderate.");
            f.fix = tr("Make it easy or moderate and ≤ 30 min, or move the HIIT to a non-lifting day (or ≥ 6 "
                       "h later).");
            break;
        case rn::PostLiftLong:
            f.message = tr("%1 min of moderate cardio after lifting; %2 min or less keeps recovery cost low.")
                            .arg(ses(c).durationMin)
                            .arg(int(m_t.postLiftMaxModerateMin));
            f.fix = tr("Shorten to ≤ %1 min, or make the extra minutes easy (Zone 1).")
                        .arg(int(m_t.postLiftMaxModerateMin));
            break;
        case rn::LegDayCardio:
            f.message
                = tr("%1 loads the legs on your heavy-leg day (%2 apart): both sessions lose output and leg "
                     "recovery slows.")
                      .arg(title(c), gap);
            f.fix = tr("Swap it for the arm ergometer, easy (non-kick) swimming or a Zone 1 walk, or move %1 "
                       "to "
                       "another day.")
                        .arg(title(c));
            break;
        case rn::LegDayHiit:
            f.message = cf.legLoading
                ? tr("Leg-loading HIIT on heavy-leg day: fatigue adds up and injury risk rises; separate "
                     "them by "
                     "as many hours as possible, ideally different days.")
                : tr("HIIT on heavy-leg day: %1 spares the legs, but the recovery cost still adds up.")
                      .arg(title(c));
            f.fix = tr("Move %1 to a non-leg day, ideally ≥ 24 h (cycling) or ≥ 48 h (running, jumping) from "
                       "heavy "
                       "legs. On leg day keep cardio to Zone 1.")
                        .arg(title(c));
            break;
        case rn::LegDayFriendly:
            f.message = tr("Leg-day-friendly cardio.");
            break;
        case rn::RowingAfterLegs:
            f.message
                = tr("Rowing works the legs too (about half the effort). Fine on leg day only if your legs "
                     "are not very fatigued — keep it easy.");
            f.fix = tr("Make it easy, or use the arm ergometer.");
            break;
        case rn::ActiveRecovery:
            if (p.recoveryVariant) {
                f.message = tr("Easy cycling over %1 min after heavy legs starts to add leg load; keep the "
                               "resistance light.")
                                .arg(int(m_t.activeRecoveryMaxMin));
                f.fix = tr("Shorten it to %1 min.").arg(int(m_t.activeRecoveryMaxMin));
            } else {
                f.message = tr("Active recovery: %1–%2 min easy after heavy legs.")
                                .arg(int(m_t.activeRecoveryMinMin))
                                .arg(int(m_t.activeRecoveryMaxMin));
            }
            break;
        case rn::HiitBeforeLegs:
            f.message
                = tr("HIIT %1 before heavy legs. Leg strength comes back within about a day after hard "
                     "cycling, but running or jumping intervals can leave the legs sore for up to 2 days.")
                      .arg(gap);
            f.fix = tr(
                "Keep ≥ 24 h (cycling) or ≥ 48 h (running, jumping) between hard intervals and heavy legs, "
                "or swap the two days.");
            break;
        case rn::LegsBeforeKeyCardio:
            f.message
                = tr("Heavy legs the day before %1: running economy and time to exhaustion were worse the "
                     "next day in studies.")
                      .arg(title(c));
            f.fix = tr("Put heavy legs after the key session, or ≥ 48 h before it.");
            break;
        default:
            break;
        }
    }

    // --- 3.4 Combined sessions (rule 17) ---------------------------------------------------

    void combinedSessions()
    {
        if (!wants(rn::CombinedTooLong))
            return;
        QList<int> order;
        for (int i = 0; i < m_f.items.size(); ++i) {
            if (!item(i).excluded && item(i).s->kind != Kind::Mobility)
                order.append(i);
        }
        if (order.size() < 2)
            return;
        const int n = int(order.size());
        const int maxGap = int(m_t.combinedMaxGapMin);
        // On a cyclic plan start the walk after a real break so no chain is cut at the wrap.
        int first = 0;
        if (m_f.axis.isCyclic()) {
            first = -1;
            for (int k = 0; k < n; ++k) {
                const int prev = order[(k + n - 1) % n];
                if (m_f.gap(item(prev), item(order[k])) > maxGap) {
                    first = k;
                    break;
                }
            }
            if (first < 0)
                first = 0;
        }
        QList<int> chain;
        int chainStart = 0, chainEnd = 0;
        const auto close = [&]() {
            if (chain.size() < 2)
                return;
            bool lift = false, cardio = false;
            for (int i : std::as_const(chain)) {
                lift = lift || item(i).strength;
                cardio = cardio || item(i).cardio;
            }
            const int span = chainEnd - chainStart;
            if (lift && cardio && span > m_t.combinedMaxSpanMin) {
                if (Finding *f = add(rn::CombinedTooLong, Severity::Info, chain)) {
                    f->message = tr("Combined session lasts %1 min; the seed keeps lifting plus cardio under "
                                    "75–80 min.")
                                     .arg(span);
                    f->fix = tr("Trim the cardio, or split it off to another time.");
                }
            }
        };
        for (int k = 0; k < n; ++k) {
            const int idx = order[(first + k) % n];
            const bool wrapped = m_f.axis.isCyclic() && first + k >= n;
            const int start = item(idx).start + (wrapped ? m_f.axis.period() : 0);
            const int end = item(idx).end + (wrapped ? m_f.axis.period() : 0);
            if (!chain.isEmpty() && start - chainEnd <= maxGap) {
                chain.append(idx);
                chainEnd = std::max(chainEnd, end);
                continue;
            }
            close();
            chain = { idx };
            chainStart = start;
            chainEnd = end;
        }
        close();
    }

    // --- 3.5 Rule 25: muscle not recovered ------------------------------------------------

    static bool musclesOverlap(Focus a, Focus b)
    {
        if (a == Focus::Full || b == Focus::Full)
            return true;
        return a == b;
    }

    // Strength-only residual of a region at time t (cardio is covered by the leg-day rules).
    // Only sessions that start before `before` count (not S itself, nor what follows it).
    double strengthResidual(Region g, int t, int before) const
    {
        double f = 0;
        for (const phys::FatigueSweep::Entry &e : m_strengthEntries) {
            if (e.start >= before || e.start >= t || e.end < t - 20 * kMinutesPerDay)
                continue;
            f += e.weights[int(g)] * phys::fatigueAt(e.load, e.start, e.end - e.start, e.tau, t);
        }
        return f;
    }

    static double sweepValue(Region g, const phys::FatigueSweep::Value &v) { return v.region[int(g)]; }

    static QString groupPhrase(Region g)
    {
        switch (g) {
        case Region::Legs:
            return tr("Your legs were");
        case Region::Upper:
            return tr("Your upper body was");
        case Region::Core:
            return tr("Your core was");
        }
        return {};
    }

    void muscleNotRecovered()
    {
        if (!wants(rn::MuscleNotRecovered))
            return;
        m_strengthEntries = phys::fatigueEntries(m_plan, m_t, true);
        phys::FatigueSweep sweep(m_strengthEntries);
        const double limit = m_t.fatigueNotRecoveredPct / 100.0 * m_t.fatigueRefAU;
        const int spacing = int(m_t.fatigueSameMuscleMinGapMin);
        for (int i = 0; i < m_f.items.size(); ++i) {
            const SessionFacts &s = item(i);
            if (s.excluded || !s.strength || s.s->load == Load::Light)
                continue;
            const Region g = mainRegion(*s.s);
            const phys::FatigueSweep::Value residualAll = sweep.at(s.start);
            const double residual = residualAll.region[int(g)];
            // The most recent heavy session for overlapping muscles within the spacing.
            int prev = -1, recent = -1;
            const int maxSteps
                = std::min(int(m_f.items.size()), std::max(1, int(m_t.findingsMaxPairNeighbours)));
            for (int k = m_f.previous(i), steps = 0; k >= 0 && k != i && steps < maxSteps;
                 k = m_f.previous(k), ++steps) {
                const SessionFacts &q = item(k);
                const int d = m_f.axis.isCyclic() ? m_f.axis.forward(q.start, s.start) : s.start - q.start;
                if (d > spacing + m_f.maxDuration || (m_f.axis.isCyclic() && 2 * d >= m_f.axis.period()))
                    break;
                if (q.excluded || !q.strength || !musclesOverlap(q.s->focus, s.s->focus) || d == 0)
                    continue;
                const int gap = m_f.gap(q, s);
                if (gap < 0)
                    continue;
                if (recent < 0)
                    recent = k;
                if (q.heavy && gap < spacing) {
                    prev = k;
                    break;
                }
            }
            if (prev < 0 && residual < limit)
                continue;
            const int ref = prev >= 0 ? prev : recent;
            const Severity sev = s.heavy ? Severity::Warning : Severity::Info;
            Finding *f
                = add(rn::MuscleNotRecovered, sev, prev >= 0 ? QList<int> { prev, i } : QList<int> { i });
            if (!f)
                continue;
            // The group both sessions train: S's own group unless S is full body and P is not.
            Region shared = g;
            if (ref >= 0 && s.s->focus == Focus::Full && item(ref).s->focus != Focus::Full)
                shared = mainRegion(*item(ref).s);
            const int pct = int(std::lround(100.0 * sweepValue(shared, residualAll) / m_t.fatigueRefAU));
            if (ref >= 0) {
                const int hours = int(std::lround(m_f.gap(item(ref), s) / 60.0));
                f->message
                    = tr("%1 trained hard %2 h ago (≈%3 % fatigue left). The usual spacing between hard "
                         "sessions for the same muscles is 48–72 h.")
                          .arg(groupPhrase(shared))
                          .arg(hours)
                          .arg(pct);
            } else {
                f->message
                    = tr("%1 still about %2 % fatigued from recent lifting. The usual spacing between hard "
                         "sessions for the same muscles is 48–72 h.")
                          .arg(groupPhrase(shared))
                          .arg(pct);
            }
            // Earliest time both clauses clear: the spacing after P, and the residual below the limit.
            int clear = s.start;
            if (prev >= 0)
                clear = std::max(clear, s.start + (spacing - m_f.gap(item(prev), s)));
            if (strengthResidual(g, clear, s.start) >= limit) {
                int lo = clear, hi = clear + 7 * kMinutesPerDay;
                while (hi - lo > 15) {
                    const int mid = (lo + hi) / 2;
                    (strengthResidual(g, mid, s.start) >= limit ? lo : hi) = mid;
                }
                clear = hi;
            }
            const int snap = std::max(1, int(m_t.autoFixSnapMin));
            clear = (clear + snap - 1) / snap * snap;
            f->fix = tr("Move %1 to %2 or later, change its focus, or make it light.")
                         .arg(title(i), formatWhen(m_plan, clear));
        }
    }

    // --- 3.6 HIIT dose (rules 26–29) ---------------------------------------------------------

    // Splits a time-ordered list into maximal chains of neighbours linked by `linked`; on a
    // cyclic plan a chain may run across the wrap.
    template<typename Linked> QList<QList<int>> chains(const QList<int> &list, Linked linked) const
    {
        QList<QList<int>> out;
        const int n = int(list.size());
        if (n == 0)
            return out;
        int first = 0;
        const bool cyclic = m_f.axis.isCyclic() && n > 1;
        if (cyclic) {
            first = -1;
            for (int k = 0; k < n; ++k) {
                if (!linked(list[(k + n - 1) % n], list[k])) {
                    first = k;
                    break;
                }
            }
            if (first < 0) {
                out.append(list);
                return out;
            }
        }
        QList<int> cur { list[first] };
        for (int k = 1; k < n; ++k) {
            const int idx = list[(first + k) % n];
            if (linked(cur.last(), idx)) {
                cur.append(idx);
            } else {
                out.append(cur);
                cur = { idx };
            }
        }
        out.append(cur);
        return out;
    }

    void hiitDose()
    {
        QList<int> hiit;
        for (int i = 0; i < m_f.items.size(); ++i) {
            if (!item(i).excluded && item(i).hiitCounted)
                hiit.append(i);
        }
        const int n = int(hiit.size());
        // 26: two or more HIIT sessions on one day or within 12 h.
        const auto sameDay = [this](int a, int b) {
            return item(a).dayIndex == item(b).dayIndex || m_f.gap(item(a), item(b)) < m_t.sameDayWindowMin;
        };
        QList<int> clusterOf(m_f.items.size(), -1);
        const QList<QList<int>> days = chains(hiit, sameDay);
        for (int c = 0; c < days.size(); ++c) {
            const QList<int> &cl = days[c];
            if (cl.size() < 2)
                continue;
            for (int i : cl)
                clusterOf[i] = c;
            if (!wants(rn::DoubleHiitDay))
                continue;
            const bool legs
                = std::any_of(cl.cbegin(), cl.cend(), [this](int i) { return m_hiitWithHeavyLegs[i]; });
            if (Finding *f = add(rn::DoubleHiitDay, legs ? Severity::Critical : Severity::Warning, cl)) {
                // Clusters hold at least two sessions, so the plural is always right.
                f->message
                    = (legs ? tr("%1 HIIT sessions in one day + heavy legs: the recovery cost stacks up.")
                            : tr("%1 HIIT sessions in one day: the recovery cost stacks up."))
                          .arg(cl.size());
                f->fix = tr("Keep one HIIT; make the other easy, or move it ≥ 48 h away.");
            }
        }
        // 27: HIIT spacing. Three within 72 h is a warning that absorbs the pairwise notes inside it.
        if (wants(rn::HiitSpacing) && n >= 2) {
            const int count = std::max(2, int(m_t.hiitClusterCount));
            const bool cyclic = m_f.axis.isCyclic();
            QList<int> groupOf(n, -1); // warning group of each HIIT position
            QList<QList<int>> groups;
            if (n >= count) {
                const int anchors = cyclic ? n : n - count + 1;
                QList<int> cur;
                int curEnd = -1; // last position (unwrapped) in the current group
                for (int k = 0; k < anchors; ++k) {
                    const int a = hiit[k];
                    const int b = hiit[(k + count - 1) % n];
                    const int span = cyclic ? m_f.axis.forward(item(a).start, item(b).start)
                                            : item(b).start - item(a).start;
                    bool allSameDay = clusterOf[a] >= 0;
                    for (int m = 1; m < count && allSameDay; ++m)
                        allSameDay = clusterOf[hiit[(k + m) % n]] == clusterOf[a];
                    if (span >= m_t.hiitClusterSpanMin || allSameDay)
                        continue;
                    if (!cur.isEmpty() && k <= curEnd) {
                        for (int m = curEnd + 1; m <= k + count - 1; ++m)
                            cur.append(hiit[m % n]);
                    } else {
                        if (!cur.isEmpty())
                            groups.append(cur);
                        cur.clear();
                        for (int m = k; m <= k + count - 1; ++m)
                            cur.append(hiit[m % n]);
                    }
                    curEnd = k + count - 1;
                    for (int m = k; m <= k + count - 1; ++m)
                        groupOf[m % n] = int(groups.size());
                }
                if (!cur.isEmpty())
                    groups.append(cur);
            }
            for (const QList<int> &grp : std::as_const(groups)) {
                int minGap = std::numeric_limits<int>::max();
                for (int m = 1; m < grp.size(); ++m)
                    minGap = std::min(minGap, m_f.gap(item(grp[m - 1]), item(grp[m])));
                if (Finding *f = add(rn::HiitSpacing, Severity::Warning, grp)) {
                    f->message
                        = tr("%1 HIIT sessions within %2; only %3 between HIIT sessions, about 48 h lets you "
                             "hit the next one hard.")
                              .arg(grp.size())
                              .arg(formatDuration(int(m_t.hiitClusterSpanMin)),
                                   formatDuration(std::max(0, minGap)));
                    f->fix = tr("Spread the HIIT sessions to ≥ 48 h apart.");
                }
            }
            const int pairs = cyclic ? n : n - 1;
            for (int k = 0; k < pairs; ++k) {
                const int a = hiit[k], b = hiit[(k + 1) % n];
                if (a == b || (groupOf[k] >= 0 && groupOf[k] == groupOf[(k + 1) % n]))
                    continue;
                if (clusterOf[a] >= 0 && clusterOf[a] == clusterOf[b])
                    continue; // already rule 26
                const int g = m_f.gap(item(a), item(b));
                if (g >= m_t.hiitMinSpacingMin)
                    continue;
                if (Finding *f = add(rn::HiitSpacing, Severity::Info, { a, b })) {
                    f->message
                        = tr("Only %1 between HIIT sessions; about 48 h lets you hit the next one hard.")
                              .arg(formatDuration(std::max(0, g)));
                    f->fix = tr("Spread the HIIT sessions to ≥ 48 h apart.");
                }
            }
        }
        // 28: HIIT sessions in any rolling 7 days.
        if (wants(rn::HiitWeekly)) {
            const int over = int(m_t.hiitMaxPerWeek);
            const bool strict = isGoal({ Goal::MuscleGrowth, Goal::Strength });
            rolling(hiit, strict ? over : over + 1, [&](const QList<int> &window) {
                const int count = int(window.size());
                const Severity sev = count > over ? Severity::Warning : Severity::Info;
                if (Finding *f = add(rn::HiitWeekly, sev, window)) {
                    f->message = tr("%1 HIIT sessions in 7 days; beyond 2–3, interference starts to cut into "
                                    "recovery "
                                    "between lifting sessions.")
                                     .arg(count);
                    f->fix = tr("Replace one with moderate or easy cardio.");
                }
            });
        }
        // 29: HIIT and heavy lifting on consecutive days.
        if (wants(rn::HiitHeavyStreak)) {
            QList<bool> hiitDay(m_f.dayCount, false), heavyDay(m_f.dayCount, false);
            for (const SessionFacts &x : m_f.items) {
                if (x.excluded || x.dayIndex < 0 || x.dayIndex >= m_f.dayCount)
                    continue;
                if (x.hiitCounted)
                    hiitDay[x.dayIndex] = true;
                if (x.heavy)
                    heavyDay[x.dayIndex] = true;
            }
            QList<bool> both(m_f.dayCount);
            for (int d = 0; d < m_f.dayCount; ++d)
                both[d] = hiitDay[d] && heavyDay[d];
            for (const auto &[startDay, length] : dayRuns(both)) {
                if (length < m_t.hiitHeavyStreakDays)
                    continue;
                const QList<int> ids = sessionsOnDays(
                    startDay, length, [](const SessionFacts &x) { return x.hiitCounted || x.heavy; });
                if (Finding *f
                    = add(rn::HiitHeavyStreak, Severity::Warning, ids, startDay * kMinutesPerDay)) {
                    f->message = tr("HIIT and heavy lifting %1 days in a row — fatigue builds faster than it "
                                    "clears.")
                                     .arg(length);
                    f->fix = tr("Insert an easy or rest day, or move the HIIT.");
                }
            }
        }
    }

    // Rolling 7-day windows anchored at each listed session; calls report(window) once per run
    // of consecutive anchors whose window holds at least `atLeast` sessions (with the fullest window).
    template<typename Report> void rolling(const QList<int> &list, int atLeast, Report report) const
    {
        const int n = int(list.size());
        if (n < atLeast || atLeast <= 0)
            return;
        const bool cyclic = m_f.axis.isCyclic();
        const int period = m_f.axis.period();
        QList<int> counts(n, 0);
        int j = 0;
        for (int k = 0; k < n; ++k) {
            if (j < k + 1)
                j = k + 1;
            const auto pos = [&](int m) { return item(list[m % n]).start + (m >= n ? period : 0); };
            while (j < (cyclic ? k + n : n) && pos(j) < pos(k) + kMinutesPerWeek)
                ++j;
            counts[k] = j - k;
        }
        // Group runs of qualifying anchors (merging across the wrap on cyclic plans).
        QList<QPair<int, int>> runs; // first anchor, length
        for (int k = 0; k < n; ++k) {
            if (counts[k] < atLeast)
                continue;
            if (!runs.isEmpty() && runs.last().first + runs.last().second == k)
                ++runs.last().second;
            else
                runs.append({ k, 1 });
        }
        if (cyclic && runs.size() > 1 && runs.first().first == 0
            && runs.last().first + runs.last().second == n) {
            runs.last().second += runs.first().second;
            runs.removeFirst();
        }
        for (const auto &[startAnchor, length] : std::as_const(runs)) {
            int best = startAnchor % n;
            for (int m = 0; m < length; ++m) {
                const int k = (startAnchor + m) % n;
                if (counts[k] > counts[best])
                    best = k;
            }
            QList<int> window;
            for (int m = 0; m < counts[best]; ++m)
                window.append(list[(best + m) % n]);
            report(window);
        }
    }

    // Runs of true days: (first day, length), wrapping on cyclic plans; an all-true cyclic plan
    // is one run of dayCount (an endless run).
    QList<QPair<int, int>> dayRuns(const QList<bool> &flag) const
    {
        QList<QPair<int, int>> runs;
        const int n = int(flag.size());
        for (int d = 0; d < n; ++d) {
            if (!flag[d])
                continue;
            if (!runs.isEmpty() && runs.last().first + runs.last().second == d)
                ++runs.last().second;
            else
                runs.append({ d, 1 });
        }
        if (m_f.axis.isCyclic() && runs.size() > 1 && runs.first().first == 0
            && runs.last().first + runs.last().second == n) {
            runs.last().second += runs.first().second;
            runs.removeFirst();
        }
        return runs;
    }

    template<typename Pred> QList<int> sessionsOnDays(int startDay, int length, Pred pred) const
    {
        QList<int> out;
        for (int k = 0; k < length && k < m_f.dayCount; ++k) {
            const int day = (startDay + k) % m_f.dayCount;
            // Items are sorted by start, so a day's sessions are contiguous.
            auto it = std::lower_bound(m_f.items.cbegin(), m_f.items.cend(), day * kMinutesPerDay,
                                       [](const SessionFacts &x, int t) { return x.start < t; });
            for (; it != m_f.items.cend() && it->dayIndex == day; ++it) {
                if (!it->excluded && pred(*it))
                    out.append(int(it - m_f.items.cbegin()));
            }
        }
        return out;
    }

    // --- 3.7 Weekly structure (rules 30–36) --------------------------------------------------

    void weeklyStructure()
    {
        noRestDay();
        for (int i = 0; i < m_f.items.size(); ++i) {
            const SessionFacts &x = item(i);
            if (x.excluded)
                continue;
            // 32: long hard cardio.
            if (wants(rn::CardioDuration) && x.hard && x.s->durationMin > m_t.cardioMaxHardMin
                && isGoal({ Goal::MuscleGrowth, Goal::Strength, Goal::FatLoss })) {
                if (Finding *f = add(rn::CardioDuration, Severity::Info, { i })) {
                    f->message = tr("%1 is %2 min; for muscle or strength goals, cardio under %3 min "
                                    "interferes less.")
                                     .arg(title(i))
                                     .arg(x.s->durationMin)
                                     .arg(int(m_t.cardioMaxHardMin));
                    f->fix = tr("Shorten it, or make part of it easy.");
                }
            }
            // 36: long lifting for beginners.
            if (wants(rn::BeginnerVolume) && m_beginner && x.strength
                && x.s->durationMin > m_t.beginnerMaxStrengthMin) {
                if (Finding *f = add(rn::BeginnerVolume, Severity::Info, { i })) {
                    f->message = tr(
                        "In the first months, 2–3 lifting days of 30–45 min are enough; consistency beats "
                        "volume.");
                    f->fix = tr("Trim to 2–3 sessions of ≤ 45–60 min.");
                }
            }
        }
        // 31: hard cardio sessions in rolling 7 days.
        if (wants(rn::CardioFrequency) && isGoal({ Goal::FatLoss, Goal::MuscleGrowth, Goal::Strength })) {
            QList<int> hard;
            for (int i = 0; i < m_f.items.size(); ++i) {
                const SessionFacts &x = item(i);
                if (!x.excluded && x.hard && !x.warmup && !x.activeRecovery
                    && x.s->durationMin >= m_t.cardioMinCountedMin)
                    hard.append(i);
            }
            rolling(hard, int(m_t.cardioMaxHardPerWeek) + 1, [&](const QList<int> &window) {
                if (Finding *f = add(rn::CardioFrequency, Severity::Info, window)) {
                    f->message
                        = tr("%1 moderate or hard cardio sessions this week; 2–3 (under 30 min) usually fits "
                             "alongside lifting.")
                              .arg(window.size());
                    f->fix = tr("Turn some into easy Zone 1 sessions (no interference), or drop one.");
                }
            });
        }
        dayWindows();
    }

    void noRestDay()
    {
        if (!wants(rn::NoRestDay))
            return;
        QList<bool> training(m_f.dayCount);
        for (int d = 0; d < m_f.dayCount; ++d)
            training[d] = !m_f.restDay[d];
        for (const auto &[startDay, length] : dayRuns(training)) {
            const bool endless = m_f.axis.isCyclic() && length >= m_f.dayCount;
            if (!endless && length < m_t.restMaxRunDays)
                continue;
            const Severity sev
                = endless || length >= m_t.restCriticalRunDays ? Severity::Critical : Severity::Warning;
            const QList<int> ids
                = sessionsOnDays(endless ? 0 : startDay, length, [](const SessionFacts &) { return true; });
            if (Finding *f = add(rn::NoRestDay, sev, ids, (endless ? 0 : startDay) * kMinutesPerDay)) {
                f->message = endless
                    ? tr("No rest day at all, and the plan repeats: an endless run without rest; recovery "
                         "breaks "
                         "down without rest days.")
                    : tr("%1 days without a rest day; recovery breaks down without rest days.").arg(length);
                f->fix = tr("Make one day rest or easy (≤ %1 min of Zone 1).").arg(int(m_t.restMaxEasyMin));
            }
        }
    }

    // Rules 33–36 over calendar-aligned rolling 7-day windows (one per plan day; on one-off
    // plans only windows that fit inside the plan). One finding per run of failing windows.
    void dayWindows()
    {
        const int days = m_f.dayCount;
        struct DayCount
        {
            int strength = 0, heavy = 0, hard = 0, hardMin = 0, mvpaMin = 0;
        };
        QList<DayCount> per(days);
        for (const SessionFacts &x : m_f.items) {
            if (x.excluded || x.dayIndex < 0 || x.dayIndex >= days)
                continue;
            DayCount &c = per[x.dayIndex];
            if (x.strength) {
                ++c.strength;
                c.heavy += x.heavy ? 1 : 0;
            }
            if (x.hard && !x.warmup && !x.activeRecovery) {
                if (x.s->durationMin >= m_t.cardioMinCountedMin)
                    ++c.hard;
                c.hardMin += x.s->durationMin;
            }
            if (x.cardio) {
                // docs/rules.md 35: MET ≥ 3 counts once, MET ≥ 6 twice (docs/physiology.md 2.4).
                const double met = phys::metValue(*x.s);
                if (met >= m_t.aerobicVigorousMet)
                    c.mvpaMin += 2 * x.s->durationMin;
                else if (met >= m_t.aerobicModerateMet)
                    c.mvpaMin += x.s->durationMin;
            }
        }
        const bool cyclic = m_f.axis.isCyclic();
        const int anchors = cyclic ? days : std::max(0, days - kDaysPerWeek + 1);
        QList<DayCount> window(anchors);
        for (int a = 0; a < anchors; ++a) {
            for (int k = 0; k < kDaysPerWeek; ++k) {
                const DayCount &c = per[(a + k) % days];
                window[a].strength += c.strength;
                window[a].heavy += c.heavy;
                window[a].hard += c.hard;
                window[a].hardMin += c.hardMin;
                window[a].mvpaMin += c.mvpaMin;
            }
        }
        const auto each = [&](int rule, auto failing, auto report) {
            if (!wants(rule))
                return;
            QList<bool> flag(anchors);
            for (int a = 0; a < anchors; ++a)
                flag[a] = failing(window[a]);
            QList<QPair<int, int>> runs;
            for (int a = 0; a < anchors; ++a) {
                if (!flag[a])
                    continue;
                if (!runs.isEmpty() && runs.last().first + runs.last().second == a)
                    ++runs.last().second;
                else
                    runs.append({ a, 1 });
            }
            if (cyclic && runs.size() > 1 && runs.first().first == 0
                && runs.last().first + runs.last().second == anchors) {
                runs.last().second += runs.first().second;
                runs.removeFirst();
            }
            for (const auto &[first, length] : std::as_const(runs))
                report(first % std::max(1, anchors), length);
        };
        const auto ids = [&](int anchor, auto pred) { return sessionsOnDays(anchor, kDaysPerWeek, pred); };
        const auto isStrength = [](const SessionFacts &x) { return x.strength; };
        // 33: lifting frequency.
        const int minLift = m_goal == Goal::Endurance ? 1 : int(m_t.liftingMinPerWeek);
        each(
            rn::LiftingFrequency, [&](const DayCount &c) { return c.strength < minLift; },
            [&](int a, int) {
                if (Finding *f
                    = add(rn::LiftingFrequency, Severity::Info, ids(a, isStrength), a * kMinutesPerDay)) {
                    const int minimum = int(m_t.liftingMinPerWeek);
                    f->message = window[a].strength == 1
                        ? tr("1 lifting session this week (below the usual minimum of %1).").arg(minimum)
                        : tr("%1 lifting sessions this week (below the usual minimum of %2).")
                              .arg(window[a].strength)
                              .arg(minimum);
                    f->fix = tr("Add a session.");
                }
            });
        each(
            rn::LiftingFrequency,
            [&](const DayCount &c) {
                return c.strength > m_t.liftingMaxPerWeek && c.hard > m_t.cardioMaxHardPerWeek;
            },
            [&](int a, int) {
                if (Finding *f
                    = add(rn::LiftingFrequency, Severity::Info, ids(a, isStrength), a * kMinutesPerDay)) {
                    f->message = tr("%1 lifting sessions this week (more than the 3–4 lifting + 2–3 cardio "
                                    "template).")
                                     .arg(window[a].strength);
                    f->fix = tr("Remove a session.");
                }
            });
        // 34: high cardio volume with heavy lifting.
        each(
            rn::EnduranceVolumeBalance,
            [&](const DayCount &c) {
                return c.hardMin > m_t.volumeMaxHardCardioMin && c.strength >= m_t.volumeMinStrength
                    && c.heavy >= m_t.volumeMinHeavy;
            },
            [&](int a, int) {
                const QList<int> s = ids(a, [](const SessionFacts &x) { return x.strength || x.hard; });
                if (Finding *f = add(rn::EnduranceVolumeBalance, Severity::Info, s, a * kMinutesPerDay)) {
                    f->message
                        = tr("High cardio volume (%1 min): reduce lifting volume proportionally so recovery "
                             "keeps up.")
                              .arg(window[a].hardMin);
                    f->fix = tr("Drop a heavy session or make it moderate.");
                }
            });
        // 35: aerobic minimum for health.
        if (isGoal({ Goal::GeneralFitness, Goal::FatLoss })) {
            each(
                rn::AerobicMinimum, [&](const DayCount &c) { return c.mvpaMin < m_t.aerobicMinWeeklyMin; },
                [&](int a, int) {
                    const QList<int> s = ids(a, [](const SessionFacts &x) { return x.cardio; });
                    if (Finding *f = add(rn::AerobicMinimum, Severity::Info, s, a * kMinutesPerDay)) {
                        f->message
                            = tr("About %1 min of moderate-equivalent activity this week; health guidelines "
                                 "suggest 150–300.")
                                  .arg(window[a].mvpaMin);
                        f->fix = tr("Add easy walks; they don't interfere with lifting.");
                    }
                });
        }
        // 36: too many lifting sessions for a beginner.
        if (m_beginner) {
            each(
                rn::BeginnerVolume,
                [&](const DayCount &c) { return c.strength > m_t.beginnerMaxStrengthPerWeek; },
                [&](int a, int) {
                    if (Finding *f
                        = add(rn::BeginnerVolume, Severity::Info, ids(a, isStrength), a * kMinutesPerDay)) {
                        f->message
                            = tr("In the first months, 2–3 lifting days of 30–45 min are enough; consistency "
                                 "beats volume.");
                        f->fix = tr("Trim to 2–3 sessions of ≤ 45–60 min.");
                    }
                });
        }
    }

    // --- 3.8 Load monitoring (rules 37–39) ----------------------------------------------------

    void loadMonitoring()
    {
        double total = 0;
        for (const DayFigures &d : m_a.days)
            total += d.load;
        const double mean = m_a.days.isEmpty() ? 0 : total / m_a.days.size();
        if (wants(rn::HighLoadDay)) {
            for (int d = 0; d < m_a.days.size(); ++d) {
                const DayFigures &df = m_a.days[d];
                if (!df.highLoad)
                    continue;
                const QList<int> s = sessionsOnDays(d, 1, [](const SessionFacts &) { return true; });
                if (Finding *f = add(rn::HighLoadDay, Severity::Info, s, d * kMinutesPerDay)) {
                    f->message = tr("%1 carries %2 AU, %3× your average day.")
                                     .arg(formatPlanDay(m_plan, d))
                                     .arg(std::lround(df.load))
                                     .arg(formatNumber(mean > 0 ? df.load / mean : 0));
                    f->fix = tr("Move a session to a lighter day.");
                }
            }
        }
        for (int w = 0; w < m_a.weeks.size(); ++w) {
            const WeekFigures &wf = m_a.weeks[w];
            if (wants(rn::LoadSpike) && wf.acwr && *wf.acwr >= m_t.acwrInfoRatio) {
                const Severity sev = *wf.acwr > m_t.acwrWarnRatio ? Severity::Warning : Severity::Info;
                if (Finding *f = add(rn::LoadSpike, sev, {}, w * kMinutesPerWeek)) {
                    f->message = tr("This week's load is %1× the average of the previous %2 weeks.")
                                     .arg(formatNumber(*wf.acwr))
                                     .arg(int(m_t.acwrChronicWeeks));
                    f->fix = tr("Smaller step-ups, for example +10–20 % per week.");
                }
            }
            if (wants(rn::Monotony) && wf.load > 0 && wf.monotony > m_t.monotonyMax) {
                if (Finding *f = add(rn::Monotony, Severity::Info, {}, w * kMinutesPerWeek)) {
                    f->message = std::isinf(wf.monotony) ? tr("Very similar load every day (monotony ∞: "
                                                              "every day carries the same load); alternating "
                                                              "hard and easy days recovers better.")
                                                         : tr("Very similar load every day (monotony %1); "
                                                              "alternating hard and easy days recovers "
                                                              "better.")
                                                               .arg(formatNumber(wf.monotony));
                    f->fix = tr("Make one day easier and another harder, or add a rest day.");
                }
            }
        }
    }

    // --- 3.9 Rule 40: cycle phase (opt-in) -----------------------------------------------------

    void cyclePhase()
    {
        const Profile &pr = m_plan.profile;
        if (!wants(rn::CyclePhase) || pr.sex != Sex::Female || !pr.cycle)
            return;
        const int length = std::max(1, pr.cycle->lengthDays);
        const int first = pr.cycle->firstWeek * kDaysPerWeek + int(pr.cycle->firstDay);
        QList<QList<int>> perWeek(m_plan.weeks);
        for (int i = 0; i < m_f.items.size(); ++i) {
            const SessionFacts &x = item(i);
            if (x.excluded || !x.hiit)
                continue;
            const int cycleDay = ((x.dayIndex - first) % length + length) % length + 1;
            if (cycleDay > length - m_t.cycleLutealDays && x.dayIndex / kDaysPerWeek < perWeek.size())
                perWeek[x.dayIndex / kDaysPerWeek].append(i);
        }
        for (const QList<int> &ids : std::as_const(perWeek)) {
            if (ids.isEmpty())
                continue;
            if (Finding *f = add(rn::CyclePhase, Severity::Info, ids)) {
                f->message = tr(
                    "Late in the cycle, some people find hard intervals feel harder and recovery slower. "
                    "Research shows small, inconsistent effects — go by how you feel.");
                f->fix = tr("Optional: swap with an easier day if you feel flat.");
            }
        }
    }

    const PlanFacts &m_f;
    const Analysis &m_a;
    const Thresholds &m_t;
    const Plan &m_plan;
    Goal m_goal;
    bool m_beginner;
    std::array<bool, rn::Count> m_enabled {};
    std::array<int, rn::Count> m_count {};
    std::array<int, rn::Count> m_overflow {};
    std::array<Severity, rn::Count> m_overflowSeverity {};
    std::array<int, rn::Count> m_overflowAt {};
    int m_cap = 50;
    QList<bool> m_hiitWithHeavyLegs;
    QList<phys::FatigueSweep::Entry> m_strengthEntries;
    QList<Finding> m_out;
};

} // namespace

QList<Finding> evaluateRules(const PlanFacts &facts, const Analysis &figures)
{
    return Engine(facts, figures).run();
}

} // namespace ordo
