#!/usr/bin/env bash
# Keeps the layers apart (docs/architecture.md). Fails, naming each file and line, when
#  - src/core includes ImGui, Emscripten, or anything from ui/, platform/ or app/;
#  - src/ui includes platform/, app/ or an Emscripten header (the UI sees the device only through
#    ui/platform.h);
#  - src/platform includes ui/ or app/ (the platform knows nothing of the UI; src/app wires the two);
#  - src/core or src/ui reads a clock;
#  - src/ui keeps mutable state at file scope or in function-local statics (state lives in the App, its
#    UiContext and its routes' screen states; constants are fine).
# Run by both builds (CMake target check_layers) and counted by scripts/test.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
bad=0
report() { echo "[layers] $1"; bad=1; }

includes() {   # includes <dir> <pattern> <why>
  local hits
  hits=$(grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($2)" -r "$1" --include='*.h' --include='*.cpp' || true)
  [ -n "$hits" ] && while IFS= read -r h; do report "$h: $3"; done <<< "$hits"
}
includes src/core 'imgui|emscripten|ui/|platform/|app/' "core is pure C++: no ImGui, no Emscripten, no other layer"
includes src/ui 'platform/|app/|emscripten' "ui reaches the device only through ui/platform.h"
includes src/platform 'ui/|app/' "platform knows nothing of ui; src/app wires them"

# No clock reads in core or ui: the App is handed the time once a frame (App::tick).
clocks=$(grep -nE 'std::chrono|[^_a-z]time\(|[^_a-z]clock\(|gettimeofday|emscripten_get_now|emscripten_date_now' -r src/core src/ui \
         --include='*.h' --include='*.cpp' | grep -vE '^[^:]+:[0-9]+:[[:space:]]*//' || true)
[ -n "$clocks" ] && while IFS= read -r h; do report "$h: no clock reads here; time is passed in"; done <<< "$clocks"

# Mutable state in src/ui. At file scope: a 'static' or namespace-level variable that is not const;
# inside functions: a 'static' local that is not const. Function declarations and definitions are
# told apart by their parenthesis before any '=' or ';'.
state=$(awk '
  FNR == 1 { depth = 0 }
  {
    line = $0
    sub(/\/\/.*/, "", line)
    if (line ~ /^[[:space:]]*static[[:space:]]/ && line !~ /static[[:space:]]+(const|constexpr)[[:space:]]/ &&
        line !~ /^[^=;]*\(/ && line !~ /static_assert/)
      print FILENAME ":" FNR ": " $0
    else if (depth == 0 && line ~ /^[A-Za-z_][A-Za-z0-9_:<>, ]*[[:space:]*&]+[A-Za-z_][A-Za-z0-9_]*[[:space:]]*(=|;|\{)/ &&
             line !~ /^[^=;]*\(/ && line !~ /(const|constexpr|using|typedef|struct|class|enum|namespace|return|extern|template)[[:space:]]/)
      print FILENAME ":" FNR ": " $0
    n = gsub(/\{/, "{", line); m = gsub(/\}/, "}", line)
    if (line !~ /^[[:space:]]*namespace/) depth += n - m
  }' src/ui/*.cpp src/ui/*.h)
[ -n "$state" ] && while IFS= read -r h; do report "$h: mutable state in src/ui (keep it in the App, UiContext or a screen state)"; done <<< "$state"

if [ "$bad" -ne 0 ]; then echo "[layers] FAILED"; exit 1; fi
echo "[layers] ok: core, ui and platform keep to their layers; src/ui holds no mutable file-scope state"
