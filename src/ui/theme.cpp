#include "ui/theme.h"

#include "ui/embedded_assets.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Palettes: calm teal on warm neutrals; every text colour checked for >= 4.5:1 on its background
//-----------------------------------------------------------------------------

static const Palette kLight = {
    IM_COL32(0xF6, 0xF4, 0xF0, 0xFF), // bg
    IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), // surface
    IM_COL32(0xEC, 0xE8, 0xE1, 0xFF), // surface_alt
    IM_COL32(0x1F, 0x24, 0x29, 0xFF), // text
    IM_COL32(0x52, 0x5A, 0x62, 0xFF), // text_muted (6.5:1 on bg)
    IM_COL32(0x0F, 0x6E, 0x6A, 0xFF), // primary (teal, 5.9:1 with white)
    IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), // primary_text
    IM_COL32(0xB4, 0x53, 0x09, 0xFF), // accent (amber, 5.0:1 on white)
    IM_COL32(0xB4, 0x23, 0x18, 0xFF), // danger (6.4:1 with white)
    IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), // danger_text
    IM_COL32(0xD6, 0xD1, 0xC8, 0xFF), // border
    IM_COL32(0xE3, 0xDE, 0xD5, 0xFF), // ring_track
    IM_COL32(0x16, 0x7A, 0x3E, 0xFF), // success
};

static const Palette kDark = {
    IM_COL32(0x12, 0x16, 0x1A, 0xFF), // bg
    IM_COL32(0x1C, 0x22, 0x28, 0xFF), // surface
    IM_COL32(0x26, 0x2E, 0x35, 0xFF), // surface_alt
    IM_COL32(0xEC, 0xEF, 0xF1, 0xFF), // text
    IM_COL32(0xA9, 0xB4, 0xBD, 0xFF), // text_muted (8:1 on bg)
    IM_COL32(0x5E, 0xD0, 0xC5, 0xFF), // primary (teal)
    IM_COL32(0x0B, 0x1F, 0x1E, 0xFF), // primary_text (dark on light teal, 9:1)
    IM_COL32(0xF5, 0xB0, 0x4C, 0xFF), // accent
    IM_COL32(0xFF, 0x8A, 0x80, 0xFF), // danger
    IM_COL32(0x2A, 0x0A, 0x07, 0xFF), // danger_text
    IM_COL32(0x35, 0x3F, 0x48, 0xFF), // border
    IM_COL32(0x2C, 0x35, 0x3D, 0xFF), // ring_track
    IM_COL32(0x6C, 0xD3, 0x8E, 0xFF), // success
};

//-----------------------------------------------------------------------------
// Fonts: Inter for text with Material Icons merged in, rasterised on demand at the display density
//-----------------------------------------------------------------------------

static ImFont* add_font(const char* text_asset) {
    ImGuiIO& io = ImGui::GetIO();
    AssetBytes text = find_asset(text_asset);
    AssetBytes icons = find_asset("fonts/icons.ttf");
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;   // the bytes live in the wasm's data section
    ImFont* font = io.Fonts->AddFontFromMemoryTTF((void*)text.data, (int)text.size, type::kBody, &cfg);
    ImFontConfig icon_cfg;
    icon_cfg.FontDataOwnedByAtlas = false;
    icon_cfg.MergeMode = true;
    icon_cfg.GlyphOffset = ImVec2(0, 3.0f);   // icons sit on the text's centre line, not its baseline
    icon_cfg.GlyphMinAdvanceX = type::kBody * 1.2f;
    io.Fonts->AddFontFromMemoryTTF((void*)icons.data, (int)icons.size, type::kBody * 1.2f, &icon_cfg);
    return font;
}

void UiTheme::load_fonts() {
    regular = add_font("fonts/inter-regular.otf");
    bold = add_font("fonts/inter-bold.otf");
}

//-----------------------------------------------------------------------------
// Style
//-----------------------------------------------------------------------------

static ImVec4 v4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

void UiTheme::apply(bool dark_mode, float text_scale) {
    dark = dark_mode;
    pal = dark ? kDark : kLight;
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.FontSizeBase = type::kBody;
    s.FontScaleMain = text_scale;
    s.WindowPadding = ImVec2(kPad, kPad);
    s.FramePadding = ImVec2(14, 12);
    s.ItemSpacing = ImVec2(12, 12);
    s.ItemInnerSpacing = ImVec2(10, 8);
    s.WindowRounding = 0;
    s.ChildRounding = kRadius;
    s.FrameRounding = kRadius;
    s.GrabRounding = kRadius;
    s.PopupRounding = kRadius;
    s.ScrollbarSize = 6;
    s.ScrollbarRounding = 3;
    s.GrabMinSize = 28;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 0;
    s.FrameBorderSize = 0;
    s.TouchExtraPadding = ImVec2(4, 4);

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = v4(pal.text);
    c[ImGuiCol_TextDisabled] = v4(pal.text_muted);
    c[ImGuiCol_WindowBg] = v4(pal.bg);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = v4(pal.surface);
    c[ImGuiCol_Border] = v4(pal.border);
    c[ImGuiCol_FrameBg] = v4(pal.surface_alt);
    c[ImGuiCol_FrameBgHovered] = v4(pal.border);
    c[ImGuiCol_FrameBgActive] = v4(pal.border);
    c[ImGuiCol_Button] = v4(pal.surface);
    c[ImGuiCol_ButtonHovered] = v4(pal.surface_alt);
    c[ImGuiCol_ButtonActive] = v4(pal.border);
    c[ImGuiCol_CheckMark] = v4(pal.primary);
    c[ImGuiCol_SliderGrab] = v4(pal.primary);
    c[ImGuiCol_SliderGrabActive] = v4(pal.primary);
    c[ImGuiCol_Header] = v4(pal.surface_alt);
    c[ImGuiCol_HeaderHovered] = v4(pal.border);
    c[ImGuiCol_HeaderActive] = v4(pal.border);
    c[ImGuiCol_Separator] = v4(pal.border);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = v4(pal.border);
    c[ImGuiCol_NavCursor] = v4(pal.accent);
    c[ImGuiCol_TextSelectedBg] = ImVec4(v4(pal.primary).x, v4(pal.primary).y, v4(pal.primary).z, 0.35f);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.45f);
}

} // namespace unclench
