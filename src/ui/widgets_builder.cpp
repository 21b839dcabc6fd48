#include "ui/widgets_builder.h"

#include <cstdio>
#include <cstdlib>
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include "icons.h"
#include "ui/mirror.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace unclench::builder_ui {

static const Palette& pal() { return widget_theme().pal; }

//-----------------------------------------------------------------------------
// Stepper
//-----------------------------------------------------------------------------

// A round button with an icon; greyed and inert at the end of the range.
static bool round_button(const char* icon, const std::string& name, bool enabled) {
    float d = kTouchTarget;
    ImGui::PushID(name.c_str());
    ImGui::BeginDisabled(!enabled);
    bool pressed = pressable("##step", ImVec2(d, d));
    ImGui::EndDisabled();
    ImGui::PopID();
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 fill = ImGui::IsItemActive() ? pal().border : pal().surface_alt;
    dl->AddCircleFilled(r.GetCenter(), d * 0.5f - 2, fill);
    ImGui::PushFont(nullptr, type::kBody * 1.3f);
    ImVec2 isz = ImGui::CalcTextSize(icon);
    dl->AddText(r.GetCenter() - isz * 0.5f, enabled ? pal().text : pal().text_muted, icon);
    ImGui::PopFont();
    focus_ring(d * 0.5f);
    MirrorItem item{Role::Button, name, ImGui::GetItemID(), r.Min, r.Max};
    item.disabled = !enabled;
    mirror_add(item);
    return pressed && enabled;
}

bool stepper(const char* label, int* value, int min, int max, int step, const char* unit) {
    ImGui::PushID(label);
    float w = ImGui::GetContentRegionAvail().x;
    ImVec2 start = ImGui::GetCursorScreenPos();
    char shown[48];
    std::snprintf(shown, sizeof shown, unit && *unit ? "%d %s" : "%d", *value, unit);

    ImGui::AlignTextToFramePadding();
    float text_y = start.y + (kTouchTarget - ImGui::GetFontSize()) * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(ImVec2(start.x, text_y), pal().text, label);
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImVec2 vsz = ImGui::CalcTextSize(shown);
    float value_x = start.x + w - 2 * kTouchTarget - 12 - vsz.x - 14;
    dl->AddText(ImVec2(value_x, start.y + (kTouchTarget - vsz.y) * 0.5f), pal().text, shown);
    ImGui::PopFont();

    int before = *value;
    ImGui::SetCursorScreenPos(ImVec2(start.x + w - 2 * kTouchTarget - 6, start.y));
    if (round_button(ICON_REMOVE, std::string("Less ") + label, *value > min)) *value = *value - step < min ? min : *value - step;
    ImGui::SameLine(0, 6);
    if (round_button(ICON_ADD, std::string("More ") + label, *value < max)) *value = *value + step > max ? max : *value + step;
    std::string status = std::string(label) + ": " + shown;
    mirror_add({Role::Status, status, 0, start, ImVec2(start.x + w, start.y + kTouchTarget)});
    ImGui::PopID();
    return *value != before;
}

//-----------------------------------------------------------------------------
// Text field
//-----------------------------------------------------------------------------

bool text_field(const char* label, std::string* text, size_t max_bytes, const char* hint) {
    ImGui::PushFont(nullptr, type::kSmall);
    ImGui::PushStyleColor(ImGuiCol_Text, pal().text_muted);
    ImGui::TextUnformatted(label);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushID(label);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    float pad_y = (kTouchTarget - ImGui::GetFontSize()) * 0.5f;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(14, pad_y < 8 ? 8 : pad_y));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f);
    bool edited = ImGui::InputTextWithHint("##field", hint ? hint : "", text);
    ImGui::PopStyleVar(2);
    ImGui::PopID();
    if (text->size() > max_bytes) {   // cut on a UTF-8 boundary
        size_t n = max_bytes;
        while (n > 0 && ((unsigned char)(*text)[n] & 0xC0) == 0x80) n--;
        text->resize(n);
    }
    MirrorItem item{Role::TextField, label, ImGui::GetItemID(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    mirror_add(item);
    return edited;
}

//-----------------------------------------------------------------------------
// Choices
//-----------------------------------------------------------------------------

bool choice_row(const char* label, const std::vector<const char*>& options, int* current) {
    ImGui::PushFont(nullptr, type::kSmall);
    ImGui::PushStyleColor(ImGuiCol_Text, pal().text_muted);
    ImGui::TextUnformatted(label);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    float w = ImGui::GetContentRegionAvail().x;
    float gap = 8;
    float each = (w - gap * (options.size() - 1)) / options.size();
    bool changed = false;
    ImGui::PushID(label);
    for (size_t i = 0; i < options.size(); i++) {
        if (i) ImGui::SameLine(0, gap);
        bool on = (int)i == *current;
        if (big_button(options[i], on ? ICON_CHECK : nullptr, on ? ButtonStyle::Primary : ButtonStyle::Secondary, kTouchTarget, each) && !on) {
            *current = (int)i;
            changed = true;
        }
    }
    ImGui::PopID();
    return changed;
}

void mirror_status(const char* name) {
    mirror_add({Role::Status, name, 0, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

//-----------------------------------------------------------------------------
// Card
//-----------------------------------------------------------------------------

// Channels: the card's background is drawn after its content is measured, behind it.
void begin_card() {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(1, 2));
    ImGui::Indent(kPad);
    ImGui::PushItemWidth(-kPad);
}

void end_card() {
    ImGui::PopItemWidth();
    ImGui::Unindent(kPad);
    ImGui::Dummy(ImVec2(1, 2));
    ImGui::EndGroup();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    ImVec2 a = ImGui::GetItemRectMin() - ImVec2(0, 10), b = ImGui::GetItemRectMax() + ImVec2(0, 6);
    b.x = a.x + ImGui::GetContentRegionAvail().x;
    dl->AddRectFilled(a, b, pal().surface, kRadius);
    dl->AddRect(a, b, pal().border, kRadius, 0, 1.0f);
    dl->ChannelsMerge();
    ImGui::Dummy(ImVec2(1, 6));
}

//-----------------------------------------------------------------------------
// How often a day (a step's dose in words is core's step_dose_text, core/plan_text.h)
//-----------------------------------------------------------------------------

std::string times_per_day_text(int times) {
    if (times <= 0) return "When you need it";
    if (times == 1) return "Once a day";
    if (times == 2) return "Twice a day";
    return std::to_string(times) + " times a day";
}

int times_per_day_from(const std::string& when) {
    if (when.rfind("Once a day", 0) == 0) return 1;
    if (when.rfind("Twice a day", 0) == 0) return 2;
    int n = std::atoi(when.c_str());
    return n > 0 && n <= 12 && when.find(" times a day") != std::string::npos ? n : 0;
}

} // namespace unclench::builder_ui
