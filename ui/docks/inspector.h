// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "whentext.h"

#include <QStringList>
#include <QWidget>

class QScrollArea;

// The Inspector dock's content: the selected session's editor, the shared fields of several
// selected sessions, or the plan's settings when nothing is. One scroll area holds whichever
// page is showing; it never scrolls sideways, forms put labels above their fields when the
// dock is narrow, and lists inside a page show all their rows, so the wheel scrolls the page.
// Driven by the week view's selection through the main window; Escape hands the focus back.
namespace ordo {

class Document;
class MultiSessionInspector;
class PlanInspector;
class SessionInspector;

class Inspector : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(Document *document, QWidget *parent = nullptr);

    void setSelection(const QStringList &ids);
    void focusEditor();
    // The session editor is built when a session is first selected (it is not on screen
    // before); asking for it builds it.
    SessionInspector *sessionPage();
    // The clock of the session editor's start time, now or when it is built.
    void setClockFormat(ClockFormat clock);
    PlanInspector *planPage() const { return m_plan; }
    MultiSessionInspector *multiplePage() const { return m_multiple; }
    QScrollArea *scrollArea() const { return m_scroll; }
    bool showsSession() const;

signals:
    // Escape reached the inspector (no field, open list or cell editor took it): the person
    // is done here, and the main window returns the focus to the week.
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Page { Plan, Session, Multiple };
    void showPage(Page page);

    Document *m_document;
    QScrollArea *m_scroll;
    QWidget *m_pages;
    SessionInspector *m_session = nullptr;
    ClockFormat m_clock = ClockFormat::H24;
    PlanInspector *m_plan;
    MultiSessionInspector *m_multiple;
    Page m_page = Page::Plan;
};

} // namespace ordo
