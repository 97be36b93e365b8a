// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFontMetrics;
class QLabel;
class QPushButton;
class QTreeView;

// The content of the Findings dock: the findings table with a severity filter, a badge
// toggle, and the "Fix" and "Why?" buttons. Fix applies the finding's auto-fix through the
// document as one undo step; a click asks the main window to select the finding's sessions.
namespace ordo {

class Document;
class FindingsModel;

class FindingsDock : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsDock(Document *document, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *whyButton() const { return m_why; }
    // "This week" / "All weeks" (shown for plans of several weeks).
    QComboBox *weekScopeCombo() const { return m_scope; }
    // The text shown in place of the list when it has no rows.
    QLabel *emptyLabel() const { return m_empty; }
    // The week the week view shows: "This week" lists its findings only.
    void setWeek(int week);
    const Finding *currentFinding() const;
    // Applies the current finding's auto-fix; false if there is none or it no longer applies.
    bool fixCurrent();
    // The text "Why?" shows: rule, grade, source and evidence.
    QString explanation(const Finding &finding) const;
    // The height that shows `rows` findings below the filter bar and the header, for the main
    // window's default layout (the content is built after the layout is first shown).
    static int heightForRows(int rows, const QFontMetrics &metrics);

signals:
    void findingActivated(const ordo::Finding &finding);

private:
    void refresh();
    void updateButtons();
    void updateScope();
    void updateCount();
    void updateEmptyState();

    Document *m_document;
    FindingsModel *m_model;
    QTreeView *m_view;
    QComboBox *m_filter;
    QComboBox *m_scope;
    QLabel *m_empty;
    int m_week = 0;
    QCheckBox *m_showBadges;
    QPushButton *m_fix;
    QPushButton *m_why;
    QLabel *m_count;
};

} // namespace ordo
