#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Style gate run by scripts/test.sh (and so by CI): every C++ file is clang-formatted with the
# repository's .clang-format (Debian's clang-format 14), every source file carries the SPDX
# licence line near its top, and comments cite the reference documents by their docs/ path
# (scripts/check-doc-citations.py; its --fix option adds the missing docs/ prefixes).
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t cxx < <(git ls-files '*.cpp' '*.h')
fail=0
if ! clang-format --dry-run --Werror "${cxx[@]}"; then
  echo "check-style: files above are not clang-formatted; run: clang-format -i FILE" >&2
  fail=1
fi

mapfile -t sources < <(git ls-files '*.cpp' '*.h' '*.sh' '*.py' '*.cmake' 'CMakeLists.txt' '*/CMakeLists.txt' '.ci/run')
for f in "${sources[@]}"; do
  if ! head -n 3 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
    echo "check-style: $f has no SPDX-License-Identifier line in its first three lines" >&2
    fail=1
  fi
done
if ! python3 scripts/check-doc-citations.py; then
  echo "check-style: comments above cite documents that are not in docs/; see scripts/check-doc-citations.py" >&2
  fail=1
fi
exit "$fail"
