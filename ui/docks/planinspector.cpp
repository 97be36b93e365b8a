// SPDX-License-Identifier: GPL-3.0-or-later

#include "planinspector.h"

#include "availabilityeditor.h"
#include "document/document.h"
#include "edits/planedits.h"
#include "enumcombo.h"
#include "enums.h"
#include "planlimits.h"
#include "ruletitles.h"
#include "settingstable.h"
#include "shell/dialogbuttons.h"

#include <QAbstractTableModel>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

constexpr double kPoundsPerKg = 2.2046226218;

// A threshold as the table shows it: the value with its unit.
QString valueText(const SettingDefinition &d, double value, const QLocale &locale)
{
    const QString unit = settingUnit(d);
    return locale.toString(value, 'g', 6) + (unit.isEmpty() ? QString() : u" "_s + unit);
}

// Edits one threshold with a spin box bounded by the setting's range, and shows the value
// with its unit. The value goes to the document through onCommit, never into the table.
class ThresholdDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    std::function<void(int row, double value)> onCommit;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        const SettingDefinition &d = settingDefinitions().at(index.row());
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(d.minimum, d.maximum);
        spin->setDecimals(d.maximum - d.minimum <= 5 ? 2 : 1);
        const QString unit = settingUnit(d);
        spin->setSuffix(unit.isEmpty() ? QString() : u" "_s + unit);
        spin->setFrame(false);
        spin->setAccessibleName(d.name);
        return spin;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QDoubleSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toDouble());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        auto *spin = static_cast<QDoubleSpinBox *>(editor);
        spin->interpretText();
        if (onCommit && !qFuzzyCompare(spin->value() + 1, index.data(Qt::EditRole).toDouble() + 1))
            onCommit(index.row(), spin->value());
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const SettingDefinition &d = settingDefinitions().at(index.row());
        option->text = valueText(d, index.data(Qt::EditRole).toDouble(), option->locale);
    }
};

// The thresholds table's rows: one per named setting, computed when the view asks, so the
// table costs nothing for rows that are not on screen. Column 1 is the plan's value (bold
// when it overrides the default), column 2 the default.
class ThresholdModel : public QAbstractTableModel
{
public:
    ThresholdModel(const QColor &defaultColor, QObject *parent)
        : QAbstractTableModel(parent)
        , m_defs(settingDefinitions())
        , m_defaultColor(defaultColor)
    { }

    void setThresholds(const QMap<QString, double> &thresholds)
    {
        if (thresholds == m_thresholds)
            return;
        m_thresholds = thresholds;
        if (!m_defs.isEmpty())
            emit dataChanged(index(0, 1), index(int(m_defs.size()) - 1, 1));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_defs.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return PlanInspector::tr("Setting");
        case 1:
            return PlanInspector::tr("Value");
        case 2:
            return PlanInspector::tr("Default");
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (index.column() == 1)
            f |= Qt::ItemIsEditable;
        return f;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_defs.size())
            return {};
        const SettingDefinition &d = m_defs[index.row()];
        switch (index.column()) {
        case 0:
            // What the setting means in words, wrapped to the dock's width (a dotted key
            // was cut off in a narrow dock and told a newcomer nothing).
            if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
                return settingLabel(d);
            // The tooltip starts with the whole label: a narrow dock elides the longer ones.
            if (role == Qt::ToolTipRole)
                return settingLabel(d) + u"\n"_s + PlanInspector::tr("Source: %1").arg(settingSourceText(d))
                    + u"\n"_s + PlanInspector::tr("Setting: %1").arg(d.name);
            return {};
        case 1:
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return m_thresholds.value(d.name, d.defaultValue);
            if (role == Qt::AccessibleTextRole)
                return settingLabel(d);
            if (role == Qt::FontRole && m_thresholds.contains(d.name)) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case 2:
            if (role == Qt::DisplayRole)
                return QString::number(d.defaultValue);
            if (role == Qt::ForegroundRole)
                return m_defaultColor;
            return {};
        default:
            return {};
        }
    }

private:
    const QList<SettingDefinition> &m_defs;
    QColor m_defaultColor;
    QMap<QString, double> m_thresholds;
};

} // namespace

