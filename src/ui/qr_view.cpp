#include "ui/qr_view.h"

#include <imgui.h>

#include "ui/mirror.h"

namespace unclench {

void qr_view(const QrMatrix& qr, float side, float avail_w, const char* accessible_name) {
    if (qr.size == 0) return;
    int total = qr.size + 2 * kQrQuietZone;
    float module = (float)(int)(side / total);   // whole CSS px per module: crisp edges
    if (module < 1) module = 1;
    float drawn = module * total;
    ImVec2 start = ImGui::GetCursorScreenPos();
    ImVec2 origin(start.x + (avail_w - drawn) * 0.5f, start.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(origin, ImVec2(origin.x + drawn, origin.y + drawn), IM_COL32_WHITE, 8.0f);
    const ImU32 ink = IM_COL32(0x10, 0x14, 0x18, 0xFF);
    for (int y = 0; y < qr.size; y++) {
        for (int x = 0; x < qr.size; x++) {
            if (!qr.at(x, y)) continue;
            ImVec2 a(origin.x + (x + kQrQuietZone) * module, origin.y + (y + kQrQuietZone) * module);
            dl->AddRectFilled(a, ImVec2(a.x + module, a.y + module), ink);
        }
    }
    ImGui::Dummy(ImVec2(avail_w, drawn));
    mirror_add({Role::Status, accessible_name, 0, origin, ImVec2(origin.x + drawn, origin.y + drawn)});
}

} // namespace unclench
