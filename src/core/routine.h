// A routine: an ordered list of catalogue exercises, each with optional changes to its dose and timing.
// The built-in routines (assets/routines.json), the routine builder and share links all use this type and
// the same JSON format and validator (catalogue_json.h). make_plan (routine_plan.h) turns one into a
// SessionPlan.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/session_plan.h"

namespace unclench {

// Timing a whole routine or a single step may set, in whole seconds; unset values fall back
// (step > routine > the user's settings > defaults; see routine_plan.h).
struct TimingOverrides {
    std::optional<int> prepare_s;           // get into position before the first set
    std::optional<int> rest_between_reps_s; // between two holds (two units of a set)
    std::optional<int> rest_between_sets_s;
    std::optional<int> switch_side_s;
    std::optional<int> breath_s;            // one breath in and out
    std::optional<int> tempo_up_s;          // moving reps: up, pause at the top, down
    std::optional<int> tempo_hold_s;
    std::optional<int> tempo_down_s;

    bool empty() const;
};

struct RoutineStep {
    std::string exercise;                   // catalogue exercise id
    std::string source;                     // which dose (a source id); empty = the exercise's default dose
    std::optional<int> hold_s;              // hold length, or the pause at the top of a moving rep
    std::optional<int> reps;
    std::optional<int> sets;
    std::optional<int> breaths;
    std::optional<SideMode> sides;          // each_side <-> alternating only
    TimingOverrides timing;
    std::string note;                       // why this step departs from its source, when it does
};

struct Routine {
    std::string id;
    std::string name;
    std::string description;                // one line
    std::string when;                       // when to use it
    bool during_spasm = false;              // every exercise must be gentle enough for an active spasm
    TimingOverrides timing;                 // for every step
    std::vector<RoutineStep> steps;
    std::string note;
};

bool operator==(const TimingOverrides& a, const TimingOverrides& b);
bool operator==(const RoutineStep& a, const RoutineStep& b);
bool operator==(const Routine& a, const Routine& b);
inline bool operator!=(const Routine& a, const Routine& b) { return !(a == b); }

} // namespace unclench
