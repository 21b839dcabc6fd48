#include <doctest/doctest.h>
#include <cstdint>
#include "core/session_engine.h"
#include "session_test_plans.h"

using namespace unclench;
using namespace unclench_test;

//-----------------------------------------------------------------------------
// Playing
//-----------------------------------------------------------------------------

TEST_CASE("the sample plan lasts what its items add up to") {
    CHECK(plan_duration_ms(sample_plan()) == kSampleMs);
    SessionEngine engine(sample_plan());
    CHECK(engine.planned_ms() == kSampleMs);
}

TEST_CASE("before start the engine shows the first phase with everything remaining") {
    SessionEngine engine(sample_plan());
    SessionSnapshot v = engine.snapshot(123456);
    CHECK_FALSE(v.started);
    CHECK_FALSE(v.finished);
    CHECK(v.phase_kind == PhaseKind::GetReady);
    CHECK(v.exercise_name == "Knees to chest");
    CHECK(v.session_remaining_ms == kSampleMs);
    CHECK(engine.upcoming_cues(123456, 5000).empty());
}

TEST_CASE("a session plays get ready, work, rest, work and moves to the next exercise") {
    SessionEngine engine(sample_plan());
    REQUIRE(engine.start(1000));
    SessionSnapshot v = engine.snapshot(1000);
    CHECK(v.phase_kind == PhaseKind::GetReady);
    CHECK(v.phase_remaining_ms == 5000);
    CHECK(v.next_up == "Hold 20 s");

    v = engine.snapshot(1000 + 5000);
    CHECK(v.phase_kind == PhaseKind::Work);
    CHECK(v.rep == 1);
    CHECK(v.reps == 2);
    CHECK(v.phase_total_ms == 20000);
    CHECK(v.exercise_remaining_ms == 45000);

    v = engine.snapshot(1000 + 25000 + 2500);
    CHECK(v.phase_kind == PhaseKind::Rest);
    CHECK(v.phase_fraction == doctest::Approx(0.5));

    v = engine.snapshot(1000 + 30000);
    CHECK(v.phase_kind == PhaseKind::Work);
    CHECK(v.rep == 2);
    CHECK(v.next_up == "Next: Pelvic tilt");

    v = engine.snapshot(1000 + 50000);
    CHECK(v.item_index == 1);
    CHECK(v.phase_kind == PhaseKind::GetReady);
    CHECK(v.session_remaining_ms == kSampleMs - 50000);
}

TEST_CASE("reps show rep and set counters and the up, hold, down of the tempo") {
    SessionEngine engine(sample_plan());
    engine.start(0);
    // Pelvic tilt work starts at 55 s; each rep is 5 s: 2 up, 1 hold, 2 down.
    SessionSnapshot v = engine.snapshot(55000 + 5000 + 2500);
    CHECK(v.work_kind == WorkKind::Reps);
    CHECK(v.rep == 2);
    CHECK(v.reps == 3);
    CHECK(v.set == 1);
    CHECK(v.sets == 2);
    CHECK(v.motion.motion == Motion::Hold);
    CHECK(engine.snapshot(55000 + 15000 + 10000 + 4000).set == 2);
    CHECK(engine.snapshot(55000 + 15000 + 10000 + 4000).motion.motion == Motion::Down);
}

TEST_CASE("each-side exercises count the side, and breathing counts breaths") {
    SessionEngine engine(sample_plan());
    engine.start(0);
    SessionSnapshot v = engine.snapshot(95000 + 10000);   // Side knee drop right hold began at 100 s
    CHECK(v.side == Side::Right);
    CHECK(v.next_up == "Switch to your left side");
    v = engine.snapshot(100000 + 30000 + 1000);
    CHECK(v.phase_kind == PhaseKind::SwitchSide);
    CHECK(v.side == Side::Left);
    v = engine.snapshot(165000 + 5000 + 12000);           // Belly breathing work began at 170 s
    CHECK(v.work_kind == WorkKind::Breaths);
    CHECK(v.breath == 3);
    CHECK(v.breaths == 4);
    CHECK(v.motion.motion == Motion::BreatheIn);
}

TEST_CASE("the session ends at exactly its planned length") {
    SessionEngine engine(sample_plan());
    engine.start(7);
    CHECK_FALSE(engine.snapshot(7 + kSampleMs - 1).finished);
    SessionSnapshot v = engine.snapshot(7 + kSampleMs);
    CHECK(v.finished);
    CHECK(v.end == EndReason::Completed);
    CHECK(v.finished_at_ms == 7 + kSampleMs);
    CHECK(v.session_remaining_ms == 0);
    CHECK(engine.snapshot(7 + kSampleMs + 99999).finished_at_ms == 7 + kSampleMs);
}

//-----------------------------------------------------------------------------
// Pause and resume
//-----------------------------------------------------------------------------

