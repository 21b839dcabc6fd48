// One visual design: palette (light and dark), spacing, radii and a type scale, applied to ImGui's style.
#pragma once
#include <imgui.h>

#include "core/palette.h"

namespace unclench {

// The core palette's colours as ImGui draws them (core/palette.h holds the values and their contrast).
struct Palette {
    ImU32 bg, surface, surface_alt, text, text_muted, primary, primary_text, accent, danger,
          danger_text, border, ring_track, success;
};

inline ImU32 im_col(Rgb c) { return IM_COL32(c.r, c.g, c.b, 0xFF); }
inline Rgb rgb_of(ImU32 c) {
    return Rgb{uint8_t(c >> IM_COL32_R_SHIFT), uint8_t(c >> IM_COL32_G_SHIFT), uint8_t(c >> IM_COL32_B_SHIFT)};
}
Palette to_palette(const PaletteColours& c);

// Type scale in CSS pixels at 100% text size.
namespace type {
constexpr float kBody = 18.0f;
constexpr float kSmall = 15.0f;
constexpr float kTitle = 28.0f;
constexpr float kHeading = 21.0f;
constexpr float kCountdown = 96.0f;
}

constexpr float kTouchTarget = 56.0f;   // comfortably above the 48 CSS px minimum
constexpr float kRadius = 14.0f;
constexpr float kPad = 16.0f;
constexpr float kMaxContentWidth = 680.0f;

struct UiTheme {
    bool dark = false;
    PaletteColours colours{};   // in effect: the theme's palette, with a clinic's accent if one is set
    Palette pal{};              // the same colours as ImGui draws them
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;

    void load_fonts();
    void apply(bool dark_mode, float text_scale);   // palette + ImGui style; call when either changes
    const PaletteColours& base_colours() const { return dark ? dark_palette() : light_palette(); }
    void set_colours(const PaletteColours& c) { colours = c; pal = to_palette(c); }
};

} // namespace unclench
