// Turns a routine into the SessionPlan the engine plays: every step resolved against the catalogue,
// every number final.
//
// Precedence, most specific first: the step's override > the routine's timing > the user's settings
// (PlanSettings, which start at the defaults below). Dose numbers (hold, reps, sets, breaths) come from
// the step, else from the chosen dose of the exercise: a range plays its low end, "up to N" plays N.
// Details:
//  - Rest between reps is the rest between two holds. Moving reps flow into each other (no rest) unless
//    the step itself asks for one; the routine's and the user's rest between reps apply to holds only.
//  - The pause at the top of a moving rep: the step's hold_s, the step's tempo_hold_s, the dose's hold_s,
//    the routine's tempo_hold_s, then the user's tempo.
//  - Sides: the step's, else the exercise's (EachSide unless the source alternates sides).
//  - The steps shown are the starting position followed by the exercise's steps.
//  - A step whose exercise or dose is not in the catalogue is left out (loaded routines never have one).
#pragma once
#include <cstdint>

#include "core/catalogue.h"
#include "core/routine.h"
#include "core/session_plan.h"

namespace unclench {

// The user's own timing; the defaults are where a physiotherapist would start someone in pain.
struct PlanSettings {
    int prepare_ms = 5000;             // get ready: 5 s to move into position and read the cautions
    int rest_between_reps_ms = 5000;   // 5 s to relax between two holds
    int rest_between_sets_ms = 20000;  // 20 s between sets
    int switch_side_ms = 5000;         // 5 s to change sides
    int breath_ms = 5000;              // one breath in and out: 12 a minute, a calm pace
    Tempo tempo;                       // moving reps: 2 s up, 2 s pause, 2 s down
};

SessionPlan make_plan(const Routine& routine, const Catalogue& catalogue, const PlanSettings& settings = {});

// One step resolved (exposed for tests and the routine builder's preview).
PlanItem make_item(const RoutineStep& step, const Exercise& exercise, const Dosage& dose,
                   const TimingOverrides& routine_timing, const PlanSettings& settings);

// Length of the whole routine as the engine will play it (session_timeline.h rules).
int64_t routine_duration_ms(const Routine& routine, const Catalogue& catalogue, const PlanSettings& settings = {});

// Whether a routine suits a back that has just gone into spasm: marked so (built-in routines), or made
// only of exercises marked so (a routine built or shared by a clinic). Others ask first whether the
// back is in spasm right now.
bool suits_fresh_spasm(const Routine& routine, const Catalogue& catalogue);

} // namespace unclench
