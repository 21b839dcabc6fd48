#!/usr/bin/env bash
# Builds the WebAssembly app into dist/ (release, tuned for size). Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs          # Debian's emscripten needs acorn from here
# The physiotherapists' review table (docs/catalogue.md) is regenerated from the data on every build.
bash scripts/catalogue-md.sh build/native >/dev/null
BUILD=build/wasm
if [ ! -f "$BUILD/build.ninja" ]; then
  emcmake cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel >/dev/null
fi
cmake --build "$BUILD"
echo "[build] dist/ ready: $(du -sh dist | cut -f1)"
