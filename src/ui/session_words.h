// The words the Player, the tab title and the screen reader use for where a session is: "Hold",
// "Switch sides", "Rep 3 of 10 · Left side". One place, so all three always say the same.
#pragma once
#include <string>

#include "core/phase_words.h"      // phase_kind_label: the words for a phase kind
#include "core/session_engine.h"

namespace unclench {

const char* session_phase_label(const SessionSnapshot& s);      // the above, or "Up"/"Down"/"Breathe in" during reps
std::string session_position_text(const SessionSnapshot& s);    // "Rep 3 of 10 · Set 1 of 2 · Left side"

} // namespace unclench
