// The app's widgets on top of Dear ImGui: full-screen screens with a header and a touch-scrollable
// column, big buttons and list rows. Every interactive widget also reports itself to the
// accessibility mirror (ui/mirror.h) with its role, name and rectangle.
#pragma once
#include <imgui.h>

namespace unclench {

struct UiTheme;

enum class ButtonStyle { Primary, Secondary, Danger, Quiet };

// Screens -----------------------------------------------------------------------------------------
// Returns true when the header's back button (or Esc) asked to go back.
// A footer (footer_height > 0) stays pinned below the scrolling body: begin_footer() after the body,
// then the footer's widgets (width footer_width()), then end_screen().
bool begin_screen(const char* title, bool with_back, float footer_height = 0.0f);
void begin_footer();
float footer_width();
void end_screen();

// Content ----------------------------------------------------------------------------------------
void section_title(const char* text);
void paragraph(const char* text);
void muted(const char* text);

// Controls -----------------------------------------------------------------------------------------
bool big_button(const char* label, const char* icon, ButtonStyle style, float height = 0.0f, float width = 0.0f);
bool list_row(const char* icon, const char* title, const char* subtitle);
bool icon_button(const char* icon, const char* accessible_name, float size = 0.0f);
// A square control with its icon above a short label (the Player's transport controls).
bool tile_button(const char* icon, const char* label, ButtonStyle style, float size);

// The hit area under every custom control: an invisible button that keyboard navigation (arrows,
// and the mirror's focus) reaches too, which ImGui's InvisibleButton does not by default.
bool pressable(const char* id, ImVec2 size);
// The keyboard focus ring around the last item, drawn only while the person navigates with keys
// (like the browser's :focus-visible).
void focus_ring(float rounding);
// A pressable's fill: `base`, darker under the pointer and more while held (core/palette.h's
// hovered/pressed, whose text contrast is tested). press_fill() reads the last item's state.
ImU32 fill_in_state(ImU32 base, bool hovered, bool held);
ImU32 press_fill(ImU32 base);

// True while a touch drag or its glide is moving the list (the app keeps drawing).
bool widgets_animating();

// A bold title over a small subtitle, both wrapped at `wrap`: their sizes and the row height that
// holds them (never below a comfortable touch target). Rows with two lines of text share this.
struct TwoLineText {
    ImVec2 title, subtitle;
    float row_height;
};
TwoLineText measure_two_lines(const char* title, const char* subtitle, float wrap);

// Shared access to the theme for widgets and screens.
UiTheme& widget_theme();

} // namespace unclench
