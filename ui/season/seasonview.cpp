// SPDX-License-Identifier: GPL-3.0-or-later

#include "seasonview.h"

#include "document/document.h"
#include "dragpayload.h"
#include "edits/sessionedits.h"
#include "edits/weekedits.h"
#include "phase.h"
#include "plandates.h"
#include "ruletitles.h"
#include "season.h"
#include "shell/dialogbuttons.h"
#include "theme/theme.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDrag>
#include <QFormLayout>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

constexpr int kMarkGap = 2;
constexpr int kMaxMarkWidth = 10;
constexpr int kMinMarkWidth = 3;
// A mark is as tall as the cell for a session of this length or longer.
constexpr int kFullMarkMinutes = 120;
// The number of totals columns (see totalsHeaders()).
constexpr int kTotals = 6;

QStringList totalsHeaders()
{
    return {
        SeasonView::tr("Load"),  SeasonView::tr("Hard min"), SeasonView::tr("HIIT"),
        SeasonView::tr("Lifts"), SeasonView::tr("Rest"),     SeasonView::tr("kcal"),
    };
}

QStringList totalsDescriptions()
{
    return {
        SeasonView::tr("Training load of the week (RPE × min)"),
        SeasonView::tr("Minutes of hard sessions: lifting, moderate and HIIT cardio"),
        SeasonView::tr("HIIT sessions"),
        SeasonView::tr("Lifting sessions"),
        SeasonView::tr("Rest days"),
        SeasonView::tr("Energy used in training (kcal)"),
    };
}

// The week list of Copy Week To…: every week but the source, none checked.
class CopyWeeksDialog : public QDialog
{
public:
    CopyWeeksDialog(int weeks, int source, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(SeasonView::tr("Copy Week To"));
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(
            SeasonView::tr("Copy the sessions of week %1 to these weeks. Their own sessions are replaced.")
                .arg(source + 1),
            this);
        label->setWordWrap(true);
        layout->addWidget(label);
        m_list = new QListWidget(this);
        m_list->setAccessibleName(SeasonView::tr("Target weeks"));
        for (int w = 0; w < weeks; ++w) {
            if (w == source)
                continue;
            auto *item = new QListWidgetItem(SeasonView::tr("Week %1").arg(w + 1), m_list);
            item->setData(Qt::UserRole, w);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        label->setBuddy(m_list);
        layout->addWidget(m_list);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        DialogButtons::addMnemonics(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }
    QList<int> targets() const
    {
        QList<int> out;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                out.append(m_list->item(i)->data(Qt::UserRole).toInt());
        }
        return out;
    }

private:
    QListWidget *m_list;
};

} // namespace

