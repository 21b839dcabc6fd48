// Screen Wake Lock during sessions and care timers (web/cues.js): the lock is wanted from acquire to
// release; the browser drops it when the page is hidden, and it is requested again when it is visible.
#pragma once

namespace unclench::web {

void acquire_wake_lock();   // cheap to call every frame: only the first call while wanted asks
void release_wake_lock();
bool wake_lock_held();

} // namespace unclench::web
