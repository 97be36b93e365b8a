#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A window layout saved on one screen must open on another. The app starts once on the
# offscreen platform (an 800 x 600 screen), which saves its window and dock layout, then on
# X11 (Xvfb, 1920 x 1080) with that layout: it must paint and quit cleanly. Restoring such a
# layout onto docks that were not tabbed yet crashed Qt's dock layout on X11.
#   x11layout.sh ORDO
# Exits 77 (skipped) when xvfb-run is missing (scripts/deps.sh --test installs it).
set -eu
ORDO=$1
command -v xvfb-run >/dev/null 2>&1 || { echo "xvfb-run not installed: skipped"; exit 77; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run"
unset DISPLAY WAYLAND_DISPLAY
QT_QPA_PLATFORM=offscreen QT_QPA_OFFSCREEN_NO_GLX=1 "$ORDO" --measure-startup template:fatloss >/dev/null
grep -q '^state=' "$XDG_CONFIG_HOME/Ordo/Ordo.conf" || { echo "no window layout was saved"; exit 1; }
for run in 1 2; do
    out=$(xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb "$ORDO" --measure-startup template:fatloss) || {
        echo "X11 start $run with the saved layout failed (exit $?)"
        exit 1
    }
    case $out in *msToFirstPaint*) ;; *) echo "X11 start $run painted nothing: $out"; exit 1 ;; esac
done
echo "both X11 starts with the saved layout painted and quit cleanly"
