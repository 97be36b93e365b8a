// SPDX-License-Identifier: GPL-3.0-or-later

#include "inspector.h"

#include "planinspector.h"
#include "sessioninspector.h"

#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ordo {

Inspector::Inspector(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_plan(new PlanInspector(document, this))
    , m_multiple(new QLabel(this))
    , m_planScroll(new QScrollArea(this))
{
    m_planScroll->setWidget(m_plan);
    m_planScroll->setWidgetResizable(true);
    m_planScroll->setFrameShape(QFrame::NoFrame);
    m_multiple->setAlignment(Qt::AlignCenter);
    m_multiple->setWordWrap(true);
    m_stack->addWidget(m_planScroll);
    m_stack->addWidget(new QWidget(this)); // replaced by the session editor when first needed
    m_stack->addWidget(m_multiple);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);
}

SessionInspector *Inspector::sessionPage()
{
    if (m_session)
        return m_session;
    m_session = new SessionInspector(m_document, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_session);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QWidget *placeholder = m_stack->widget(SessionPageIndex);
    const int current = m_stack->currentIndex();
    m_stack->insertWidget(SessionPageIndex, scroll);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    m_stack->setCurrentIndex(current);
    return m_session;
}

void Inspector::setSelection(const QStringList &ids)
{
    if (ids.isEmpty()) {
        if (m_session)
            m_session->setSessionId({});
        m_stack->setCurrentIndex(PlanPageIndex);
    } else if (ids.size() == 1) {
        sessionPage()->setSessionId(ids.first());
        m_stack->setCurrentIndex(SessionPageIndex);
    } else {
        if (m_session)
            m_session->setSessionId({});
        m_multiple->setText(tr("%n sessions selected.\nArrow keys move them together; Delete removes them.",
                               nullptr, int(ids.size())));
        m_stack->setCurrentIndex(MultiplePageIndex);
    }
}

bool Inspector::showsSession() const
{
    return m_stack->currentIndex() == SessionPageIndex;
}

void Inspector::keyPressEvent(QKeyEvent *event)
{
    // Fields ignore an Escape they have no use for, so it arrives here; a combo box's open
    // list or a table's cell editor keeps its own.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        emit leaveRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void Inspector::focusEditor()
{
    if (showsSession())
        sessionPage()->focusFirstField();
}

} // namespace ordo
