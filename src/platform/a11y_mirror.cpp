#include "platform/a11y_mirror.h"

#include <cmath>
#include <emscripten.h>
#include <nlohmann/json.hpp>
#include <string>

#include "ui/mirror.h"

namespace unclench::web {

//-----------------------------------------------------------------------------
// Frame -> DOM
//-----------------------------------------------------------------------------

// Whole CSS pixels: sub-pixel motion would rewrite the DOM without anything a person could notice.
static int px(float v) { return (int)std::lround(v); }

static nlohmann::json item_json(const MirrorItem& m) {
    nlohmann::json j = {{"r", role_name(m.role)}, {"n", m.name}, {"id", m.id},
                        {"x", px(m.min.x)}, {"y", px(m.min.y)}, {"w", px(m.max.x - m.min.x)}, {"h", px(m.max.y - m.min.y)}};
    if (m.role == Role::Checkbox) j["c"] = m.checked;
    if (m.role == Role::Slider) j["v"] = {m.value, m.value_min, m.value_max};
    if (m.role == Role::Heading) j["l"] = m.level;
    if (!m.text.empty()) j["t"] = m.text;
    if (m.disabled) j["d"] = true;
    return j;
}

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
static ImGuiID g_last_nav = 0;

void sync_a11y_mirror(const char* screen_id) {
    nlohmann::json items = nlohmann::json::array();
    for (const MirrorItem& m : mirror_items()) items.push_back(item_json(m));
    std::string doc = nlohmann::json{{"screen", screen_id}, {"items", items}}.dump();
    if (doc != g_last) {
        js_a11y_sync(doc.c_str());
        g_last.swap(doc);
    }
    // Keyboard navigation inside the canvas moves DOM focus too (a mouse or touch focus does not).
    ImGuiID nav = mirror_nav_focus();
    if (nav != g_last_nav && nav != 0 && mirror_nav_by_keyboard()) js_a11y_focus((double)nav);
    g_last_nav = nav;
    std::string said = take_announcement();
    if (!said.empty()) js_a11y_announce(said.c_str());
}

//-----------------------------------------------------------------------------
// DOM -> widgets (web/a11y.js calls these, then wakes the loop)
//-----------------------------------------------------------------------------

extern "C" {
EMSCRIPTEN_KEEPALIVE void unclench_mirror_press(unsigned id) { mirror_request_press(id); }
EMSCRIPTEN_KEEPALIVE void unclench_mirror_focus(unsigned id, int keyboard) { mirror_request_focus(id, keyboard != 0); }
EMSCRIPTEN_KEEPALIVE void unclench_mirror_value(unsigned id, double value) { mirror_request_value(id, (float)value); }
EMSCRIPTEN_KEEPALIVE void unclench_mirror_text(unsigned id, const char* utf8) { mirror_request_text(id, utf8 ? utf8 : ""); }
}

} // namespace unclench::web
