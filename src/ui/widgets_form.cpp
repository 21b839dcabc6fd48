#include "ui/widgets_form.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "ui/mirror.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

static const Palette& pal() { return widget_theme().pal; }

static ImRect last_rect() { return ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()); }

static void label_text(const char* label) {
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImGui::TextWrapped("%s", label);
    ImGui::PopFont();
}

//-----------------------------------------------------------------------------
// Switch
//-----------------------------------------------------------------------------

bool toggle_row(const char* label, bool* value) {
    float w = ImGui::GetContentRegionAvail().x;
    float h = kTouchTarget;
    ImGui::PushID(label);
    bool pressed = pressable("##toggle", ImVec2(w, h));
    ImGui::PopID();
    if (pressed) *value = !*value;
    ImRect r = last_rect();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float sw = 52, sh = 30;
    ImVec2 s0(r.Max.x - sw - 4, r.Min.y + (h - sh) * 0.5f);
    dl->AddRectFilled(s0, s0 + ImVec2(sw, sh), *value ? pal().primary : pal().border, sh * 0.5f);
    float knob_x = *value ? s0.x + sw - sh * 0.5f : s0.x + sh * 0.5f;
    dl->AddCircleFilled(ImVec2(knob_x, s0.y + sh * 0.5f), sh * 0.5f - 3, IM_COL32_WHITE);
    ImVec2 ts = ImGui::CalcTextSize(label, nullptr, false, w - sw - 16);
    dl->AddText(nullptr, 0.0f, ImVec2(r.Min.x, r.Min.y + (h - ts.y) * 0.5f), pal().text, label, nullptr, w - sw - 16);
    focus_ring(kRadius);
    MirrorItem m{Role::Checkbox, label, ImGui::GetItemID(), r.Min, r.Max};
    m.checked = *value;
    mirror_add(m);
    return pressed;
}

//-----------------------------------------------------------------------------
// Segmented choice: equal cells in one row, wrapping into rows when the text is large
//-----------------------------------------------------------------------------

bool segmented(const char* label, int* value, const char* const* options, int count) {
    label_text(label);
    float w = ImGui::GetContentRegionAvail().x;
    float widest = 0;
    for (int i = 0; i < count; i++) widest = ImMax(widest, ImGui::CalcTextSize(options[i]).x + 24);
    int per_row = ImClamp((int)(w / ImMax(widest, kTouchTarget)), 1, count);
    float cell_w = (w - (per_row - 1) * 6) / per_row;
    bool changed = false;
    ImGui::PushID(label);
    for (int i = 0; i < count; i++) {
        if (i % per_row != 0) ImGui::SameLine(0, 6);
        ImGui::PushID(i);
        if (pressable("##seg", ImVec2(cell_w, kTouchTarget))) { *value = i; changed = true; }
        ImGui::PopID();
        ImRect r = last_rect();
        bool on = *value == i;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(r.Min, r.Max, on ? pal().primary : pal().surface, kRadius);
        if (!on) dl->AddRect(r.Min, r.Max, pal().border, kRadius, 0, 1.5f);
        ImVec2 ts = ImGui::CalcTextSize(options[i]);
        dl->AddText(r.GetCenter() - ts * 0.5f, on ? pal().primary_text : pal().text, options[i]);
        focus_ring(kRadius);
        MirrorItem m{Role::Checkbox, std::string(label) + ": " + options[i], ImGui::GetItemID(), r.Min, r.Max};
        m.checked = on;
        mirror_add(m);
    }
    ImGui::PopID();
    return changed;
}

//-----------------------------------------------------------------------------
// Stepper: − value +
//-----------------------------------------------------------------------------

static bool step_button(const char* text, const std::string& name, bool enabled) {
    ImGui::BeginDisabled(!enabled);
    bool pressed = pressable(name.c_str(), ImVec2(kTouchTarget, kTouchTarget));
    ImRect r = last_rect();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(r.GetCenter(), kTouchTarget * 0.45f, enabled ? pal().surface_alt : pal().bg);
    ImGui::PushFont(widget_theme().bold, type::kHeading);
    ImVec2 ts = ImGui::CalcTextSize(text);
    dl->AddText(r.GetCenter() - ts * 0.5f, enabled ? pal().text : pal().text_muted, text);
    ImGui::PopFont();
    focus_ring(kTouchTarget * 0.5f);
    MirrorItem m{Role::Button, name, ImGui::GetItemID(), r.Min, r.Max};
    m.disabled = !enabled;
    mirror_add(m);
    ImGui::EndDisabled();
    return pressed && enabled;
}

