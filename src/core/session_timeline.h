// A session plan unrolled into a flat list of timed phases: the one source of truth for durations.
//
// Rules (per plan item, in order):
//  - Every item starts with a GetReady phase of prepare_ms (move into position, read the cautions).
//  - A "work unit" is one hold (Hold: `reps` holds per set), one repetition (Reps: `reps` per set,
//    each up + hold + down from the tempo) or one block of `breaths` breaths (Breaths: one per set).
//  - SideMode::None: the units of each set in turn.
//    SideMode::EachSide: every set on the right, then a SwitchSide phase, then every set on the left.
//    SideMode::Alternating: inside each set, right unit then left unit, for each rep.
//  - Rest between reps (rest_between_reps_ms) goes between two work units of the same set (including
//    between the right and left unit when alternating), never after the last unit of a set.
//  - Rest between sets (rest_between_sets_ms) goes between two sets on the same side, never after the
//    last set of a side. The switch to the left side replaces that rest.
//  - No rest after the last work of an item: the next item begins with its own GetReady.
//  - Phases of zero (or negative) length are dropped, so every phase in the timeline lasts > 0 ms.
// Counters are 1-based: set 1..sets, rep 1..reps. Breaths phases carry rep = 1.
#pragma once
#include <cstdint>
#include <vector>

#include "core/enum_names.h"
#include "core/session_plan.h"

namespace unclench {

enum class PhaseKind { GetReady, Work, Rest, SwitchSide };
enum class Side { None, Right, Left };

struct Phase {
    PhaseKind kind = PhaseKind::GetReady;
    int item = 0;              // index into SessionPlan::items
    Side side = Side::None;
    int set = 1;               // 1-based
    int rep = 1;               // 1-based; for Hold items the hold number inside the set
    int breaths = 0;           // Work phases of Breaths items: breaths in this phase
    int64_t duration_ms = 0;   // planned length, > 0
    int64_t start_ms = 0;      // offset from the start of the session
};

// Where a repetition or breath is right now, so the figure can move at the tempo.
enum class Motion { None, Up, Hold, Down, BreatheIn, BreatheOut };

struct MotionAt {
    Motion motion = Motion::None;
    int breath = 0;            // 1-based breath number inside a Breaths phase, else 0
    float fraction = 0.0f;     // 0..1 through the current motion
};

std::vector<Phase> build_timeline(const SessionPlan& plan);
std::vector<Phase> build_item_timeline(const PlanItem& item, int item_index);

int64_t plan_duration_ms(const SessionPlan& plan);
int64_t item_duration_ms(const PlanItem& item);

// Length of one work unit of an item (one hold, one rep at the tempo, or one block of breaths).
int64_t work_unit_ms(const PlanItem& item);

// Motion inside a work phase `into_ms` after it began (Motion::None for holds and other phases).
MotionAt motion_at(const PlanItem& item, const Phase& phase, int64_t into_ms);

// Names for logs, JSON and tests (not spoken). A pain stop stores its phase kind by this name.
inline constexpr EnumName<PhaseKind> kPhaseKindNames[] = {
    {PhaseKind::GetReady, "get_ready"}, {PhaseKind::Work, "work"}, {PhaseKind::Rest, "rest"},
    {PhaseKind::SwitchSide, "switch_side"}};
inline constexpr EnumName<Side> kSideNames[] = {{Side::None, "none"}, {Side::Right, "right"}, {Side::Left, "left"}};

const char* phase_kind_name(PhaseKind kind);   // "?" for a value the table does not list
const char* side_name(Side side);

} // namespace unclench
