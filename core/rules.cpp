#include "rules.h"

namespace ordo {

QList<Finding> evaluateRules(const PlanFacts &, const Analysis &)
{
    return {};
}

} // namespace ordo
