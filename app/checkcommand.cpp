#include "commandline.h"

#include <QCoreApplication>

namespace ordo::cli {

// Replaced by the analysis engine's report (issue 3).
int runCheck(const QStringList &)
{
    return usageError(QCoreApplication::translate("ordo::cli", "check is not available in this build"));
}

} // namespace ordo::cli
