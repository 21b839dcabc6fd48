#include "ui/session_words.h"

namespace unclench {

static const char* motion_label(const MotionAt& m) {
    switch (m.motion) {
    case Motion::Up: return "Up";
    case Motion::Hold: return "Hold";
    case Motion::Down: return "Down";
    case Motion::BreatheIn: return "Breathe in";
    case Motion::BreatheOut: return "Breathe out";
    case Motion::None: break;
    }
    return "Hold";
}

const char* phase_kind_label(PhaseKind kind) {
    switch (kind) {
    case PhaseKind::GetReady: return "Get ready";
    case PhaseKind::Rest: return "Relax";
    case PhaseKind::SwitchSide: return "Switch sides";
    case PhaseKind::Work: return "Hold";
    }
    return "";
}

const char* session_phase_label(const SessionSnapshot& s) {
    if (s.phase_kind == PhaseKind::Work && s.work_kind != WorkKind::Hold) return motion_label(s.motion);
    return phase_kind_label(s.phase_kind);
}

std::string session_position_text(const SessionSnapshot& s) {
    std::string t;
    if (s.breaths > 0) t = "Breath " + std::to_string(s.breath) + " of " + std::to_string(s.breaths);
    else if (s.reps > 1) t = "Rep " + std::to_string(s.rep) + " of " + std::to_string(s.reps);
    if (s.sets > 1) t += (t.empty() ? "" : " · ") + std::string("Set ") + std::to_string(s.set) + " of " + std::to_string(s.sets);
    if (s.side != Side::None) t += (t.empty() ? "" : " · ") + std::string(s.side == Side::Right ? "Right side" : "Left side");
    return t;
}

} // namespace unclench
