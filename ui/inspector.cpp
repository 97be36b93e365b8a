#include "inspector.h"

#include "planinspector.h"
#include "sessioninspector.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ordo {

Inspector::Inspector(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_session(new SessionInspector(document, this))
    , m_plan(new PlanInspector(document, this))
    , m_multiple(new QLabel(this))
    , m_planScroll(new QScrollArea(this))
{
    m_planScroll->setWidget(m_plan);
    m_planScroll->setWidgetResizable(true);
    m_planScroll->setFrameShape(QFrame::NoFrame);
    m_multiple->setAlignment(Qt::AlignCenter);
    m_multiple->setWordWrap(true);
    auto *sessionScroll = new QScrollArea(this);
    sessionScroll->setWidget(m_session);
    sessionScroll->setWidgetResizable(true);
    sessionScroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_planScroll);
    m_stack->addWidget(sessionScroll);
    m_stack->addWidget(m_multiple);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);
}

void Inspector::setSelection(const QStringList &ids)
{
    if (ids.isEmpty()) {
        m_session->setSessionId({});
        m_stack->setCurrentIndex(0);
    } else if (ids.size() == 1) {
        m_session->setSessionId(ids.first());
        m_stack->setCurrentIndex(1);
    } else {
        m_session->setSessionId({});
        m_multiple->setText(tr("%n sessions selected.\nArrow keys move them together; Delete removes them.", nullptr,
                               int(ids.size())));
        m_stack->setCurrentIndex(2);
    }
}

bool Inspector::showsSession() const
{
    return m_stack->currentIndex() == 1;
}

void Inspector::focusEditor()
{
    if (showsSession())
        m_session->focusFirstField();
}

} // namespace ordo