PlanInspector::PlanInspector(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_weeks(new QSpinBox(this))
    , m_repeat(new QCheckBox(tr("Repeat the plan"), this))
    , m_dated(new QCheckBox(tr("The plan has a start date"), this))
    , m_startDate(new QDateEdit(this))
    , m_startNote(new QLabel(this))
    , m_goal(enumCombo(
          this, { Goal::FatLoss, Goal::MuscleGrowth, Goal::Strength, Goal::Endurance, Goal::GeneralFitness }))
    , m_experience(enumCombo(this, { Experience::Beginner, Experience::Intermediate, Experience::Advanced }))
    , m_mass(new QDoubleSpinBox(this))
    , m_age(new QSpinBox(this))
    , m_sex(enumCombo(this, { Sex::Female, Sex::Male, Sex::Unspecified }))
    , m_cycle(new QCheckBox(tr("Track a menstrual cycle"), this))
    , m_cycleWeek(new QSpinBox(this))
    , m_cycleDay(enumCombo(this, { Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun }))
    , m_cycleLength(new QSpinBox(this))
    , m_rules(new QListWidget(this))
    , m_thresholds(new QTableView(this))
{
    m_name->setMaxLength(PlanLimits::kMaxNameLength);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    m_weeks->setRange(PlanLimits::kMinWeeks, PlanLimits::kMaxWeeks);
    // Typed digits take effect on Enter or when the field is left: typing "12" must not
    // pass through 1 week, which would delete the sessions of weeks 2 and later.
    m_weeks->setKeyboardTracking(false);
    m_age->setRange(PlanLimits::kMinAge, PlanLimits::kMaxAge);
    m_age->setSuffix(tr(" years"));
    m_cycleWeek->setPrefix(tr("week "));
    m_cycleLength->setRange(PlanLimits::kMinCycleLengthDays, PlanLimits::kMaxCycleLengthDays);
    m_cycleLength->setSuffix(tr(" days"));

    auto *planBox = new QGroupBox(tr("Plan"), this);
    auto *planForm = new QFormLayout(planBox);
    planForm->addRow(tr("&Name:"), m_name);
    planForm->addRow(tr("N&otes:"), m_notes);
    planForm->addRow(tr("&Weeks:"), m_weeks);
    planForm->addRow(QString(), m_repeat);
    // The start date (docs/plan-format.md, "anchorDate"): weeks run Monday to Sunday, so the
    // calendar starts its rows on Monday and any other day moves to its week's Monday.
    m_startDate->setCalendarPopup(true);
    m_startDate->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
    m_startDate->setDisplayFormat(locale().dateFormat(QLocale::ShortFormat));
    m_startDate->setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 27));
    m_startDate->setAccessibleName(tr("Start date"));
    m_dated->setToolTip(tr("With a start date, weeks show their dates and Today opens the current week"));
    m_startNote->setWordWrap(true);
    m_startNote->setForegroundRole(QPalette::PlaceholderText);
    m_startNote->hide();
    planForm->addRow(QString(), m_dated);
    planForm->addRow(tr("Week &1 starts:"), m_startDate);
    planForm->addRow(QString(), m_startNote);

    auto *profileBox = new QGroupBox(tr("Profile"), this);
    auto *profileForm = new QFormLayout(profileBox);
    profileForm->addRow(tr("&Goal:"), m_goal);
    profileForm->addRow(tr("E&xperience:"), m_experience);
    profileForm->addRow(tr("&Body mass:"), m_mass);
    profileForm->addRow(tr("&Age:"), m_age);
    profileForm->addRow(tr("&Sex:"), m_sex);
    profileForm->addRow(QString(), m_cycle);
    // Start and length on rows of their own: one row of three fields made the dock wider than
    // a 1366 px screen can spare.
    auto *cycleRow = new QHBoxLayout;
    cycleRow->addWidget(m_cycleWeek);
    cycleRow->addWidget(m_cycleDay);
    profileForm->addRow(tr("Cycle starts:"), cycleRow);
    profileForm->addRow(tr("Cycle length:"), m_cycleLength);

    auto *analysisBox = new QGroupBox(tr("Analysis"), this);
    auto *analysisLayout = new QVBoxLayout(analysisBox);
    m_rules->setAccessibleName(tr("Rules"));
    m_rules->setToolTip(tr("Unchecked rules are not reported for this plan"));
    m_rules->setMinimumHeight(120);
    for (const RuleInfo &r : ruleCatalog()) {
        // Engine rules (integrity checks) have no evidence grade.
        const bool graded = !r.grade.isEmpty() && r.grade != u"-"_s;
        const QString title = ruleTitle(r.id).isEmpty() ? r.id : ruleTitle(r.id);
        auto *item
            = new QListWidgetItem(graded ? tr("%1 (evidence grade %2)").arg(title, r.grade) : title, m_rules);
        if (!r.implemented)
            item->setText(item->text() + tr(" (needs data the file format lacks)"));
        item->setData(Qt::UserRole, r.id);
        item->setFlags(r.implemented ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                     : Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    analysisLayout->addWidget(m_rules);
    m_thresholds->setAccessibleName(tr("Thresholds"));
    m_thresholds->setMinimumHeight(160);
    analysisLayout->addWidget(m_thresholds);
    buildThresholds();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(planBox);
    layout->addWidget(new AvailabilityEditor(m_document, this));
    layout->addWidget(profileBox);
    layout->addWidget(analysisBox, 1);

    auto header = [this] { return PlanHeader::of(m_document->plan()); };
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { commit(PlanEdits::rename(m_document->plan(), text), u"name"_s); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this, header] {
        PlanHeader h = header();
        h.notes = m_notes->toPlainText();
        commit(h, tr("plan notes"), u"notes"_s);
    });
    connect(m_weeks, &QSpinBox::valueChanged, this, &PlanInspector::commitWeeks);
    connect(m_dated, &QCheckBox::toggled, this, &PlanInspector::commitStartDate);
    // A typed date counts when Enter is pressed or the field is left (each part typed is a
    // valid date of its own: committing those would snap the date under the user's fingers);
    // a date picked in the calendar counts when the calendar closes (its arrow keys change the
    // field's date at each step).
    connect(m_startDate, &QDateEdit::editingFinished, this, &PlanInspector::commitStartDate);
    m_startDate->calendarWidget()->window()->installEventFilter(this);
    connect(m_repeat, &QCheckBox::toggled, this, [this, header](bool on) {
        PlanHeader h = header();
        h.repeat = on;
        commit(h, tr("repeat"), u"repeat"_s);
    });
    auto enumField = [this, header](QComboBox *combo, const QString &field, const QString &key, auto setter) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, header, combo, field, key, setter] {
            PlanHeader h = header();
            setter(h.profile, combo->currentData().toInt());
            commit(h, field, key);
        });
    };
    enumField(m_goal, tr("goal"), u"goal"_s, [](Profile &p, int v) { p.goal = Goal(v); });
    enumField(m_experience, tr("experience"), u"experience"_s,
              [](Profile &p, int v) { p.experience = Experience(v); });
    enumField(m_sex, tr("sex"), u"sex"_s, [](Profile &p, int v) { p.sex = Sex(v); });
    connect(m_mass, &QDoubleSpinBox::valueChanged, this, [this, header](double value) {
        PlanHeader h = header();
        h.profile.bodyMassKg = std::round((m_pounds ? value / kPoundsPerKg : value) * 10) / 10;
        commit(h, tr("body mass"), u"mass"_s);
    });
    connect(m_age, &QSpinBox::valueChanged, this, [this, header](int age) {
        PlanHeader h = header();
        h.profile.age = age;
        commit(h, tr("age"), u"age"_s);
    });
    auto cycleChanged = [this, header] {
        PlanHeader h = header();
        if (!m_cycle->isChecked()) {
            h.profile.cycle.reset();
        } else {
            CycleSettings c = h.profile.cycle.value_or(CycleSettings {});
            c.firstWeek = std::min(m_cycleWeek->value() - 1, h.weeks - 1);
            c.firstDay = Day(m_cycleDay->currentData().toInt());
            c.lengthDays = m_cycleLength->value();
            h.profile.cycle = c;
        }
        commit(h, tr("cycle"), u"cycle"_s);
    };
    connect(m_cycle, &QCheckBox::toggled, this, cycleChanged);
    connect(m_cycleWeek, &QSpinBox::valueChanged, this, cycleChanged);
    connect(m_cycleDay, &QComboBox::currentIndexChanged, this, cycleChanged);
    connect(m_cycleLength, &QSpinBox::valueChanged, this, cycleChanged);
    connect(m_rules, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        commit(PlanEdits::setRuleEnabled(m_document->plan(), item->data(Qt::UserRole).toString(),
                                         item->checkState() == Qt::Checked),
               QString());
    });
    connect(m_document, &Document::planChanged, this, &PlanInspector::refresh);
    refresh();
}

