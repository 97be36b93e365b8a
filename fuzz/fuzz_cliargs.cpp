// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for the command line: the input, split at line breaks into at most 16
// words (each decoded from bytes as main() decodes argv, nativepath.h), is parsed by the
// app's and every sub-command's CommandParser. A parse either succeeds with no more
// positional arguments than the command takes, or fails with a usage message; never a
// crash, never a silent failure. Built with -DORDO_FUZZ=ON (clang); replayed over
// fuzz/corpus-cli by the fuzz_cliargs_replay ctest in every build through replaymain.cpp.
#include "clispec.h"
#include "commandparser.h"
#include "nativepath.h"

#include <QByteArray>
#include <QStringList>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_cliargs: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

void parseWith(const ordo::cli::CommandSpec &command, const QStringList &words)
{
    ordo::cli::CommandParser parser(command);
    const bool ok = parser.parse(words);
    if (!ok && parser.error().isEmpty())
        fail("a refused command line has no usage message", words.join(u' '));
    if (ok && !parser.helpRequested() && parser.arguments().size() > command.arguments.size())
        fail("more positional arguments accepted than the command takes", words.join(u' '));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto previousHandler = qInstallMessageHandler(quietMessages);
    Q_UNUSED(previousHandler);

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList words;
    for (const QByteArray &word : bytes.split('\n').mid(0, 16)) {
        if (!word.contains('\0')) // argv cannot hold a NUL
            words.append(ordo::pathFromNative(word));
    }
    parseWith(ordo::cli::desktopCommand(), words);
    for (const ordo::cli::CommandSpec &command : ordo::cli::subCommands())
        parseWith(command, words);
    if (!words.isEmpty()) { // as main() does: the first word picks the sub-command
        if (const ordo::cli::CommandSpec *command = ordo::cli::findSubCommand(words.first()))
            parseWith(*command, words.mid(1));
    }
    return 0;
}
