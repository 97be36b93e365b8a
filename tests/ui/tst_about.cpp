// SPDX-License-Identifier: GPL-3.0-or-later

#include "shell/mainwindow.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ordo;

// Help ▸ About Ordo names the version the build was made from and the licence.
class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void aboutNamesVersionAndLicence()
    {
        MainWindow window;
        QAction *about = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->menuRole() == QAction::AboutRole)
                about = a;
        }
        QVERIFY(about);
        QString text;
        // The box is modal: read and close it from inside its own event loop.
        QTimer::singleShot(0, &window, [&text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text();
                box->accept();
            }
        });
        about->trigger();
        QVERIFY2(text.contains(u"Ordo "_s + QStringLiteral(ORDO_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(u"GNU General Public License"_s), qPrintable(text));
        QVERIFY(text.contains(u"either version 3 of the License, or (at your option) any later version"_s));
        QVERIFY(text.contains(u"https://www.gnu.org/licenses/gpl-3.0.html"_s));
        QVERIFY(text.contains(u"NO WARRANTY"_s));
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
