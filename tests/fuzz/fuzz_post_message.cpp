// libFuzzer target: what a clinic's page can send into the embedded app: postMessage payloads (with an
// origin) and the iframe URL's query. Everything must be accepted or ignored with a reason, never crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/embed_protocol.h"

using namespace unclench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);

    // A message from the configured parent, from another origin, and with the origin taken from the data.
    const std::string_view parent = "https://clinic.example";
    for (std::string_view origin : {parent, std::string_view("https://evil.example")}) {
        EmbedCommandResult r = parse_embed_command(text, origin, parent);
        if (r.command && origin != parent) std::abort();           // never trust another origin
        if (!r.command && r.reason.empty()) std::abort();           // an ignored message says why
        if (r.command && r.command->type == EmbedCommandType::StartRoutine && !is_embed_id(r.command->routine))
            std::abort();
    }
    size_t cut = text.find('\n');
    if (cut != std::string_view::npos) {
        std::string_view origin = text.substr(0, cut);
        parse_embed_command(text.substr(cut + 1), origin, origin);
        normalize_origin(origin);
    }

    // The iframe URL's options: each value that is kept must pass its own check.
    EmbedOptionsResult options = parse_embed_options(text);
    if (options.options.routine && !is_embed_id(*options.options.routine)) std::abort();
    if (options.options.clinic && !is_valid_utf8(*options.options.clinic)) std::abort();
    if (options.options.parent && normalize_origin(*options.options.parent) != options.options.parent) std::abort();
    normalize_accent(text);
    return 0;
}
