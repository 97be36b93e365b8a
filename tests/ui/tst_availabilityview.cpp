// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"
#include "docks/availabilityeditor.h"
#include "docks/planinspector.h"
#include "document/document.h"
#include "testsupport.h"
#include "theme/theme.h"
#include "uitestsupport.h"
#include "week/availabilitylegend.h"
#include "week/weekview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTest>
#include <QTimeEdit>
#include <QToolTip>
#include <QUndoStack>

#include <memory>

using namespace ordo;
using namespace Qt::StringLiterals;

namespace {

// Monday 07:00–09:00 only, Sunday not at all, a dentist on Tuesday 12:00–13:00; the other
// days are unrestricted.
Plan restrictedPlan()
{
    Plan plan;
    plan.name = u"Availability"_s;
    Availability a;
    a.days.byDay[int(Day::Mon)] = QList<TimeWindow> { TimeWindow { 7 * 60, 9 * 60, {}, {} } };
    a.days.byDay[int(Day::Sun)] = QList<TimeWindow> {};
    BusyInterval dentist;
    dentist.day = Day::Tue;
    dentist.startMinute = 12 * 60;
    dentist.endMinute = 13 * 60;
    dentist.summary = u"Dentist"_s;
    a.busy.append(dentist);
    plan.availability = a;
    // One session, so the grid shows no hint for an empty plan over the days.
    Session walk;
    walk.id = u"s1"_s;
    walk.day = Day::Sat;
    walk.startMinute = 16 * 60;
    walk.durationMin = 30;
    walk.kind = Kind::Cardio;
    plan.sessions.append(walk);
    return plan;
}

// The colour a translucent theme colour gives over the ground, as the painter blends it.
QColor over(const QColor &ground, const QColor &paint)
{
    QImage image(1, 1, QImage::Format_RGB32);
    image.fill(ground);
    QPainter p(&image);
    p.fillRect(0, 0, 1, 1, paint);
    p.end();
    return image.pixelColor(0, 0);
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 2 && std::abs(a.green() - b.green()) <= 2
        && std::abs(a.blue() - b.blue()) <= 2;
}

} // namespace

// Availability on the week grid and in the plan inspector, through real events: what is
// painted (grabbed pixels in a light and a dark palette), the legend, the tooltips, Shift+drag
// on free time, and the inspector's editor; every change checked on the plan and the undo stack.
class TestAvailabilityView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<WeekView> m_view;

    QWidget *viewport() const { return m_view->viewport(); }
    // A point at 20 past the hour: on no hour or half-hour line.
    QPoint at(Day day, int hour) const { return m_view->pointAt(day, hour * 60 + 20); }
    QColor pixel(const QImage &image, Day day, int hour) const { return image.pixelColor(at(day, hour)); }

