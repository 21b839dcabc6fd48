#!/usr/bin/env bash
# Installs what is missing and runs every test: the layer check, native unit tests and the headless UI
# suite under ASan+UBSan, the wasm build, and the browser tests in Debian's headless Chromium through
# Playwright. Ends with one line
# "N passed, M failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
mkdir -p build

passed=0
failed=0
step_failed() { echo "[test] FAILED: $1"; failed=$((failed + 1)); }

bash scripts/setup.sh || { echo "[test] set-up failed"; echo "0 passed, 1 failed"; exit 1; }

# ---- The layers keep to themselves (docs/architecture.md) ---------------------------------------------
if bash scripts/check_layers.sh; then passed=$((passed + 1)); else step_failed "layer check"; fi

# ---- Native doctest suites, sanitized: core unit tests, then real frames of the real screens -----------
# count_doctest NAME: runs build/native-asan/NAME and adds its test cases to the totals.
count_doctest() {
  ./build/native-asan/"$1" 2>&1 | tee build/"$1".log
  local line p f
  line=$(grep -E '^\[doctest\] test cases:' build/"$1".log | tail -1)
  p=$(echo "$line" | sed -E 's/.*\| *([0-9]+) passed.*/\1/')
  f=$(echo "$line" | sed -E 's/.*\| *([0-9]+) failed.*/\1/')
  if [ -n "$line" ]; then passed=$((passed + p)); failed=$((failed + f)); else step_failed "$1 did not run to the end"; fi
}
echo "[test] native unit tests and headless UI tests (ASan+UBSan)"
if cmake -S . -B build/native-asan -G Ninja -DUNCLENCH_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null &&
   cmake --build build/native-asan; then
  count_doctest unit_tests
  count_doctest ui_tests
else
  step_failed "native build"
fi

# ---- The catalogue review table is generated from the data: it must be up to date --------------------
if bash scripts/catalogue-md.sh --check build/native-asan; then passed=$((passed + 1)); else step_failed "docs/catalogue.md"; fi

# ---- WebAssembly build and browser tests --------------------------------------------------------------
echo "[test] wasm build"
if bash scripts/build.sh; then
  echo "[test] browser tests (Playwright, Debian Chromium)"
  rm -f build/e2e-results.json
  npx --no-install playwright test -c tests/e2e/playwright.config.js
  if [ -f build/e2e-results.json ]; then
    read -r p f < <(node -e 'const s=require("./build/e2e-results.json").stats; console.log(s.expected+s.flaky, s.unexpected)')
    passed=$((passed + p)); failed=$((failed + f))
  else
    step_failed "browser tests did not report"
  fi
else
  step_failed "wasm build"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
