#include "platform/wake_lock.h"

#include <emscripten.h>

namespace unclench::web {

static bool g_wanted = false;

void acquire_wake_lock() {
    if (g_wanted) return;
    g_wanted = true;
    EM_ASM({ if (window.unclenchCues) window.unclenchCues.acquireWakeLock(); });
}

void release_wake_lock() {
    if (!g_wanted) return;
    g_wanted = false;
    EM_ASM({ if (window.unclenchCues) window.unclenchCues.releaseWakeLock(); });
}

bool wake_lock_held() { return EM_ASM_INT({ return window.unclenchCues && window.unclenchCues.wakeLockHeld() ? 1 : 0; }); }

} // namespace unclench::web
