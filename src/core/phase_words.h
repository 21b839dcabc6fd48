// The short words for where a session is. The ring's label, the hidden tab's title, the screen
// reader's announcement, the "next up" line and the voice take them from here, so they all say the
// same thing.
#pragma once
#include <string>

#include "core/session_plan.h"
#include "core/session_timeline.h"

namespace unclench {

// A phase by its kind alone (the tab title's list of phases ahead): "Get ready", "Hold", "Relax",
// "Switch sides". Every work phase is "Hold" here.
const char* phase_kind_label(PhaseKind kind);
// Where a repetition or a breath is: "Up", "Hold", "Down", "Breathe in", "Breathe out"; "Hold" for none.
const char* motion_label(Motion motion);
// The phase now, as the ring shows it: a hold says "Hold", moving reps and breaths their motion.
const char* phase_label(PhaseKind kind, WorkKind work, Motion motion);
// The first word of a work phase, spoken as it begins: what phase_label shows at that moment
// ("Hold", "Up", "Breathe in").
const char* work_start_label(WorkKind work);

// ", right side" or ", left side" after an instruction; "" for no side.
const char* side_suffix(Side side);
// "Switch to your left side" when the next side is the left, else "Switch to your right side".
std::string switch_side_words(Side to);

} // namespace unclench