void PlanInspector::buildThresholds()
{
    // One row per named setting. The value cell is plain text; a spin box exists only while
    // a value is being edited (ThresholdDelegate), and the model computes only the rows on
    // screen, which keeps start-up and every refresh cheap with more than a hundred settings.
    m_thresholdModel = new ThresholdModel(palette().color(QPalette::PlaceholderText), m_thresholds);
    m_thresholds->setModel(m_thresholdModel);
    m_thresholds->verticalHeader()->hide();
    m_thresholds->setWordWrap(true);
    // Three lines for each description: rows of one height, so the table lays out no row it
    // does not show (measuring every wrapped row left rows unpainted).
    m_thresholds->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_thresholds->verticalHeader()->setDefaultSectionSize(3 * m_thresholds->fontMetrics().lineSpacing() + 8);
    m_thresholds->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_thresholds->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_thresholds->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                                  | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_thresholds->setSelectionBehavior(QAbstractItemView::SelectItems);
    auto *delegate = new ThresholdDelegate(m_thresholds);
    delegate->onCommit = [this](int row, double value) { commitThreshold(row, value); };
    m_thresholds->setItemDelegateForColumn(1, delegate);
    // The value column fits the longest value with its unit (measured once, not per row).
    QString widest;
    for (const SettingDefinition &d : settingDefinitions()) {
        const QString text = valueText(d, d.maximum, m_thresholds->locale());
        if (text.size() > widest.size())
            widest = text;
    }
    const int margin
        = 2 * (m_thresholds->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_thresholds) + 1);
    m_thresholds->horizontalHeader()->resizeSection(
        1,
        std::max(m_thresholds->fontMetrics().horizontalAdvance(widest) + margin + 8,
                 m_thresholds->horizontalHeader()->sectionSizeHint(1)));
}

