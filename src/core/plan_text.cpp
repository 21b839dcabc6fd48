#include "core/plan_text.h"

namespace unclench {

static std::string seconds(int ms) {
    int s = (ms + 500) / 1000;
    return std::to_string(s) + " s";
}

static std::string work_part(const PlanItem& item) {
    switch (item.kind) {
    case WorkKind::Hold:
        return "Hold " + seconds(item.hold_ms) + (item.reps > 1 ? " · " + std::to_string(item.reps) + " times" : "");
    case WorkKind::Reps:
        return std::to_string(item.reps) + (item.reps == 1 ? " rep" : " reps");
    case WorkKind::Breaths:
        return std::to_string(item.breaths) + (item.breaths == 1 ? " breath" : " breaths");
    }
    return {};
}

static std::string sides_part(SideMode sides) {
    switch (sides) {
    case SideMode::EachSide: return " · each side";
    case SideMode::Alternating: return " · alternating sides";
    case SideMode::None: break;
    }
    return {};
}

std::string describe_dose(const PlanItem& item) {
    std::string text = work_part(item);
    if (item.sets > 1) text += " · " + std::to_string(item.sets) + " sets";
    return text + sides_part(item.sides);
}

} // namespace unclench
