// Vibration patterns (navigator.vibrate) where the device and browser have them; nothing elsewhere.
#pragma once
#include "core/session_cues.h"

namespace unclench::web {

// The pattern that goes with a cue: a tap for a tick, a double buzz for a new phase, a long one at the end.
void vibrate_for(CueKind kind, Beep beep);
void cancel_vibration();

} // namespace unclench::web
