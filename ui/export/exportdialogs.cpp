#include "exportdialogs.h"

#include <QMessageBox>
#include <QWidget>

namespace ordo {

bool exportPdfInteractive(QWidget *parent, const Plan &, const Analysis &)
{
    QMessageBox::information(parent, QObject::tr("Export PDF"), QObject::tr("Not available yet."));
    return false;
}

bool printInteractive(QWidget *parent, const Plan &, const Analysis &)
{
    QMessageBox::information(parent, QObject::tr("Print"), QObject::tr("Not available yet."));
    return false;
}

bool exportIcsInteractive(QWidget *parent, const Plan &, const Analysis &)
{
    QMessageBox::information(parent, QObject::tr("Export Calendar"), QObject::tr("Not available yet."));
    return false;
}

} // namespace ordo
