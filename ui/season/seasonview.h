// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "planedit.h"
#include "seasonpainter.h"
#include "week/weekpainter.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QString>

#include <functional>
#include <optional>

class QMimeData;

// The season overview: one row per plan week with seven compact day cells, each session a
// small mark coloured as in the week view (kind, intensity shade) and outlined in the colour
// of its worst finding, its height the session's length; beside each row the week's totals
// from the analysis (load, hard-session minutes, HIIT, lifting sessions, rest days, kcal) and
// its worst finding. A click on a day opens that day in the week view (dayActivated); a mark
// dragged to another day or week moves the session there (Ctrl: a copy). Weeks are selected
// by their label (Shift extends); the week commands (SeasonCommands) act on the selection
// from the context menu, the main window's Weeks menu and their keys. Keyboard: the arrow keys
// move the current day cell, Shift+Up/Down extend the selection, Enter opens it. Painting is
// in seasonviewpaint.cpp, mouse, keys and drops in seasonviewinput.cpp, the layout constants
// they share in seasonlayout.h.
namespace ordo {

class Document;
class SeasonCommands;

class SeasonView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    // Starts a real drag (QDrag::exec) for a dragged mark. A seam: tests install a function
    // that records the data and then send the drag events themselves.
    using DragStarter = std::function<Qt::DropAction(QMimeData *data, QWidget *source)>;

    explicit SeasonView(Document *document, QWidget *parent = nullptr);

    // The day cell with the keyboard focus.
    int currentWeek() const { return m_currentWeek; }
    Day currentDay() const { return m_currentDay; }
    void setCurrent(int week, Day day, bool extendSelection = false);
    // The selected weeks, a run from firstSelectedWeek().
    int firstSelectedWeek() const { return std::min(m_anchorWeek, m_currentWeek); }
    int selectedWeekCount() const { return std::abs(m_anchorWeek - m_currentWeek) + 1; }
    void selectWeeks(int first, int count);

    // The week commands on the selection (the Weeks menu, the context menu and their keys).
    SeasonCommands *commands() const { return m_commands; }

    void setDragStarter(DragStarter starter) { m_dragStarter = std::move(starter); }
    void setWeekStart(Day day);
    Day weekStart() const { return m_weekStart; }
    void setClock24(bool on);

    // Geometry, in viewport coordinates (for painting, hit tests, tests and accessibility).
    int rowHeight() const;
    int headerHeight() const;
    QRect dayCellRect(int week, Day day) const;
    QRect weekLabelRect(int week) const;
    // Where the session's mark is painted (empty when its week is scrolled away).
    QRect markRect(const QString &sessionId) const;
    QString markAt(const QPoint &pos) const;
    struct Cell
    {
        int week = 0;
        Day day = Day::Mon;
    };
    std::optional<Cell> cellAt(const QPoint &pos) const;
    std::optional<int> weekAt(const QPoint &pos) const;
    // The day cell's contents in words, for assistive technology and tooltips.
    QString cellText(int week, Day day) const;
    // The week's totals in words.
    QString totalsText(int week) const;
    // The texts a row shows, column by column after the day cells (tests read them).
    QStringList rowTexts(int week) const;
    void scrollToWeek(int week);

signals:
    // A day cell was clicked or Enter pressed on it; `sessionId`: the mark clicked, if any.
    void dayActivated(int week, ordo::Day day, const QString &sessionId);
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    SeasonPainter::Columns columns() const;
    int rowTop(int week) const;
    int columnOf(Day day) const;
    void rebuild();
    void applyPalette();
    void updateScrollRange();
    void announceCurrent();
    void paintRow(QPainter &p, const SeasonPainter::Columns &c, int week) const;
    QList<QRect> markRects(int week, Day day, const QRect &cell) const;
    PlanEdit dropEdit(const QMimeData *data, const QPoint &pos, Qt::KeyboardModifiers modifiers) const;

    Document *m_document;
    WeekPainter m_painter; // the week view's colours
    Day m_weekStart = Day::Mon;
    // The table's painting, shared with the PDF's season page.
    SeasonPainter m_season;
    int m_currentWeek = 0;
    Day m_currentDay = Day::Mon;
    int m_anchorWeek = 0;
    // A press on a mark that may become a drag.
    QString m_pressedMark;
    QPoint m_pressPos;
    std::optional<Cell> m_pressedCell;
    std::optional<Cell> m_dropCell; // the day cell a drag hovers over
    bool m_dropAccepted = false;
    DragStarter m_dragStarter;
    SeasonCommands *m_commands;
};

} // namespace ordo
