// SPDX-License-Identifier: GPL-3.0-or-later

#include "inspector.h"

#include "multisessioninspector.h"
#include "planinspector.h"
#include "sessioninspector.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QListView>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace ordo {
namespace {

// Hands the wheel over a list to the page's scroll area, so a list never catches the wheel
// while the page is being scrolled past it. A list that scrolls itself (the long thresholds
// table) takes the wheel once it has the focus (a click or Tab into it).
class WheelToPage : public QObject
{
public:
    WheelToPage(QAbstractItemView *view, QScrollArea *page)
        : QObject(view)
        , m_view(view)
        , m_page(page)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel || !m_page
            || (m_view->hasFocus() && m_view->verticalScrollBar()->maximum() > 0))
            return QObject::eventFilter(watched, event);
        QCoreApplication::sendEvent(m_page->verticalScrollBar(), event);
        return true;
    }

private:
    QAbstractItemView *m_view;
    QPointer<QScrollArea> m_page;
};

// A short list inside a page as tall as its rows, without scroll bars of its own; a long
// table (more than a screen of rows) keeps a bounded height and its own scroll bar. Neither
// catches the wheel on its way past (WheelToPage), and neither scrolls sideways.
void fitIntoPage(QAbstractItemView *view, QScrollArea *page)
{
    view->viewport()->installEventFilter(new WheelToPage(view, page));
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (qobject_cast<QTableView *>(view)) {
        view->setMinimumHeight(0);
        view->setFixedHeight(view->fontMetrics().height() * 24);
        return;
    }
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    int height = 2 * view->frameWidth();
    for (int row = 0; view->model() && row < view->model()->rowCount(); ++row)
        height += view->sizeHintForRow(row);
    view->setMinimumHeight(0);
    view->setFixedHeight(std::max(height, 2 * view->frameWidth() + 1));
}

// A page that fits a narrow dock: labels above their fields once a row does not fit beside
// them, combo boxes that do not demand the width of their longest item, lists that grow.
void makeNarrowFriendly(QWidget *page, QScrollArea *scroll)
{
    for (QFormLayout *form : page->findChildren<QFormLayout *>()) {
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    for (QComboBox *combo : page->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        // Combo boxes' popup lists are item views too; they keep their own scrolling. So are a
        // table's headers: fitted as lists, the row header became one pixel tall, and the table,
        // which paints the rows its row header spans, painted only its first row.
        if (qobject_cast<QComboBox *>(view->parentWidget()) || qobject_cast<QHeaderView *>(view)
            || view->window() != page->window())
            continue;
        fitIntoPage(view, scroll);
    }
}

} // namespace

Inspector::Inspector(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scroll(new QScrollArea(this))
    , m_pages(new QWidget)
    , m_plan(new PlanInspector(document, m_pages))
    , m_multiple(new MultiSessionInspector(document, m_pages))
{
    // Pages are shown and hidden rather than stacked: a hidden page takes no room, so the
    // scroll area is as tall as the page on screen, not as the tallest page.
    auto *pages = new QVBoxLayout(m_pages);
    pages->setContentsMargins(4, 4, 4, 4);
    pages->addWidget(m_plan);
    pages->addWidget(m_multiple);
    pages->addStretch(1);
    m_multiple->hide();
    makeNarrowFriendly(m_plan, m_scroll);
    makeNarrowFriendly(m_multiple, m_scroll);
    m_scroll->setWidget(m_pages);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

SessionInspector *Inspector::sessionPage()
{
    if (m_session)
        return m_session;
    m_session = new SessionInspector(m_document, m_pages);
    m_session->setClockFormat(m_clock);
    m_session->setVisible(m_page == Page::Session);
    static_cast<QVBoxLayout *>(m_pages->layout())->insertWidget(1, m_session);
    makeNarrowFriendly(m_session, m_scroll);
    return m_session;
}

void Inspector::setClockFormat(ClockFormat clock)
{
    m_clock = clock;
    if (m_session)
        m_session->setClockFormat(clock);
}

void Inspector::showPage(Page page)
{
    m_page = page;
    m_plan->setVisible(page == Page::Plan);
    m_multiple->setVisible(page == Page::Multiple);
    if (m_session)
        m_session->setVisible(page == Page::Session);
    m_scroll->verticalScrollBar()->setValue(0);
}

void Inspector::setSelection(const QStringList &ids)
{
    if (ids.size() == 1)
        sessionPage()->setSessionId(ids.first());
    else if (m_session)
        m_session->setSessionId({});
    m_multiple->setSessionIds(ids.size() > 1 ? ids : QStringList());
    showPage(ids.isEmpty() ? Page::Plan : ids.size() == 1 ? Page::Session : Page::Multiple);
}

bool Inspector::showsSession() const
{
    return m_page == Page::Session;
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
