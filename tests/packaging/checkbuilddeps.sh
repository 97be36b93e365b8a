#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# debian/control's Build-Depends and scripts/deps.sh name the same packages: the `build` group
# unmarked, the `run` and `test` groups marked <!nocheck> (the tests dh_auto_test runs), less
# what build-essential brings anyway.
# Usage: checkbuilddeps.sh SOURCE_DIR
set -euo pipefail
src=$1
essential='^(g\+\+|gcc|make|dpkg-dev|libc6-dev)$'

# The Build-Depends field, continuation lines joined, comments dropped.
field=$(awk '
  /^#/ { next }
  /^Build-Depends:/ { on = 1; sub(/^Build-Depends:/, ""); print; next }
  on && /^[ \t]/ { print; next }
  { on = 0 }' "$src/debian/control" | tr '\n' ' ')
plain=() nocheck=()
IFS=',' read -ra entries <<<"$field"
for e in "${entries[@]}"; do
  name=$(awk '{print $1}' <<<"$e")
  [ -z "$name" ] && continue
  [ "$name" = debhelper-compat ] && continue
  if [[ $e == *'<!nocheck>'* ]]; then nocheck+=("$name"); else plain+=("$name"); fi
done

sorted() { printf '%s\n' "$@" | grep -Ev "$essential" | sort -u; }
want_plain=$(sorted $(bash "$src/scripts/deps.sh" --group=build))
want_nocheck=$(sorted $(bash "$src/scripts/deps.sh" --group=run) $(bash "$src/scripts/deps.sh" --group=test))
status=0
if ! diff -u <(echo "$want_plain") <(sorted "${plain[@]}") >/dev/null; then
  echo "Build-Depends (without <!nocheck>) differ from deps.sh's build group (- deps.sh, + control):"
  diff -u <(echo "$want_plain") <(sorted "${plain[@]}") | tail -n +3 || true
  status=1
fi
if ! diff -u <(echo "$want_nocheck") <(sorted "${nocheck[@]}") >/dev/null; then
  echo "Build-Depends <!nocheck> differ from deps.sh's run and test groups (- deps.sh, + control):"
  diff -u <(echo "$want_nocheck") <(sorted "${nocheck[@]}") | tail -n +3 || true
  status=1
fi
[ $status -eq 0 ] && echo "debian/control Build-Depends agree with scripts/deps.sh (${#plain[@]} + ${#nocheck[@]} packages)"
exit $status
