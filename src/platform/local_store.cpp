#include "platform/local_store.h"

#include <cstdlib>
#include <emscripten.h>

namespace unclench::web {

//-----------------------------------------------------------------------------
// JS side: status codes 0 ok, 1 quota exceeded, 2 unavailable
//-----------------------------------------------------------------------------

// Returns a malloc'd UTF-8 copy of the value, or 0; *status gets the outcome.
EM_JS(char*, js_storage_get, (const char* key, int* status), {
    try {
        const v = window.localStorage.getItem(UTF8ToString(key));
        HEAP32[status >> 2] = 0;
        if (v === null) return 0;
        const n = lengthBytesUTF8(v) + 1;
        const p = _malloc(n);
        stringToUTF8(v, p, n);
        return p;
    } catch (e) {
        HEAP32[status >> 2] = 2;
        return 0;
    }
});

EM_JS(int, js_storage_set, (const char* key, const char* value), {
    try {
        window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
        return 0;
    } catch (e) {
        const quota = e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
        return quota ? 1 : 2;
    }
});

EM_JS(int, js_storage_remove, (const char* key), {
    try { window.localStorage.removeItem(UTF8ToString(key)); return 0; } catch (e) { return 2; }
});

// Keys with the prefix, joined by "\n" (keys never contain newlines: ours are built from safe parts).
EM_JS(char*, js_storage_keys, (const char* prefix, int* status), {
    try {
        const pre = UTF8ToString(prefix);
        const s = window.localStorage;
        const out = [];
        for (let i = 0; i < s.length; i++) { const k = s.key(i); if (k !== null && k.startsWith(pre) && k.indexOf('\n') < 0) out.push(k); }
        HEAP32[status >> 2] = 0;
        const text = out.join('\n');
        const n = lengthBytesUTF8(text) + 1;
        const p = _malloc(n);
        stringToUTF8(text, p, n);
        return p;
    } catch (e) {
        HEAP32[status >> 2] = 2;
        return 0;
    }
});

static StoreStatus status_from(int code) {
    return code == 0 ? StoreStatus::Ok : code == 1 ? StoreStatus::QuotaExceeded : StoreStatus::Unavailable;
}

//-----------------------------------------------------------------------------
// LocalStore
//-----------------------------------------------------------------------------

StoreRead LocalStore::get(const std::string& key) {
    int status = 0;
    char* p = js_storage_get(key.c_str(), &status);
    StoreRead r;
    r.status = status_from(status);
    if (p) {
        r.value = std::string(p);
        std::free(p);
    }
    return r;
}

StoreStatus LocalStore::set(const std::string& key, const std::string& value) {
    return status_from(js_storage_set(key.c_str(), value.c_str()));
}

StoreStatus LocalStore::remove(const std::string& key) { return status_from(js_storage_remove(key.c_str())); }

StoreKeys LocalStore::keys_with_prefix(const std::string& prefix) {
    int status = 0;
    char* p = js_storage_keys(prefix.c_str(), &status);
    StoreKeys r;
    r.status = status_from(status);
    if (!p) return r;
    std::string all(p);
    std::free(p);
    size_t start = 0;
    while (start < all.size()) {
        size_t end = all.find('\n', start);
        if (end == std::string::npos) end = all.size();
        r.keys.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    return r;
}

//-----------------------------------------------------------------------------
// Other tabs, and the page shown again
//-----------------------------------------------------------------------------

static void (*g_on_change)(const char*) = nullptr;

extern "C" EMSCRIPTEN_KEEPALIVE void unclench_storage_event(const char* key) {
    if (g_on_change) g_on_change(key);
}

static void (*g_on_shown)() = nullptr;

extern "C" EMSCRIPTEN_KEEPALIVE void unclench_page_shown() {
    if (g_on_shown) g_on_shown();
}

void watch_page_shown(void (*on_shown)()) {
    g_on_shown = on_shown;
    EM_ASM({
        document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'visible') _unclench_page_shown();
        });
    });
}

void watch_storage_events(void (*on_change)(const char* key)) {
    g_on_change = on_change;
    EM_ASM({
        window.addEventListener('storage', (e) => {
            if (e.storageArea && e.storageArea !== window.localStorage) return;
            const k = e.key === null ? "" : e.key;
            const n = lengthBytesUTF8(k) + 1;
            const p = _malloc(n);
            stringToUTF8(k, p, n);
            _unclench_storage_event(p);
            _free(p);
        });
    });
}

} // namespace unclench::web
