#include "platform/share_link.h"

#include <cstdlib>
#include <emscripten.h>

#include "platform/js_text.h"   // why strings cross with their lengths

namespace unclench::web {

//-----------------------------------------------------------------------------
// Addresses
//-----------------------------------------------------------------------------

EM_JS(char*, js_app_url, (), {
    var v = location.origin + location.pathname;
    var n = lengthBytesUTF8(v) + 1, p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
});

std::string app_url() {
    char* p = js_app_url();
    std::string s(p ? p : "");
    std::free(p);
    return s;
}

std::string share_url(const std::string& fragment) { return app_url() + fragment; }

//-----------------------------------------------------------------------------
// Clipboard and share sheet
//-----------------------------------------------------------------------------

EM_JS(int, js_copy_text, (const char* text), {
    if (!navigator.clipboard || !navigator.clipboard.writeText) return 0;
    navigator.clipboard.writeText(UTF8ToString(text)).catch(function () {});
    return 1;
});

EM_JS(int, js_can_share, (), { return typeof navigator.share === 'function' ? 1 : 0; });

EM_JS(void, js_share, (const char* title, const char* url), {
    navigator.share({ title: UTF8ToString(title), url: UTF8ToString(url) }).catch(function () {});
});

bool copy_text(const std::string& text) { return js_copy_text(text.c_str()) != 0; }
bool can_native_share() { return js_can_share() != 0; }
void native_share(const std::string& title, const std::string& url) { js_share(title.c_str(), url.c_str()); }

//-----------------------------------------------------------------------------
// New tabs
//-----------------------------------------------------------------------------

// The handout travels as base64url of its UTF-8 JSON: no server, and the page reads it with atob.
EM_JS(void, js_open_handout, (const char* json), {
    var bytes = new TextEncoder().encode(UTF8ToString(json));
    var bin = "";
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    var code = btoa(bin).split('+').join('-').split('/').join('_').split('=').join("");
    window.open(new URL('handout.html', location.href).pathname + '#h=' + code, '_blank');
});

EM_JS(void, js_open_full_app, (const char* fragment), {
    window.open(location.origin + location.pathname + UTF8ToString(fragment), '_blank', 'noopener');
});

void open_handout(const std::string& handout_json) { js_open_handout(handout_json.c_str()); }
void open_full_app(const std::string& fragment) { js_open_full_app(fragment.c_str()); }

//-----------------------------------------------------------------------------
// Links opened into a running app
//-----------------------------------------------------------------------------

static bool g_listening = false;

EM_JS(void, js_listen_hash, (), {
    window.addEventListener('hashchange', function () {
        // Our links only: a routine ("#r=") or a clinician's plan ("#p=").
        if (location.hash.indexOf('#r=') !== 0 && location.hash.indexOf('#p=') !== 0) return;
        Module.unclenchNewHash = location.hash;
        if (Module._unclench_wake) Module._unclench_wake();
    });
});

EM_JS(char*, js_take_hash, (int* length), {
    var v = Module.unclenchNewHash;
    if (!v) return 0;
    Module.unclenchNewHash = "";
    var bytes = new TextEncoder().encode(v);
    var p = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, p);
    HEAP32[length >> 2] = bytes.length;
    return p;
});

bool take_new_share_fragment(std::string& fragment) {
    if (!g_listening) {
        js_listen_hash();
        g_listening = true;
        return false;
    }
    int length = 0;
    char* p = js_take_hash(&length);
    if (!p) return false;
    fragment = take_js_text(p, length);
    return !fragment.empty();
}

} // namespace unclench::web
