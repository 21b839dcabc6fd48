#include <doctest/doctest.h>
#include "core/session_timeline.h"

using namespace unclench;

namespace {

PlanItem hold_item(int hold_ms, int reps, int sets, SideMode sides) {
    PlanItem item;
    item.name = "Knees to chest";
    item.kind = WorkKind::Hold;
    item.hold_ms = hold_ms;
    item.reps = reps;
    item.sets = sets;
    item.sides = sides;
    item.prepare_ms = 5000;
    item.rest_between_reps_ms = 3000;
    item.rest_between_sets_ms = 10000;
    item.switch_side_ms = 4000;
    return item;
}

std::vector<PhaseKind> kinds(const std::vector<Phase>& phases) {
    std::vector<PhaseKind> out;
    for (const Phase& p : phases) out.push_back(p.kind);
    return out;
}

} // namespace

TEST_CASE("a single hold is a get-ready then the hold, with no rest after it") {
    SessionPlan plan;
    plan.items.push_back(hold_item(30000, 1, 1, SideMode::None));
    std::vector<Phase> t = build_timeline(plan);
    REQUIRE(t.size() == 2);
    CHECK(t[0].kind == PhaseKind::GetReady);
    CHECK(t[1].kind == PhaseKind::Work);
    CHECK(t[1].start_ms == 5000);
    CHECK(t[1].duration_ms == 30000);
    CHECK(plan_duration_ms(plan) == 35000);
}

TEST_CASE("rests go between reps and between sets, never after the last one") {
    PlanItem item = hold_item(10000, 2, 2, SideMode::None);
    std::vector<Phase> t = build_item_timeline(item, 0);
    using K = PhaseKind;
    CHECK(kinds(t) == std::vector<K>{K::GetReady, K::Work, K::Rest, K::Work, K::Rest, K::Work, K::Rest, K::Work});
    CHECK(t[2].duration_ms == 3000);   // between reps
    CHECK(t[4].duration_ms == 10000);  // between sets
    CHECK(t[5].set == 2);
    CHECK(t[5].rep == 1);
    CHECK(t[7].rep == 2);
    CHECK(item_duration_ms(item) == 5000 + 4 * 10000 + 2 * 3000 + 10000);
}

TEST_CASE("each side: every set on the right, a switch, then every set on the left") {
    PlanItem item = hold_item(20000, 1, 2, SideMode::EachSide);
    std::vector<Phase> t = build_item_timeline(item, 3);
    using K = PhaseKind;
    CHECK(kinds(t) == std::vector<K>{K::GetReady, K::Work, K::Rest, K::Work, K::SwitchSide, K::Work, K::Rest, K::Work});
    CHECK(t[1].side == Side::Right);
    CHECK(t[3].side == Side::Right);
    CHECK(t[4].side == Side::Left);
    CHECK(t[5].side == Side::Left);
    CHECK(t[7].set == 2);
    CHECK(t[7].item == 3);
}

TEST_CASE("alternating: right then left inside each rep, rests between every unit of a set") {
    PlanItem item = hold_item(5000, 2, 1, SideMode::Alternating);
    std::vector<Phase> t = build_item_timeline(item, 0);
    using K = PhaseKind;
    CHECK(kinds(t) == std::vector<K>{K::GetReady, K::Work, K::Rest, K::Work, K::Rest, K::Work, K::Rest, K::Work});
    CHECK(t[1].side == Side::Right);
    CHECK(t[3].side == Side::Left);
    CHECK(t[3].rep == 1);
    CHECK(t[5].side == Side::Right);
    CHECK(t[5].rep == 2);
    CHECK(t[7].side == Side::Left);
}

TEST_CASE("zero-length phases are dropped and the offsets stay contiguous") {
    PlanItem item = hold_item(10000, 3, 1, SideMode::None);
    item.rest_between_reps_ms = 0;
    item.prepare_ms = 0;
    std::vector<Phase> t = build_item_timeline(item, 0);
    REQUIRE(t.size() == 3);
    int64_t cursor = 0;
    for (const Phase& p : t) {
        CHECK(p.kind == PhaseKind::Work);
        CHECK(p.start_ms == cursor);
        CHECK(p.duration_ms > 0);
        cursor += p.duration_ms;
    }
}

TEST_CASE("reps last up plus hold plus down, and the motion follows the tempo") {
    PlanItem item;
    item.kind = WorkKind::Reps;
    item.reps = 10;
    item.tempo = {2000, 1000, 3000};
    item.prepare_ms = 0;
    std::vector<Phase> t = build_item_timeline(item, 0);
    REQUIRE(t.size() == 10);
    CHECK(t[0].duration_ms == 6000);
    CHECK(motion_at(item, t[0], 500).motion == Motion::Up);
    CHECK(motion_at(item, t[0], 2500).motion == Motion::Hold);
    CHECK(motion_at(item, t[0], 4500).motion == Motion::Down);
    CHECK(motion_at(item, t[0], 4500).fraction == doctest::Approx(0.5));
}

TEST_CASE("a breathing set is one phase of all its breaths, paced in and out") {
    PlanItem item;
    item.kind = WorkKind::Breaths;
    item.breaths = 6;
    item.breath_ms = 10000;
    item.sets = 2;
    item.rest_between_sets_ms = 5000;
    item.prepare_ms = 0;
    std::vector<Phase> t = build_item_timeline(item, 0);
    REQUIRE(t.size() == 3);
    CHECK(t[0].duration_ms == 60000);
    CHECK(t[0].breaths == 6);
    MotionAt m = motion_at(item, t[0], 23000);
    CHECK(m.breath == 3);
    CHECK(m.motion == Motion::BreatheIn);
    CHECK(motion_at(item, t[0], 27000).motion == Motion::BreatheOut);
    CHECK(motion_at(item, t[0], 60000).breath == 6);
}

TEST_CASE("an empty plan lasts nothing") {
    SessionPlan plan;
    CHECK(build_timeline(plan).empty());
    CHECK(plan_duration_ms(plan) == 0);
}
