// SPDX-License-Identifier: GPL-3.0-or-later

#include "enums.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

template<typename E, std::size_t N>
std::optional<E> lookup(const std::array<QStringView, N> &ids, QStringView id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (ids[i] == id)
            return E(i);
    }
    return std::nullopt;
}

template<std::size_t N> QStringList listOf(const std::array<QStringView, N> &ids)
{
    QStringList out;
    for (QStringView v : ids)
        out << v.toString();
    return out;
}

constexpr std::array<QStringView, 7> kDayIds { u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun" };
constexpr std::array<QStringView, 3> kKindIds { u"strength", u"cardio", u"mobility" };
constexpr std::array<QStringView, 4> kFocusIds { u"lower", u"upper", u"full", u"core" };
constexpr std::array<QStringView, 3> kLoadIds { u"heavy", u"moderate", u"light" };
constexpr std::array<QStringView, 10> kModalityIds { u"walking",        u"running",       u"cycling",
                                                     u"rowing",         u"swimming",      u"elliptical",
                                                     u"stair_climbing", u"arm_ergometer", u"jumping",
                                                     u"other" };
constexpr std::array<QStringView, 3> kIntensityIds { u"easy", u"moderate", u"hiit" };
constexpr std::array<QStringView, 5> kGoalIds { u"fat_loss", u"muscle_growth", u"strength", u"endurance",
                                                u"general_fitness" };
constexpr std::array<QStringView, 3> kExperienceIds { u"beginner", u"intermediate", u"advanced" };
constexpr std::array<QStringView, 3> kSexIds { u"female", u"male", u"unspecified" };
constexpr std::array<QStringView, 3> kPriorityIds { u"key", u"normal", u"optional" };

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Enums)
};

} // namespace

QString toId(Day v)
{
    return kDayIds[std::size_t(v)].toString();
}
QString toId(Kind v)
{
    return kKindIds[std::size_t(v)].toString();
}
QString toId(Focus v)
{
    return kFocusIds[std::size_t(v)].toString();
}
QString toId(Load v)
{
    return kLoadIds[std::size_t(v)].toString();
}
QString toId(Modality v)
{
    return kModalityIds[std::size_t(v)].toString();
}
QString toId(Intensity v)
{
    return kIntensityIds[std::size_t(v)].toString();
}
QString toId(Goal v)
{
    return kGoalIds[std::size_t(v)].toString();
}
QString toId(Experience v)
{
    return kExperienceIds[std::size_t(v)].toString();
}
QString toId(Sex v)
{
    return kSexIds[std::size_t(v)].toString();
}
QString toId(Priority v)
{
    return kPriorityIds[std::size_t(v)].toString();
}

template<> std::optional<Day> fromId<Day>(QStringView id)
{
    return lookup<Day>(kDayIds, id);
}
template<> std::optional<Kind> fromId<Kind>(QStringView id)
{
    return lookup<Kind>(kKindIds, id);
}
template<> std::optional<Focus> fromId<Focus>(QStringView id)
{
    return lookup<Focus>(kFocusIds, id);
}
template<> std::optional<Load> fromId<Load>(QStringView id)
{
    return lookup<Load>(kLoadIds, id);
}
template<> std::optional<Modality> fromId<Modality>(QStringView id)
{
    return lookup<Modality>(kModalityIds, id);
}
template<> std::optional<Intensity> fromId<Intensity>(QStringView id)
{
    return lookup<Intensity>(kIntensityIds, id);
}
template<> std::optional<Goal> fromId<Goal>(QStringView id)
{
    return lookup<Goal>(kGoalIds, id);
}
template<> std::optional<Experience> fromId<Experience>(QStringView id)
{
    return lookup<Experience>(kExperienceIds, id);
}
template<> std::optional<Sex> fromId<Sex>(QStringView id)
{
    return lookup<Sex>(kSexIds, id);
}
template<> std::optional<Priority> fromId<Priority>(QStringView id)
{
    return lookup<Priority>(kPriorityIds, id);
}

template<> QStringList allIds<Day>()
{
    return listOf(kDayIds);
}
template<> QStringList allIds<Kind>()
{
    return listOf(kKindIds);
}
template<> QStringList allIds<Focus>()
{
    return listOf(kFocusIds);
}
template<> QStringList allIds<Load>()
{
    return listOf(kLoadIds);
}
template<> QStringList allIds<Modality>()
{
    return listOf(kModalityIds);
}
template<> QStringList allIds<Intensity>()
{
    return listOf(kIntensityIds);
}
template<> QStringList allIds<Goal>()
{
    return listOf(kGoalIds);
}
template<> QStringList allIds<Experience>()
{
    return listOf(kExperienceIds);
}
template<> QStringList allIds<Sex>()
{
    return listOf(kSexIds);
}
template<> QStringList allIds<Priority>()
{
    return listOf(kPriorityIds);
}

