#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings translations/ordo_*.ts up to date with the sources (docs/translations.md): lupdate
# scans core/, ui/ and app/, adds new strings as unfinished, marks changed ones unfinished and
# drops strings no source uses any more (-no-obsolete). No source locations are stored, so a
# moved line changes nothing. Then scripts/fill-translations.py fills in the translations
# from translations/<lang>.py.
#   scripts/update-translations.sh [--no-fill] [TS_FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=
for candidate in lupdate6 /usr/lib/qt6/bin/lupdate "$(command -v lupdate || true)"; do
  if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1; then
    lupdate=$candidate
    break
  fi
done
if [ -z "$lupdate" ]; then
  echo "scripts/update-translations.sh: lupdate not found (Debian: qt6-l10n-tools)" >&2
  exit 1
fi

fill=1
files=()
for arg in "$@"; do
  case $arg in
    --no-fill) fill= ;;
    *.ts) files+=("$arg") ;;
    *) echo "usage: scripts/update-translations.sh [--no-fill] [TS_FILE...]" >&2; exit 2 ;;
  esac
done
if [ ${#files[@]} -eq 0 ]; then
  files=(translations/ordo_*.ts)
fi

"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h core ui app -ts "${files[@]}"
# English: the plural forms of the "%n" texts only, filled in by hand (singular, plural);
# tests/core/tst_translations.cpp fails while one is missing.
"$lupdate" -silent -pluralonly -no-obsolete -locations none -extensions cpp,h core ui app \
  -ts translations/ordo-plurals_en.ts
if [ -n "$fill" ]; then
  python3 scripts/fill-translations.py "${files[@]}"
fi
