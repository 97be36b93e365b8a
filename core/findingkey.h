// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"

#include <QString>
#include <QStringList>

// The identity of a finding: which rule fired on which sessions. Two findings with equal keys
// are "the same finding" although their texts may differ (the times in a message follow the
// sessions). A finding about no session (a week or a day) is identified by its rule and that
// week and day instead. Used wherever findings are matched across two analyses: the drag
// preview (what is new after the edit) and the findings dock (keeping the current row).
namespace ordo {

struct FindingKey
{
    QString rule;
    QStringList sessions; // sorted ids
    int week = -1; // only for findings about no session
    int day = -1;

    static FindingKey of(const Finding &finding);
    bool operator==(const FindingKey &) const = default;
};

size_t qHash(const FindingKey &key, size_t seed = 0);

} // namespace ordo
