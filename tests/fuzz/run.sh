#!/usr/bin/env bash
# run.sh FUZZER SEEDS [SECONDS]: replays every checked-in seed in the directory SEEDS
# through the libFuzzer binary FUZZER, then fuzzes from them for SECONDS (default 20),
# keeping what it finds in a temporary directory. Prints the figures; fails on any crash,
# sanitizer report, leak or timeout (the input is left as crash-… in the working directory).
set -euo pipefail
fuzzer=$1 seeds=$2 seconds=${3:-20}
name=$(basename "$fuzzer")
work=$(mktemp -d "${TMPDIR:-/tmp}/lac-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

files=("$seeds"/*)
if ! "$fuzzer" "${files[@]}" >"$work/replay.log" 2>&1; then
  tail -40 "$work/replay.log" >&2
  echo "FAIL: $name: a checked-in seed crashed" >&2
  exit 1
fi
echo "$name: ${#files[@]} seeds replayed, no fault"

mkdir "$work/found"
if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$PWD/" "$work/found" "$seeds" >"$work/fuzz.log" 2>&1; then
  tail -60 "$work/fuzz.log" >&2
  echo "FAIL: $name: fuzzing found a fault; the input is in $PWD" >&2
  exit 1
fi
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log")
echo "$name: ${runs:-?} runs in ${seconds} s, $(find "$work/found" -type f | wc -l) new inputs, no fault"
