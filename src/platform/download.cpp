#include "platform/download.h"

#include <emscripten.h>

namespace unclench::web {

EM_JS(void, js_download, (const char* name, const char* mime, const char* text), {
    if (window.unclenchCues) window.unclenchCues.download(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(text));
});

void download_text(const std::string& file_name, const std::string& mime_type, const std::string& text) {
    js_download(file_name.c_str(), mime_type.c_str(), text.c_str());
}

} // namespace unclench::web
