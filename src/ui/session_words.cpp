#include "ui/session_words.h"

#include "core/phase_words.h"

namespace unclench {

const char* session_phase_label(const SessionSnapshot& s) { return phase_label(s.phase_kind, s.work_kind, s.motion.motion); }

std::string session_position_text(const SessionSnapshot& s) {
    std::string t;
    if (s.breaths > 0) t = "Breath " + std::to_string(s.breath) + " of " + std::to_string(s.breaths);
    else if (s.reps > 1) t = "Rep " + std::to_string(s.rep) + " of " + std::to_string(s.reps);
    if (s.sets > 1) t += (t.empty() ? "" : " · ") + std::string("Set ") + std::to_string(s.set) + " of " + std::to_string(s.sets);
    if (s.side != Side::None) t += (t.empty() ? "" : " · ") + std::string(s.side == Side::Right ? "Right side" : "Left side");
    return t;
}

} // namespace unclench