PlanInspector::~PlanInspector()
{
    // An open editor commits when it loses focus, which can happen while the window is torn
    // down; by then the document may be gone.
    if (auto *delegate = dynamic_cast<ThresholdDelegate *>(m_thresholds->itemDelegateForColumn(1)))
        delegate->onCommit = nullptr;
}

void PlanInspector::commitThreshold(int row, double value)
{
    const SettingDefinition &d = settingDefinitions().at(row);
    commit(PlanEdits::setThreshold(m_document->plan(), d.name, value), u"threshold:"_s + d.name);
}

void PlanInspector::refreshThresholds()
{
    const Plan &plan = m_document->plan();
    static_cast<ThresholdModel *>(m_thresholdModel)->setThresholds(plan.analysis.thresholds);
    const QSignalBlocker blocker(m_rules);
    for (int i = 0; i < m_rules->count(); ++i) {
        QListWidgetItem *item = m_rules->item(i);
        item->setCheckState(plan.analysis.disabledRules.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Unchecked
                                : Qt::Checked);
    }
}

void PlanInspector::updateMassRange()
{
    m_mass->setDecimals(1);
    m_mass->setSuffix(m_pounds ? tr(" lb") : tr(" kg"));
    if (!m_pounds) {
        m_mass->setRange(PlanLimits::kMinBodyMassKg, PlanLimits::kMaxBodyMassKg);
        return;
    }
    // Rounded inwards to the spin box's 0.1 lb, so either end still converts to a mass the
    // file format accepts.
    m_mass->setRange(std::ceil(PlanLimits::kMinBodyMassKg * kPoundsPerKg * 10) / 10,
                     std::floor(PlanLimits::kMaxBodyMassKg * kPoundsPerKg * 10) / 10);
}

void PlanInspector::setMassInPounds(bool pounds)
{
    m_pounds = pounds;
    refresh();
}

void PlanInspector::commit(const PlanHeader &header, const QString &field, const QString &key)
{
    commit(PlanEdits::changeHeader(m_document->plan(), header, field), key);
}

void PlanInspector::commit(const PlanEdit &edit, const QString &key)
{
    // Steps of one field merge (typing a name), unless a step deletes sessions.
    if (!edit.isEmpty())
        m_document->apply(edit, key.isEmpty() || !edit.removals.isEmpty() ? QString() : u"header:"_s + key);
}

