// Index of this file:
// [SECTION] Helpers
// [SECTION] Hit areas, press feedback and focus
// [SECTION] Screens: one full-screen window, a header, and a centred column that scrolls by touch drag
// [SECTION] Content
// [SECTION] Controls

#include "ui/widgets.h"

#include <cmath>
#include <imgui_internal.h>

#include "icons.h"
#include "ui/mirror.h"
#include "ui/theme.h"
#include "ui/ui_context.h"

namespace unclench {

UiContext& ui_context() { return *static_cast<UiContext*>(ImGui::GetIO().UserData); }
void set_ui_context(UiContext* context) { ImGui::GetIO().UserData = context; }
UiTheme& widget_theme() { return *ui_context().theme; }
static WidgetLayout& layout() { return ui_context().layout; }

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------


static ImU32 fill_for(ButtonStyle style) {
    const Palette& p = widget_theme().pal;
    return style == ButtonStyle::Primary ? p.primary
         : style == ButtonStyle::Danger  ? p.danger
         : style == ButtonStyle::Quiet   ? p.bg : p.surface;
}

static ImU32 text_for(ButtonStyle style) {
    const Palette& p = widget_theme().pal;
    return style == ButtonStyle::Primary ? p.primary_text : style == ButtonStyle::Danger ? p.danger_text : p.text;
}

//-----------------------------------------------------------------------------
// [SECTION] Hit areas, press feedback and focus
//-----------------------------------------------------------------------------

ImU32 fill_in_state(ImU32 base, bool hovered, bool held) {
    if (held) return im_col(pressed(rgb_of(base)));
    if (hovered) return im_col(unclench::hovered(rgb_of(base)));
    return base;
}

ImU32 press_fill(ImU32 base) { return fill_in_state(base, ImGui::IsItemHovered(), ImGui::IsItemActive()); }

bool pressable(const char* id, ImVec2 size) { return ImGui::InvisibleButton(id, size, ImGuiButtonFlags_EnableNav); }

void focus_ring(float rounding) {
    if (!ImGui::IsItemFocused() || !GImGui->NavCursorVisible) return;
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::GetWindowDrawList()->AddRect(r.Min - ImVec2(3, 3), r.Max + ImVec2(3, 3), widget_theme().pal.accent, rounding + 3, 0, 3.0f);
}

// The accessible name is the label as drawn: "Save###answer" is named "Save" (the ### part is an ID
// that stays when the label changes, so a press queued on the old label still lands).
static void mirror(Role role, const char* name, const ImRect& r) {
    MirrorItem item{role, std::string(name, ImGui::FindRenderedTextEnd(name)), ImGui::GetItemID(), r.Min, r.Max};
    item.disabled = (GImGui->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
    mirror_add(item);
}

static float column_width() { return layout().in_footer ? layout().column_w : ImGui::GetContentRegionAvail().x; }

//-----------------------------------------------------------------------------
// [SECTION] Screens: one full-screen window, a header, and a centred column that scrolls by touch drag
//-----------------------------------------------------------------------------


bool begin_screen(const char* title, bool with_back, float footer_height) {
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("##screen", nullptr, flags);

    float w = vp->Size.x - 2 * kPad;
    layout().column_w = w < kMaxContentWidth ? w : kMaxContentWidth;
    layout().column_x = (vp->Size.x - layout().column_w) * 0.5f;

    bool back = false;
    ImGui::SetCursorPosX(layout().column_x);
    if (with_back) {
        back = icon_button(ICON_ARROW_BACK, "Back");
        ImGui::SameLine();
    }
    ImGui::PushFont(widget_theme().bold, type::kHeading);
    float header_h = kTouchTarget;
    ImGui::SetCursorPosY(ImGui::GetStyle().WindowPadding.y + (header_h - ImGui::GetFontSize()) * 0.5f);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    MirrorItem heading{Role::Heading, title, 0, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    heading.level = 1;   // the screen's title: where a screen reader lands when the screen opens
    mirror_add(heading);
    ImGui::SetCursorPosY(ImGui::GetStyle().WindowPadding.y + header_h + 8);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape) && with_back) back = true;

    // The body spans the whole width (touch drags anywhere scroll it); its padding centres the column,
    // so content width, wrapping and scrolling all follow from ImGui's own content region.
    ImGui::SetCursorPosX(0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(layout().column_x, 4));
    float body_h = footer_height > 0 ? -(footer_height + ImGui::GetStyle().WindowPadding.y) : 0.0f;
    // One body per screen title: each screen keeps its own scroll position, and a new screen opens at the top.
    ImGui::PushID(title);
    ImGui::BeginChild("##body", ImVec2(vp->Size.x, body_h), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_NavFlattened, ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    ImGui::PushTextWrapPos(0.0f);
    return back;
}

// Touch drag scrolls the column; once a drag starts, the press under the finger is cancelled so
// scrolling a list never taps the row it started on. A released drag keeps gliding and slows down.
static void touch_scroll() {
    ImGuiIO& io = ImGui::GetIO();
    bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen;
    bool hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem | ImGuiHoveredFlags_ChildWindows);
    if (touch && hovered && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        if (!layout().dragging) ImGui::ClearActiveID();
        layout().dragging = true;
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
        if (io.DeltaTime > 0) layout().fling_velocity = 0.7f * layout().fling_velocity + 0.3f * (-io.MouseDelta.y / io.DeltaTime);
        return;
    }
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) layout().dragging = false;
    if (!layout().dragging && std::fabs(layout().fling_velocity) > 30.0f) {
        ImGui::SetScrollY(ImGui::GetScrollY() + layout().fling_velocity * io.DeltaTime);
        layout().fling_velocity *= std::exp(-4.0f * io.DeltaTime);
    } else if (!layout().dragging) {
        layout().fling_velocity = 0;
    }
}

