// The accessibility mirror's model: every interactive widget drawn this frame, in reading order, with
// its role, accessible name, state and rectangle. The platform turns it into real DOM elements.
#pragma once
#include <string>
#include <vector>
#include <imgui.h>

namespace unclench {

enum class Role { Button, Link, Checkbox, Slider, TextField, Heading, Status };

struct MirrorItem {
    Role role;
    std::string name;
    ImGuiID id;
    ImVec2 min, max;      // CSS pixels
    bool checked = false; // Checkbox
    float value = 0, value_min = 0, value_max = 0; // Slider
    bool disabled = false;
};

void mirror_begin_frame();
void mirror_add(const MirrorItem& item);
const std::vector<MirrorItem>& mirror_items();

} // namespace unclench