void PlanInspector::commitWeeks(int weeks)
{
    if (m_askingWeeks)
        return;
    const PlanEdit edit = PlanEdits::setWeeks(m_document->plan(), weeks);
    if (!edit.removals.isEmpty()) {
        // Fewer weeks delete the sessions of the weeks dropped: say how many, and ask.
        const QScopedValueRollback asking(m_askingWeeks, true);
        const int count = int(edit.removals.size());
        const QString text = count == 1
            ? tr("Ending the plan after week %1 removes 1 session from the later weeks.").arg(weeks)
            : tr("Ending the plan after week %1 removes %n sessions from the later weeks.", nullptr, count)
                  .arg(weeks);
        QMessageBox box(QMessageBox::Warning, tr("Remove sessions?"), text, QMessageBox::Cancel, this);
        box.setInformativeText(tr("You can undo this with Edit ▸ Undo."));
        QPushButton *remove = box.addButton(tr("&Remove Sessions"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        DialogButtons::addMnemonics(&box);
        box.exec();
        if (box.clickedButton() != remove) {
            const QSignalBlocker blocker(m_weeks);
            m_weeks->setValue(m_document->plan().weeks);
            return;
        }
    }
    commit(edit, u"weeks"_s);
}

bool PlanInspector::eventFilter(QObject *watched, QEvent *event)
{
    // The calendar sets the field's final date while it hides: commit after that.
    if (event->type() == QEvent::Hide && watched == m_startDate->calendarWidget()->window())
        QMetaObject::invokeMethod(this, &PlanInspector::commitStartDate, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void PlanInspector::commitStartDate()
{
    m_startDate->setEnabled(m_dated->isChecked());
    if (!m_dated->isChecked()) {
        m_startNote->hide();
        commit(PlanEdits::setAnchorDate(m_document->plan(), std::nullopt), QString());
        return;
    }
    const QDate chosen = m_startDate->date();
    const QDate monday = chosen.addDays(Qt::Monday - chosen.dayOfWeek());
    if (monday != chosen) {
        m_startNote->setText(tr("Weeks start on Mondays: %1 is in the week of %2.")
                                 .arg(locale().toString(chosen, QLocale::LongFormat),
                                      locale().toString(monday, QLocale::LongFormat)));
        m_startNote->show();
        const QSignalBlocker blocker(m_startDate);
        m_startDate->setDate(monday);
    } else {
        m_startNote->hide();
    }
    commit(PlanEdits::setAnchorDate(m_document->plan(), monday), QString());
}

void PlanInspector::refresh()
{
    const Plan &plan = m_document->plan();
    if (m_name->text() != plan.name) {
        const QSignalBlocker blocker(m_name);
        m_name->setText(plan.name);
    }
    if (m_notes->toPlainText() != plan.notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(plan.notes);
    }
    {
        const QSignalBlocker b1(m_weeks), b2(m_repeat), b3(m_mass), b4(m_age), b5(m_cycle), b6(m_cycleWeek),
            b7(m_cycleLength);
        m_weeks->setValue(plan.weeks);
        m_repeat->setChecked(plan.repeat);
        updateMassRange();
        m_mass->setValue(m_pounds ? plan.profile.bodyMassKg * kPoundsPerKg : plan.profile.bodyMassKg);
        m_age->setValue(plan.profile.age);
        m_cycle->setChecked(plan.profile.cycle.has_value());
        m_cycleWeek->setRange(1, plan.weeks);
        m_cycleWeek->setValue(plan.profile.cycle ? plan.profile.cycle->firstWeek + 1 : 1);
        m_cycleLength->setValue(plan.profile.cycle.value_or(CycleSettings {}).lengthDays);
    }
    {
        // Without a start date the field suggests the Monday of this week.
        const QSignalBlocker b1(m_dated), b2(m_startDate);
        const QDate today = QDate::currentDate();
        const QDate shown = plan.anchorDate.value_or(today.addDays(Qt::Monday - today.dayOfWeek()));
        if (m_dated->isChecked() != plan.anchorDate.has_value() || m_startDate->date() != shown)
            m_startNote->hide();
        m_dated->setChecked(plan.anchorDate.has_value());
        m_startDate->setDate(shown);
        m_startDate->setEnabled(plan.anchorDate.has_value());
    }
    setComboValue(m_goal, int(plan.profile.goal));
    setComboValue(m_experience, int(plan.profile.experience));
    setComboValue(m_sex, int(plan.profile.sex));
    setComboValue(m_cycleDay, int(plan.profile.cycle ? plan.profile.cycle->firstDay : Day::Mon));
    m_cycleWeek->setEnabled(plan.profile.cycle.has_value());
    m_cycleDay->setEnabled(plan.profile.cycle.has_value());
    m_cycleLength->setEnabled(plan.profile.cycle.has_value());
    refreshThresholds();
}

} // namespace ordo
