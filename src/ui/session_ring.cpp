#include "ui/session_ring.h"

#include <imgui_internal.h>

#include <cmath>
#include <cstdio>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace unclench {

static void centred_text(ImDrawList* dl, ImFont* font, float size, ImVec2 centre, ImU32 colour, const char* text) {
    ImGui::PushFont(font, size);
    ImVec2 ts = ImGui::CalcTextSize(text);
    dl->AddText(ImVec2(centre.x - ts.x * 0.5f, centre.y - ts.y * 0.5f), colour, text);
    ImGui::PopFont();
}

void draw_session_ring(ImVec2 c, float radius, const RingState& ring) {
    const Palette& p = widget_theme().pal;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float thickness = radius * 0.11f;
    dl->AddCircle(c, radius, p.ring_track, 96, thickness);
    if (ring.remaining_fraction > 0.001f) {
        const float start = -IM_PI * 0.5f;
        dl->PathArcTo(c, radius, start, start + 2.0f * IM_PI * ring.remaining_fraction, 96);
        dl->PathStroke(ring.colour, ImDrawFlags_None, thickness);
    }
    // Sizes follow the ring, not the text-size setting: the ring is already as large as the screen allows.
    char secs[16];
    std::snprintf(secs, sizeof secs, "%d", ring.seconds_left);
    UiTheme& t = widget_theme();
    centred_text(dl, t.bold, radius * 0.2f, ImVec2(c.x, c.y - radius * 0.46f), p.text, ring.label);
    centred_text(dl, t.bold, radius * 0.72f, ImVec2(c.x, c.y + radius * 0.02f), p.text, secs);
    centred_text(dl, t.regular, radius * 0.13f, ImVec2(c.x, c.y + radius * 0.5f), p.text_muted,
                 ring.paused ? "Paused" : ring.detail);
}

} // namespace unclench
