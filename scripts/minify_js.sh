#!/usr/bin/env bash
# Minifies the JavaScript of a dist folder in place with terser (Debian's terser package, 5.16):
# whitespace, comments and the names of local variables only. Top-level names and property names are
# kept, so the page's scripts, the Emscripten glue and the EM_JS code still see each other as before.
# Every script the page loads is part of the first load (the service worker precaches them all).
# sw.js stays as written: stamp_sw.sh fills in its placeholders, and tests/e2e/pwa.spec.js edits its
# BUILD line to play a new version.
# Usage: minify_js.sh <dist dir>. Run after the dist folder is assembled, before stamp_sw.sh.
set -euo pipefail
dist=$1
export NODE_PATH=/usr/share/nodejs          # Debian's terser finds its modules here
command -v terser >/dev/null || { echo "minify_js: terser missing (apt-get install terser)" >&2; exit 1; }
mapfile -t files < <(cd "$dist" && find . -name '*.js' ! -name sw.js | sed 's#^\./##' | LC_ALL=C sort)
for f in "${files[@]}"; do
  terser "$dist/$f" --ecma 2020 --compress passes=2 --mangle --comments false --output "$dist/$f.min"
  mv "$dist/$f.min" "$dist/$f"
done
