#!/usr/bin/env bash
# Builds the baseline for scripts/bench.sh: the stock Dear ImGui GLFW + OpenGL3 example
# (third_party/imgui/examples/example_glfw_opengl3/main.cpp, from the same Debian source tarball as the
# app) with the same Emscripten and the same release options as the app (-Oz, LTO), on WebGL2 through
# Emscripten's built-in GLFW (-sUSE_GLFW=3). Debian's repack removed examples/libs/emscripten, so the
# example's small main-loop stub is written here, into the build folder; third_party stays untouched.
#
#   scripts/build_baseline.sh [OUT]      (default build/baseline; the page lands in OUT/dist)
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs          # Debian's emscripten needs acorn from here
OUT=${1:-build/baseline}
IMGUI=third_party/imgui
EXAMPLE=$IMGUI/examples/example_glfw_opengl3
[ -f "$EXAMPLE/main.cpp" ] || { echo "[baseline] $EXAMPLE/main.cpp missing: run scripts/setup.sh"; exit 1; }
mkdir -p "$OUT/shim/include" "$OUT/shim/libs/emscripten" "$OUT/dist"

# main.cpp includes "../libs/emscripten/emscripten_mainloop_stub.h"; with -I shim/include that path
# resolves to shim/libs/emscripten/. As upstream's stub: a std::function main loop whose body sits in
# a do/while(0), so the example's `continue` (skip a frame while minimised) still compiles.
cat > "$OUT/shim/libs/emscripten/emscripten_mainloop_stub.h" <<'STUB'
#pragma once
#include <emscripten.h>
#include <functional>
static std::function<void()> MainLoopForEmscriptenP;
static void MainLoopForEmscripten() { MainLoopForEmscriptenP(); }
#define EMSCRIPTEN_MAINLOOP_BEGIN MainLoopForEmscriptenP = [&]() { do
#define EMSCRIPTEN_MAINLOOP_END while (0); }; emscripten_set_main_loop(MainLoopForEmscripten, 0, true)
STUB

# The page: a full-window canvas, the module's canvas set from a file (the CSP forbids inline scripts).
cat > "$OUT/dist/index.html" <<'HTML'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dear ImGui GLFW+OpenGL3 example</title><link rel="stylesheet" href="style.css"></head>
<body><canvas id="canvas" tabindex="-1"></canvas><script src="boot.js"></script><script src="example.js"></script></body></html>
HTML
printf 'html,body{margin:0;height:100%%;overflow:hidden;background:#000}canvas{display:block}\n' > "$OUT/dist/style.css"
printf "var Module = { canvas: document.getElementById('canvas') };\n" > "$OUT/dist/boot.js"

# The stock example's sources (its Makefile.emscripten list), WebGL2 instead of its WebGL1 default.
SOURCES=("$EXAMPLE/main.cpp" "$IMGUI/imgui.cpp" "$IMGUI/imgui_demo.cpp" "$IMGUI/imgui_draw.cpp" "$IMGUI/imgui_tables.cpp"
         "$IMGUI/imgui_widgets.cpp" "$IMGUI/backends/imgui_impl_glfw.cpp" "$IMGUI/backends/imgui_impl_opengl3.cpp")
FLAGS=(-Oz -flto -DIMGUI_IMPL_OPENGL_ES3 -DIMGUI_DISABLE_FILE_FUNCTIONS -I"$IMGUI" -I"$IMGUI/backends" -I"$OUT/shim/include")
LINK=(-sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sFULL_ES3=1 -sALLOW_MEMORY_GROWTH=1
      -sFILESYSTEM=0 -sENVIRONMENT=web -sDISABLE_EXCEPTION_CATCHING=1 -sDYNAMIC_EXECUTION=0)
mkdir -p "$OUT/obj"
objs=()
for src in "${SOURCES[@]}"; do
  obj="$OUT/obj/$(basename "$src" .cpp).o"
  if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ]; then em++ "${FLAGS[@]}" -c "$src" -o "$obj"; fi
  objs+=("$obj")
done
em++ "${FLAGS[@]}" "${objs[@]}" "${LINK[@]}" -o "$OUT/dist/example.js"
echo "[baseline] $OUT/dist ready: $(du -sh "$OUT/dist" | cut -f1)"
