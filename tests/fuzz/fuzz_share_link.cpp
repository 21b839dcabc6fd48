// libFuzzer target: share links ("#r=1.<code>"). Any fragment must decode to a routine or to a plain
// error, never crash; a routine that decodes must encode and decode again to the same routine.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "core/catalogue_json.h"
#include "core/share_code.h"

using namespace unclench;

static const Catalogue& shipped_catalogue() {
    static const Catalogue catalogue = [] {
        std::ifstream in(std::string(UNCLENCH_ASSETS_DIR) + "/catalogue.json");
        std::stringstream text;
        text << in.rdbuf();
        auto loaded = load_catalogue(text.str());
        if (!loaded.ok()) std::abort();
        return *loaded.data;
    }();
    return catalogue;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view fragment(reinterpret_cast<const char*>(data), size);
    const Catalogue& catalogue = shipped_catalogue();

    ShareDecodeResult decoded = decode_share_fragment(fragment, catalogue);
    if (decoded.error == ShareError::None) {
        if (!decoded.shared) std::abort();
        auto again = encode_share_fragment(*decoded.shared);
        if (!again) return 0;   // a decoded routine can re-encode longer; refusing it is allowed
        ShareDecodeResult round = decode_share_fragment(*again, catalogue);
        if (round.error != ShareError::None) std::abort();
        if (routine_to_json(round.shared->routine) != routine_to_json(decoded.shared->routine)) std::abort();
        if (round.shared->times_per_day != decoded.shared->times_per_day) std::abort();
    } else {
        if (decoded.shared || decoded.message.empty()) std::abort();   // an error always says why
    }
    return 0;
}
