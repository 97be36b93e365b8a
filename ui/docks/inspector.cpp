// SPDX-License-Identifier: GPL-3.0-or-later

#include "inspector.h"

#include "multisessioninspector.h"
#include "planinspector.h"
#include "sessioninspector.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ordo {
namespace {

// A list inside a page as tall as its rows, without scroll bars of its own: the page's one
// scroll area scrolls it, and the wheel over it scrolls the page (a slider that cannot move
// leaves the wheel event to its parent).
void growToContents(QAbstractItemView *view)
{
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    auto fit = [view] {
        int height = 2 * view->frameWidth();
        if (auto *table = qobject_cast<QTableView *>(view)) {
            height += table->verticalHeader()->length();
            if (!table->horizontalHeader()->isHidden())
                height += table->horizontalHeader()->height();
        } else if (view->model()) {
            for (int row = 0; row < view->model()->rowCount(); ++row)
                height += view->sizeHintForRow(row);
        }
        view->setMinimumHeight(0);
        view->setFixedHeight(std::max(height, 2 * view->frameWidth() + 1));
    };
    // Row heights follow the width when texts wrap: refit after every layout change.
    auto *timer = new QTimer(view);
    timer->setSingleShot(true);
    timer->setInterval(0);
    QObject::connect(timer, &QTimer::timeout, view, fit);
    if (auto *table = qobject_cast<QTableView *>(view)) {
        QObject::connect(table->verticalHeader(), &QHeaderView::sectionResized, timer,
                         qOverload<>(&QTimer::start));
        QObject::connect(table->verticalHeader(), &QHeaderView::geometriesChanged, timer,
                         qOverload<>(&QTimer::start));
    }
    fit();
}

// A page that fits a narrow dock: labels above their fields once a row does not fit beside
// them, combo boxes that do not demand the width of their longest item, lists that grow.
void makeNarrowFriendly(QWidget *page)
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
        // Combo boxes' popup lists are item views too; they keep their own scrolling.
        if (qobject_cast<QComboBox *>(view->parentWidget()) || view->window() != page->window())
            continue;
        growToContents(view);
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
    makeNarrowFriendly(m_plan);
    makeNarrowFriendly(m_multiple);
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
    makeNarrowFriendly(m_session);
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
