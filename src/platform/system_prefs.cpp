#include "platform/system_prefs.h"

#include <emscripten.h>

namespace unclench {

bool system_prefers_dark() {
    return EM_ASM_INT({ return window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0; }) != 0;
}

bool system_prefers_reduced_motion() {
    return EM_ASM_INT({ return window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0; }) != 0;
}

} // namespace unclench
