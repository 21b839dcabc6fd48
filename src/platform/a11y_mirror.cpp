#include "platform/a11y_mirror.h"

#include <emscripten.h>
#include <string>

namespace unclench::web {

//-----------------------------------------------------------------------------
// Frame -> DOM
//-----------------------------------------------------------------------------

EM_JS(void, js_a11y_sync, (const char* json), {
    if (window.unclenchA11y) window.unclenchA11y.sync(UTF8ToString(json));
});
EM_JS(void, js_a11y_focus, (double id), {
    if (window.unclenchA11y) window.unclenchA11y.followNav(id >>> 0);
});
EM_JS(void, js_a11y_announce, (const char* text), {
    if (window.unclenchA11y) window.unclenchA11y.announce(UTF8ToString(text));
});

static std::string g_last;
static unsigned g_last_nav = 0;
static MirrorHandlers g_handlers;

void set_mirror_handlers(const MirrorHandlers& handlers) { g_handlers = handlers; }

void sync_a11y_mirror(const std::string& doc, unsigned nav, bool nav_by_keyboard, const std::string& announcement) {
    if (doc != g_last) {
        js_a11y_sync(doc.c_str());
        g_last = doc;
    }
    // Keyboard navigation inside the canvas moves DOM focus too (a mouse or touch focus does not).
    if (nav != g_last_nav && nav != 0 && nav_by_keyboard) js_a11y_focus((double)nav);
    g_last_nav = nav;
    if (!announcement.empty()) js_a11y_announce(announcement.c_str());
}

//-----------------------------------------------------------------------------
// DOM -> widgets (web/a11y.js calls these, then wakes the loop)
//-----------------------------------------------------------------------------

extern "C" {
EMSCRIPTEN_KEEPALIVE void unclench_mirror_press(unsigned id) { if (g_handlers.press) g_handlers.press(id); }
EMSCRIPTEN_KEEPALIVE void unclench_mirror_focus(unsigned id, int keyboard) { if (g_handlers.focus) g_handlers.focus(id, keyboard != 0); }
EMSCRIPTEN_KEEPALIVE void unclench_mirror_value(unsigned id, double value) { if (g_handlers.value) g_handlers.value(id, value); }
EMSCRIPTEN_KEEPALIVE void unclench_mirror_text(unsigned id, const char* utf8) { if (g_handlers.text) g_handlers.text(id, utf8 ? utf8 : ""); }
}

} // namespace unclench::web
