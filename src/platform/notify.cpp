#include "platform/notify.h"

#include <emscripten.h>
#include <map>

namespace unclench::web {

EM_JS(int, js_notify_state, (), {
    const s = window.unclenchCues ? window.unclenchCues.notifyState() : 'unsupported';
    return s === 'default' ? 1 : s === 'granted' ? 2 : s === 'denied' ? 3 : 0;
});
EM_JS(void, js_notify_at, (const char* key, const char* title, const char* body, double at), {
    if (window.unclenchCues) window.unclenchCues.notifyAt(UTF8ToString(key), UTF8ToString(title), UTF8ToString(body), at);
});
EM_JS(void, js_notify_cancel, (const char* key), {
    if (window.unclenchCues) window.unclenchCues.notifyCancel(UTF8ToString(key));
});

static std::map<std::string, std::string> g_sent;   // key -> what was scheduled, so every frame is cheap

NotifyState notify_state() { return (NotifyState)js_notify_state(); }

void request_notifications() {
    EM_ASM({ if (window.unclenchCues) window.unclenchCues.notifyRequest(); });
}

void notify_at(const std::string& key, const std::string& title, const std::string& body, int64_t at_wall_ms) {
    std::string what = title + "\n" + body + "\n" + std::to_string(at_wall_ms / 1000);
    auto it = g_sent.find(key);
    if (it != g_sent.end() && it->second == what) return;
    g_sent[key] = what;
    js_notify_at(key.c_str(), title.c_str(), body.c_str(), (double)at_wall_ms);
}

void cancel_notify(const std::string& key) {
    if (g_sent.erase(key) == 0) return;
    js_notify_cancel(key.c_str());
}

} // namespace unclench::web
