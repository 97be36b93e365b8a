#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the plan loader (fuzz/fuzz_planload.cpp) with libFuzzer for MINUTES minutes.
#   scripts/fuzz.sh MINUTES [--merge] [--keep-going]
# --keep-going runs libFuzzer in fork mode and carries on after a crash, collecting every
# crashing input in the artifacts folder (useful while a known bug is still open).
# Builds build/fuzz with clang-14 (ASan + UBSan + coverage on our code), fuzzes a working
# corpus in build/fuzz/corpus-work seeded from fuzz/corpus, the built-in plans and the test
# fixtures, and with --merge minimises what it found back into fuzz/corpus (commit that).
# Crashes, hangs and leaks are written to build/fuzz/artifacts/; replay one with
#   build/fuzz/fuzz/fuzz_planload build/fuzz/artifacts/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=${1:?usage: scripts/fuzz.sh MINUTES [--merge] [--keep-going]}
shift
merge=
mode=()
for arg in "$@"; do
  case $arg in
    --merge) merge=1 ;;
    --keep-going) mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1) ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
build=build/fuzz

if [ ! -f "$build/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DORDO_FUZZ=ON -DORDO_BUILD_TESTS=OFF -DORDO_BUILD_BENCHMARKS=OFF
fi
cmake --build "$build" -j2 --target fuzz_planload

work="$build/corpus-work"
artifacts="$build/artifacts"
mkdir -p "$work" "$artifacts"
fuzzer="$build/fuzz/fuzz_planload"

# detect_leaks stays on: a leak found while fuzzing is a bug like a crash.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
"$fuzzer" "$work" fuzz/corpus resources/plans tests/data/plans \
  -dict=fuzz/ordo.dict \
  -max_total_time=$((minutes * 60)) \
  -max_len=65536 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -print_final_stats=1 \
  -artifact_prefix="$artifacts/" \
  "${mode[@]}"

if [ -n "$merge" ]; then
  # Rebuilds fuzz/corpus as a minimal set covering every edge that fuzz/corpus and the
  # working corpus reach (edges, not hit counts: a few hundred files, well under 2 MB).
  fresh=$(mktemp -d)
  cp fuzz/corpus/seed-* "$fresh"/
  "$fuzzer" -merge=1 -use_counters=0 -max_len=65536 "$fresh" fuzz/corpus "$work"
  rm -rf fuzz/corpus
  mv "$fresh" fuzz/corpus
  chmod 755 fuzz/corpus
  echo "fuzz/corpus: $(ls fuzz/corpus | wc -l) files, $(du -sb fuzz/corpus | cut -f1) bytes"
fi
