#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The test command: installs what is missing, builds everything with -Werror and runs the
# whole test suite on the offscreen platform (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."

# Building, running and the whole suite (benchmark smoke tests included); not --fuzz: the
# suite replays the fuzz corpus with the normal compiler.
bash scripts/deps.sh --test --bench

# 0. Style: clang-format and licence lines (fails fast, before any build).
bash scripts/check-style.sh

export QT_QPA_PLATFORM=offscreen QT_QPA_OFFSCREEN_NO_GLX=1
unset DISPLAY WAYLAND_DISPLAY || true
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR="$(mktemp -d)"
  chmod 700 "$XDG_RUNTIME_DIR"
fi

# 1. Release build with -Werror: every test, benchmark smoke runs, fuzz corpus replay, packaging.
cmake --preset ci
cmake --build --preset ci -j2
ctest --preset ci

# 2. The same suite under AddressSanitizer + UndefinedBehaviorSanitizer (Debug), with
#    ORDO_SANITIZERS=1. Opt-in: the clean sanitizer build alone takes about 20 minutes on
#    the 2-core machine, twice the 10-minute test budget (measured: docs/reliability.md).
if [ "${ORDO_SANITIZERS:-0}" = "1" ]; then
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  cmake --preset asan
  cmake --build --preset asan -j2
  ctest --preset asan
fi
