// SPDX-License-Identifier: GPL-3.0-or-later

#include "writtennotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace ordo {

WrittenNotice::WrittenNotice(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_openFolder(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder->setText(tr("Open Folder"));
    m_openFolder->setAutoRaise(true);
    connect(m_openFolder, &QToolButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath())); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_openFolder);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kNoticeMs);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
}

void WrittenNotice::confirm(const QString &path, const QString &confirmation, int maxWidth)
{
    m_path = path;
    // A long path is shortened in the middle: the folder's start and the file name stay.
    m_text->setText(m_text->fontMetrics().elidedText(confirmation, Qt::ElideMiddle, maxWidth));
    m_text->setToolTip(confirmation);
    setAccessibleName(confirmation);
    m_openFolder->setToolTip(
        tr("Show %1 in the file manager").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    show();
    m_timer->start();
}

} // namespace ordo
