// Fonts and data compiled into the wasm by scripts/gen_assets.py (one download, works offline).
#pragma once
#include <cstddef>
#include <string_view>

namespace unclench {

struct AssetBytes {
    const unsigned char* data;
    size_t size;
    std::string_view text() const { return {reinterpret_cast<const char*>(data), size}; }
    explicit operator bool() const { return data != nullptr; }
};

// Looks an asset up by its path below assets/ (e.g. "catalogue.json", "fonts/icons.ttf").
AssetBytes find_asset(const char* name);

} // namespace unclench