static void end_body() {
    ImGui::Dummy(ImVec2(1, kPad * 2));   // breathing room below the last item
    touch_scroll();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopID();
}

void begin_footer() {
    end_body();
    layout().in_footer = true;
    ImGui::SetCursorPosX(layout().column_x);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(layout().column_w);
}

void end_screen() {
    if (layout().in_footer) {
        ImGui::PopItemWidth();
        ImGui::EndGroup();
        layout().in_footer = false;
    } else {
        end_body();
    }
    ImGui::End();
}

float footer_width() { return layout().column_w; }

bool widgets_animating() { return layout().dragging || std::fabs(layout().fling_velocity) > 30.0f; }

//-----------------------------------------------------------------------------
// [SECTION] Content
//-----------------------------------------------------------------------------

void section_title(const char* text) {
    ImGui::Dummy(ImVec2(1, 6));
    ImGui::PushFont(widget_theme().bold, type::kHeading);
    ImGui::TextWrapped("%s", text);
    ImGui::PopFont();
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    mirror_add({Role::Heading, text, 0, r.Min, r.Max});
}

// Text is mirrored too, so a screen reader can read what the canvas shows.
static void mirror_text(const char* text) { mirror_add({Role::Text, text, 0, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()}); }

void paragraph(const char* text) {
    ImGui::TextWrapped("%s", text);
    mirror_text(text);
}

void muted(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, widget_theme().pal.text_muted);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
    mirror_text(text);
}

//-----------------------------------------------------------------------------
// [SECTION] Controls
//-----------------------------------------------------------------------------

bool big_button(const char* label, const char* icon, ButtonStyle style, float height, float width) {
    float h = height > 0 ? height : kTouchTarget;
    float w = width > 0 ? width : column_width();
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    if (h < text.y + 24) h = text.y + 24;   // large text sizes grow the button instead of clipping
    bool pressed = pressable(label, ImVec2(w, h));
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(r.Min, r.Max, press_fill(fill_for(style)), kRadius);
    if (style == ButtonStyle::Secondary) dl->AddRect(r.Min, r.Max, widget_theme().pal.border, kRadius, 0, 1.5f);
    float icon_w = icon ? ImGui::CalcTextSize(icon).x + 10 : 0;
    ImVec2 pos(r.Min.x + (w - text.x - icon_w) * 0.5f, r.Min.y + (h - text.y) * 0.5f);
    if (icon) {
        dl->AddText(pos, text_for(style), icon);
        pos.x += icon_w;
    }
    dl->AddText(nullptr, 0.0f, pos, text_for(style), label, ImGui::FindRenderedTextEnd(label));
    ImGui::PopFont();
    focus_ring(kRadius);
    mirror(Role::Button, label, r);
    return pressed;
}

TwoLineText measure_two_lines(const char* title, const char* subtitle, float wrap) {
    TwoLineText t;
    ImGui::PushFont(widget_theme().bold, 0.0f);
    t.title = ImGui::CalcTextSize(title, nullptr, false, wrap);
    ImGui::PopFont();
    ImGui::PushFont(nullptr, type::kSmall);
    t.subtitle = subtitle ? ImGui::CalcTextSize(subtitle, nullptr, false, wrap) : ImVec2(0, 0);
    ImGui::PopFont();
    t.row_height = ImMax(kTouchTarget + 16, t.title.y + t.subtitle.y + 2 * kPad + 4);
    return t;
}

