// make_plan: each routine step resolved into a PlanItem, with step > routine > user setting > default.
#include <doctest/doctest.h>

#include "catalogue_fixture.h"
#include "core/routine_plan.h"
#include "core/session_timeline.h"

using namespace unclench;

namespace {
RoutineStep step(const char* exercise) {
    RoutineStep s;
    s.exercise = exercise;
    return s;
}

Routine routine_of(std::vector<RoutineStep> steps) {
    Routine r;
    r.id = "r";
    r.name = "Test routine";
    r.steps = std::move(steps);
    return r;
}

PlanItem only_item(const Routine& r, const PlanSettings& settings = {}) {
    SessionPlan plan = make_plan(r, fixture::loaded_catalogue(), settings);
    REQUIRE(plan.items.size() == 1);
    return plan.items[0];
}
} // namespace

TEST_CASE("the defaults are the documented ones") {
    PlanSettings d;
    CHECK(d.prepare_ms == 5000);
    CHECK(d.rest_between_reps_ms == 5000);
    CHECK(d.rest_between_sets_ms == 20000);
    CHECK(d.switch_side_ms == 5000);
    CHECK(d.breath_ms == 5000);
    CHECK(d.tempo.up_ms == 2000);
    CHECK(d.tempo.hold_ms == 2000);
    CHECK(d.tempo.down_ms == 2000);
}

TEST_CASE("a hold step takes the exercise's default dose and the default timing") {
    PlanItem item = only_item(routine_of({step("knees-to-chest")}));
    CHECK(item.exercise_id == "knees-to-chest");
    CHECK(item.name == "Knees to chest");
    CHECK(item.figure == "knees-to-chest");
    CHECK(item.kind == WorkKind::Hold);
    CHECK(item.hold_ms == 7000);
    CHECK(item.reps == 5);
    CHECK(item.sets == 1);
    CHECK(item.sides == SideMode::None);
    CHECK(item.prepare_ms == 5000);
    CHECK(item.rest_between_reps_ms == 5000);
    CHECK(item.rest_between_sets_ms == 20000);
    CHECK(item.switch_side_ms == 5000);
}

TEST_CASE("the steps shown start with the starting position, and the cautions come along") {
    PlanItem item = only_item(routine_of({step("knees-to-chest")}));
    REQUIRE(item.steps.size() == 2);
    CHECK(item.steps[0] == "Lie on your back.");
    CHECK(item.steps[1] == "Hug both knees gently to your chest.");
    CHECK(item.cautions == std::vector<std::string>{"Stop if it hurts more."});
}

TEST_CASE("a step can pick another source's dose; a range plays its low end") {
    RoutineStep s = step("knees-to-chest");
    s.source = "seed-001";
    PlanItem item = only_item(routine_of({s}));
    CHECK(item.hold_ms == 20000);   // [20, 30]
    CHECK(item.reps == 1);          // the source gives no count: one hold
}

TEST_CASE("\"up to N\" plays N") {
    PlanItem item = only_item(routine_of({step("side-knee-drop")}));
    CHECK(item.reps == 3);
}

TEST_CASE("per-side exercises keep their side mode: alternating when the source alternates") {
    CHECK(only_item(routine_of({step("side-knee-drop")})).sides == SideMode::Alternating);
    CHECK(only_item(routine_of({step("piriformis-stretch")})).sides == SideMode::EachSide);
    RoutineStep s = step("piriformis-stretch");
    s.sides = SideMode::Alternating;
    CHECK(only_item(routine_of({s})).sides == SideMode::Alternating);
}

TEST_CASE("breath-based doses become breaths at the user's breath length") {
    PlanItem item = only_item(routine_of({step("relaxed-breathing")}));
    CHECK(item.kind == WorkKind::Breaths);
    CHECK(item.breaths == 5);
    CHECK(item.breath_ms == 5000);
    CHECK(item.reps == 1);
    PlanSettings slow;
    slow.breath_ms = 6000;
    CHECK(only_item(routine_of({step("relaxed-breathing")}), slow).breath_ms == 6000);
}

TEST_CASE("step overrides beat the dose") {
    RoutineStep s = step("knees-to-chest");
    s.hold_s = 12;
    s.reps = 2;
    s.sets = 3;
    PlanItem item = only_item(routine_of({s}));
    CHECK(item.hold_ms == 12000);
    CHECK(item.reps == 2);
    CHECK(item.sets == 3);
    RoutineStep b = step("relaxed-breathing");
    b.breaths = 9;
    CHECK(only_item(routine_of({b})).breaths == 9);
}

TEST_CASE("timing precedence: step over routine over user setting over default") {
    PlanSettings user;
    user.prepare_ms = 9000;
    user.rest_between_sets_ms = 15000;

    Routine r = routine_of({step("piriformis-stretch")});
    CHECK(only_item(r).prepare_ms == 5000);        // default
    CHECK(only_item(r, user).prepare_ms == 9000);  // user
    r.timing.prepare_s = 3;
    CHECK(only_item(r, user).prepare_ms == 3000);  // routine
    r.steps[0].timing.prepare_s = 0;
    CHECK(only_item(r, user).prepare_ms == 0);     // step (zero is a real value)

    CHECK(only_item(r, user).rest_between_sets_ms == 15000);
    r.timing.rest_between_sets_s = 40;
    CHECK(only_item(r, user).rest_between_sets_ms == 40000);
    r.steps[0].timing.rest_between_sets_s = 10;
    CHECK(only_item(r, user).rest_between_sets_ms == 10000);

    r.timing.switch_side_s = 8;
    CHECK(only_item(r, user).switch_side_ms == 8000);
    r.steps[0].timing.switch_side_s = 2;
    CHECK(only_item(r, user).switch_side_ms == 2000);

    r.timing.rest_between_reps_s = 7;
    CHECK(only_item(r, user).rest_between_reps_ms == 7000);
    r.steps[0].timing.rest_between_reps_s = 1;
    CHECK(only_item(r, user).rest_between_reps_ms == 1000);

    Routine b = routine_of({step("relaxed-breathing")});
    b.timing.breath_s = 7;
    CHECK(only_item(b, user).breath_ms == 7000);
    b.steps[0].timing.breath_s = 4;
    CHECK(only_item(b, user).breath_ms == 4000);
}