bool stepper_row(const char* label, int* value, int min, int max, int step, const char* unit) {
    float w = ImGui::GetContentRegionAvail().x;
    float controls_w = kTouchTarget * 2 + 90;
    ImGui::PushID(label);
    ImVec2 start = ImGui::GetCursorScreenPos();
    bool wrap = ImGui::CalcTextSize(label).x > w - controls_w - 12;
    if (wrap) label_text(label);
    else {
        ImGui::SetCursorScreenPos(start + ImVec2(0, (kTouchTarget - ImGui::GetFontSize()) * 0.5f));
        ImGui::TextUnformatted(label);
        ImGui::SameLine();
    }
    ImGui::SetCursorScreenPos(ImVec2(start.x + w - controls_w, wrap ? ImGui::GetCursorScreenPos().y : start.y));
    int before = *value;
    if (step_button("−", std::string("Less ") + label, *value > min)) *value = ImMax(min, *value - step);
    ImGui::SameLine(0, 0);
    char text[32];
    snprintf(text, sizeof text, "%d%s", *value, unit);
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImVec2 ts = ImGui::CalcTextSize(text);
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddText(p + ImVec2((90 - ts.x) * 0.5f, (kTouchTarget - ts.y) * 0.5f), pal().text, text);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(90, kTouchTarget));
    ImGuiID value_id = ImGui::GetID("##value");
    float from_mirror = 0;
    if (mirror_consume_value(value_id, &from_mirror)) *value = ImClamp((int)(from_mirror + 0.5f), min, max);
    MirrorItem m{Role::Slider, label, value_id, p, p + ImVec2(90, kTouchTarget)};
    m.value = (float)*value;
    m.value_min = (float)min;
    m.value_max = (float)max;
    mirror_add(m);
    ImGui::SameLine(0, 0);
    if (step_button("+", std::string("More ") + label, *value < max)) *value = ImMin(max, *value + step);
    ImGui::PopID();
    return *value != before;
}

//-----------------------------------------------------------------------------
// Pain 0-10: eleven cells coloured from calm to strong
//-----------------------------------------------------------------------------

// The chosen level's cell takes its colour from core's pain_colour(), calm green to strong red, whose
// white digit palette_test.cpp holds to 4.5:1.
bool pain_scale(const char* label, int* value) {
    label_text(label);
    float w = ImGui::GetContentRegionAvail().x;
    // One row of eleven where each cell stays comfortably wide; else even rows, no cell under 48 px
    // (six a row on most phones, four on a 320 px one).
    int per_row = 11;
    if (w < 11 * (kTouchTarget * 0.87f + 4)) {
        int fit = ImMax(1, (int)((w + 4) / (48.0f + 4)));
        int rows = (11 + fit - 1) / fit;
        per_row = (11 + rows - 1) / rows;
    }
    float cell = (w - (per_row - 1) * 4) / per_row;
    bool changed = false;
    ImGui::PushID(label);
    for (int v = 0; v <= 10; v++) {
        if (v % per_row != 0) ImGui::SameLine(0, 4);
        ImGui::PushID(v);
        if (pressable("##pain", ImVec2(cell, kTouchTarget))) { *value = v; changed = true; }
        ImGui::PopID();
        ImRect r = last_rect();
        bool on = *value == v;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(r.Min, r.Max, on ? im_col(pain_colour(v)) : pal().surface, 10.0f);
        dl->AddRect(r.Min, r.Max, on ? pal().text : pal().border, 10.0f, 0, on ? 2.5f : 1.5f);
        char t[4];
        snprintf(t, sizeof t, "%d", v);
        ImGui::PushFont(widget_theme().bold, 0.0f);
        ImVec2 ts = ImGui::CalcTextSize(t);
        dl->AddText(r.GetCenter() - ts * 0.5f, on ? im_col(kPainDigit) : pal().text, t);
        ImGui::PopFont();
        focus_ring(10.0f);
        MirrorItem m{Role::Checkbox, std::string(label) + ": " + t, ImGui::GetItemID(), r.Min, r.Max};
        m.checked = on;
        mirror_add(m);
    }
    ImGui::PopID();
    muted("0 is no pain, 10 is the worst you can imagine.");
    return changed;
}

//-----------------------------------------------------------------------------
// Text field and card
//-----------------------------------------------------------------------------

bool text_field(const char* label, std::string* text, float height) {
    label_text(label);
    ImGui::PushID(label);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    bool changed = height > 0
        ? ImGui::InputTextMultiline("##text", text, ImVec2(ImGui::GetContentRegionAvail().x, height))
        : ImGui::InputText("##text", text);
    ImRect r = last_rect();
    ImGuiID id = ImGui::GetItemID();
    ImGui::PopID();
    if (mirror_consume_text(id, text)) changed = true;   // typed into the accessibility mirror's field
    MirrorItem m{Role::TextField, label, id, r.Min, r.Max};
    m.text = *text;   // a screen reader reads what is typed, and the mirror's field shows it
    mirror_add(m);
    return changed;
}

void begin_card(const char* id, unsigned int tint) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, tint ? tint : pal().surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kPad, kPad));
    ImGui::BeginChild(id, ImVec2(ImGui::GetContentRegionAvail().x, 0),
                      ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushTextWrapPos(0.0f);   // wrap at the card's edge
}

void end_card() {
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

} // namespace unclench
