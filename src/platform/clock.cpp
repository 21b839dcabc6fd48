#include "platform/clock.h"

#include <cmath>
#include <emscripten.h>
#include <emscripten/html5.h>

namespace unclench::web {

int64_t monotonic_ms() { return (int64_t)std::floor(emscripten_get_now()); }
int64_t wall_ms() { return (int64_t)emscripten_date_now(); }
int tz_offset_minutes() { return EM_ASM_INT({ return -new Date().getTimezoneOffset(); }); }

} // namespace unclench::web
