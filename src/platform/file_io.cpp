#include "platform/file_io.h"

#include <emscripten.h>

#include "platform/js_text.h"   // why strings cross with their lengths

namespace unclench::web {

//-----------------------------------------------------------------------------
// Download
//-----------------------------------------------------------------------------

// The object URL is revoked a little later: revoking at once can cancel the download in some browsers.
// The text goes with its length: an exported note may hold a NUL (an escaped one, from an imported backup).
EM_JS(void, js_save_text_file, (const char* name, const char* mime, const char* text, int text_length), {
    const utf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(HEAPU8.subarray(text, text + text_length));
    const blob = new Blob([utf8], { type: UTF8ToString(mime) + ';charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = UTF8ToString(name);
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
});

void save_text_file(const std::string& file_name, const std::string& mime, const std::string& text) {
    js_save_text_file(file_name.c_str(), mime.c_str(), text.data(), int(text.size()));
}

//-----------------------------------------------------------------------------
// Pick a file
//-----------------------------------------------------------------------------

static void (*g_on_picked)(const PickedFile&) = nullptr;

// Each string comes as bytes plus a length: a damaged file may hold a NUL, and is then judged whole.
extern "C" EMSCRIPTEN_KEEPALIVE void unclench_file_picked(const char* name, int name_length, const char* text,
                                                          int text_length, const char* error, int error_length) {
    if (!g_on_picked) return;
    PickedFile file{std::string(name, size_t(name_length)), std::string(text, size_t(text_length)),
                    std::string(error, size_t(error_length))};
    g_on_picked(file);
}

// One hidden input, reused. Files larger than 20 MB are refused before reading: a backup of ten years
// is well under that, and reading a huge wrong file would freeze a phone.
EM_JS(void, js_pick_text_file, (const char* accept), {
    let input = document.getElementById('unclench-file-input');
    if (!input) {
        input = document.createElement('input');
        input.type = 'file';
        input.id = 'unclench-file-input';
        input.hidden = true;
        input.setAttribute('aria-hidden', 'true');
        input.tabIndex = -1;
        document.body.appendChild(input);
        input.addEventListener('change', () => {
            const file = input.files && input.files[0];
            input.value = "";
            if (!file) return;
            const deliver = (text, error) => {
                const args = [file.name, text, error].map((s) => new TextEncoder().encode(s));
                const ptrs = args.map((bytes) => _malloc(bytes.length + 1));
                args.forEach((bytes, i) => HEAPU8.set(bytes, ptrs[i]));   // after every _malloc: growth replaces HEAPU8
                _unclench_file_picked(ptrs[0], args[0].length, ptrs[1], args[1].length, ptrs[2], args[2].length);
                ptrs.forEach((p) => _free(p));
                if (typeof _unclench_wake === 'function') _unclench_wake();
            };
            if (file.size > 20 * 1024 * 1024) { deliver("", 'This file is too large to be an Unclench backup.'); return; }
            file.text().then((text) => deliver(text, ""), () => deliver("", 'This file could not be read.'));
        });
    }
    input.accept = UTF8ToString(accept);
    input.click();
});

void pick_text_file(const char* accept, void (*on_picked)(const PickedFile& file)) {
    g_on_picked = on_picked;
    js_pick_text_file(accept);
}

} // namespace unclench::web
