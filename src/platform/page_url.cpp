#include "platform/page_url.h"

#include <emscripten.h>

#include "platform/js_text.h"   // why strings cross with their lengths

namespace unclench::web {

// The query (0) or the fragment (1), as a malloc'd UTF-8 copy; *length gets its byte count.
EM_JS(char*, js_location_part, (int which, int* length), {
    const bytes = new TextEncoder().encode(which === 0 ? location.search : location.hash);
    const p = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, p);
    HEAP32[length >> 2] = bytes.length;
    return p;
});

static std::string location_part(int which) {
    int length = 0;
    char* p = js_location_part(which, &length);
    return take_js_text(p, length);
}

std::string page_query() { return location_part(0); }
std::string page_fragment() { return location_part(1); }

void clear_fragment() {
    EM_ASM({ history.replaceState(null, "", location.pathname + location.search); });
}

} // namespace unclench::web
