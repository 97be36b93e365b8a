#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Ordo needs, if any are missing. Idempotent; uses sudo only
# when not root.
#   scripts/deps.sh [--test] [--bench] [--fuzz] [--print]
#   (default)  build and run Ordo: compiler, CMake, Ninja, Qt 6 with lupdate and lrelease (the
#              translations), libical through pkg-config (busy times from calendar files), the
#              font the PDF embeds, Qt's own translations
#   --test     also what the test suite runs or links: PDF and JSON Schema checkers,
#              desktop-file, AppStream, MIME and man page checkers, the shells whose completions
#              it tries, Xvfb (one start of the real app on X11),
#              and clang-format for scripts/check-style.sh
#   --bench    also Google Benchmark (the benchmarks' smoke tests in the suite), valgrind and
#              time (tests/bench/run.sh)
#   --fuzz     also clang 14 and libFuzzer (scripts/fuzz.sh)
#   --print    print the chosen packages, one per line, and install nothing
#   --group=G  print only the group G (build, run, test, style, bench, fuzz) and exit
# scripts/run.sh uses the default, scripts/test.sh adds --test --bench. debian/control's
# Build-Depends name the same packages (tests/packaging/checkbuilddeps.sh compares them):
# `build` plus, marked <!nocheck>, `run` and `test`.
set -euo pipefail

build=(g++ cmake ninja-build qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev
       qt6-l10n-tools pkg-config libical-dev)
run=(fonts-dejavu-core qt6-translations-l10n)
test=(
  python3 python3-jsonschema poppler-utils
  desktop-file-utils appstream libxml2-utils shared-mime-info dpkg-dev
  groff man-db bash-completion zsh fish xvfb xauth
)
style=(clang-format)
bench=(libbenchmark-dev valgrind time)
fuzz=(clang-14 libclang-rt-14-dev)

packages=("${build[@]}" "${run[@]}")
print=
for arg in "$@"; do
  case $arg in
    --test) packages+=("${test[@]}" "${style[@]}") ;;
    --bench) packages+=("${bench[@]}") ;;
    --fuzz) packages+=("${fuzz[@]}") ;;
    --print) print=1 ;;
    --group=*)
      group=${arg#--group=}
      case $group in
        build | run | test | style | bench | fuzz) ;;
        *) echo "scripts/deps.sh: no group $group" >&2; exit 2 ;;
      esac
      eval 'printf "%s\n" "${'"$group"'[@]}"'
      exit 0
      ;;
    *) echo "usage: scripts/deps.sh [--test] [--bench] [--fuzz] [--print] [--group=G]" >&2; exit 2 ;;
  esac
done

if [ -n "$print" ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
