// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QToolButton;
class QTreeView;

// The main window: week view in the centre, palette, inspector, findings and charts docks,
// status bar totals, menus and toolbar. Coordinates selection between the docks and runs
// the file commands (New, Open, Save, Revert, unsaved-changes prompt, autosave). All plan
// changes go through its Document.
namespace ordo {

class Autosave;
class ChartsPanel;
class Document;
class FindingsDock;
class Inspector;
class PaletteModel;
class WeekView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Seams so tests can answer dialogs without a user.
    using SavePrompt = std::function<QMessageBox::StandardButton(const QString &planName)>;
    using ErrorReporter = std::function<void(const QString &title, const QString &text)>;
    using FileChooser = std::function<QString(const QString &suggestedPath)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    WeekView *weekView() const { return m_weekView; }
    // The docks' contents are built after the window's first paint; asking for one of
    // them builds them all at once.
    FindingsDock *findingsDock();
    Inspector *inspector();
    PaletteModel *paletteModel() const { return m_paletteModel; }
    ChartsPanel *charts();
    QTreeView *paletteView();
    bool dockContentsBuilt() const { return m_dockContentsBuilt; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *weekLabel() const { return m_weekLabel; }
    Autosave *autosave() const { return m_autosave; }

    void setSavePrompt(SavePrompt prompt) { m_savePrompt = std::move(prompt); }
    void setErrorReporter(ErrorReporter reporter) { m_errorReporter = std::move(reporter); }
    void setSaveFileChooser(FileChooser chooser) { m_saveFileChooser = std::move(chooser); }

    // File commands; each returns false when cancelled or failed (failures are reported).
    bool openSource(const QString &source);
    bool newPlan(const QString &builtinName); // empty name: an empty plan
    bool save();
    bool saveAs(const QString &path = {});
    bool revert();
    // Asks Save / Discard / Cancel when there are unsaved changes; true means go ahead.
    bool maybeSave();
    // Offers the copies left by a crashed run; returns true if one was restored.
    bool offerRecovery(const QString &autosaveDirectory);

    static QString totalsText(const Summary &summary, int weeks);
    void applySettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool load(const QString &source); // no unsaved-changes prompt
    void createDocks();
    void ensureDockContents();
    void applySettingsToDocks();
    void setDockContent(const QString &dockName, QWidget *content);
    void createActions();
    void updateTitle();
    void updateWeekLabel();
    void updateRecentMenu();
    void updateTotals();
    void reportError(const QString &title, const QString &text);
    void showAbout();
    void showPreferences();
    void saveUserTemplates();

    Document *m_document;
    WeekView *m_weekView;
    Autosave *m_autosave;
    PaletteModel *m_paletteModel = nullptr;
    QTreeView *m_paletteView = nullptr;
    Inspector *m_inspector = nullptr;
    FindingsDock *m_findings = nullptr;
    ChartsPanel *m_charts = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_weekLabel = nullptr;
    QAction *m_previousWeek = nullptr;
    QAction *m_nextWeek = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    bool m_layoutApplied = false;
    bool m_dockContentsBuilt = false;
    SavePrompt m_savePrompt;
    ErrorReporter m_errorReporter;
    FileChooser m_saveFileChooser;
};

} // namespace ordo
