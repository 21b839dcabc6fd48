#include "core/phase_words.h"

#include "core/enum_names.h"

namespace unclench {

static constexpr EnumName<PhaseKind> kPhaseKindLabels[] = {
    {PhaseKind::GetReady, "Get ready"}, {PhaseKind::Work, "Hold"}, {PhaseKind::Rest, "Relax"},
    {PhaseKind::SwitchSide, "Switch sides"}};

static constexpr EnumName<Motion> kMotionLabels[] = {
    {Motion::Up, "Up"}, {Motion::Hold, "Hold"}, {Motion::Down, "Down"},
    {Motion::BreatheIn, "Breathe in"}, {Motion::BreatheOut, "Breathe out"}};

const char* phase_kind_label(PhaseKind kind) { return name_of(kPhaseKindLabels, kind, ""); }

const char* motion_label(Motion motion) { return name_of(kMotionLabels, motion, "Hold"); }

const char* phase_label(PhaseKind kind, WorkKind work, Motion motion) {
    if (kind == PhaseKind::Work && work != WorkKind::Hold) return motion_label(motion);
    return phase_kind_label(kind);
}

const char* work_start_label(WorkKind work) {
    switch (work) {
    case WorkKind::Hold: return phase_kind_label(PhaseKind::Work);
    case WorkKind::Reps: return motion_label(Motion::Up);
    case WorkKind::Breaths: return motion_label(Motion::BreatheIn);
    }
    return "";
}

const char* side_suffix(Side side) {
    switch (side) {
    case Side::Right: return ", right side";
    case Side::Left: return ", left side";
    case Side::None: break;
    }
    return "";
}

std::string switch_side_words(Side to) {
    return to == Side::Left ? "Switch to your left side" : "Switch to your right side";
}

} // namespace unclench
