// Waking the app's frame loop, which sleeps while nothing changes: platform modules that hear from the
// page between frames (a clinic's message, a timer) call wake_app(); the entry point sets the handler.
#pragma once

namespace unclench::web {

void set_wake_handler(void (*wake)());
void wake_app();   // nothing before a handler is set

} // namespace unclench::web
