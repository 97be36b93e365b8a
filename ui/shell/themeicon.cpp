// SPDX-License-Identifier: GPL-3.0-or-later

#include "themeicon.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace ordo {

QIcon themeIcon(const QString &name)
{
    const QString fallback = u":/icons/"_s + name + u".svg"_s;
    return QIcon::fromTheme(name, QFile::exists(fallback) ? QIcon(fallback) : QIcon());
}

} // namespace ordo
