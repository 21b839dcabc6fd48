#include "platform/wake.h"

namespace unclench::web {

static void (*g_wake)() = nullptr;

void set_wake_handler(void (*wake)()) { g_wake = wake; }
void wake_app() { if (g_wake) g_wake(); }

} // namespace unclench::web
