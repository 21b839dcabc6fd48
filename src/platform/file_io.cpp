#include "platform/file_io.h"

#include <emscripten.h>

namespace unclench::web {

//-----------------------------------------------------------------------------
// Download
//-----------------------------------------------------------------------------

// The object URL is revoked a little later: revoking at once can cancel the download in some browsers.
EM_JS(void, js_save_text_file, (const char* name, const char* mime, const char* text), {
    const blob = new Blob([UTF8ToString(text)], { type: UTF8ToString(mime) + ';charset=utf-8' });
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
    js_save_text_file(file_name.c_str(), mime.c_str(), text.c_str());
}

//-----------------------------------------------------------------------------
// Pick a file
//-----------------------------------------------------------------------------

static void (*g_on_picked)(const PickedFile&) = nullptr;

extern "C" EMSCRIPTEN_KEEPALIVE void unclench_file_picked(const char* name, const char* text, const char* error) {
    if (!g_on_picked) return;
    PickedFile file{name ? name : "", text ? text : "", error ? error : ""};
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
                const args = [file.name, text, error].map((s) => {
                    const n = lengthBytesUTF8(s) + 1;
                    const p = _malloc(n);
                    stringToUTF8(s, p, n);
                    return p;
                });
                _unclench_file_picked(args[0], args[1], args[2]);
                args.forEach((p) => _free(p));
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
