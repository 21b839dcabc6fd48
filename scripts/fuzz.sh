#!/usr/bin/env bash
# Runs every libFuzzer target in tests/fuzz/ for a given time each (default 60 s), one after another,
# under ASan and UBSan, starting from the seed corpus in tests/fuzz/corpus/<target>/. New inputs go to
# a working corpus in the build folder (the committed seeds stay small). A crash leaves its input in
# <build>/artifacts/ and makes the script exit non-zero: copy it into tests/fuzz/corpus/<target>/ and
# add a test to tests/unit/fuzz_regression_test.cpp.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]        e.g. scripts/fuzz.sh 600   or   scripts/fuzz.sh 30 fuzz_progress
#   FUZZ_BUILD=build/fuzz (default)              where the clang build lives
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
shift || true
BUILD=${FUZZ_BUILD:-build/fuzz}

if ! command -v clang++ >/dev/null; then echo "[fuzz] clang++ missing: run scripts/setup.sh"; exit 1; fi
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DUNCLENCH_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 1

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in tests/fuzz/*.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi
cmake --build "$BUILD" --target "${targets[@]}" || exit 1

failed=0
mkdir -p "$BUILD/artifacts"
for t in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/$t
  work=$BUILD/corpus/$t
  mkdir -p "$work" "$seeds"
  echo "[fuzz] $t for ${SECONDS_EACH}s (seeds: $(ls "$seeds" | wc -l), working corpus: $(ls "$work" | wc -l))"
  # -timeout: one input taking >10 s is a hang; -rss_limit_mb: a runaway allocation is a bug too.
  if "$BUILD/$t" "$work" "$seeds" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$t-" > "$BUILD/$t.log" 2>&1; then
    runs=$(grep -E '^stat::number_of_executed_units' "$BUILD/$t.log" | awk '{print $2}')
    cov=$(grep -oE 'cov: [0-9]+' "$BUILD/$t.log" | tail -1)
    echo "[fuzz] $t: clean, ${runs:-?} runs, ${cov:-cov: ?}"
  else
    failed=$((failed + 1))
    echo "[fuzz] $t: FAILED (log: $BUILD/$t.log)"
    grep -E 'ERROR|SUMMARY|Test unit written' "$BUILD/$t.log" | head -5
  fi
done
echo "[fuzz] ${#targets[@]} targets, $failed failed"
[ "$failed" -eq 0 ]
