#!/usr/bin/env bash
# Measures Unclench against the stock Dear ImGui example, both built here by the same toolchain, and
# prints one Markdown table: first-load transfer (raw, gzip, brotli), time to first frame, idle cost,
# frame cost during a hold (phone and desktop), the session timer after 5 minutes in a hidden tab,
# storage load/save/size at 1, 5 and 10 years of history, and wasm heap. Exits non-zero when a budget
# fails. Takes about 8 minutes (5 of them the hidden-tab wait); BENCH_QUICK=1 hides the tab 20 s only.
#
# Builds the app (scripts/build.sh -> dist/), the baseline (scripts/build_baseline.sh) and the native
# storage tool. To measure builds made elsewhere: UNCLENCH_DIST=<dir> BENCH_BASELINE=<dir>
# BENCH_NATIVE=<dir with storage_bench> BENCH_PORT=<port; it uses port, port+1 and port+2>.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
PORT=${BENCH_PORT:-8306}

bash scripts/setup.sh >&2
if [ -z "${UNCLENCH_DIST:-}" ]; then bash scripts/build.sh >&2; UNCLENCH_DIST=dist; fi
if [ -z "${BENCH_BASELINE:-}" ]; then bash scripts/build_baseline.sh build/baseline >&2; BENCH_BASELINE=build/baseline/dist; fi
if [ -z "${BENCH_NATIVE:-}" ]; then
  BENCH_NATIVE=build/native-bench
  cmake -S . -B "$BENCH_NATIVE" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BENCH_NATIVE" --target storage_bench >&2
fi

echo "[bench] native storage figures (core only, no browser):" >&2
"$BENCH_NATIVE/storage_bench" >&2 || true
exec node scripts/bench/run.js "$UNCLENCH_DIST" "$BENCH_BASELINE" "$BENCH_NATIVE/storage_bench" "$PORT"
