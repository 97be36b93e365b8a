#include "commandline.h"

#include <QCoreApplication>

namespace ordo::cli {

// Replaced by the PDF and calendar exporters (issue 6).
int runExport(int, char *[], const QStringList &)
{
    return usageError(QCoreApplication::translate("ordo::cli", "export is not available in this build"));
}

} // namespace ordo::cli
