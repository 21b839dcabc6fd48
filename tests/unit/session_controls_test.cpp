// Every control, tried in every phase of a plan that has every kind of phase.
#include <doctest/doctest.h>
#include "core/session_engine.h"
#include "session_test_plans.h"

using namespace unclench;
using namespace unclench_test;

namespace {

// A started engine sitting `into_ms` inside phase `index` (the clock reads the returned time).
int64_t place_in_phase(SessionEngine& engine, int index, int64_t into_ms) {
    engine.start(0);
    const int64_t now = engine.timeline()[index].start_ms + into_ms;
    engine.advance(now);
    REQUIRE(engine.snapshot(now).phase_index == index);
    return now;
}

int first_phase_of(const SessionEngine& engine, int item) {
    for (const Phase& p : engine.timeline())
        if (p.item == item) return (int)(&p - engine.timeline().data());
    return -1;
}

bool add_time_allowed(const SessionEngine& engine, const Phase& p) {
    return p.kind != PhaseKind::Work || engine.plan().items[p.item].kind == WorkKind::Hold;
}

} // namespace

TEST_CASE("each control does its job in each phase") {
    SessionEngine probe(sample_plan());
    const int n = (int)probe.timeline().size();
    const int last_item = (int)probe.plan().items.size() - 1;
    for (int i = 0; i < n; i++) {
        const Phase& p = probe.timeline()[i];
        const int64_t into = p.duration_ms > 3000 ? 2500 : p.duration_ms / 2;
        CAPTURE(i);

        SUBCASE("pause holds the phase still; resume lets it run on") {
            SessionEngine e(sample_plan());
            int64_t now = place_in_phase(e, i, into);
            CHECK(e.pause(now));
            CHECK(e.snapshot(now + 60000).phase_index == i);
            CHECK(e.snapshot(now + 60000).phase_elapsed_ms == into);
            CHECK(e.resume(now + 60000));
            CHECK(e.snapshot(now + 60000 + 1).phase_elapsed_ms == into + 1);
        }
        SUBCASE("skip phase starts the next phase, or ends the session after the last") {
            SessionEngine e(sample_plan());
            int64_t now = place_in_phase(e, i, into);
            CHECK(e.skip_phase(now));
            SessionSnapshot v = e.snapshot(now);
            if (i + 1 < n) {
                CHECK(v.phase_index == i + 1);
                CHECK(v.phase_elapsed_ms == 0);
            } else {
                CHECK(v.finished);
                CHECK(v.end == EndReason::Completed);
            }
        }
        SUBCASE("back phase restarts a phase well under way, else goes to the one before") {
            SessionEngine e(sample_plan());
            int64_t now = place_in_phase(e, i, into);
            CHECK(e.back_phase(now));
            const int expected = into > 2000 ? i : (i > 0 ? i - 1 : 0);
            CHECK(e.snapshot(now).phase_index == expected);
            CHECK(e.snapshot(now).phase_elapsed_ms == 0);
        }
        SUBCASE("skip exercise starts the next exercise's get-ready, or ends after the last") {
            SessionEngine e(sample_plan());
            int64_t now = place_in_phase(e, i, into);
            CHECK(e.skip_exercise(now));
            SessionSnapshot v = e.snapshot(now);
            if (p.item < last_item) {
                CHECK(v.phase_index == first_phase_of(e, p.item + 1));
                CHECK(v.phase_kind == PhaseKind::GetReady);
            } else {
                CHECK(v.finished);
            }
        }
        SUBCASE("back exercise goes to the previous exercise's start, or restarts the first") {
            SessionEngine e(sample_plan());
            int64_t now = place_in_phase(e, i, into);
            CHECK(e.back_exercise(now));
            CHECK(e.snapshot(now).phase_index == first_phase_of(e, p.item > 0 ? p.item - 1 : 0));
        }
        SUBCASE("repeat exercise restarts this exercise from its get-ready") {
            SessionEngine e(sample_plan());
            int64_t now = place_in_phase(e, i, into);
            CHECK(e.repeat_exercise(now));
            CHECK(e.snapshot(now).phase_index == first_phase_of(e, p.item));
            CHECK(e.snapshot(now).session_remaining_ms == kSampleMs - (e.timeline()[first_phase_of(e, p.item)].start_ms));
        }
        SUBCASE("+10 s lengthens holds, rests, get-ready and switches, not reps or breaths") {
            SessionEngine e(sample_plan());
            int64_t now = place_in_phase(e, i, into);
            const int64_t before = e.snapshot(now).phase_remaining_ms;
            const bool allowed = add_time_allowed(e, p);
            CHECK(e.snapshot(now).can_add_time == allowed);
            CHECK(e.add_time(now, 10000) == allowed);
            CHECK(e.snapshot(now).phase_remaining_ms == before + (allowed ? 10000 : 0));
            CHECK(e.snapshot(now + before + (allowed ? 10000 : 0) - 1).phase_index == i);
        }
        SUBCASE("end early stops here and says so") {
            SessionEngine e(sample_plan());
            int64_t now = place_in_phase(e, i, into);
            CHECK(e.end_early(now));
            CHECK(e.snapshot(now + 5000).finished);
            CHECK(e.snapshot(now + 5000).end == EndReason::EndedEarly);
            CHECK(e.snapshot(now + 5000).finished_at_ms == now);
            CHECK(e.summary(now).end == EndReason::EndedEarly);
        }
        SUBCASE("stop, it hurts ends the session and records the exercise and phase") {
            SessionEngine e(sample_plan());
            int64_t now = place_in_phase(e, i, into);
            CHECK(e.stop_it_hurts(now));
            SessionSummary s = e.summary(now + 1000);
            CHECK(s.end == EndReason::StoppedItHurts);
            CHECK(s.stopped_phase == i);
            CHECK(s.stopped_item == p.item);
            CHECK(s.stopped_phase_kind == p.kind);
            CHECK(e.upcoming_cues(now, 60000).empty());
        }
    }
}

