// One visual design: palette (light and dark), spacing, radii and a type scale, applied to ImGui's style.
#pragma once
#include <imgui.h>

namespace unclench {

struct Palette {
    ImU32 bg, surface, surface_alt, text, text_muted, primary, primary_text, accent, danger,
          danger_text, border, ring_track, success;
};



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
    Palette pal{};
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;

    void load_fonts();
    void apply(bool dark_mode, float text_scale);   // palette + ImGui style; call when either changes
};

} // namespace unclench
