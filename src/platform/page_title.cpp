#include "platform/page_title.h"

#include <emscripten.h>

namespace unclench::web {

// What was last sent, so calling these every frame costs nothing when nothing changed.
static std::string g_sent;

static bool changed(const std::string& key) {
    if (key == g_sent) return false;
    g_sent = key;
    return true;
}

EM_JS(void, js_title_clear, (), { if (window.unclenchCues) window.unclenchCues.titleClear(); });
EM_JS(void, js_title_add, (const char* label, double end_ms), {
    if (window.unclenchCues) window.unclenchCues.titleAddPhase(UTF8ToString(label), end_ms);
});
EM_JS(void, js_title_done, (const char* text), { if (window.unclenchCues) window.unclenchCues.titleSetDone(UTF8ToString(text)); });
EM_JS(void, js_title_text, (const char* text), { if (window.unclenchCues) window.unclenchCues.titleSetText(UTF8ToString(text)); });

void set_title_phases(const std::vector<TitlePhase>& phases, const std::string& done_text) {
    std::string key = "p|" + done_text;
    for (const TitlePhase& p : phases) key += "|" + p.label + "@" + std::to_string(p.end_wall_ms / 250);   // jitter-proof
    if (!changed(key)) return;
    js_title_clear();
    for (const TitlePhase& p : phases) js_title_add(p.label.c_str(), (double)p.end_wall_ms);
    js_title_done(done_text.c_str());
}

void set_title_phase(const std::string& label, int64_t end_wall_ms) { set_title_phases({{label, end_wall_ms}}); }

void set_title_countdown(const std::string& text) {
    if (text.empty()) { clear_title(); return; }
    if (!changed("t|" + text)) return;
    js_title_clear();
    js_title_text(text.c_str());
}

void clear_title() {
    if (!changed("")) return;
    js_title_clear();
}

bool page_hidden() { return EM_ASM_INT({ return document.hidden ? 1 : 0; }) != 0; }

} // namespace unclench::web