TEST_CASE("controls before start and after the end are ignored") {
    SessionEngine e(sample_plan());
    CHECK_FALSE(e.skip_phase(0));
    CHECK_FALSE(e.add_time(0));
    CHECK_FALSE(e.stop_it_hurts(0));
    CHECK(e.start(0));
    CHECK_FALSE(e.start(10));
    CHECK(e.end_early(100));
    CHECK_FALSE(e.resume(200));
    CHECK_FALSE(e.repeat_exercise(200));
    CHECK_FALSE(e.stop_it_hurts(200));
    CHECK(e.events().size() == 2);
    CHECK(e.summary(300).end == EndReason::EndedEarly);
}

TEST_CASE("controls after the planned end find the session already completed") {
    SessionEngine e(sample_plan());
    e.start(0);
    CHECK_FALSE(e.stop_it_hurts(kSampleMs + 5));
    CHECK(e.summary(kSampleMs + 5).end == EndReason::Completed);
    CHECK(e.snapshot(kSampleMs + 5).finished_at_ms == kSampleMs);
}

TEST_CASE("skipping while paused moves on and stays paused") {
    SessionEngine e(sample_plan());
    e.start(0);
    e.pause(1000);
    CHECK(e.skip_phase(2000));
    SessionSnapshot v = e.snapshot(50000);
    CHECK(v.paused);
    CHECK(v.phase_index == 1);
    CHECK(v.phase_elapsed_ms == 0);
}

TEST_CASE("+10 s belongs to one visit of the phase") {
    SessionEngine e(sample_plan());
    e.start(0);
    e.add_time(6000, 10000);                              // first hold: 30 s now
    CHECK(e.snapshot(6000).phase_total_ms == 30000);
    CHECK(e.snapshot(35000 - 1).phase_index == 1);
    CHECK(e.snapshot(35000).phase_index == 2);
    CHECK(e.snapshot(35000).session_remaining_ms == kSampleMs - 25000);
    e.back_phase(35500);                                  // back into the hold: planned 20 s again
    CHECK(e.snapshot(35500).phase_total_ms == 20000);
}

TEST_CASE("+10 s refuses nonsense amounts") {
    SessionEngine e(sample_plan());
    e.start(0);
    CHECK_FALSE(e.add_time(1000, 0));
    CHECK_FALSE(e.add_time(1000, -10000));
    CHECK_FALSE(e.add_time(1000, 24LL * 3600 * 1000));
    CHECK(e.add_time(1000, 10000));
}

TEST_CASE("repeating an exercise plays it again and the session ends that much later") {
    SessionEngine e(sample_plan());
    e.start(0);
    CHECK(e.repeat_exercise(40000));                      // 40 s into Knees to chest (50 s)
    CHECK(e.snapshot(40000 + 50000 - 1).item_index == 0);
    CHECK(e.snapshot(kSampleMs + 40000).finished_at_ms == kSampleMs + 40000);
    SessionSummary s = e.summary(kSampleMs + 40000);
    CHECK(s.items[0].work_ms == 30000 + 40000);   // 20 + 10 s, then 2 x 20 s again
    CHECK(s.items[0].outcome == ItemOutcome::Done);
}
