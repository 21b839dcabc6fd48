// sRGB colours and the WCAG 2 contrast arithmetic the palette is checked with.
//
// Plain bytes, no ImGui types, so the design's contrast can be tested natively.
#pragma once
#include <cstdint>

namespace unclench {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb& o) const { return r == o.r && g == o.g && b == o.b; }
    bool operator!=(const Rgb& o) const { return !(*this == o); }
};

constexpr Rgb rgb_hex(uint32_t v) { return Rgb{uint8_t(v >> 16), uint8_t(v >> 8), uint8_t(v)}; }
constexpr Rgb kWhite = rgb_hex(0xFFFFFF);
constexpr Rgb kBlack = rgb_hex(0x000000);

// WCAG 2 relative luminance, 0 (black) to 1 (white).
double relative_luminance(Rgb c);

// WCAG 2 contrast ratio, 1 to 21, whichever colour is lighter.
double contrast_ratio(Rgb a, Rgb b);

// `top` painted over `under` with the given opacity (0..1), as the GPU blends it.
Rgb over(Rgb under, Rgb top, double alpha);

} // namespace unclench