bool list_row(const char* icon, const char* title, const char* subtitle) {
    const Palette& p = widget_theme().pal;
    float w = column_width();
    float icon_d = kTouchTarget * 0.8f;
    float text_x = kPad + icon_d + 14;
    float wrap = w - text_x - 40;
    TwoLineText text = measure_two_lines(title, subtitle, wrap);
    ImVec2 title_sz = text.title, sub_sz = text.subtitle;
    float h = text.row_height;

    ImGui::PushID(title);
    bool pressed = pressable("##row", ImVec2(w, h));
    ImGui::PopID();
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(r.Min, r.Max, press_fill(fill_for(ButtonStyle::Secondary)), kRadius);
    ImVec2 c(r.Min.x + kPad + icon_d * 0.5f, r.Min.y + h * 0.5f);
    dl->AddCircleFilled(c, icon_d * 0.5f, p.surface_alt);
    if (icon) {
        ImVec2 isz = ImGui::CalcTextSize(icon);
        dl->AddText(ImVec2(c.x - isz.x * 0.5f, c.y - isz.y * 0.5f - 1), p.primary, icon);
    }
    float y = r.Min.y + (h - title_sz.y - sub_sz.y - 4) * 0.5f;
    ImGui::PushFont(widget_theme().bold, 0.0f);
    dl->AddText(nullptr, 0.0f, ImVec2(r.Min.x + text_x, y), p.text, title, nullptr, wrap);
    ImGui::PopFont();
    if (subtitle) {
        ImGui::PushFont(nullptr, type::kSmall);
        dl->AddText(nullptr, 0.0f, ImVec2(r.Min.x + text_x, y + title_sz.y + 4), p.text_muted, subtitle, nullptr, wrap);
        ImGui::PopFont();
    }
    ImVec2 chev = ImGui::CalcTextSize(ICON_CHEVRON_RIGHT);
    dl->AddText(ImVec2(r.Max.x - chev.x - 12, r.Min.y + (h - chev.y) * 0.5f), p.text_muted, ICON_CHEVRON_RIGHT);
    focus_ring(kRadius);
    std::string name = subtitle ? std::string(title) + ". " + subtitle : std::string(title);
    mirror(Role::Button, name.c_str(), r);
    return pressed;
}

bool icon_button(const char* icon, const char* accessible_name, float size) {
    float d = size > 0 ? size : kTouchTarget;
    ImGui::PushID(accessible_name);
    bool pressed = pressable("##icon", ImVec2(d, d));
    ImGui::PopID();
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered() || ImGui::IsItemActive())
        dl->AddCircleFilled(r.GetCenter(), d * 0.5f, fill_in_state(fill_for(ButtonStyle::Secondary), true, ImGui::IsItemActive()));
    ImGui::PushFont(nullptr, type::kBody * 1.3f);
    ImVec2 isz = ImGui::CalcTextSize(icon);
    dl->AddText(ImVec2(r.GetCenter().x - isz.x * 0.5f, r.GetCenter().y - isz.y * 0.5f), widget_theme().pal.text, icon);
    ImGui::PopFont();
    focus_ring(kRadius);
    mirror(Role::Button, accessible_name, r);
    return pressed;
}

} // namespace unclench

namespace unclench {

bool tile_button(const char* icon, const char* label, ButtonStyle style, float size) {
    bool pressed = pressable(label, ImVec2(size, size));
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(r.Min, r.Max, press_fill(fill_for(style)), kRadius);
    if (style == ButtonStyle::Secondary) dl->AddRect(r.Min, r.Max, widget_theme().pal.border, kRadius, 0, 1.5f);
    ImGui::PushFont(nullptr, size * 0.36f);
    ImVec2 is = icon ? ImGui::CalcTextSize(icon) : ImVec2(0, 0);
    if (icon) dl->AddText(ImVec2(r.GetCenter().x - is.x * 0.5f, r.Min.y + size * 0.14f), text_for(style), icon);
    ImGui::PopFont();
    ImGui::PushFont(widget_theme().bold, ImMin(type::kSmall, size * 0.2f));
    ImVec2 ls = ImGui::CalcTextSize(label, ImGui::FindRenderedTextEnd(label));
    float ly = icon ? r.Max.y - ls.y - size * 0.12f : r.GetCenter().y - ls.y * 0.5f;
    dl->AddText(ImVec2(r.GetCenter().x - ls.x * 0.5f, ly), text_for(style), label, ImGui::FindRenderedTextEnd(label));
    ImGui::PopFont();
    focus_ring(kRadius);
    mirror(Role::Button, label, r);
    return pressed;
}

} // namespace unclench
