// The system's light/dark and reduced-motion preferences (prefers-color-scheme, prefers-reduced-motion).
#pragma once

namespace unclench {

bool system_prefers_dark();
bool system_prefers_reduced_motion();

} // namespace unclench
