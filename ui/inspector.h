#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

// The Inspector dock's content: the selected session's editor, a note when several
// sessions are selected, or the plan's settings when nothing is. Driven by the week
// view's selection through the main window.
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
    SessionInspector *sessionPage() const { return m_session; }
    PlanInspector *planPage() const { return m_plan; }
    bool showsSession() const;

private:
    QStackedWidget *m_stack;
    SessionInspector *m_session;
    PlanInspector *m_plan;
    QLabel *m_multiple;
    QScrollArea *m_planScroll;
};

} // namespace ordo
