// Strings across the JavaScript boundary travel as UTF-8 bytes plus a byte length, never as C strings.
// Stored or imported text may hold a NUL (damaged or hand-edited data), and Emscripten 3.1.6's
// UTF8ToString stops at the first NUL even when given a length, so each side decodes by the length:
//
//   C++ -> JS   pass (data, length); JS decodes with
//               new TextDecoder('utf-8', { ignoreBOM: true }).decode(HEAPU8.subarray(p, p + n))
//               (ignoreBOM keeps a leading U+FEFF; the default decoder would drop it)
//   JS -> C++   JS encodes with TextEncoder, copies the bytes into a _malloc'd block and reports
//               their length; C++ takes them with take_js_text below.
//
// TextEncoder, not 3.1.6's stringToUTF8: a JS string may hold an unpaired surrogate (a lone \uD800),
// which UTF-8 cannot encode. TextEncoder writes U+FFFD for it alone; stringToUTF8 pairs it with the
// next code unit, so the character after it (a quote, a NUL, anything) is lost as well.
#pragma once
#include <cstdlib>
#include <string>

namespace unclench::web {

// Copies `length` bytes from a block the JS side allocated with _malloc (NULs included), then frees it.
inline std::string take_js_text(char* p, int length) {
    if (!p) return {};
    std::string s(p, size_t(length > 0 ? length : 0));
    std::free(p);
    return s;
}

} // namespace unclench::web
