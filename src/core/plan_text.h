// Plain words for a dose.
//  - describe_dose: a resolved exercise step, as the session will play it: "Hold 30 s · 3 times · each
//    side", "15 reps", "5 breaths" (a single hold reads "Hold 30 s").
//  - step_dose_text: a routine step, as the builder, a shared link and the printable handout show it:
//    "Hold 30 s · 3 times · 2 sets · each side" (a single hold reads "Hold 30 s · 1 time").
#pragma once
#include <string>

#include "core/catalogue.h"
#include "core/routine.h"
#include "core/session_plan.h"

namespace unclench {

std::string describe_dose(const PlanItem& item);

// The dose a routine step starts from: its source's, or the exercise's default; nullptr when the
// catalogue has no such exercise or source.
const Dosage* step_dosage(const Catalogue& catalogue, const RoutineStep& step);
// "" when step_dosage has none.
std::string step_dose_text(const Catalogue& catalogue, const RoutineStep& step);

} // namespace unclench
