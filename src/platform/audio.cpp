#include "platform/audio.h"

#include <emscripten.h>

namespace unclench::web {

EM_JS(int, js_beep, (double delay_ms, int kind, double volume), {
    return window.unclenchCues ? window.unclenchCues.beep(delay_ms, kind, volume) : 0;
});

int schedule_beep(double delay_ms, Beep beep, float volume) {
    if (beep == Beep::None) return 0;
    return js_beep(delay_ms, (int)beep, volume);
}

void cancel_beeps() {
    EM_ASM({ if (window.unclenchCues) window.unclenchCues.cancelBeeps(); });
}

} // namespace unclench::web
