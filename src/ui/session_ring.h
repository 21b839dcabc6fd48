// The Player's countdown ring: a track, the part of the phase still to go, and the seconds left in
// numbers big enough to read from two metres.
#pragma once
#include <imgui.h>

namespace unclench {

struct RingState {
    float remaining_fraction = 1.0f;   // 1 at the start of a phase, 0 at its end
    int seconds_left = 0;
    const char* label = "";           // "Hold", "Relax", ...
    const char* detail = "";          // "Rep 2 of 10 · Right side"
    ImU32 colour = 0;
    bool paused = false;
};

void draw_session_ring(ImVec2 centre, float radius, const RingState& ring);

} // namespace unclench