SeasonView::SeasonView(Document *document, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_document(document)
{
    setObjectName(u"SeasonView"_s);
    setAccessibleName(tr("Season overview"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    applyPalette();
    m_dragStarter = [](QMimeData *data, QWidget *source) {
        auto *drag = new QDrag(source);
        drag->setMimeData(data);
        return drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
    };
    m_confirm = [this](int sessions, const QString &text) {
        return DialogButtons::ask(this, QMessageBox::Warning, tr("Delete sessions?"),
                                  tr("This deletes %n sessions.", nullptr, sessions) + u"\n\n"_s + text,
                                  QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Ok;
    };

    m_askText = [this](const QString &title, const QString &label, const QString &text, bool *ok) {
        return QInputDialog::getText(this, title, label, QLineEdit::Normal, text, ok);
    };

    auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(a);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_copyTo = make(tr("&Copy Week To…"), {}, [this] { copyTo(); });
    m_duplicate = make(tr("Dupl&icate Weeks"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        const int first = firstSelectedWeek(), count = selectedWeekCount();
        applyWeekEdit(WeekEdits::duplicate(m_document->plan(), first, count), first + count, count);
    });
    m_insertBefore = make(tr("Insert Empty Week &Before"), QKeySequence(Qt::Key_Insert), [this] {
        const int first = firstSelectedWeek();
        applyWeekEdit(WeekEdits::insertEmpty(m_document->plan(), first), first, 1);
    });
    m_insertAfter = make(tr("Insert Empty Week &After"), QKeySequence(Qt::SHIFT | Qt::Key_Insert), [this] {
        const int after = firstSelectedWeek() + selectedWeekCount();
        applyWeekEdit(WeekEdits::insertEmpty(m_document->plan(), after), after, 1);
    });
    m_delete = make(tr("&Delete Weeks"), QKeySequence(Qt::Key_Delete), [this] {
        const int first = firstSelectedWeek();
        applyWeekEdit(WeekEdits::remove(m_document->plan(), first, selectedWeekCount()), first, 1);
    });
    m_moveUp = make(tr("Move Weeks &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] {
        const int first = firstSelectedWeek(), count = selectedWeekCount();
        applyWeekEdit(WeekEdits::move(m_document->plan(), first, count, -1), first - 1, count);
    });
    m_moveDown = make(tr("Move Weeks Do&wn"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] {
        const int first = firstSelectedWeek(), count = selectedWeekCount();
        applyWeekEdit(WeekEdits::move(m_document->plan(), first, count, 1), first + 1, count);
    });
    m_clear = make(tr("C&lear Weeks"), QKeySequence(Qt::Key_Backspace), [this] {
        const int first = firstSelectedWeek(), count = selectedWeekCount();
        applyWeekEdit(WeekEdits::clear(m_document->plan(), first, count), first, count);
    });

    m_deload = make(tr("&Generate Deload Week…"), {}, [this] { generateDeload(); });
    m_phaseMenu = new QMenu(tr("&Phase"), this);
    const std::pair<std::optional<Phase>, QString> phases[] = {
        { std::nullopt, tr("&No Phase") }, { Phase::Base, tr("&Base") },     { Phase::Build, tr("B&uild") },
        { Phase::Peak, tr("&Peak") },      { Phase::Deload, tr("&Deload") }, { Phase::Taper, tr("&Taper") },
        { Phase::Custom, tr("&Custom…") },
    };
    for (const auto &[phase, text] : phases) {
        QAction *a = m_phaseMenu->addAction(text);
        connect(a, &QAction::triggered, this, [this, phase = phase] { markPhase(phase); });
        if (!phase)
            m_phaseMenu->addSeparator();
    }

    connect(m_document, &Document::planChanged, this, &SeasonView::rebuild);
    rebuild();
}

void SeasonView::markPhase(std::optional<Phase> phase)
{
    const int first = firstSelectedWeek(), count = selectedWeekCount();
    QString label;
    if (phase == Phase::Custom) {
        const WeekPhase *current = m_document->plan().phaseOf(first);
        bool ok = false;
        label = m_askText(tr("Custom Phase"), tr("Name of the phase (up to %1 characters):").arg(40),
                          current && current->phase == Phase::Custom ? current->label : QString(), &ok);
        if (!ok)
            return;
    }
    applyWeekEdit(WeekEdits::setPhase(m_document->plan(), first, count, phase, label), first, count);
}

void SeasonView::generateDeload()
{
    // A copy of the last selected week, after the selection.
    const int week = firstSelectedWeek() + selectedWeekCount() - 1;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Generate Deload Week"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *about
        = new QLabel(tr("A copy of week %1 after it, with the same sessions on the same days and at the "
                        "same intensity, each strength and cardio session shorter by this share. "
                        "Cutting volume and keeping intensity is what works best in a taper "
                        "(Bosquet 2007).")
                         .arg(week + 1),
                     &dialog);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    auto *percent = new QSpinBox(&dialog);
    percent->setRange(WeekEdits::kMinDeloadPercent, WeekEdits::kMaxDeloadPercent);
    percent->setValue(WeekEdits::kDefaultDeloadPercent);
    percent->setSingleStep(5);
    percent->setSuffix(tr(" %"));
    form->addRow(tr("&Less volume:"), percent);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    DialogButtons::addMnemonics(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyWeekEdit(WeekEdits::generateDeload(m_document->plan(), week, percent->value()), week + 1, 1);
}

QList<QAction *> SeasonView::weekActions() const
{
    return { m_copyTo, m_duplicate, m_deload, m_insertBefore, m_insertAfter,
             m_moveUp, m_moveDown,  m_clear,  m_delete };
}

void SeasonView::addWeekActions(QMenu *menu) const
{
    menu->addAction(m_copyTo);
    menu->addAction(m_duplicate);
    menu->addAction(m_deload);
    menu->addMenu(m_phaseMenu);
    menu->addSeparator();
    menu->addAction(m_insertBefore);
    menu->addAction(m_insertAfter);
    menu->addSeparator();
    menu->addAction(m_moveUp);
    menu->addAction(m_moveDown);
    menu->addSeparator();
    menu->addAction(m_clear);
    menu->addAction(m_delete);
}

bool SeasonView::applyWeekEdit(const PlanEdit &edit, int selectFirst, int selectCount)
{
    if (edit.isEmpty() || !m_document->canApply(edit))
        return false;
    const int deleted = WeekEdits::deletedSessions(m_document->plan(), edit);
    if (deleted > 0 && !m_confirm(deleted, edit.text))
        return false;
    if (!m_document->apply(edit))
        return false;
    // The selection follows the weeks the command acted on (or made).
    selectWeeks(selectFirst, selectCount);
    return true;
}

void SeasonView::copyTo()
{
    CopyWeeksDialog dialog(m_document->plan().weeks, m_currentWeek, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyWeekEdit(WeekEdits::copyTo(m_document->plan(), m_currentWeek, dialog.targets()), m_currentWeek, 1);
}

void SeasonView::setWeekStart(Day day)
{
    m_weekStart = day;
    viewport()->update();
}

void SeasonView::setClock24(bool on)
{
    m_painter.options().clock24 = on;
}

void SeasonView::applyPalette()
{
    WeekPainterOptions o = WeekPainterOptions::fromPalette(palette());
    o.locale = locale();
    o.clock24 = m_painter.options().clock24;
    m_painter = WeekPainter(o);
}

void SeasonView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyPalette();
        viewport()->update();
    }
}

void SeasonView::rebuild()
{
    const Plan &plan = m_document->plan();
    const Analysis &analysis = m_document->analysis();
    m_daySessions = QList<QList<int>>(plan.weeks * kDaysPerWeek);
    for (int i = 0; i < plan.sessions.size(); ++i) {
        const Session &s = plan.sessions[i];
        const int d = s.week * kDaysPerWeek + int(s.day);
        if (d >= 0 && d < m_daySessions.size())
            m_daySessions[d].append(i);
    }
    m_worst = WeekPainter::worstSeverities(analysis);
    m_worstFinding = worstFindingPerWeek(analysis, plan.weeks);
    m_currentWeek = std::clamp(m_currentWeek, 0, plan.weeks - 1);
    m_anchorWeek = std::clamp(m_anchorWeek, 0, plan.weeks - 1);
    updateScrollRange();
    updateActions();
    viewport()->update();
}

void SeasonView::updateActions()
{
    const Plan &plan = m_document->plan();
    const int first = firstSelectedWeek();
    const int count = selectedWeekCount();
    const bool one = count == 1;
    m_copyTo->setEnabled(one && plan.weeks > 1);
    m_copyTo->setText(one ? tr("&Copy Week %1 To…").arg(first + 1) : tr("&Copy Week To…"));
    m_duplicate->setEnabled(plan.weeks + count <= 52);
    m_deload->setEnabled(plan.weeks < 52);
    m_insertBefore->setEnabled(plan.weeks < 52);
    m_insertAfter->setEnabled(plan.weeks < 52);
    m_delete->setEnabled(count < plan.weeks);
    m_moveUp->setEnabled(first > 0);
    m_moveDown->setEnabled(first + count < plan.weeks);
    bool any = false;
    for (int d = first * kDaysPerWeek; d < (first + count) * kDaysPerWeek && d < m_daySessions.size(); ++d)
        any = any || !m_daySessions[d].isEmpty();
    m_clear->setEnabled(any);
}

// Geometry ------------------------------------------------------------------------------

int SeasonView::rowHeight() const
{
    return std::max(30, fontMetrics().height() * 2 + 8);
}

int SeasonView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int SeasonView::rowTop(int week) const
{
    return headerHeight() + week * rowHeight() - verticalScrollBar()->value();
}

int SeasonView::columnOf(Day day) const
{
    return (int(day) - int(m_weekStart) + kDaysPerWeek) % kDaysPerWeek;
}

SeasonView::Columns SeasonView::columns() const
{
    const QFontMetrics fm = fontMetrics();
    Columns c;
    c.label = 0;
    c.labelWidth
        = std::max(fm.horizontalAdvance(tr("Week %1").arg(52)), fm.horizontalAdvance(u"Build 00"_s)) + 16;
    const QStringList headers = totalsHeaders();
    int totals = 0;
    for (const QString &h : headers) {
        const int w = std::max(fm.horizontalAdvance(h), fm.horizontalAdvance(u"99,999"_s)) + 12;
        c.totalWidths.append(w);
        totals += w;
    }
    const int width = viewport()->width();
    const int minWorst = fm.horizontalAdvance(u"M"_s) * 12;
    c.dayWidth = std::clamp((width - c.labelWidth - totals - minWorst) / kDaysPerWeek, 34, 110);
    c.days = c.labelWidth;
    c.totals = c.days + c.dayWidth * kDaysPerWeek;
    c.worst = c.totals + totals;
    c.worstWidth = std::max(0, width - c.worst);
    return c;
}

QRect SeasonView::dayCellRect(int week, Day day) const
{
    const Columns c = columns();
    return QRect(c.days + columnOf(day) * c.dayWidth, rowTop(week), c.dayWidth, rowHeight());
}

QRect SeasonView::weekLabelRect(int week) const
{
    const Columns c = columns();
    return QRect(c.label, rowTop(week), c.labelWidth, rowHeight());
}

QList<QRect> SeasonView::markRects(int week, Day day, const QRect &cell) const
{
    QList<QRect> out;
    const int d = week * kDaysPerWeek + int(day);
    if (d < 0 || d >= m_daySessions.size())
        return out;
    const QList<int> &items = m_daySessions[d];
    if (items.isEmpty())
        return out;
    const int n = int(items.size());
    const QRect inner = cell.adjusted(4, 5, -4, -5);
    const int w = std::clamp((inner.width() - (n - 1) * kMarkGap) / n, kMinMarkWidth, kMaxMarkWidth);
    const int step = std::min(w + kMarkGap, n > 1 ? (inner.width() - w) / (n - 1) : w);
    const Plan &plan = m_document->plan();
    for (int k = 0; k < n; ++k) {
        const Session &s = plan.sessions[items[k]];
        const int h = std::clamp(inner.height() * s.durationMin / kFullMarkMinutes, 6, inner.height());
        out.append(QRect(inner.left() + k * step, inner.bottom() + 1 - h, w, h));
    }
    return out;
}

QRect SeasonView::markRect(const QString &sessionId) const
{
    const Session *s = m_document->plan().find(sessionId);
    if (!s)
        return {};
    const int d = s->week * kDaysPerWeek + int(s->day);
    if (d < 0 || d >= m_daySessions.size())
        return {};
    const QList<QRect> rects = markRects(s->week, s->day, dayCellRect(s->week, s->day));
    const int k = int(m_daySessions[d].indexOf(m_document->plan().indexOf(sessionId)));
    return k >= 0 && k < rects.size() ? rects[k] : QRect();
}

std::optional<int> SeasonView::weekAt(const QPoint &pos) const
{
    if (pos.y() < headerHeight())
        return std::nullopt;
    const int week = (pos.y() - headerHeight() + verticalScrollBar()->value()) / rowHeight();
    if (week < 0 || week >= m_document->plan().weeks)
        return std::nullopt;
    return week;
}

std::optional<SeasonView::Cell> SeasonView::cellAt(const QPoint &pos) const
{
    const std::optional<int> week = weekAt(pos);
    const Columns c = columns();
    if (!week || pos.x() < c.days || pos.x() >= c.totals)
        return std::nullopt;
    const int column = (pos.x() - c.days) / c.dayWidth;
    return Cell { *week, Day((column + int(m_weekStart)) % kDaysPerWeek) };
}

QString SeasonView::markAt(const QPoint &pos) const
{
    const std::optional<Cell> cell = cellAt(pos);
    if (!cell)
        return {};
    const QList<QRect> rects = markRects(cell->week, cell->day, dayCellRect(cell->week, cell->day));
    const QList<int> &items = m_daySessions[cell->week * kDaysPerWeek + int(cell->day)];
    // The last painted is on top; a mark is easier to hit a pixel wider.
    for (int k = int(rects.size()) - 1; k >= 0; --k) {
        if (rects[k].adjusted(-1, -2, 1, 2).contains(pos))
            return m_document->plan().sessions[items[k]].id;
    }
    return {};
}

void SeasonView::updateScrollRange()
{
    const int content = m_document->plan().weeks * rowHeight();
    const int page = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setRange(0, std::max(0, content - page));
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(rowHeight());
}

void SeasonView::scrollToWeek(int week)
{
    const int top = week * rowHeight();
    const int page = viewport()->height() - headerHeight();
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (top + rowHeight() > bar->value() + page)
        bar->setValue(top + rowHeight() - page);
}

void SeasonView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
}

void SeasonView::scrollContentsBy(int, int)
{
    viewport()->update();
}

// Texts ---------------------------------------------------------------------------------

QString SeasonView::cellText(int week, Day day) const
{
    const QLocale loc = locale();
    QString text = tr("Week %1, %2").arg(week + 1).arg(loc.dayName(int(day) + 1, QLocale::LongFormat));
    if (const std::optional<QDate> date = dateOf(m_document->plan(), week, day))
        text = tr("Week %1, %2").arg(week + 1).arg(loc.toString(*date, QLocale::LongFormat));
    const int d = week * kDaysPerWeek + int(day);
    if (d < 0 || d >= m_daySessions.size())
        return text;
    const Plan &plan = m_document->plan();
    const ClockFormat clock = m_painter.options().clock24 ? ClockFormat::H24 : ClockFormat::H12;
    if (m_daySessions[d].isEmpty())
        return tr("%1: no sessions").arg(text);
    QStringList parts;
    for (int i : m_daySessions[d]) {
        const Session &s = plan.sessions[i];
        parts.append(
            tr("%1 at %2, %3")
                .arg(s.displayTitle(), formatTime(s.startMinute, clock), formatDuration(s.durationMin)));
    }
    return tr("%1: %2").arg(text, parts.join(u"; "_s));
}

QStringList SeasonView::rowTexts(int week) const
{
    const Analysis &a = m_document->analysis();
    if (week < 0 || week >= a.weeks.size())
        return {};
    const WeekFigures &f = a.weeks[week];
    const QLocale loc = locale();
    return {
        loc.toString(std::lround(f.load)), loc.toString(f.hardMinutes), loc.toString(f.hiitSessions),
        loc.toString(f.liftingSessions),   loc.toString(f.restDays),    loc.toString(std::lround(f.kcal)),
    };
}

QString SeasonView::totalsText(int week) const
{
    const QStringList values = rowTexts(week);
    if (values.size() != kTotals)
        return {};
    const QStringList names = totalsDescriptions();
    QStringList parts;
    for (int i = 0; i < kTotals; ++i)
        parts.append(tr("%1: %2").arg(names[i], values[i]));
    QString text = parts.join(u"\n"_s);
    if (const QString dates = weekRangeText(m_document->plan(), week, locale()); !dates.isEmpty())
        text = tr("Week %1 · %2").arg(week + 1).arg(dates) + u"\n"_s + text;
    const int f = week < m_worstFinding.size() ? m_worstFinding[week] : -1;
    if (f >= 0) {
        const Finding &finding = m_document->analysis().findings[f];
        text += u"\n"_s
            + tr("Worst finding: %1 (%2)").arg(ruleTitle(finding.rule), displayName(finding.severity));
    }
    return text;
}

// Painting ------------------------------------------------------------------------------

void SeasonView::paintHeader(QPainter &p, const Columns &c) const
{
    const Theme &theme = m_painter.options().theme;
    const QRect header(0, 0, viewport()->width(), headerHeight());
    p.fillRect(header, theme.color(Theme::HeaderBackground));
    p.setPen(theme.color(Theme::Text));
    const QLocale loc = locale();
    p.drawText(QRect(c.label + 6, 0, c.labelWidth - 6, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Week"));
    const QFontMetrics fm = fontMetrics();
    for (int col = 0; col < kDaysPerWeek; ++col) {
        const Day day = Day((col + int(m_weekStart)) % kDaysPerWeek);
        QString name = loc.dayName(int(day) + 1, QLocale::ShortFormat);
        if (fm.horizontalAdvance(name) > c.dayWidth - 4)
            name = loc.dayName(int(day) + 1, QLocale::NarrowFormat);
        p.drawText(QRect(c.days + col * c.dayWidth, 0, c.dayWidth, header.height()), Qt::AlignCenter, name);
    }
    const QStringList headers = totalsHeaders();
    int x = c.totals;
    for (int i = 0; i < kTotals; ++i) {
        p.drawText(QRect(x, 0, c.totalWidths[i] - 6, header.height()), Qt::AlignRight | Qt::AlignVCenter,
                   headers[i]);
        x += c.totalWidths[i];
    }
    if (c.worstWidth > 0)
        p.drawText(QRect(c.worst + 8, 0, c.worstWidth - 8, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(tr("Worst finding"), Qt::ElideRight, c.worstWidth - 8));
    p.setPen(theme.color(Theme::HourLine));
    p.drawLine(0, header.bottom(), header.right(), header.bottom());
}

void SeasonView::paintRow(QPainter &p, const Columns &c, int week) const
{
    const Theme &theme = m_painter.options().theme;
    const Plan &plan = m_document->plan();
    const int top = rowTop(week);
    const int h = rowHeight();
    const QRect row(0, top, viewport()->width(), h);
    const bool selected = week >= firstSelectedWeek() && week < firstSelectedWeek() + selectedWeekCount();
    p.fillRect(row,
               selected
                   ? Theme::mix(theme.color(Theme::Background), theme.color(Theme::Selection), 0.25)
                   : (week % 2 ? theme.color(Theme::AlternateBackground) : theme.color(Theme::Background)));
    const QFontMetrics fm = fontMetrics();

    // Label: the week and, below it, its phase.
    p.setPen(theme.color(Theme::Text));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(c.label + 6, top + 3, c.labelWidth - 8, h / 2), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Week %1").arg(week + 1));
    p.setFont(font());
    if (const WeekPhase *phase = plan.phaseOf(week)) {
        p.setPen(theme.color(Theme::MutedText));
        const QRect line(c.label + 6, top + h / 2, c.labelWidth - 8, h / 2 - 3);
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(phaseLabel(*phase), Qt::ElideRight, line.width()));
    }

    // Day cells.
    for (int col = 0; col < kDaysPerWeek; ++col) {
        const Day day = Day((col + int(m_weekStart)) % kDaysPerWeek);
        const QRect cell(c.days + col * c.dayWidth, top, c.dayWidth, h);
        const int d = week * kDaysPerWeek + int(day);
        if (d < m_document->analysis().days.size() && m_document->analysis().days[d].restDay)
            p.fillRect(cell.adjusted(1, 1, -1, -1),
                       Theme::mix(row.isValid() ? theme.color(Theme::Background) : QColor(),
                                  theme.color(Theme::Positive), 0.08));
        p.setPen(theme.color(Theme::GridLine));
        p.drawLine(cell.topLeft(), cell.bottomLeft());
        const QList<QRect> rects = markRects(week, day, cell);
        for (int k = 0; k < rects.size(); ++k) {
            const Session &s = plan.sessions[m_daySessions[d][k]];
            p.fillRect(rects[k], m_painter.sessionColor(s));
            const auto worst = m_worst.constFind(s.id);
            if (worst != m_worst.constEnd()) {
                p.setPen(QPen(m_painter.severityColor(*worst), 2));
                p.drawRect(QRectF(rects[k]).adjusted(-0.5, -0.5, 0.5, 0.5));
            }
        }
        if (m_dropCell && m_dropCell->week == week && m_dropCell->day == day) {
            p.setPen(QPen(theme.color(m_dropAccepted ? Theme::Positive : Theme::Critical), 2, Qt::DashLine));
            p.drawRect(cell.adjusted(1, 1, -2, -2));
        }
        if (week == m_currentWeek && day == m_currentDay && hasFocus()) {
            p.setPen(QPen(theme.color(Theme::Selection).darker(130), 2));
            p.drawRect(cell.adjusted(1, 1, -2, -2));
        }
    }

    // Totals.
    p.setPen(theme.color(Theme::HourLine));
    p.drawLine(c.totals, top, c.totals, top + h);
    p.setPen(theme.color(Theme::Text));
    const QStringList values = rowTexts(week);
    int x = c.totals;
    for (int i = 0; i < values.size() && i < c.totalWidths.size(); ++i) {
        p.drawText(QRect(x, top, c.totalWidths[i] - 6, h), Qt::AlignRight | Qt::AlignVCenter, values[i]);
        x += c.totalWidths[i];
    }

    // The worst finding of the week.
    const int f = week < m_worstFinding.size() ? m_worstFinding[week] : -1;
    if (f >= 0 && c.worstWidth > 16) {
        const Finding &finding = m_document->analysis().findings[f];
        const int dot = fm.height() / 2 + 2;
        const QRect mark(c.worst + 8, top + (h - dot) / 2, dot, dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(m_painter.severityColor(finding.severity));
        p.drawEllipse(mark);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setBrush(Qt::NoBrush);
        p.setPen(theme.color(Theme::Text));
        const QRect text(mark.right() + 6, top, c.worstWidth - dot - 20, h);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(ruleTitle(finding.rule), Qt::ElideRight, text.width()));
    }
    p.setPen(theme.color(Theme::GridLine));
    p.drawLine(row.bottomLeft(), row.bottomRight());
}

void SeasonView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const Theme &theme = m_painter.options().theme;
    p.fillRect(event->rect(), theme.color(Theme::Background));
    const Columns c = columns();
    const int weeks = m_document->plan().weeks;
    const int first
        = std::max(0, (event->rect().top() - headerHeight() + verticalScrollBar()->value()) / rowHeight());
    for (int w = first; w < weeks; ++w) {
        if (rowTop(w) > event->rect().bottom())
            break;
        if (rowTop(w) + rowHeight() < headerHeight())
            continue;
        paintRow(p, c, w);
    }
    paintHeader(p, c);
}

// Mouse and keys --------------------------------------------------------------------------

void SeasonView::setCurrent(int week, Day day, bool extendSelection)
{
    const int weeks = m_document->plan().weeks;
    week = std::clamp(week, 0, weeks - 1);
    m_currentWeek = week;
    m_currentDay = day;
    if (!extendSelection)
        m_anchorWeek = week;
    scrollToWeek(week);
    updateActions();
    viewport()->update();
    announceCurrent();
    emit selectionChanged();
}

void SeasonView::selectWeeks(int first, int count)
{
    const int weeks = m_document->plan().weeks;
    first = std::clamp(first, 0, weeks - 1);
    const int last = std::clamp(first + count - 1, first, weeks - 1);
    m_anchorWeek = first;
    m_currentWeek = last;
    scrollToWeek(last);
    updateActions();
    viewport()->update();
    announceCurrent();
    emit selectionChanged();
}

void SeasonView::announceCurrent()
{
    setAccessibleDescription(cellText(m_currentWeek, m_currentDay));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void SeasonView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    announceCurrent();
    viewport()->update();
}

void SeasonView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_pressedMark = markAt(pos);
    m_pressedCell = cellAt(pos);
    const bool extend = event->modifiers().testFlag(Qt::ShiftModifier);
    if (m_pressedCell) {
        setCurrent(m_pressedCell->week, m_pressedCell->day, extend);
    } else if (const std::optional<int> week = weekAt(pos)) {
        setCurrent(*week, m_currentDay, extend);
    }
}

void SeasonView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_pressedMark.isEmpty())
        return;
    if ((event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    const Session *s = m_document->plan().find(m_pressedMark);
    m_pressedMark.clear();
    m_pressedCell.reset();
    if (!s)
        return;
    DragPayload payload;
    payload.origin = DragOrigin::Sessions;
    payload.sessions = { *s };
    m_dragStarter(createDragMimeData(payload), viewport());
}

void SeasonView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const std::optional<Cell> cell = cellAt(event->position().toPoint());
    if (m_pressedCell && cell && cell->week == m_pressedCell->week && cell->day == m_pressedCell->day
        && !event->modifiers().testFlag(Qt::ShiftModifier))
        emit dayActivated(cell->week, cell->day, m_pressedMark);
    m_pressedMark.clear();
    m_pressedCell.reset();
}

void SeasonView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const int weeks = m_document->plan().weeks;
    const int column = columnOf(m_currentDay);
    auto dayAt = [this](int col) { return Day((col + int(m_weekStart)) % kDaysPerWeek); };
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrent(m_currentWeek - 1, m_currentDay, shift);
        return;
    case Qt::Key_Down:
        setCurrent(m_currentWeek + 1, m_currentDay, shift);
        return;
    case Qt::Key_Left:
        if (column > 0)
            setCurrent(m_currentWeek, dayAt(column - 1), shift);
        else if (m_currentWeek > 0)
            setCurrent(m_currentWeek - 1, dayAt(kDaysPerWeek - 1), shift);
        return;
    case Qt::Key_Right:
        if (column < kDaysPerWeek - 1)
            setCurrent(m_currentWeek, dayAt(column + 1), shift);
        else if (m_currentWeek < weeks - 1)
            setCurrent(m_currentWeek + 1, dayAt(0), shift);
        return;
    case Qt::Key_Home:
        setCurrent(0, m_currentDay, shift);
        return;
    case Qt::Key_End:
        setCurrent(weeks - 1, m_currentDay, shift);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        const int page = std::max(1, (viewport()->height() - headerHeight()) / rowHeight() - 1);
        setCurrent(m_currentWeek + (event->key() == Qt::Key_PageUp ? -page : page), m_currentDay, shift);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit dayActivated(m_currentWeek, m_currentDay, QString());
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void SeasonView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPoint pos = event->pos(); // the viewport's: QAbstractScrollArea hands its events on
    if (event->reason() == QContextMenuEvent::Mouse) {
        if (const std::optional<int> week = weekAt(pos)) {
            const bool inSelection
                = *week >= firstSelectedWeek() && *week < firstSelectedWeek() + selectedWeekCount();
            if (!inSelection) {
                const std::optional<Cell> cell = cellAt(pos);
                setCurrent(*week, cell ? cell->day : m_currentDay);
            }
        }
    }
    QMenu menu(this);
    addWeekActions(&menu);
    const QPoint at = event->reason() == QContextMenuEvent::Mouse
        ? event->globalPos()
        : viewport()->mapToGlobal(dayCellRect(m_currentWeek, m_currentDay).center());
    menu.exec(at);
}

bool SeasonView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint pos = help->pos();
        QString text;
        if (const QString id = markAt(pos); !id.isEmpty()) {
            const Session *s = m_document->plan().find(id);
            const ClockFormat clock = m_painter.options().clock24 ? ClockFormat::H24 : ClockFormat::H12;
            text = tr("%1 at %2, %3")
                       .arg(s->displayTitle(), formatTime(s->startMinute, clock),
                            formatDuration(s->durationMin));
            for (const Finding &f : m_document->analysis().findings) {
                if (!f.hiddenByDefault && f.sessions.contains(id)) {
                    text += u"\n"_s + f.message;
                    break;
                }
            }
        } else if (const std::optional<Cell> cell = cellAt(pos)) {
            text = cellText(cell->week, cell->day);
        } else if (const std::optional<int> week = weekAt(pos)) {
            text = totalsText(*week);
        } else if (pos.y() < headerHeight() && pos.x() >= columns().totals) {
            const Columns c = columns();
            int x = c.totals;
            const QStringList names = totalsDescriptions();
            for (int i = 0; i < kTotals; ++i) {
                if (pos.x() < x + c.totalWidths[i]) {
                    text = names[i];
                    break;
                }
                x += c.totalWidths[i];
            }
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// Drops ---------------------------------------------------------------------------------

PlanEdit SeasonView::dropEdit(const QMimeData *data, const QPoint &pos, Qt::KeyboardModifiers modifiers) const
{
    const std::optional<Cell> cell = cellAt(pos);
    const std::optional<DragPayload> payload = decodeDragMimeData(data);
    if (!cell || !payload || payload->sessions.isEmpty())
        return {};
    const Plan &plan = m_document->plan();
    const Session &first = payload->sessions.first();
    const int targetDay = cell->week * kDaysPerWeek + int(cell->day);
    PlanEdit edit;
    // A mark of this plan moves by whole days, keeping its time (Ctrl: a copy); anything else
    // (a template from the palette) lands on the day at its own time.
    const Session *own = payload->origin == DragOrigin::Sessions ? plan.find(first.id) : nullptr;
    if (own && *own == first) {
        const int delta = (targetDay - (own->week * kDaysPerWeek + int(own->day))) * kMinutesPerDay;
        const bool copy = modifiers.testFlag(Qt::ControlModifier);
        if (delta == 0 && !copy)
            return {};
        edit = copy ? SessionEdits::copy(plan, { own->id }, delta, m_document->clockFormat())
                    : SessionEdits::move(plan, { own->id }, delta, m_document->clockFormat());
    } else {
        edit = SessionEdits::place(plan, payload->sessions, targetDay * kMinutesPerDay + first.startMinute,
                                   m_document->clockFormat());
    }
    return m_document->canApply(edit) ? edit : PlanEdit {};
}

void SeasonView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!decodeDragMimeData(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void SeasonView::dragMoveEvent(QDragMoveEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const PlanEdit edit = dropEdit(event->mimeData(), pos, event->modifiers());
    m_dropCell = cellAt(pos);
    m_dropAccepted = !edit.isEmpty();
    // Near the top or bottom edge the rows scroll under the drag.
    if (pos.y() < headerHeight() + rowHeight() / 2)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - rowHeight() / 2);
    else if (pos.y() > viewport()->height() - rowHeight() / 2)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rowHeight() / 2);
    viewport()->update();
    if (edit.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(event->modifiers().testFlag(Qt::ControlModifier) ? Qt::CopyAction : Qt::MoveAction);
    event->accept();
}

void SeasonView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropCell.reset();
    viewport()->update();
}

void SeasonView::dropEvent(QDropEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const PlanEdit edit = dropEdit(event->mimeData(), pos, event->modifiers());
    m_dropCell.reset();
    viewport()->update();
    if (edit.isEmpty() || !m_document->apply(edit)) {
        event->ignore();
        return;
    }
    // A move was done here: the source must not delete anything.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (const std::optional<Cell> cell = cellAt(pos))
        setCurrent(cell->week, cell->day);
}

} // namespace ordo