private slots:
    void initTestCase()
    {
        test::prepareGuiTest();
        m_document = std::make_unique<Document>();
        m_view = std::make_unique<WeekView>(m_document.get());
        m_view->resize(1000, 820);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void init()
    {
        m_view->setPalette(QPalette());
        m_document->reset(restrictedPlan(), {});
        m_view->setVisibleHours(0, 24);
    }

    void unavailableTimeIsShadedInThemeColours()
    {
        const QImage image = viewport()->grab().toImage();
        const Theme &theme = m_view->painter().options().theme;
        const QColor ground = theme.color(Theme::Background);
        const QColor shaded = over(ground, theme.color(Theme::Unavailable));
        // Monday outside 07:00–09:00, and all of Sunday, are shaded; inside the window and on
        // unrestricted days the ground shows.
        QVERIFY2(near(pixel(image, Day::Wed, 12), ground),
                 qPrintable(pixel(image, Day::Wed, 12).name() + u' ' + ground.name()));
        QVERIFY2(near(pixel(image, Day::Mon, 12), shaded), qPrintable(pixel(image, Day::Mon, 12).name()));
        QVERIFY(near(pixel(image, Day::Mon, 8), ground));
        QVERIFY(near(pixel(image, Day::Mon, 21), shaded));
        const QColor weekend = theme.color(Theme::AlternateBackground);
        QVERIFY(near(pixel(image, Day::Sat, 10), weekend));
        QVERIFY(near(pixel(image, Day::Sun, 10), over(weekend, theme.color(Theme::Unavailable))));
        // The busy hour is filled and hatched: it differs from the free time around it.
        const QRect busy
            = m_view->geometry().rectFor(m_view->geometry().columnOfDay(Day::Tue), 12 * 60, 13 * 60).toRect();
        int hatch = 0;
        const QColor hatchColour
            = over(over(ground, theme.color(Theme::Busy)), theme.color(Theme::BusyHatch));
        for (int y = busy.top() + 2; y < busy.bottom() - 2; ++y) {
            for (int x = busy.left() + 4; x < busy.right() - 4; ++x)
                hatch += near(image.pixelColor(x, y), hatchColour) ? 1 : 0;
        }
        QVERIFY2(hatch > 100, qPrintable(QString::number(hatch)));
        QVERIFY(!near(pixel(image, Day::Tue, 12), ground));
        QVERIFY(near(pixel(image, Day::Tue, 14), ground));

        // No availability: no shading anywhere.
        Plan unrestricted = restrictedPlan();
        unrestricted.availability.reset();
        m_document->reset(unrestricted, {});
        const QImage plain = viewport()->grab().toImage();
        QVERIFY(near(pixel(plain, Day::Mon, 12), ground));
        QVERIFY(near(pixel(plain, Day::Tue, 12), ground));
    }

    void shadingWorksInADarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x22));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        m_view->setPalette(dark);
        QVERIFY(m_view->painter().options().theme.isDark());
        const QImage image = viewport()->grab().toImage();
        const QColor free = pixel(image, Day::Wed, 12);
        const QColor shaded = pixel(image, Day::Mon, 12);
        QVERIFY(near(free, QColor(0x20, 0x20, 0x22)));
        // Shade is darker than the ground, and still visible.
        QVERIFY2(shaded.lightness() + 8 < free.lightness(), qPrintable(shaded.name() + u' ' + free.name()));
        QVERIFY(!near(pixel(image, Day::Tue, 12), free));
    }

    void busyTimeShowsOverAnOpaqueAmpkBandOnPaper()
    {
        // A HIIT ride ending at 12:00 Tuesday: its AMPK band covers the dentist's hour. On
        // paper the band is opaque; the busy time must still show over it.
        Plan plan = restrictedPlan();
        Session ride;
        ride.id = u"s2"_s;
        ride.day = Day::Tue;
        ride.startMinute = 11 * 60 + 30;
        ride.durationMin = 30;
        ride.kind = Kind::Cardio;
        ride.modality = Modality::Cycling;
        ride.intensity = Intensity::Hiit;
        plan.sessions.append(ride);
        plan.sortSessions();
        const Analysis analysis = analyze(plan);
        QVERIFY(!analysis.days[int(Day::Tue)].ampkWindows.isEmpty());
        WeekPainterOptions options;
        options.theme = Theme::paper();
        const WeekPainter painter(options);
        QImage image(700, 1000, QImage::Format_RGB32);
        QPainter p(&image);
        painter.paintWeek(p, QRectF(image.rect()), plan, analysis, 0, 8, 16);
        p.end();
        // Tuesday 12:00–13:00 in that rectangle, below its summary line.
        const double header = WeekPainter::headerHeight(QFont());
        const double axis = painter.axisWidth(QFont());
        const double column = (700 - axis) / 7;
        const double perMinute = (1000 - header) / (8 * 60);
        const QRect busy(int(axis + column + 4), int(header + 4.5 * 60 * perMinute), int(column - 8),
                         int(0.4 * 60 * perMinute));
        // Hatch lines: a dark blue over the lavender band.
        int lines = 0;
        for (int y = busy.top(); y <= busy.bottom(); ++y) {
            for (int x = busy.left(); x <= busy.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                lines
                    += std::abs(c.blue() - c.red()) > 40 && c.blue() > c.red() && c.lightness() < 190 ? 1 : 0;
            }
        }
        QVERIFY2(lines > 20, qPrintable(QString::number(lines)));
    }

    void legendExplainsTheShadingWhileThereIsAvailability()
    {
        const AvailabilityLegend *legend = m_view->legend();
        QVERIFY(legend->isVisible());
        QVERIFY(legend->geometry().top() >= viewport()->geometry().bottom());
        const Theme &theme = m_view->painter().options().theme;
        const QImage image = const_cast<AvailabilityLegend *>(legend)->grab().toImage();
        const QColor swatch = over(theme.color(Theme::Background), theme.color(Theme::Unavailable));
        int found = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < 60; ++x)
                found += near(image.pixelColor(x, y), swatch) ? 1 : 0;
        }
        QVERIFY2(found > 50, qPrintable(QString::number(found)));
        m_document->reset(Plan {}, {});
        QVERIFY(!legend->isVisible());
        QCOMPARE(viewport()->geometry().bottom(), m_view->contentsRect().bottom());
    }

    void tooltipsNameBusyTimesAndClosedTime()
    {
        QCOMPARE(
            AvailabilityLegend::toolTipAt(m_document->plan(), 0, Day::Tue, 12 * 60 + 20, ClockFormat::H24),
            u"Busy 12:00–13:00: Dentist"_s);
        QCOMPARE(AvailabilityLegend::toolTipAt(m_document->plan(), 0, Day::Mon, 12 * 60, ClockFormat::H24),
                 u"Not available"_s);
        QCOMPARE(AvailabilityLegend::toolTipAt(m_document->plan(), 0, Day::Mon, 8 * 60, ClockFormat::H24),
                 QString());
        QCOMPARE(AvailabilityLegend::toolTipAt(m_document->plan(), 0, Day::Wed, 8 * 60, ClockFormat::H24),
                 QString());
        // And the view shows it for a help event at the busy time.
        QHelpEvent help(QEvent::ToolTip, at(Day::Tue, 12), viewport()->mapToGlobal(at(Day::Tue, 12)));
        QApplication::sendEvent(viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"Dentist"_s), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void shiftDragOnFreeTimeAddsAWindow()
    {
        const Plan before = m_document->plan();
        const int steps = m_document->undoStack()->count();
        test::mouseDrag(viewport(), m_view->pointAt(Day::Thu, 18 * 60), m_view->pointAt(Day::Thu, 20 * 60),
                        Qt::ShiftModifier);
        const std::optional<QList<TimeWindow>> &thursday
            = m_document->plan().availability->days.byDay[int(Day::Thu)];
        QVERIFY(thursday);
        QCOMPARE(thursday->size(), 1);
        QCOMPARE(thursday->first().startMinute, 18 * 60);
        QCOMPARE(thursday->first().endMinute, 20 * 60);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->undoStack()->undoText(), u"Add available time Thu 18:00–20:00"_s);
        // Thursday is now closed outside the window: painted so.
        const QImage image = viewport()->grab().toImage();
        QVERIFY(
            !near(pixel(image, Day::Thu, 12), m_view->painter().options().theme.color(Theme::Background)));
        m_document->undoStack()->undo();
        QCOMPARE(m_document->plan(), before);

        // Dragging upwards works too; a plain drag only selects.
        test::mouseDrag(viewport(), m_view->pointAt(Day::Fri, 7 * 60), m_view->pointAt(Day::Fri, 6 * 60),
                        Qt::ShiftModifier);
        QCOMPARE(m_document->plan().availability->days.byDay[int(Day::Fri)]->first().startMinute, 6 * 60);
        m_document->undoStack()->undo();
        test::mouseDrag(viewport(), m_view->pointAt(Day::Fri, 7 * 60), m_view->pointAt(Day::Fri, 9 * 60));
        QCOMPARE(m_document->plan(), before);
    }

    void editorWithoutWindowsOffersNothingToRemove()
    {
        // One window, removed with Delete: the list then says every day is available, and
        // Remove has nothing left to do.
        Plan plan = restrictedPlan();
        plan.availability->days = WeekdayWindows {};
        plan.availability->days.byDay[int(Day::Tue)]
            = QList<TimeWindow> { TimeWindow { 6 * 60, 8 * 60, {}, {} } };
        m_document->reset(plan, {});
        AvailabilityEditor editor(m_document.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QListWidget *list = editor.windowList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QVERIFY(editor.removeButton()->isEnabled());
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"Every day is available all day."_s);
        QVERIFY(!editor.removeButton()->isEnabled());
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void inspectorEditorAddsAndRemovesWindowsByTyping()
    {
        PlanInspector inspector(m_document.get());
        inspector.resize(340, 1200);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        auto *editor = inspector.findChild<AvailabilityEditor *>();
        QVERIFY(editor);
        const Plan before = m_document->plan();
        const int steps = m_document->undoStack()->count();

        // Wednesday, 06:30 to 08:00, strength and cardio only.
        editor->dayCombo()->setFocus();
        QTest::keyClick(editor->dayCombo(), Qt::Key_Down);
        QTest::keyClick(editor->dayCombo(), Qt::Key_Down);
        QCOMPARE(editor->dayCombo()->currentData().toInt(), int(Day::Wed));
        for (QTimeEdit *edit : { editor->fromEdit(), editor->toEdit() }) {
            edit->setFocus();
            edit->setSelectedSection(QDateTimeEdit::HourSection);
            QTest::keyClicks(edit, edit == editor->fromEdit() ? u"0630"_s : u"0800"_s);
        }
        QCOMPARE(editor->fromEdit()->time(), QTime(6, 30));
        QCOMPARE(editor->toEdit()->time(), QTime(8, 0));
        QTest::mouseClick(editor->kindCheck(Kind::Mobility), Qt::LeftButton);
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        const std::optional<QList<TimeWindow>> &wednesday
            = m_document->plan().availability->days.byDay[int(Day::Wed)];
        QVERIFY(wednesday);
        QCOMPARE(wednesday->size(), 1);
        QCOMPARE(wednesday->first().startMinute, 6 * 60 + 30);
        QCOMPARE(wednesday->first().endMinute, 8 * 60);
        QCOMPARE(wednesday->first().kinds, (QList<Kind> { Kind::Strength, Kind::Cardio }));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->undoStack()->undoText(), u"Add available time Wed 06:30–08:00"_s);
        const QStringList rows = [&] {
            QStringList texts;
            for (int i = 0; i < editor->windowList()->count(); ++i)
                texts << editor->windowList()->item(i)->text();
            return texts;
        }();
        QCOMPARE(rows,
                 (QStringList { u"Mon 07:00–09:00"_s, u"Wed 06:30–08:00 · strength, cardio only"_s,
                                u"Sun: no training"_s }));

        // Select Monday's window with the mouse and press Delete: Monday is unrestricted again.
        QListWidget *list = editor->windowList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(!m_document->plan().availability->days.byDay[int(Day::Mon)]);
        QCOMPARE(m_document->undoStack()->undoText(), u"Remove available time Mon 07:00–09:00"_s);

        // Saturday off.
        QTest::keyClick(editor->dayCombo(), Qt::Key_End);
        QTest::keyClick(editor->dayCombo(), Qt::Key_Up);
        QTest::mouseClick(editor->dayOffButton(), Qt::LeftButton);
        QCOMPARE(m_document->plan().availability->days.byDay[int(Day::Sat)],
                 std::optional<QList<TimeWindow>>(QList<TimeWindow> {}));

        // The busy times go with one button, and come back with undo.
        QVERIFY(editor->removeBusyButton()->isVisible());
        QCOMPARE(editor->busyLabel()->text(), u"1 busy time from a calendar"_s);
        QTest::mouseClick(editor->removeBusyButton(), Qt::LeftButton);
        QVERIFY(m_document->plan().availability->busy.isEmpty());
        QVERIFY(!editor->removeBusyButton()->isVisible());
        QCOMPARE(m_document->undoStack()->undoText(), u"Remove busy times"_s);

        m_document->undoStack()->setIndex(steps);
        QCOMPARE(m_document->plan(), before);
    }
};

QTEST_MAIN(TestAvailabilityView)
#include "tst_availabilityview.moc"
