// SPDX-License-Identifier: GPL-3.0-or-later

#include "docks/palettemodel.h"
#include "dragpayload.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

// The palette model: a well-behaved tree, groups by kind, drag data that decodes.
class TestPaletteModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void isAWellBehavedModel()
    {
        PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.rowCount(model.index(0, 0)) >= 5);
        const QString id = model.addUserTemplate(Session {});
        QVERIFY(model.indexOfTemplate(id).isValid());
        QVERIFY(model.removeUserTemplate(id));
        model.setUserTemplates({ templateFromSession(Session {}, u"user-7"_s) });
        model.setUserTemplates({});
    }

    void groupsHoldTheirKind()
    {
        PaletteModel model;
        for (int g = 0; g < 3; ++g) {
            const QModelIndex group = model.index(g, 0);
            for (int r = 0; r < model.rowCount(group); ++r)
                QCOMPARE(int(model.templateAt(model.index(r, 0, group))->session.kind), g);
        }
        QCOMPARE(model.data(model.index(1, 0)).toString(), u"Cardio"_s);
        QVERIFY(!model.flags(model.index(1, 0)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(model.flags(model.indexOfTemplate(u"bike-hiit"_s)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(!model.data(model.indexOfTemplate(u"bike-hiit"_s), Qt::DecorationRole).isNull());
    }

    void mimeDataCarriesTheTemplates()
    {
        PaletteModel model;
        std::unique_ptr<QMimeData> data(model.mimeData(
            { model.indexOfTemplate(u"zone1-walk"_s), model.indexOfTemplate(u"heavy-lower"_s) }));
        QVERIFY(data);
        QVERIFY(data->hasFormat(dragPayloadMimeType()));
        const auto payload = decodeDragPayload(data->data(dragPayloadMimeType()));
        QVERIFY(payload);
        QCOMPARE(payload->origin, DragOrigin::Palette);
        QCOMPARE(payload->sessions.size(), 2);
        QCOMPARE(payload->sessions[0].title, u"Zone 1 walk"_s);
        // Several templates land one after the other.
        QCOMPARE(payload->sessions[1].startMinute, payload->sessions[0].durationMin);
        QVERIFY(!model.mimeData({ model.index(0, 0) })); // a group header carries nothing
    }

    void userTemplatesPersistAsBytes()
    {
        PaletteModel model;
        Session s;
        s.title = u"Hill sprints"_s;
        s.kind = Kind::Cardio;
        s.modality = Modality::Running;
        s.intensity = Intensity::Hiit;
        s.durationMin = 20;
        model.addUserTemplate(s);
        PaletteModel other;
        other.setUserTemplates(parseUserTemplates(serializeUserTemplates(model.userTemplates())));
        QCOMPARE(other.userTemplates().size(), 1);
        QCOMPARE(other.userTemplates()[0].session.title, u"Hill sprints"_s);
    }
};

QTEST_MAIN(TestPaletteModel)
#include "tst_palettemodel.moc"
