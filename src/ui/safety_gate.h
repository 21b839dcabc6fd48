// What the safety check allows: routines start only once the check is answered and, when an answer
// needs care first, the person has confirmed a clinician checked them. The first run opens the check
// before anything else.
#pragma once
#include <string>
#include <vector>

namespace unclench {

class App;
struct Routine;
struct Exercise;

// True while no routine may start (check not answered, a "yes" not yet checked by a clinician, or the
// emergency signs due again for a new episode).
bool safety_gate_blocks_start(App& app);
// If blocked, opens the Safety screen and returns true; the caller then does not start the routine.
// App::start_routine asks this first.
bool safety_gate_redirect(App& app);
// Once per page load: if the check was never answered, or the emergency signs are due again, opens it
// on top of the first screen.
void open_first_run_check(App& app);
// Conditions the person reported (kConditionIds: "disc-problems", ...), for the Player's cautions:
// an exercise whose Exercise::avoid_if contains one is flagged and can be skipped.
std::vector<std::string> reported_conditions(App& app);
// An exercise the person's answers advise against (Exercise::avoid_if holds a reported condition), e.g.
// a kneeling one with sore knees. Marked in every list and routine, and offered for skipping in the Player.
bool advised_against(App& app, const Exercise& exercise);
inline constexpr const char* kNotAdvisedText = "Not advised for you, from your safety answers";

} // namespace unclench
