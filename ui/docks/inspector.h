// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

// The Inspector dock's content: the selected session's editor, a note when several
// sessions are selected, or the plan's settings when nothing is. Driven by the week
// view's selection through the main window; Escape hands the focus back to it.
namespace ordo {

class Document;
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
    PlanInspector *planPage() const { return m_plan; }
    bool showsSession() const;

signals:
    // Escape reached the inspector (no field, open list or cell editor took it): the person
    // is done here, and the main window returns the focus to the week.
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum Page { PlanPageIndex, SessionPageIndex, MultiplePageIndex };

    Document *m_document;
    QStackedWidget *m_stack;
    SessionInspector *m_session = nullptr;
    PlanInspector *m_plan;
    QLabel *m_multiple;
    QScrollArea *m_planScroll;
};

} // namespace ordo
