#include <doctest/doctest.h>
#include "core/plan_text.h"

#include "catalogue_fixture.h"

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

//-----------------------------------------------------------------------------
// A routine step's dose, as the builder and the handout show it
//-----------------------------------------------------------------------------

TEST_CASE("a routine step's dose reads from its source, with the step's own changes") {
    Catalogue c = fixture::loaded_catalogue();
    RoutineStep step;
    step.exercise = "knees-to-chest";   // default source: hold 7 s, 5 times
    CHECK(step_dose_text(c, step) == "Hold 7 s · 5 times");
    step.source = "seed-001";           // hold 20-30 s, no count: starts at the low end, no "times"
    CHECK(step_dose_text(c, step) == "Hold 20 s");
    step.reps = 1;
    step.sets = 2;
    CHECK(step_dose_text(c, step) == "Hold 20 s · 1 time · 2 sets");
}

TEST_CASE("a routine step's dose names reps, breaths and sides") {
    Catalogue c = fixture::loaded_catalogue();
    RoutineStep bridge;
    bridge.exercise = "bridge";
    CHECK(step_dose_text(c, bridge) == "15 reps");
    RoutineStep breathing;
    breathing.exercise = "relaxed-breathing";
    breathing.breaths = 8;
    CHECK(step_dose_text(c, breathing) == "8 breaths");
    RoutineStep piriformis;
    piriformis.exercise = "piriformis-stretch";
    CHECK(step_dose_text(c, piriformis) == "Hold 30 s · each side");
    RoutineStep knee_drop;
    knee_drop.exercise = "side-knee-drop";
    CHECK(step_dose_text(c, knee_drop) == "Hold 30 s · 3 times · alternating sides");
    knee_drop.sides = SideMode::EachSide;
    CHECK(step_dose_text(c, knee_drop) == "Hold 30 s · 3 times · each side");
}

TEST_CASE("a routine step the catalogue cannot dose has no dose words") {
    Catalogue c = fixture::loaded_catalogue();
    RoutineStep gone;
    gone.exercise = "no-such-exercise";
    CHECK(step_dose_text(c, gone) == "");
    CHECK(step_dosage(c, gone) == nullptr);
    RoutineStep unknown_source;
    unknown_source.exercise = "bridge";
    unknown_source.source = "seed-999";
    CHECK(step_dose_text(c, unknown_source) == "");
    unknown_source.source = "";
    REQUIRE(step_dosage(c, unknown_source) != nullptr);
    CHECK(step_dosage(c, unknown_source)->source == "seed-000");
}
