#!/usr/bin/env bash
# Builds the WebAssembly app into dist/ (release, tuned for size). Needs what scripts/setup.sh installs
# and fetches; says so, and what is missing, before starting.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs          # Debian's emscripten needs acorn from here

# Before anything runs: a fresh clone or machine otherwise fails deep inside cmake with a cryptic error.
missing=()
for tool in cmake ninja c++ emcc emcmake node python3 terser rsvg-convert pngquant zopflipng; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
for file in third_party/imgui/imgui.cpp third_party/qrcodegen/cpp/qrcodegen.cpp \
            /usr/include/nlohmann/json.hpp /usr/include/doctest/doctest.h \
            /usr/share/fonts/opentype/inter/Inter-Regular.otf; do
  [ -f "$file" ] || missing+=("$file")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[build] missing: ${missing[*]}" >&2
  echo "[build] run scripts/setup.sh first (as root, once per machine; it fetches third_party/ too)" >&2
  exit 1
fi

# The physiotherapists' review table (docs/catalogue.md) is regenerated from the data on every build.
# Its "wrote ..." line is noise here; its errors are not.
if ! bash scripts/catalogue-md.sh build/native >/dev/null; then
  echo "[build] failed: scripts/catalogue-md.sh could not regenerate docs/catalogue.md (errors above)" >&2
  exit 1
fi
BUILD=build/wasm
if [ ! -f "$BUILD/build.ninja" ]; then
  emcmake cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel >/dev/null
fi
cmake --build "$BUILD"
echo "[build] dist/ ready: $(du -sh dist | cut -f1)"
