#include "desktopapp.h"

#include "builtinplans.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

using namespace Qt::StringLiterals;

namespace ordo {

int runDesktopApp(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Ordo"_s);
    QApplication::setOrganizationName(u"Ordo"_s);
    const QStringList args = QApplication::arguments().mid(1);
    QMainWindow window;
    auto *label = new QLabel(&window);
    if (!args.isEmpty()) {
        const ReadResult r = readPlanSource(args.first());
        label->setText(r.plan ? r.plan->name : r.errors.value(0).toString());
    }
    window.setCentralWidget(label);
    window.show();
    return app.exec();
}

} // namespace ordo
