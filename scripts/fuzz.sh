#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the plan loader (fuzz/fuzz_planload.cpp) with libFuzzer for MINUTES minutes.
#   scripts/fuzz.sh MINUTES [--merge] [--keep-going] [--target NAME]
# --target fuzz_outputs fuzzes the .ics, check and drag payload writers instead (seeded
# like the loader), --target fuzz_cliargs the command-line parser (seeded from
# fuzz/corpus-cli); --merge minimises into fuzz/corpus or fuzz/corpus-cli.
# --keep-going runs libFuzzer in fork mode and carries on after a crash, collecting every
# crashing input in the artifacts folder (useful while a known bug is still open).
# Builds build/fuzz with clang-14 (ASan + UBSan + coverage on our code), fuzzes a working
# corpus in build/fuzz/corpus-work seeded from fuzz/corpus, the built-in plans and the test
# fixtures, and with --merge minimises what it found back into fuzz/corpus (commit that).
# Crashes, hangs and leaks are written to build/fuzz/artifacts/; replay one with
#   build/fuzz/fuzz/fuzz_planload build/fuzz/artifacts/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=${1:?usage: scripts/fuzz.sh MINUTES [--merge] [--keep-going] [--target NAME]}
shift
merge=
mode=()
target=fuzz_planload
while [ $# -gt 0 ]; do
  case $1 in
    --merge) merge=1 ;;
    --keep-going) mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1) ;;
    --target) target=${2:?--target needs fuzz_planload, fuzz_outputs or fuzz_cliargs}; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case $target in
  fuzz_planload | fuzz_outputs) corpus=fuzz/corpus seeds=(resources/plans tests/data/plans) dict=(-dict=fuzz/ordo.dict) ;;
  fuzz_cliargs) corpus=fuzz/corpus-cli seeds=() dict=() ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
if [ -n "$merge" ] && [ "$target" = fuzz_outputs ]; then
  echo "--merge: fuzz/corpus is the loader's; minimise it with fuzz_planload" >&2
  exit 2
fi
build=build/fuzz

if [ ! -f "$build/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DORDO_FUZZ=ON -DORDO_BUILD_TESTS=OFF -DORDO_BUILD_BENCHMARKS=OFF
fi
cmake --build "$build" -j2 --target "$target"

work="$build/corpus-work-$target"
artifacts="$build/artifacts"
mkdir -p "$work" "$artifacts"
fuzzer="$build/fuzz/$target"

# detect_leaks stays on: a leak found while fuzzing is a bug like a crash.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
"$fuzzer" "$work" "$corpus" "${seeds[@]}" \
  "${dict[@]}" \
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
  cp "$corpus"/seed-* "$fresh"/
  "$fuzzer" -merge=1 -use_counters=0 -max_len=65536 "$fresh" "$corpus" "$work"
  rm -rf "$corpus"
  mv "$fresh" "$corpus"
  chmod 755 "$corpus"
  echo "$corpus: $(ls "$corpus" | wc -l) files, $(du -sb "$corpus" | cut -f1) bytes"
fi
