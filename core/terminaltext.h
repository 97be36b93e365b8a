// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

// Text from a plan file or a file name on its way to a terminal (docs/cli.md, "Errors"): a
// title may hold an escape sequence that clears the screen or a newline that fakes another
// error line. Control characters, line and paragraph separators and bidirectional overrides
// are shown as visible escapes (\e, \n, \x7f, \u202e); bytes of a file name that are not
// UTF-8 (nativepath.h) as \xff. Lines are cut so none reaches 600 characters.
namespace ordo {

constexpr qsizetype kMaxTerminalLine = 599;

QString visibleText(QStringView text);
// At most `maxChars` characters, ending in "…" when cut; never splits a surrogate pair.
QString cutText(const QString &text, qsizetype maxChars);

} // namespace ordo
