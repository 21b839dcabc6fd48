// Randomised control sequences (fixed seeds) keep the engine's promises.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <random>
#include "core/session_engine.h"
#include "session_test_plans.h"

using namespace unclench;
using namespace unclench_test;

namespace {

enum Action { Wait, BigJump, ClockBack, Pause, Resume, SkipPhase, BackPhase, SkipExercise, BackExercise, AddTime,
              Repeat, EndEarly, StopItHurts, ActionCount };

bool moves_back(Action a) { return a == BackPhase || a == BackExercise || a == Repeat; }

void check_counters(const SessionSnapshot& v) {
    CHECK(v.phase_remaining_ms >= 0);
    CHECK(v.exercise_remaining_ms >= v.phase_remaining_ms);
    CHECK(v.session_remaining_ms >= v.exercise_remaining_ms);
    CHECK(v.phase_elapsed_ms >= 0);
    CHECK(v.phase_elapsed_ms <= v.phase_total_ms);
    CHECK(v.phase_fraction >= 0.0f);
    CHECK(v.phase_fraction <= 1.0f);
    CHECK(v.phase_index >= 0);
    CHECK(v.phase_index < v.phase_count);
    CHECK(v.rep >= 1);
    CHECK(v.rep <= v.reps);
    CHECK(v.set >= 1);
    CHECK(v.set <= v.sets);
    CHECK(v.breath >= 0);
    CHECK(v.breath <= v.breaths);
}

// Progress as (phase, time into it): it only moves back when a back or repeat was asked for.
bool not_behind(const SessionSnapshot& a, const SessionSnapshot& b) {
    return b.phase_index > a.phase_index || (b.phase_index == a.phase_index && b.phase_elapsed_ms >= a.phase_elapsed_ms);
}

int64_t apply(SessionEngine& e, Action a, int64_t now, std::mt19937& rng) {
    switch (a) {
    case Wait: return now + std::uniform_int_distribution<int>(1, 3000)(rng);
    case BigJump: return now + std::uniform_int_distribution<int>(5000, 90000)(rng);
    case ClockBack: return now - std::uniform_int_distribution<int>(1, 60000)(rng);
    case Pause: e.pause(now); break;
    case Resume: e.resume(now); break;
    case SkipPhase: e.skip_phase(now); break;
    case BackPhase: e.back_phase(now); break;
    case SkipExercise: e.skip_exercise(now); break;
    case BackExercise: e.back_exercise(now); break;
    case AddTime: e.add_time(now, 10000); break;
    case Repeat: e.repeat_exercise(now); break;
    case EndEarly: e.end_early(now); break;
    case StopItHurts: e.stop_it_hurts(now); break;
    case ActionCount: break;
    }
    return now;
}

Action pick(std::mt19937& rng) {
    // Mostly time passing; the endings are rare so sessions last a while.
    int r = std::uniform_int_distribution<int>(0, 999)(rng);
    if (r < 500) return Wait;
    if (r < 520) return BigJump;
    if (r < 570) return ClockBack;
    if (r == 998) return EndEarly;
    if (r == 999) return StopItHurts;
    return (Action)(Pause + (r - 570) % (Repeat - Pause + 1));
}

} // namespace

TEST_CASE("random control sequences keep time, counters and progress sane") {
    size_t events = 0;
    int endings[4] = {0, 0, 0, 0};
    for (unsigned seed = 1; seed <= 40; seed++) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        SessionEngine e(sample_plan());
        int64_t now = 1000;
        e.start(now);
        SessionSnapshot prev = e.snapshot(now);
        bool was_finished = false;
        int64_t last_seen = now;
        for (int step = 0; step < 3000; step++) {
            const Action a = pick(rng);
            now = apply(e, a, now, rng);
            last_seen = std::max(last_seen, now);
            AdvanceResult r = e.advance(now);
            SessionSnapshot v = e.snapshot(now);
            check_counters(v);
            for (size_t i = 0; i < r.passed_unseen.size(); i++) {
                CHECK(r.passed_unseen[i] >= 0);
                CHECK(r.passed_unseen[i] < v.phase_count);
                if (i > 0) CHECK(r.passed_unseen[i] > r.passed_unseen[i - 1]);
            }
            if (was_finished) CHECK(v.finished);
            if (!moves_back(a) && !v.finished && !prev.finished) CHECK(not_behind(prev, v));
            if (v.paused) CHECK(e.snapshot(now + 60000).phase_elapsed_ms == v.phase_elapsed_ms);
            for (const Cue& c : e.upcoming_cues(now, 2000)) CHECK(c.due_ms >= last_seen - 250);
            SessionSummary s = e.summary(now);
            CHECK(s.work_ms <= s.active_ms);
            for (const ItemSummary& item : s.items) {
                CHECK(item.sets_completed <= item.sets_planned);
                CHECK(item.reps_completed <= item.reps_planned);
                CHECK(item.work_ms >= 0);
            }
            was_finished = v.finished;
            prev = v;
            if (v.finished) break;
        }
        events += e.events().size();
        endings[(int)e.summary(now).end]++;
        // Whatever happened, saving and replaying gives the same engine.
        SessionEngine copy(sample_plan());
        std::string error;
        REQUIRE(copy.load_json(e.to_json(), error));
        CHECK(copy.snapshot(now).phase_index == e.snapshot(now).phase_index);
        CHECK(copy.snapshot(now).session_remaining_ms == e.snapshot(now).session_remaining_ms);
        CHECK(copy.summary(now).work_ms == e.summary(now).work_ms);
    }
    // The sequences did exercise the engine: many controls, and every way of ending.
    CHECK(events > 2000);
    CHECK(endings[(int)EndReason::Completed] > 0);
    CHECK(endings[(int)EndReason::EndedEarly] > 0);
    CHECK(endings[(int)EndReason::StoppedItHurts] > 0);
}