TEST_CASE("moving reps use the tempo, with the dose's pause at the top") {
    PlanItem item = only_item(routine_of({step("bridge")}));
    CHECK(item.kind == WorkKind::Reps);
    CHECK(item.reps == 15);
    CHECK(item.tempo.up_ms == 2000);
    CHECK(item.tempo.hold_ms == 2000);   // the dose says 2 s
    CHECK(item.tempo.down_ms == 2000);
}

TEST_CASE("the pause at the top: step hold, step tempo, dose, routine tempo, user tempo") {
    PlanSettings user;
    user.tempo = {3000, 4000, 3000};
    Routine r = routine_of({step("bridge")});
    r.timing.tempo_up_s = 1;
    r.timing.tempo_hold_s = 9;
    PlanItem item = only_item(r, user);
    CHECK(item.tempo.up_ms == 1000);     // routine beats user
    CHECK(item.tempo.down_ms == 3000);   // user
    CHECK(item.tempo.hold_ms == 2000);   // the dose's own pause beats the routine's general one
    r.steps[0].timing.tempo_hold_s = 5;
    CHECK(only_item(r, user).tempo.hold_ms == 5000);
    r.steps[0].hold_s = 6;
    CHECK(only_item(r, user).tempo.hold_ms == 6000);

    // A reps dose without a pause takes the routine's, then the user's.
    Catalogue c = fixture::loaded_catalogue();
    Exercise& bridge = c.exercises[2];
    bridge.dosages[0].hold_s = Amount{};
    Routine plain = routine_of({step("bridge")});
    CHECK(make_plan(plain, c, user).items[0].tempo.hold_ms == 4000);
    plain.timing.tempo_hold_s = 0;
    CHECK(make_plan(plain, c, user).items[0].tempo.hold_ms == 0);
}

TEST_CASE("moving reps flow without rest unless the step asks for one") {
    Routine r = routine_of({step("bridge")});
    r.timing.rest_between_reps_s = 10;   // meant for holds
    PlanSettings user;
    user.rest_between_reps_ms = 8000;
    CHECK(only_item(r, user).rest_between_reps_ms == 0);
    r.steps[0].timing.rest_between_reps_s = 3;
    CHECK(only_item(r, user).rest_between_reps_ms == 3000);
}

TEST_CASE("steps whose exercise or source is not in the catalogue are left out, not crashed on") {
    RoutineStep unknown = step("cartwheel");
    RoutineStep bad_source = step("knees-to-chest");
    bad_source.source = "seed-042";
    SessionPlan plan = make_plan(routine_of({unknown, step("bridge"), bad_source}), fixture::loaded_catalogue());
    REQUIRE(plan.items.size() == 1);
    CHECK(plan.items[0].exercise_id == "bridge");
}

TEST_CASE("the plan carries the routine's id and name, one item per step in order") {
    SessionPlan plan = make_plan(*unclench::load_routine(fixture::routine(), fixture::loaded_catalogue()).data,
                                 fixture::loaded_catalogue());
    CHECK(plan.routine_id == "relief");
    CHECK(plan.routine_name == "Relief");
    REQUIRE(plan.items.size() == 3);
    CHECK(plan.items[0].exercise_id == "relaxed-breathing");
    CHECK(plan.items[2].rest_between_reps_ms == 3000);
}

TEST_CASE("a routine's duration is the engine's duration of its plan") {
    Routine r = *unclench::load_routine(fixture::routine(), fixture::loaded_catalogue()).data;
    const Catalogue c = fixture::loaded_catalogue();
    CHECK(routine_duration_ms(r, c) == plan_duration_ms(make_plan(r, c)));
    // breathing: 5 s get ready + 6 breaths x 5 s = 35 s
    // knees to chest (seed-001): 5 s + one 20 s hold = 25 s
    // side knee drop, alternating, 2 reps of 30 s each side with 3 s rests: 5 + 4 x 30 + 3 x 3 = 134 s
    CHECK(routine_duration_ms(r, c) == (35 + 25 + 134) * 1000);
}

TEST_CASE("a routine suits a fresh spasm when marked so, or when every exercise in it is") {
    Catalogue cat = fixture::loaded_catalogue();
    Routine marked;
    marked.during_spasm = true;
    CHECK(suits_fresh_spasm(marked, cat));
    Routine gentle, mixed, unknown, empty;
    auto step = [](const std::string& id) {
        RoutineStep s;
        s.exercise = id;
        return s;
    };
    for (const Exercise& e : cat.exercises) {
        if (e.during_spasm) gentle.steps.push_back(step(e.id));
        mixed.steps.push_back(step(e.id));
    }
    unknown.steps.push_back(step("no-such-exercise"));
    REQUIRE_FALSE(gentle.steps.empty());
    CHECK(suits_fresh_spasm(gentle, cat));
    CHECK_FALSE(suits_fresh_spasm(mixed, cat));
    CHECK_FALSE(suits_fresh_spasm(unknown, cat));
    CHECK_FALSE(suits_fresh_spasm(empty, cat));
}
