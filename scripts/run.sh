#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The run command: installs what is missing, builds Ordo and starts it on a built-in plan.
# With no display it runs headless instead: it prints the findings and writes the PDF and a
# screenshot of the main window to ./ordo-output/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh

plan="${1:-template:fatloss}"
cmake --preset release >/dev/null
cmake --build --preset release -j2
ordo=build/release/app/ordo

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$ordo" "$plan"
fi

out="$PWD/ordo-output"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen QT_QPA_OFFSCREEN_NO_GLX=1
echo "No display found: running headless on $plan."
echo
"$ordo" check "$plan" || true
"$ordo" export "$plan" --pdf "$out/plan.pdf" && echo "PDF:        $out/plan.pdf"
# The screenshot shows the window filling a 1366×768 laptop screen (the offscreen platform's
# own screen is 800×800).
printf '{"screens":[{"name":"laptop","x":0,"y":0,"width":1366,"height":768,"logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]}\n' \
  > "$out/screen.json"
QT_QPA_PLATFORM="offscreen:configfile=$out/screen.json" "$ordo" --screenshot "$out/main-window.png" "$plan" \
  && echo "Screenshot: $out/main-window.png"
"$ordo" check "$plan" --json > "$out/findings.json" && echo "Findings:   $out/findings.json"
