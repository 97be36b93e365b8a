// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/document.h"
#include "edits/sessionedits.h"
#include "nativepath.h"
#include "planio.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

#include <unistd.h>

using namespace ordo;
using namespace Qt::StringLiterals;

// The document: one signal per step, exact undo, merging of one field's edits, files.
class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    // docs/rules.md 3.10.8: the document offers no auto-fix that would make the plan worse. Here
    // swapping the HIIT ride and the lift would put HIIT straight after lifting (a new warning).
    void autoFixThatMakesThePlanWorseIsNotOffered()
    {
        const QByteArray bytes = R"({"format":"ordo-plan","version":1,"name":"Swap","weeks":1,
            "profile":{"goal":"muscle_growth"},"sessions":[
            {"id":"s1","day":"mon","start":"05:00","durationMin":20,"kind":"cardio","modality":"cycling","intensity":"hiit"},
            {"id":"s2","day":"mon","start":"05:25","durationMin":45,"kind":"strength","focus":"upper","load":"heavy"},
            {"id":"s3","day":"mon","start":"06:40","durationMin":45,"kind":"cardio","modality":"cycling","intensity":"moderate"}]})";
        const ReadResult r = parsePlan(bytes);
        QVERIFY(r.plan);
        const auto ampk = [](const Analysis &a) {
            for (const Finding &f : a.findings) {
                if (f.rule == u"ampk-window")
                    return f;
            }
            return Finding();
        };
        QVERIFY(ampk(analyze(*r.plan)).autoFix); // the rule offers the swap...
        Document doc;
        doc.reset(*r.plan);
        QCOMPARE(ampk(doc.analysis()).rule, u"ampk-window"_s);
        QVERIFY(!doc.offeredFix(ampk(doc.analysis()))); // ...the document does not
    }

    // An edit analyses the plan once: the offered fixes are checked when asked for, each once
    // per analysis (a plan with a hundred fixes took a hundred analyses per edit before).
    void fixesAreCheckedWhenAskedOncePerEdit()
    {
        Plan plan;
        plan.weeks = 1;
        for (int i = 0; i < 6; ++i) {
            // Pairs of overlapping sessions: the overlap rule offers a fix for each pair.
            for (int k = 0; k < 2; ++k) {
                Session s;
                s.id = u"s%1%2"_s.arg(i).arg(k);
                s.day = Day(i);
                s.startMinute = 8 * 60 + k * 30;
                s.durationMin = 60;
                s.kind = k ? Kind::Cardio : Kind::Strength;
                plan.sessions.append(s);
            }
        }
        Document doc;
        doc.reset(plan);
        QList<Finding> withFix;
        for (const Finding &f : doc.analysis().findings) {
            if (f.autoFix)
                withFix.append(f);
        }
        QVERIFY2(withFix.size() >= 6, qPrintable(QString::number(withFix.size())));
        QCOMPARE(doc.fixesChecked(), 0);
        QVERIFY(doc.offeredFix(withFix[0]));
        QVERIFY(doc.offeredFix(withFix[0]));
        QCOMPARE(doc.fixesChecked(), 1);
        // The verdict matches `ordo check`'s, which checks every fix.
        Analysis all = doc.analysis();
        keepHelpfulFixes(doc.plan(), all);
        for (const Finding &f : std::as_const(all.findings)) {
            const auto shown
                = std::find_if(doc.analysis().findings.cbegin(), doc.analysis().findings.cend(),
                               [&](const Finding &g) { return FixCheck::key(g) == FixCheck::key(f); });
            QVERIFY(shown != doc.analysis().findings.cend());
            QCOMPARE(doc.offeredFix(*shown) != nullptr, f.autoFix.has_value());
        }
        QVERIFY(doc.apply(SessionEdits::move(doc.plan(), { u"s50"_s }, 15)));
        QCOMPARE(doc.fixesChecked(), 0);
    }

    void everyStepEmitsOnceAndUndoRestoresBytes()
    {
        Document doc;
        QVERIFY(doc.open(u"template:musclegrowth"_s).ok());
        const QByteArray original = serializePlan(doc.plan());
        QSignalSpy planSpy(&doc, &Document::planChanged);
        // When the signal arrives, the analysis already belongs to the changed plan.
        bool analysisCurrent = true;
        connect(&doc, &Document::planChanged, this,
                [&] { analysisCurrent = analysisCurrent && doc.analysis() == analyze(doc.plan()); });
        const QString id = doc.plan().sessions[1].id;
        const int start = doc.plan().find(id)->startMinute;
        QVERIFY(doc.apply(SessionEdits::move(doc.plan(), { id }, 60)));
        const QByteArray moved = serializePlan(doc.plan());
        QVERIFY(doc.apply(SessionEdits::duplicate(doc.plan(), { id })));
        QVERIFY(doc.apply(SessionEdits::remove(doc.plan(), { id })));
        QCOMPARE(planSpy.count(), 3);
        QVERIFY(analysisCurrent);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(planSpy.count(), 6);
        QCOMPARE(serializePlan(doc.plan()), original);
        QVERIFY(!doc.isModified());
        // Redo brings back exactly the first step: the session an hour later.
        doc.undoStack()->redo();
        QCOMPARE(planSpy.count(), 7);
        QCOMPARE(doc.plan().find(id)->startMinute, start + 60);
        QCOMPARE(serializePlan(doc.plan()), moved);
    }

    void analysisFollowsEveryChange()
    {
        Document doc;
        QVERIFY(doc.open(u"template:musclegrowth"_s).ok());
        const int before = doc.analysis().summary.strengthSessions;
        QString id;
        for (const Session &s : doc.plan().sessions) {
            if (s.kind == Kind::Strength)
                id = s.id;
        }
        doc.apply(SessionEdits::remove(doc.plan(), { id }));
        QCOMPARE(doc.analysis().summary.strengthSessions, before - 1);
        QCOMPARE(doc.analysis(), analyze(doc.plan()));
    }

    void editsOfOneFieldMergeIntoOneStep()
    {
        Document doc;
        QVERIFY(doc.open(u"template:musclegrowth"_s).ok());
        const QByteArray original = serializePlan(doc.plan());
        Session s = doc.plan().sessions[0];
        for (const QString &title : { u"W"_s, u"Wa"_s, u"Wal"_s, u"Walk"_s }) {
            s.title = title;
            QVERIFY(doc.apply(SessionEdits::change(doc.plan(), s, u"title"_s),
                              u"session:"_s + s.id + u":title"_s));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.plan().sessions[0].title, u"Walk"_s);
        // Another field starts a new step.
        s.durationMin = 15;
        QVERIFY(doc.apply(SessionEdits::change(doc.plan(), s, u"duration"_s),
                          u"session:"_s + s.id + u":duration"_s));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(serializePlan(doc.plan()), original);
    }

    void invalidEditsAreRefused()
    {
        Document doc;
        PlanEdit bad = PlanEdit::removeSessions({ u"nope"_s }, u"x"_s);
        QVERIFY(!doc.apply(bad));
        QVERIFY(!doc.apply(PlanEdit {}));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void badFileLeavesThePlanUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.ordo"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"ordo-plan\",\n  \"version\": 1,\n  \"name\": 5\n}\n");
        f.close();
        Document doc;
        QVERIFY(doc.open(u"template:musclegrowth"_s).ok());
        const QByteArray before = serializePlan(doc.plan());
        QSignalSpy spy(&doc, &Document::planChanged);
        const ReadResult r = doc.open(path);
        QVERIFY(!r.ok());
        QVERIFY(r.errors.value(0).toString().contains(u"/name"_s));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(serializePlan(doc.plan()), before);
    }

    void saveMarksCleanAndWritesCanonicalBytes()
    {
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(u"template:strength"_s).ok());
        doc.apply(SessionEdits::move(doc.plan(), { doc.plan().sessions[0].id }, 15));
        QVERIFY(doc.isModified());
        QSignalSpy pathSpy(&doc, &Document::filePathChanged);
        QString error;
        const QString path = dir.filePath(u"mine.ordo"_s);
        QVERIFY(doc.save(path, &error));
        QVERIFY(!doc.isModified());
        QCOMPARE(pathSpy.count(), 1);
        QCOMPARE(test::readFixture(path), serializePlan(doc.plan()));
        // Undo after save makes it modified again.
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
    }

    // docs/reliability.md, item 12: a file whose name is not UTF-8, as the command line hands
    // it over, opens and saves under its own bytes.
    void nonUtf8FileNameOpensAndSaves()
    {
        QTemporaryDir dir;
        const QByteArray native = QFile::encodeName(dir.path()) + "/\xff\xfe plan.ordo";
        auto cleanup = qScopeGuard([&] { ::unlink(native.constData()); });
        const QString path = pathFromNative(native);
        QString error;
        QVERIFY(writePlanFile(*parsePlan(test::readFixture(u":/plans/beginner.ordo"_s)).plan, path, &error));
        Document doc;
        const ReadResult r = doc.open(path);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(nativeFromPath(doc.filePath()), native);
        doc.apply(SessionEdits::move(doc.plan(), { doc.plan().sessions[0].id }, 30));
        QVERIFY2(doc.save(doc.filePath(), &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QCOMPARE(serializePlan(*readPlanFile(path).plan), serializePlan(doc.plan()));
        QCOMPARE(test::filesIn(dir.path()), 1);
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
