// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;
class QTreeView;

// The main window: week view in the centre, palette, inspector, findings and charts docks,
// status bar totals, menus and toolbar. Coordinates selection between the docks; the File
// menu's commands and prompts are its FileCommands, the View menu's and the week navigator
// its ViewCommands, the Plan menu's CompareCommands and ArrangeCommands, crash copies its
// Autosave. The docks are built in mainwindowdocks.cpp. All plan changes go through its
// Document.
namespace ordo {

class BusyImportCommand;
class Autosave;
class ChartsPanel;
class Document;
class FileCommands;
class FindingsDock;
class Inspector;
class PaletteModel;
class SeasonView;
class ShortcutsDialog;
class TemplateCommands;
class ViewCommands;
class WeekView;
class WrittenNotice;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    WeekView *weekView() const { return m_weekView; }
    // The season overview, shown instead of the week (View ▸ Season Overview).
    SeasonView *seasonView() const { return m_seasonView; }
    // Shows the week view at `day` of `week`, with the session selected if one is given.
    void openDay(int week, ordo::Day day, const QString &sessionId);
    // The docks' contents are built after the window's first paint; asking for one of
    // them builds them all at once.
    FindingsDock *findingsDock();
    Inspector *inspector();
    PaletteModel *paletteModel() const { return m_paletteModel; }
    TemplateCommands *templateCommands() const { return m_templates; }
    ChartsPanel *charts();
    bool dockContentsBuilt() const { return m_dockContentsBuilt; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *weekLabel() const;
    // The status bar's confirmation of the last saved or exported file, with Open Folder.
    QWidget *writtenNotice() const;
    QLabel *writtenNoticeText() const;
    QToolButton *openFolderButton() const;
    Autosave *autosave() const { return m_autosave; }
    FileCommands *fileCommands() const { return m_files; }
    BusyImportCommand *busyImport() const { return m_busyImport; }
    // Help ▸ Keyboard Shortcuts, once opened.
    ShortcutsDialog *shortcutsDialog() const { return m_shortcuts; }

    static QString totalsText(const Summary &summary, int weeks);
    void applySettings();

signals:
    // Once, right after the window's first paint (the docks and theme icons follow it).
    void firstPainted();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void placeOnScreen();
    QRect savedGeometry() const;
    int bottomDockHeight() const;
    void createDocks();
    void restoreDockLayout(const QByteArray &saved);
    void ensureDockContents();
    void applySettingsToDocks();
    void setDockContent(const QString &dockName, QWidget *content);
    void createActions();
    void updateTitle();
    void updateTotals();
    void showShortcuts();
    void showPreferences();
    void saveUserTemplates();

    Document *m_document;
    WeekView *m_weekView;
    SeasonView *m_seasonView;
    QStackedWidget *m_views;
    Autosave *m_autosave;
    FileCommands *m_files;
    BusyImportCommand *m_busyImport;
    ViewCommands *m_viewCommands;
    PaletteModel *m_paletteModel = nullptr;
    TemplateCommands *m_templates = nullptr;
    QTreeView *m_paletteView = nullptr;
    Inspector *m_inspector = nullptr;
    FindingsDock *m_findings = nullptr;
    ChartsPanel *m_charts = nullptr;
    QLabel *m_totals = nullptr;
    QMenu *m_viewMenu = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
    WrittenNotice *m_notice = nullptr;
    bool m_layoutApplied = false;
    bool m_dockContentsBuilt = false;
};

} // namespace ordo
