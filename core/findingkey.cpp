// SPDX-License-Identifier: GPL-3.0-or-later

#include "findingkey.h"

#include <QHashFunctions>

namespace ordo {

FindingKey FindingKey::of(const Finding &finding)
{
    FindingKey key;
    key.rule = finding.rule;
    key.sessions = finding.sessions;
    key.sessions.sort();
    if (key.sessions.isEmpty()) {
        key.week = finding.week;
        key.day = int(finding.day);
    }
    return key;
}

size_t qHash(const FindingKey &key, size_t seed)
{
    return qHashMulti(seed, key.rule, key.sessions, key.week, key.day);
}

} // namespace ordo
