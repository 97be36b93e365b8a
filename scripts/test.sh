#!/usr/bin/env bash
# The test command: installs what is missing, builds everything with -Werror and runs the
# whole test suite on the offscreen platform (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh

export QT_QPA_PLATFORM=offscreen QT_QPA_OFFSCREEN_NO_GLX=1
unset DISPLAY WAYLAND_DISPLAY || true
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR="$(mktemp -d)"
  chmod 700 "$XDG_RUNTIME_DIR"
fi

cmake --preset ci
cmake --build --preset ci -j2
ctest --preset ci
