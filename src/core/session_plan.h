// A routine resolved into what the session engine plays: one item per routine step, every number final.
// Produced from the catalogue and a routine (routine_plan.h); consumed by the engine (session_engine.h).
#pragma once
#include <string>
#include <vector>

namespace unclench {

enum class WorkKind { Hold, Reps, Breaths };

// EachSide: every set on the right, then every set on the left. Alternating: right then left within each rep.
enum class SideMode { None, EachSide, Alternating };

// One repetition of a moving exercise: up, hold at the top, down.
struct Tempo {
    int up_ms = 2000;
    int hold_ms = 2000;
    int down_ms = 2000;
};

struct PlanItem {
    std::string exercise_id;
    std::string name;
    std::string figure;                  // animation id in assets/figures.json
    std::vector<std::string> steps;      // numbered instructions, in order
    std::vector<std::string> cautions;   // shown before the exercise starts
    WorkKind kind = WorkKind::Hold;
    int hold_ms = 0;                     // Hold: length of one hold
    int reps = 1;                        // Hold: holds per set; Reps: repetitions per set
    Tempo tempo;                         // Reps
    int breaths = 0;                     // Breaths: breaths per set
    int breath_ms = 5000;                // Breaths: one breath in and out
    int sets = 1;
    SideMode sides = SideMode::None;
    int prepare_ms = 5000;               // get into position before the first set
    int rest_between_reps_ms = 0;
    int rest_between_sets_ms = 0;
    int switch_side_ms = 5000;
};

struct SessionPlan {
    std::string routine_id;
    std::string routine_name;
    std::vector<PlanItem> items;
};

} // namespace unclench
