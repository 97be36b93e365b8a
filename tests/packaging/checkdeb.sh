#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of a configured and built tree and checks its contents.
# Usage: checkdeb.sh BUILD_DIR OUT_DIR VERSION   (env: CPACK, DPKG_DEB)
set -euo pipefail
build=$1 out=$2 version=$3
rm -rf "$out"
mkdir -p "$out"
cd "$build"
"${CPACK:-cpack}" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/ordo_"$version"_*.deb 2>/dev/null | head -n1)
if [ -z "$deb" ]; then
  echo "no ordo_${version}_*.deb in $out"; ls -la "$out"; exit 1
fi
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"
contents=$("${DPKG_DEB:-dpkg-deb}" -c "$deb" | awk '{print $6}')
info=$("${DPKG_DEB:-dpkg-deb}" -I "$deb")
status=0
for f in ./usr/bin/ordo \
         ./usr/share/applications/org.ordoplanner.Ordo.desktop \
         ./usr/share/metainfo/org.ordoplanner.Ordo.metainfo.xml \
         ./usr/share/mime/packages/org.ordoplanner.Ordo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.ordoplanner.Ordo.svg \
         ./usr/share/icons/hicolor/256x256/apps/org.ordoplanner.Ordo.png \
         ./usr/share/icons/hicolor/16x16/apps/org.ordoplanner.Ordo.png \
         ./usr/share/man/man1/ordo.1 \
         ./usr/share/bash-completion/completions/ordo \
         ./usr/share/zsh/vendor-completions/_ordo \
         ./usr/share/fish/vendor_completions.d/ordo.fish; do
  if ! grep -qxF "$f" <<<"$contents"; then
    echo "missing from the package: $f"; status=1
  fi
done
for field in "Package: ordo" "Version: $version" "Section: utils" "fonts-dejavu-core" "libqt6svg6" "qt6-qpa-plugins" "libqt6core6"; do
  if ! grep -qF "$field" <<<"$info"; then
    echo "control file lacks: $field"; status=1
  fi
done
# Nothing but the runtime: no test or build helper binaries.
if grep -E '^\./usr/bin/.' <<<"$contents" | grep -vqxF ./usr/bin/ordo; then
  echo "unexpected binaries:"; grep -E '^\./usr/bin/' <<<"$contents"; status=1
fi
[ $status -eq 0 ] && echo "package contents OK"
exit $status