TEST_CASE("pausing during a hold keeps the remaining time") {
    SessionEngine engine(sample_plan());
    engine.start(0);
    REQUIRE(engine.pause(12000));                        // 7 s into the first hold
    CHECK(engine.snapshot(12000).phase_remaining_ms == 13000);
    CHECK(engine.snapshot(400000).phase_remaining_ms == 13000);
    CHECK(engine.snapshot(400000).paused);
    CHECK(engine.upcoming_cues(400000, 5000).empty());
    REQUIRE(engine.resume(400000));
    CHECK(engine.snapshot(400000 + 13000).phase_kind == PhaseKind::Rest);
    CHECK(engine.snapshot(kSampleMs + 388000).finished_at_ms == kSampleMs + 388000);
}

TEST_CASE("pause while paused and resume while running are ignored") {
    SessionEngine engine(sample_plan());
    CHECK_FALSE(engine.pause(0));
    engine.start(0);
    CHECK_FALSE(engine.resume(100));
    CHECK(engine.pause(200));
    CHECK_FALSE(engine.pause(300));
    CHECK(engine.events().size() == 2);
}

TEST_CASE("many pauses add up to the millisecond") {
    SessionEngine engine(sample_plan());
    engine.start(0);
    int64_t now = 0, paused = 0;
    for (int i = 0; i < 50; i++) {
        now += 3001;
        engine.pause(now);
        now += 777 + i;
        paused += 777 + i;
        engine.resume(now);
    }
    CHECK(engine.snapshot(kSampleMs + paused).finished_at_ms == kSampleMs + paused);
    CHECK_FALSE(engine.snapshot(kSampleMs + paused - 1).finished);
    CHECK(engine.summary(kSampleMs + paused).paused_ms == paused);
}

//-----------------------------------------------------------------------------
// Time that goes strange
//-----------------------------------------------------------------------------

TEST_CASE("a clock that goes backwards means no time passed") {
    SessionEngine engine(sample_plan());
    engine.start(10000);
    engine.advance(20000);
    SessionSnapshot v = engine.snapshot(5000);
    CHECK(v.phase_elapsed_ms == 5000);                   // as at 20000, not negative
    CHECK(v.phase_remaining_ms >= 0);
    CHECK(engine.pause(15000));
    CHECK(engine.events().back().at_ms == 20000);
    CHECK(engine.snapshot(15000).session_remaining_ms == kSampleMs - 10000);
}

TEST_CASE("hidden for five minutes mid-routine: lands on the right phase and lists the ones missed") {
    SessionEngine engine(sample_plan());
    engine.start(0);
    AdvanceResult r = engine.advance(12000);             // first hold of Knees to chest
    CHECK(r.phase == 1);
    r = engine.advance(12000 + 5 * 60 * 1000);
    CHECK(r.phase_changed);
    CHECK(r.finished_now);                               // 221 s plan: all of it passed unseen
    CHECK(r.passed_unseen.size() == engine.timeline().size() - 2);
    CHECK(r.passed_unseen.front() == 2);
    CHECK(r.passed_unseen.back() == (int)engine.timeline().size() - 1);
    CHECK(engine.snapshot(12000 + 5 * 60 * 1000).finished_at_ms == kSampleMs);
}

TEST_CASE("hidden for a minute after a pause-free start lands mid-plan") {
    SessionEngine engine(sample_plan());
    engine.start(0);
    engine.advance(1000);
    AdvanceResult r = engine.advance(105000);            // Side knee drop, right hold
    CHECK(engine.timeline()[r.phase].item == 2);
    CHECK(engine.timeline()[r.phase].kind == PhaseKind::Work);
    for (size_t i = 0; i + 1 < r.passed_unseen.size(); i++) CHECK(r.passed_unseen[i] + 1 == r.passed_unseen[i + 1]);
    CHECK(r.passed_unseen.front() == 1);
    CHECK(r.passed_unseen.back() == r.phase - 1);
    r = engine.advance(105016);
    CHECK_FALSE(r.phase_changed);
    CHECK(r.passed_unseen.empty());
}

TEST_CASE("a control after a long absence still reports the phases that passed unseen") {
    SessionEngine engine(sample_plan());
    engine.start(0);
    engine.advance(1000);
    engine.pause(59000);                                 // came back in pelvic tilt and paused at once
    AdvanceResult r = engine.advance(59001);
    CHECK(r.phase_changed);
    CHECK(r.passed_unseen == std::vector<int>{1, 2, 3, 4});
    CHECK(r.phase == 5);
}

TEST_CASE("absurd clock readings neither overflow nor go negative") {
    SessionEngine engine(sample_plan());
    engine.start(INT64_MIN);
    CHECK(engine.snapshot(INT64_MIN).session_remaining_ms == kSampleMs);
    AdvanceResult r = engine.advance(INT64_MAX);
    CHECK(r.finished_now);
    SessionSnapshot v = engine.snapshot(INT64_MAX);
    CHECK(v.finished);
    CHECK(v.session_remaining_ms == 0);
    CHECK(engine.summary(INT64_MAX).active_ms == kSampleMs);
}
