// libFuzzer target: the catalogue and routine JSON readers (catalogue.json, routines.json, one custom
// routine). Bytes of any kind must give problems or data, never a crash, hang or sanitizer report; and
// whatever loads must save and load again to the same thing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "core/catalogue_json.h"

using namespace unclench;

//-----------------------------------------------------------------------------
// The shipped catalogue, so routines are checked against real exercise ids
//-----------------------------------------------------------------------------

static const Catalogue& shipped_catalogue() {
    static const Catalogue catalogue = [] {
        std::ifstream in(std::string(UNCLENCH_ASSETS_DIR) + "/catalogue.json");
        std::stringstream text;
        text << in.rdbuf();
        auto loaded = load_catalogue(text.str());
        if (!loaded.ok()) std::abort();   // the fuzzer needs the real catalogue to reach routine rules
        return *loaded.data;
    }();
    return catalogue;
}

//-----------------------------------------------------------------------------
// Entry point
//-----------------------------------------------------------------------------

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const Catalogue& shipped = shipped_catalogue();

    auto catalogue = load_catalogue(text);
    if (catalogue.ok()) {   // a valid catalogue survives a save and a load unchanged
        std::string saved = save_catalogue(*catalogue.data);
        if (!load_catalogue(saved).ok()) std::abort();
    }

    auto routines = load_routines(text, shipped);
    if (routines.ok() && !load_routines(save_routines(*routines.data), shipped).ok()) std::abort();

    auto routine = load_routine_text(text, shipped);
    if (routine.ok() && !load_routine(routine_to_json(*routine.data), shipped).ok()) std::abort();
    return 0;
}
