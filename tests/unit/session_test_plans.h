// Plans shared by the session engine tests: every kind of work, every side mode, every rest.
#pragma once
#include "core/session_plan.h"

namespace unclench_test {

using namespace unclench;

inline PlanItem make_item(const char* name, WorkKind kind) {
    PlanItem item;
    item.exercise_id = name;
    item.name = name;
    item.kind = kind;
    item.prepare_ms = 5000;
    return item;
}

// 221 s in all:
//   0 Knees to chest   hold 20 s x2, rest 5 s between          5 + 20 + 5 + 20         = 50 s
//   1 Pelvic tilt      3 reps at 2/1/2 s, 2 sets, rest 10 s     5 + 15 + 10 + 15        = 45 s
//   2 Side knee drop   hold 30 s each side, switch 5 s          5 + 30 + 5 + 30         = 70 s
//   3 Belly breathing  4 breaths of 5 s                         5 + 20                  = 25 s
//   4 Bird dog         hold 5 s alternating x2, rest 2 s        5 + 4 x 5 + 3 x 2       = 31 s
inline SessionPlan sample_plan() {
    SessionPlan plan;
    plan.routine_id = "sample";
    plan.routine_name = "Sample routine";

    PlanItem knees = make_item("Knees to chest", WorkKind::Hold);
    knees.hold_ms = 20000;
    knees.reps = 2;
    knees.rest_between_reps_ms = 5000;
    plan.items.push_back(knees);

    PlanItem tilt = make_item("Pelvic tilt", WorkKind::Reps);
    tilt.reps = 3;
    tilt.tempo = {2000, 1000, 2000};
    tilt.sets = 2;
    tilt.rest_between_sets_ms = 10000;
    plan.items.push_back(tilt);

    PlanItem drop = make_item("Side knee drop", WorkKind::Hold);
    drop.hold_ms = 30000;
    drop.sides = SideMode::EachSide;
    drop.switch_side_ms = 5000;
    plan.items.push_back(drop);

    PlanItem breathing = make_item("Belly breathing", WorkKind::Breaths);
    breathing.breaths = 4;
    breathing.breath_ms = 5000;
    plan.items.push_back(breathing);

    PlanItem bird = make_item("Bird dog", WorkKind::Hold);
    bird.hold_ms = 5000;
    bird.reps = 2;
    bird.sides = SideMode::Alternating;
    bird.rest_between_reps_ms = 2000;
    plan.items.push_back(bird);
    return plan;
}

const int64_t kSampleMs = 221000;

} // namespace unclench_test
