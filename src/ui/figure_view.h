// Draws an exercise's animated figure (core/figure_pose.h) with ImDrawList: capsule limbs, a head,
// a floor and props, fitted into a rectangle. Figures come from assets/figures.json, read once.
#pragma once
#include <imgui.h>
#include <string>

namespace unclench {

// progress: 0 = start pose, 1 = target pose (keyframes in between are spread evenly).
// breath: 0..1, how far the chest and belly have risen (breathing exercises).
struct FigureMotion {
    float progress = 1.0f;
    float breath = 0.0f;
};

// mirrored: the same movement on the other side. An unknown id draws a person standing still.
void draw_figure(ImDrawList* dl, ImVec2 min, ImVec2 max, const std::string& figure_id,
                 const FigureMotion& motion, bool mirrored = false);
bool has_figure(const std::string& figure_id);

} // namespace unclench
