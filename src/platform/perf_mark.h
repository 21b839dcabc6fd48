// Performance marks (performance.mark) around work the benchmark times: scripts/bench/storage.js reads
// "unclench:progress-load-start/-end" and "unclench:save-session-start/-end". Keeps src/ui free of
// Emscripten.
#pragma once

namespace unclench::web {

void perf_mark(const char* name);   // a mark with this exact name; never fails

} // namespace unclench::web
