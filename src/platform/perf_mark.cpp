#include "platform/perf_mark.h"

#include <emscripten.h>

namespace unclench::web {

// A test's fake clock may replace `performance`: a missing mark must never stop the app.
void perf_mark(const char* name) {
    EM_ASM({ try { performance.mark(UTF8ToString($0)); } catch (e) {} }, name);
}

} // namespace unclench::web
