// Plain words for a resolved exercise step: "Hold 30 s · 3 times · each side", "15 reps", "5 breaths".
#pragma once
#include <string>

#include "core/session_plan.h"

namespace unclench {

std::string describe_dose(const PlanItem& item);

} // namespace unclench
