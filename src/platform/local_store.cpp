#include "platform/local_store.h"

#include <emscripten.h>

#include "platform/js_text.h"

namespace unclench::web {

//-----------------------------------------------------------------------------
// JS side: status codes 0 ok, 1 quota exceeded, 2 unavailable. Keys and values cross as bytes plus a
// length (platform/js_text.h): a damaged value with a NUL in it must be set aside whole.
//-----------------------------------------------------------------------------

// Returns a malloc'd UTF-8 copy of the value, or 0 when absent; *length gets its byte count and
// *status the outcome.
EM_JS(char*, js_storage_get, (const char* key, int key_length, int* length, int* status), {
    try {
        const k = new TextDecoder('utf-8', { ignoreBOM: true }).decode(HEAPU8.subarray(key, key + key_length));
        const v = window.localStorage.getItem(k);
        HEAP32[status >> 2] = 0;
        if (v === null) return 0;
        const bytes = new TextEncoder().encode(v);
        const p = _malloc(bytes.length + 1);
        HEAPU8.set(bytes, p);   // after _malloc: memory growth replaces HEAPU8
        HEAP32[length >> 2] = bytes.length;
        return p;
    } catch (e) {
        HEAP32[status >> 2] = 2;
        return 0;
    }
});

EM_JS(int, js_storage_set, (const char* key, int key_length, const char* value, int value_length), {
    try {
        const text = new TextDecoder('utf-8', { ignoreBOM: true });
        window.localStorage.setItem(text.decode(HEAPU8.subarray(key, key + key_length)),
                                    text.decode(HEAPU8.subarray(value, value + value_length)));
        return 0;
    } catch (e) {
        const quota = e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
        return quota ? 1 : 2;
    }
});

EM_JS(int, js_storage_remove, (const char* key, int key_length), {
    try {
        const k = new TextDecoder('utf-8', { ignoreBOM: true }).decode(HEAPU8.subarray(key, key + key_length));
        window.localStorage.removeItem(k);
        return 0;
    } catch (e) {
        return 2;
    }
});

// Keys with the prefix, joined by "\n" (keys never contain newlines: ours are built from safe parts).
EM_JS(char*, js_storage_keys, (const char* prefix, int prefix_length, int* length, int* status), {
    try {
        const pre = new TextDecoder('utf-8', { ignoreBOM: true }).decode(HEAPU8.subarray(prefix, prefix + prefix_length));
        const s = window.localStorage;
        const out = [];
        for (let i = 0; i < s.length; i++) { const k = s.key(i); if (k !== null && k.startsWith(pre) && k.indexOf('\n') < 0) out.push(k); }
        HEAP32[status >> 2] = 0;
        const bytes = new TextEncoder().encode(out.join('\n'));
        const p = _malloc(bytes.length + 1);
        HEAPU8.set(bytes, p);
        HEAP32[length >> 2] = bytes.length;
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
    int length = 0, status = 0;
    char* p = js_storage_get(key.data(), int(key.size()), &length, &status);
    StoreRead r;
    r.status = status_from(status);
    if (p) r.value = take_js_text(p, length);
    return r;
}

StoreStatus LocalStore::set(const std::string& key, const std::string& value) {
    return status_from(js_storage_set(key.data(), int(key.size()), value.data(), int(value.size())));
}

StoreStatus LocalStore::remove(const std::string& key) {
    return status_from(js_storage_remove(key.data(), int(key.size())));
}

StoreKeys LocalStore::keys_with_prefix(const std::string& prefix) {
    int length = 0, status = 0;
    char* p = js_storage_keys(prefix.data(), int(prefix.size()), &length, &status);
    StoreKeys r;
    r.status = status_from(status);
    if (!p) return r;
    std::string all = take_js_text(p, length);
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

static void (*g_on_change)(const std::string&) = nullptr;

extern "C" EMSCRIPTEN_KEEPALIVE void unclench_storage_event(const char* key, int length) {
    if (g_on_change) g_on_change(std::string(key, size_t(length)));
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

void watch_storage_events(void (*on_change)(const std::string& key)) {
    g_on_change = on_change;
    EM_ASM({
        window.addEventListener('storage', (e) => {
            if (e.storageArea && e.storageArea !== window.localStorage) return;
            const bytes = new TextEncoder().encode(e.key === null ? "" : e.key);
            const p = _malloc(bytes.length + 1);
            HEAPU8.set(bytes, p);
            _unclench_storage_event(p, bytes.length);
            _free(p);
        });
    });
}

} // namespace unclench::web
