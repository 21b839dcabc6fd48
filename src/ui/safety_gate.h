// What the safety check allows: routines start only once the check is answered and, when an answer
// needs care first, the person has confirmed a clinician checked them. The first run opens the check
// before anything else.
#pragma once
#include <string>
#include <vector>

namespace unclench {

class App;
struct Routine;

// True while no routine may start (check not answered, or a "yes" not yet checked by a clinician).
bool safety_gate_blocks_start(App& app);
// If blocked, opens the Safety screen and returns true; the caller then does not start the routine.
// App::start_routine asks this first.
bool safety_gate_redirect(App& app);
// Once per page load: if the check was never answered, opens it on top of the first screen.
void open_first_run_check(App& app);
// Conditions the person reported (kConditionIds: "disc-problems", ...), for the Player's cautions:
// an exercise whose Exercise::avoid_if contains one is flagged and can be skipped.
std::vector<std::string> reported_conditions(App& app);

} // namespace unclench