QString displayName(Day v)
{
    static const char *const names[]
        = { QT_TRANSLATE_NOOP("ordo::Enums", "Mon"), QT_TRANSLATE_NOOP("ordo::Enums", "Tue"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Wed"), QT_TRANSLATE_NOOP("ordo::Enums", "Thu"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Fri"), QT_TRANSLATE_NOOP("ordo::Enums", "Sat"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Sun") };
    return QCoreApplication::translate("ordo::Enums", names[int(v)]);
}

QString displayLongName(Day v)
{
    static const char *const names[]
        = { QT_TRANSLATE_NOOP("ordo::Enums", "Monday"),    QT_TRANSLATE_NOOP("ordo::Enums", "Tuesday"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Wednesday"), QT_TRANSLATE_NOOP("ordo::Enums", "Thursday"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Friday"),    QT_TRANSLATE_NOOP("ordo::Enums", "Saturday"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Sunday") };
    return QCoreApplication::translate("ordo::Enums", names[int(v)]);
}

QString displayName(Kind v)
{
    static const char *const names[]
        = { QT_TRANSLATE_NOOP("ordo::Enums", "Strength"), QT_TRANSLATE_NOOP("ordo::Enums", "Cardio"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Mobility") };
    return QCoreApplication::translate("ordo::Enums", names[int(v)]);
}

QString displayName(Focus v)
{
    static const char *const names[]
        = { QT_TRANSLATE_NOOP("ordo::Enums", "Lower"), QT_TRANSLATE_NOOP("ordo::Enums", "Upper"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Full body"), QT_TRANSLATE_NOOP("ordo::Enums", "Core") };
    return QCoreApplication::translate("ordo::Enums", names[int(v)]);
}

QString displayName(Load v)
{
    static const char *const names[]
        = { QT_TRANSLATE_NOOP("ordo::Enums", "Heavy"), QT_TRANSLATE_NOOP("ordo::Enums", "Moderate"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Light") };
    return QCoreApplication::translate("ordo::Enums", names[int(v)]);
}

QString displayName(Modality v)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ordo::Enums", "Walking"),        QT_TRANSLATE_NOOP("ordo::Enums", "Running"),
        QT_TRANSLATE_NOOP("ordo::Enums", "Cycling"),        QT_TRANSLATE_NOOP("ordo::Enums", "Rowing"),
        QT_TRANSLATE_NOOP("ordo::Enums", "Swimming"),       QT_TRANSLATE_NOOP("ordo::Enums", "Elliptical"),
        QT_TRANSLATE_NOOP("ordo::Enums", "Stair climbing"), QT_TRANSLATE_NOOP("ordo::Enums", "Arm ergometer"),
        QT_TRANSLATE_NOOP("ordo::Enums", "Jumping"),        QT_TRANSLATE_NOOP("ordo::Enums", "Other")
    };
    return QCoreApplication::translate("ordo::Enums", names[int(v)]);
}

QString displayName(Intensity v)
{
    static const char *const names[]
        = { QT_TRANSLATE_NOOP("ordo::Enums", "Easy"), QT_TRANSLATE_NOOP("ordo::Enums", "Moderate"),
            QT_TRANSLATE_NOOP("ordo::Enums", "HIIT") };
    return QCoreApplication::translate("ordo::Enums", names[int(v)]);
}

QString displayName(Goal v)
{
    static const char *const names[]
        = { QT_TRANSLATE_NOOP("ordo::Enums", "Fat loss"), QT_TRANSLATE_NOOP("ordo::Enums", "Muscle growth"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Strength"), QT_TRANSLATE_NOOP("ordo::Enums", "Endurance"),
            QT_TRANSLATE_NOOP("ordo::Enums", "General fitness") };
    return QCoreApplication::translate("ordo::Enums", names[int(v)]);
}

QString displayName(Experience v)
{
    static const char *const names[]
        = { QT_TRANSLATE_NOOP("ordo::Enums", "Beginner"), QT_TRANSLATE_NOOP("ordo::Enums", "Intermediate"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Advanced") };
    return QCoreApplication::translate("ordo::Enums", names[int(v)]);
}

QString displayName(Sex v)
{
    static const char *const names[]
        = { QT_TRANSLATE_NOOP("ordo::Enums", "Female"), QT_TRANSLATE_NOOP("ordo::Enums", "Male"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Unspecified") };
    return QCoreApplication::translate("ordo::Enums", names[int(v)]);
}

QString displayName(Priority v)
{
    static const char *const names[]
        = { QT_TRANSLATE_NOOP("ordo::Enums", "Key"), QT_TRANSLATE_NOOP("ordo::Enums", "Normal"),
            QT_TRANSLATE_NOOP("ordo::Enums", "Optional") };
    return QCoreApplication::translate("ordo::Enums", names[int(v)]);
}

QString formatClock(int minuteOfDay)
{
    const int m = ((minuteOfDay % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
    return u"%1:%2"_s.arg(m / 60, 2, 10, QChar(u'0')).arg(m % 60, 2, 10, QChar(u'0'));
}

std::optional<int> parseClock(QStringView text)
{
    if (text.size() != 5 || text[2] != u':')
        return std::nullopt;
    for (int i : { 0, 1, 3, 4 }) {
        if (text[i] < u'0' || text[i] > u'9')
            return std::nullopt;
    }
    const int h = (text[0].unicode() - '0') * 10 + (text[1].unicode() - '0');
    const int m = (text[3].unicode() - '0') * 10 + (text[4].unicode() - '0');
    if (h > 23 || m > 59)
        return std::nullopt;
    return h * 60 + m;
}

} // namespace ordo
