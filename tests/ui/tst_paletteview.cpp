// SPDX-License-Identifier: GPL-3.0-or-later

#include "docks/palettemodel.h"
#include "docks/paletteview.h"
#include "dragpayload.h"
#include "uitestsupport.h"
#include "week/sessionchip.h"

#include <QDrag>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<ordo::Session>)

// The palette as a person uses it: a mouse drag of a template carries a small chip held clear
// of the pointer (so the week's ghost stays visible), and Enter or a double-click asks for the
// template to be added without any drag.
class TestPaletteView : public QObject
{
    Q_OBJECT

private:
    PaletteModel m_model;
    std::unique_ptr<PaletteView> m_view;

    QPoint centreOf(const QString &templateId) const
    {
        return m_view->visualRect(m_model.indexOfTemplate(templateId)).center();
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        qRegisterMetaType<QList<Session>>();
        m_view = std::make_unique<PaletteView>();
        m_view->setModel(&m_model);
        m_view->expandAll();
        m_view->resize(260, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase() { m_view.reset(); }

    void dragCarriesACompactChipClearOfThePointer()
    {
        std::unique_ptr<QDrag> drag;
        m_view->setDragRunner([&](QDrag *d) { drag.reset(d); });
        const QPoint from = centreOf(u"heavy-lower"_s);
        QWidget *viewport = m_view->viewport();
        test::mouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton);
        test::mouse(viewport, QEvent::MouseMove, from + QPoint(10, 0), Qt::LeftButton);
        test::mouse(viewport, QEvent::MouseMove, from + QPoint(40, 0), Qt::LeftButton);
        test::mouse(viewport, QEvent::MouseButtonRelease, from + QPoint(40, 0), Qt::NoButton);
        QVERIFY(drag);
        const std::optional<DragPayload> payload = decodeDragMimeData(drag->mimeData());
        QVERIFY(payload);
        QCOMPARE(payload->sessions.value(0).title, u"Heavy lower"_s);
        // A chip, not a 200 × 20 snapshot of the row: small, and above-right of the pointer,
        // so nothing of it lies where the ghost is drawn (from the pointer's time down).
        const QSizeF size = drag->pixmap().deviceIndependentSize();
        QVERIFY2(size.width() <= SessionChip::kMaxWidth && size.height() <= 32,
                 qPrintable(u"%1×%2"_s.arg(size.width()).arg(size.height())));
        QVERIFY(size.width() >= 60);
        const QPoint hot = drag->hotSpot();
        QVERIFY2(hot.y() > size.height() && hot.x() <= 0, qPrintable(u"%1,%2"_s.arg(hot.x()).arg(hot.y())));
        // The chip is drawn: its middle is not transparent.
        const QImage image = drag->pixmap().toImage();
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2).alpha() > 0);
    }

    void chipNamesHowManySessionsTravel()
    {
        Session a;
        a.title = u"Heavy lower"_s;
        Session b = a;
        const QPixmap one = SessionChip::render({ a }, m_view->palette(), m_view->font(), 1.0);
        const QPixmap two = SessionChip::render({ a, b }, m_view->palette(), m_view->font(), 1.0);
        QVERIFY(two.width() > one.width()); // "Heavy lower +1"
        a.title = QString(300, u'x');
        // A long title is elided: the chip stays within its width, at any pixel ratio.
        const int longWidth = SessionChip::render({ a }, m_view->palette(), m_view->font(), 1.0).width();
        QVERIFY(longWidth <= SessionChip::kMaxWidth && longWidth > SessionChip::kMaxWidth - 20);
        QCOMPARE(SessionChip::render({ a }, m_view->palette(), m_view->font(), 2.0)
                     .deviceIndependentSize()
                     .width(),
                 double(longWidth));
    }

    void enterAndDoubleClickAskToAddTheTemplates()
    {
        QSignalSpy spy(m_view.get(), &PaletteView::templatesActivated);
        m_view->setFocus();
        m_view->setCurrentIndex(m_model.indexOfTemplate(u"yoga"_s));
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<QList<Session>>().value(0).title, u"Yoga"_s);

        // Two templates chosen together come one after the other, as a drag carries them.
        m_view->selectionModel()->select(m_model.indexOfTemplate(u"steady-run"_s),
                                         QItemSelectionModel::Select);
        QTest::keyClick(m_view.get(), Qt::Key_Enter);
        QCOMPARE(spy.count(), 2);
        const QList<Session> both = spy.at(1).at(0).value<QList<Session>>();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[1].startMinute - both[0].startMinute, both[0].durationMin);

        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, centreOf(u"bike-hiit"_s));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).value<QList<Session>>().value(0).intensity, Intensity::Hiit);

        // A group row is no template: Enter there adds nothing.
        m_view->setCurrentIndex(m_model.index(0, 0));
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(spy.count(), 3);
    }
};

QTEST_MAIN(TestPaletteView)
#include "tst_paletteview.moc"
