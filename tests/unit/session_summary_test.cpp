#include <doctest/doctest.h>
#include "core/session_engine.h"
#include "session_test_plans.h"

using namespace unclench;
using namespace unclench_test;

TEST_CASE("a session played to the end: every exercise done, time under tension counted") {
    SessionEngine e(sample_plan());
    e.start(0);
    SessionSummary s = e.summary(kSampleMs);
    CHECK(s.end == EndReason::Completed);
    CHECK(s.routine_id == "sample");
    REQUIRE(s.items.size() == 5);
    CHECK(s.items_done == 5);
    CHECK(s.items_skipped == 0);
    CHECK(s.items[0].work_ms == 40000);
    CHECK(s.items[0].reps_completed == 2);
    CHECK(s.items[0].sets_completed == 1);
    CHECK(s.items[1].work_ms == 30000);
    CHECK(s.items[1].sets_planned == 2);
    CHECK(s.items[1].reps_planned == 6);
    CHECK(s.items[2].sets_planned == 2);      // one set a side
    CHECK(s.items[3].work_ms == 20000);
    CHECK(s.items[4].reps_completed == 4);    // two rights, two lefts
    CHECK(s.work_ms == 40000 + 30000 + 60000 + 20000 + 20000);
    CHECK(s.active_ms == kSampleMs);
    CHECK(s.planned_ms == kSampleMs);
    CHECK(s.paused_ms == 0);
    CHECK(s.stopped_item == -1);
}

TEST_CASE("skipped exercises and a half-done one are told apart") {
    SessionEngine e(sample_plan());
    e.start(0);
    e.skip_exercise(1000);                    // Knees to chest: skipped in its get-ready
    e.advance(1000 + 5000 + 7500);            // Pelvic tilt: 1.5 reps done
    e.skip_exercise(13500);
    e.skip_exercise(14000);                   // Side knee drop: skipped
    SessionSummary s = e.summary(14000);
    CHECK(s.items[0].outcome == ItemOutcome::Skipped);
    CHECK(s.items[1].outcome == ItemOutcome::PartlyDone);
    CHECK(s.items[1].reps_completed == 1);
    CHECK(s.items[1].sets_completed == 0);
    CHECK(s.items[1].work_ms == 7500);
    CHECK(s.items[2].outcome == ItemOutcome::Skipped);
    CHECK(s.end == EndReason::None);
    CHECK(s.items_skipped == 4);              // the last two haven't been reached yet
    CHECK(s.items_partly_done == 1);
}

TEST_CASE("stopping because it hurts records where, and what was done until then") {
    SessionEngine e(sample_plan());
    e.start(0);
    e.pause(10000);
    e.resume(70000);
    e.stop_it_hurts(70000 + 100000);          // 110 s of play: Side knee drop's right hold
    SessionSummary s = e.summary(500000);
    CHECK(s.end == EndReason::StoppedItHurts);
    CHECK(s.stopped_item == 2);
    CHECK(s.stopped_phase == 13);
    CHECK(s.stopped_phase_kind == PhaseKind::Work);
    CHECK(s.items[0].outcome == ItemOutcome::Done);
    CHECK(s.items[1].outcome == ItemOutcome::Done);
    CHECK(s.items[2].outcome == ItemOutcome::PartlyDone);
    CHECK(s.items[2].work_ms == 10000);
    CHECK(s.items[3].outcome == ItemOutcome::Skipped);
    CHECK(s.paused_ms == 60000);
    CHECK(s.active_ms == 110000);
}

TEST_CASE("ending early is not the same as finishing") {
    SessionEngine e(sample_plan());
    e.start(0);
    e.end_early(60000);
    SessionSummary s = e.summary(60000);
    CHECK(s.end == EndReason::EndedEarly);
    CHECK(s.stopped_item == -1);
    CHECK(s.items_done == 1);
    CHECK(s.items_partly_done == 1);
    CHECK(std::string(end_reason_name(s.end)) == "ended_early");
    CHECK(std::string(item_outcome_name(s.items[1].outcome)) == "partly_done");
}

TEST_CASE("a running session's summary counts up to now") {
    SessionEngine e(sample_plan());
    e.start(0);
    CHECK(e.summary(15000).work_ms == 10000);
    CHECK(e.summary(15000).end == EndReason::None);
    CHECK(e.summary(15000).items[0].outcome == ItemOutcome::PartlyDone);
}

TEST_CASE("history remembers a session stopped because it hurt as 'pain', ended early as 'early'") {
    CHECK(session_end_of(EndReason::StoppedItHurts) == SessionEnd::Pain);
    CHECK(session_end_of(EndReason::EndedEarly) == SessionEnd::Early);
    CHECK(session_end_of(EndReason::Completed) == SessionEnd::Completed);
    CHECK(session_end_of(EndReason::None) == SessionEnd::Completed);
    CHECK(std::string(session_end_name(session_end_of(EndReason::StoppedItHurts))) == "pain");
    CHECK(std::string(session_end_name(session_end_of(EndReason::EndedEarly))) == "early");
    CHECK(std::string(session_end_name(session_end_of(EndReason::Completed))) == "completed");
}
