// Home's recovery card: the day and phase of the back episode, today's plan as items that tick
// themselves (or are ticked by hand: a walk, the hourly move), the check-in, the lessons, and the
// "see a clinician" card. Without an episode, the button that starts one.
#pragma once

namespace unclench {

class App;
void draw_home_plan(App& app);

} // namespace unclench
