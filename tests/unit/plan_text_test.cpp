#include <doctest/doctest.h>
#include "core/plan_text.h"

using namespace unclench;

TEST_CASE("a hold reads as its length, how many times, and the sides") {
    PlanItem item;
    item.kind = WorkKind::Hold;
    item.hold_ms = 30000;
    item.reps = 3;
    item.sides = SideMode::EachSide;
    CHECK(describe_dose(item) == "Hold 30 s · 3 times · each side");
    item.reps = 1;
    item.sides = SideMode::None;
    CHECK(describe_dose(item) == "Hold 30 s");
}

TEST_CASE("moving reps and breaths read as counts, with sets when there are several") {
    PlanItem reps;
    reps.kind = WorkKind::Reps;
    reps.reps = 12;
    reps.sets = 3;
    CHECK(describe_dose(reps) == "12 reps · 3 sets");
    PlanItem breaths;
    breaths.kind = WorkKind::Breaths;
    breaths.breaths = 5;
    breaths.sides = SideMode::Alternating;
    CHECK(describe_dose(breaths) == "5 breaths · alternating sides");
}
