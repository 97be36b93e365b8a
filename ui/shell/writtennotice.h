// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

// The status bar's confirmation of the last saved or exported file ("Saved to …"), with Open
// Folder to show the file's folder in the file manager; it hides itself after kNoticeMs.
namespace ordo {

class WrittenNotice : public QWidget
{
    Q_OBJECT

public:
    // How long the status bar confirms a written file.
    static constexpr int kNoticeMs = 15000;

    explicit WrittenNotice(QWidget *parent = nullptr);

    // Shows `confirmation` for the file at `path`, shortened to `maxWidth` pixels.
    void confirm(const QString &path, const QString &confirmation, int maxWidth);
    QLabel *text() const { return m_text; }
    QToolButton *openFolderButton() const { return m_openFolder; }

private:
    QLabel *m_text;
    QToolButton *m_openFolder;
    QTimer *m_timer;
    QString m_path;
};

} // namespace ordo
