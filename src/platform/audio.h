// Beeps synthesised with Web Audio (web/cues.js), scheduled ahead on the AudioContext clock so they
// sound on time even when no frame runs. Unlocked by the first tap or key (a JS listener; iOS needs it).
#pragma once
#include "core/session_cues.h"

namespace unclench::web {

// Schedules `beep` delay_ms from now (0 or less: at once). Returns an id (0 when audio is missing).
int schedule_beep(double delay_ms, Beep beep, float volume = 1.0f);
// Stops every beep scheduled and not yet finished (the schedule changed: pause, skip, stop).
void cancel_beeps();

} // namespace unclench::web
