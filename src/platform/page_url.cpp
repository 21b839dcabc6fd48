#include "platform/page_url.h"

#include <cstdlib>
#include <emscripten.h>

namespace unclench::web {

EM_JS(char*, js_location_part, (int which), {
    const v = which === 0 ? location.search : location.hash;
    const n = lengthBytesUTF8(v) + 1;
    const p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
});

static std::string take(char* p) {
    std::string s(p ? p : "");
    std::free(p);
    return s;
}

std::string page_query() { return take(js_location_part(0)); }
std::string page_fragment() { return take(js_location_part(1)); }

void clear_fragment() {
    EM_ASM({ history.replaceState(null, "", location.pathname + location.search); });
}

} // namespace unclench::web
