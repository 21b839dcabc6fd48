#include "ui/widgets_safety.h"

#include <imgui_internal.h>

#include "ui/mirror.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace unclench {

// The screen's column: from the cursor to the wrap position begin_screen() set (its right edge).
static float column_width() {
    float wrap = GImGui->CurrentWindow->DC.TextWrapPos;
    return wrap > 0 ? wrap - ImGui::GetCursorPosX() : ImGui::GetContentRegionAvail().x;
}

//-----------------------------------------------------------------------------
// Yes/no row
//-----------------------------------------------------------------------------

static const float kSwitchW = 64.0f, kSwitchH = 34.0f;

static void draw_switch(ImDrawList* dl, ImVec2 pos, bool on) {
    const Palette& p = widget_theme().pal;
    ImVec2 max(pos.x + kSwitchW, pos.y + kSwitchH);
    dl->AddRectFilled(pos, max, on ? p.danger : p.ring_track, kSwitchH * 0.5f);
    float r = kSwitchH * 0.5f - 4;
    ImVec2 knob(on ? max.x - r - 4 : pos.x + r + 4, pos.y + kSwitchH * 0.5f);
    dl->AddCircleFilled(knob, r, on ? p.danger_text : p.surface);
}

bool yes_no_row(const char* question, const char* why, bool* yes) {
    const Palette& p = widget_theme().pal;
    float w = column_width();
    float pad = kPad;
    float answer_w = kSwitchW + 48;                     // switch + its "Yes"/"No" word
    float wrap = w - 2 * pad - answer_w - 8;
    TwoLineText text = measure_two_lines(question, why, wrap);
    ImVec2 q_sz = text.title, why_sz = text.subtitle;
    float h = text.row_height;

    ImGui::PushID(question);
    bool pressed = pressable("##yesno", ImVec2(w, h));
    ImGui::PopID();
    if (pressed) *yes = !*yes;
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(r.Min, r.Max, press_fill(p.surface), kRadius);
    dl->AddRect(r.Min, r.Max, *yes ? p.danger : p.border, kRadius, 0, *yes ? 2.5f : 1.5f);

    float y = r.Min.y + (h - q_sz.y - why_sz.y - 4) * 0.5f;
    ImGui::PushFont(widget_theme().bold, 0.0f);
    dl->AddText(nullptr, 0.0f, ImVec2(r.Min.x + pad, y), p.text, question, nullptr, wrap);
    ImGui::PopFont();
    if (why) {
        ImGui::PushFont(nullptr, type::kSmall);
        dl->AddText(nullptr, 0.0f, ImVec2(r.Min.x + pad, y + q_sz.y + 4), p.text_muted, why, nullptr, wrap);
        ImGui::PopFont();
    }
    ImVec2 sw(r.Max.x - pad - kSwitchW, r.Min.y + (h - kSwitchH) * 0.5f);
    draw_switch(dl, sw, *yes);
    ImGui::PushFont(widget_theme().bold, 0.0f);
    const char* word = *yes ? "Yes" : "No";
    ImVec2 word_sz = ImGui::CalcTextSize(word);
    dl->AddText(ImVec2(sw.x - word_sz.x - 10, r.Min.y + (h - word_sz.y) * 0.5f), *yes ? p.danger : p.text_muted, word);
    ImGui::PopFont();

    focus_ring(kRadius);
    MirrorItem item{Role::Checkbox, question, ImGui::GetItemID(), r.Min, r.Max};
    item.checked = *yes;
    mirror_add(item);
    ImGui::Dummy(ImVec2(1, 2));
    return pressed;
}

//-----------------------------------------------------------------------------
// Advice card
//-----------------------------------------------------------------------------

void advice_card(const char* headline, const char* body, ImU32 edge) {
    const Palette& p = widget_theme().pal;
    float w = column_width();
    float pad = kPad + 4;
    float wrap = w - 2 * pad - 6;
    ImGui::PushFont(widget_theme().bold, type::kTitle);
    ImVec2 head_sz = ImGui::CalcTextSize(headline, nullptr, false, wrap);
    ImGui::PopFont();
    ImVec2 body_sz = ImGui::CalcTextSize(body, nullptr, false, wrap);
    float h = pad + head_sz.y + 10 + body_sz.y + pad;

    ImVec2 min = ImGui::GetCursorScreenPos();
    ImVec2 max(min.x + w, min.y + h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, p.surface, kRadius);
    dl->AddRectFilled(min, ImVec2(min.x + 6, max.y), edge, kRadius, ImDrawFlags_RoundCornersLeft);
    ImVec2 head_pos(min.x + pad + 6, min.y + pad);
    ImGui::PushFont(widget_theme().bold, type::kTitle);
    dl->AddText(nullptr, 0.0f, head_pos, p.text, headline, nullptr, wrap);
    ImGui::PopFont();
    ImVec2 body_pos(head_pos.x, head_pos.y + head_sz.y + 10);
    dl->AddText(nullptr, 0.0f, body_pos, p.text, body, nullptr, wrap);
    ImGui::Dummy(ImVec2(w, h));

    MirrorItem heading{Role::Heading, headline, 0, head_pos, head_pos + head_sz};
    mirror_add(heading);
    mirror_add({Role::Text, body, 0, body_pos, body_pos + body_sz});
}

} // namespace unclench
