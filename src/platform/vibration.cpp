#include "platform/vibration.h"

#include <emscripten.h>

namespace unclench::web {

EM_JS(void, js_vibrate, (int a, int b, int c), {
    if (window.unclenchCues) window.unclenchCues.vibrate(c > 0 ? [a, b, c] : a);   // vibrate(0) cancels
});

void vibrate_for(CueKind kind, Beep beep) {
    if (kind == CueKind::SessionDone) js_vibrate(400, 150, 400);
    else if (beep == Beep::Start || kind == CueKind::SwitchSide || kind == CueKind::PhaseStart) js_vibrate(120, 80, 120);
    else if (beep == Beep::Tick) js_vibrate(40, 0, 0);
}

void cancel_vibration() { js_vibrate(0, 0, 0); }

} // namespace unclench::web
