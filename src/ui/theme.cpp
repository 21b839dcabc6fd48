#include "ui/theme.h"

#include "ui/embedded_assets.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Palette
//-----------------------------------------------------------------------------

Palette to_palette(const PaletteColours& c) {
    return Palette{im_col(c.bg), im_col(c.surface), im_col(c.surface_alt), im_col(c.text), im_col(c.text_muted),
                   im_col(c.primary), im_col(c.primary_text), im_col(c.accent), im_col(c.danger),
                   im_col(c.danger_text), im_col(c.border), im_col(c.ring_track), im_col(c.success)};
}

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
    set_colours(base_colours());
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
