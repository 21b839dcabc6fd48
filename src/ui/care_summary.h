// Home's one line about home care: the running care timer, or "Next care: Cold pack at 14:00".
// Draws nothing when there is neither. Defined in screen_care.cpp.
#pragma once

namespace unclench {

class App;

void draw_care_due_summary(App& app);

} // namespace unclench
