// Zero drift: the session ends at exactly its planned length plus pauses, whatever the frame rate,
// and the session clock carries it through sleep and wall-clock jumps.
#include <doctest/doctest.h>
#include <functional>
#include <memory>
#include <random>
#include "core/session_clock.h"
#include "core/session_engine.h"
#include "session_test_plans.h"

using namespace unclench;
using namespace unclench_test;

namespace {

struct PlayResult {
    int64_t finished_at_ms = -1;
    int64_t paused_ms = 0;
    std::vector<int> phases_seen;   // in order, including ones reported as passed unseen
    bool remaining_exact = true;    // at every frame: remaining == planned end - now
};

// Plays frames at times given by next_frame; pauses for pause_ms once, at the first frame at or after pause_at.
PlayResult play(SessionEngine& engine, int64_t start, const std::function<int64_t(int64_t)>& next_frame,
                int64_t pause_at = -1, int64_t pause_ms = 0) {
    PlayResult r;
    engine.start(start);
    r.phases_seen.push_back(0);
    int64_t frame_time = start;   // the frame clock, pause left out
    bool paused_once = false;
    for (int frame = 0; frame < 10000000; frame++) {
        frame_time = next_frame(frame_time);
        int64_t now = frame_time + r.paused_ms;
        if (pause_at >= 0 && !paused_once && now >= pause_at) {
            engine.pause(now);
            engine.resume(now + pause_ms);
            r.paused_ms = pause_ms;
            now += pause_ms;
            paused_once = true;
        }
        AdvanceResult a = engine.advance(now);
        for (int i : a.passed_unseen) r.phases_seen.push_back(i);
        if (a.phase_changed && !a.finished_now && a.phase != r.phases_seen.back()) r.phases_seen.push_back(a.phase);
        SessionSnapshot v = engine.snapshot(now);
        if (!v.finished && v.session_remaining_ms != start + engine.planned_ms() + r.paused_ms - now) r.remaining_exact = false;
        if (a.finished_now) {
            r.finished_at_ms = v.finished_at_ms;
            break;
        }
    }
    return r;
}

std::vector<int> all_phases(const SessionEngine& engine) {
    std::vector<int> out;
    for (int i = 0; i < (int)engine.timeline().size(); i++) out.push_back(i);
    return out;
}

// Frame k at floor(k * 1000 / fps) ms after start, as a browser's rounded clock would give.
std::function<int64_t(int64_t)> steady(int64_t start, int fps) {
    auto k = std::make_shared<int64_t>(0);
    return [=](int64_t) { ++*k; return start + *k * 1000 / fps; };
}

} // namespace

TEST_CASE("a session ends at exactly its planned length at 1, 10 and 60 frames a second") {
    for (int fps : {1, 10, 60}) {
        CAPTURE(fps);
        SessionEngine engine(sample_plan());
        PlayResult r = play(engine, 1234, steady(1234, fps));
        CHECK(r.finished_at_ms == 1234 + kSampleMs);
        CHECK(r.remaining_exact);
        CHECK(r.phases_seen == all_phases(engine));
    }
}

TEST_CASE("a session ends at exactly its planned length at irregular frame rates") {
    for (unsigned seed : {1u, 2u, 3u, 42u}) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        std::uniform_int_distribution<int> jitter(1, 120);
        std::uniform_int_distribution<int> stall(0, 50);
        SessionEngine engine(sample_plan());
        PlayResult r = play(engine, 0, [&](int64_t now) { return now + jitter(rng) + (stall(rng) == 0 ? 4000 : 0); });
        CHECK(r.finished_at_ms == kSampleMs);
        CHECK(r.remaining_exact);
        CHECK(r.phases_seen == all_phases(engine));
    }
}

TEST_CASE("a paused session ends at exactly its planned length plus the pause, at any frame rate") {
    for (int fps : {1, 10, 60}) {
        CAPTURE(fps);
        SessionEngine engine(sample_plan());
        PlayResult r = play(engine, 0, steady(0, fps), 77777, 123457);
        CHECK(r.paused_ms == 123457);
        CHECK(r.finished_at_ms == kSampleMs + 123457);
        CHECK(r.remaining_exact);
    }
}

//-----------------------------------------------------------------------------
// Through the session clock
//-----------------------------------------------------------------------------

namespace {
const int64_t kWall0 = 1700000000000;
}

TEST_CASE("the phone sleeps five minutes with the monotonic clock stopped: the engine lands right") {
    SessionEngine engine(sample_plan());
    SessionClock clock;
    int64_t mono = 500, wall = kWall0;
    engine.start(clock.read(mono, wall));
    for (int i = 0; i < 60 * 60; i++) {                    // one minute at 60 fps
        mono += 16; wall += 16;
        engine.advance(clock.read(mono, wall));
    }
    wall += 5 * 60 * 1000;                                 // asleep: only the wall clock moved
    mono += 3;
    wall += 3;
    const int64_t t = clock.read(mono, wall);
    CHECK(t == 60 * 60 * 16 + 5 * 60 * 1000 + 3);
    AdvanceResult r = engine.advance(t);
    CHECK(r.finished_now);
    CHECK(engine.snapshot(t).finished_at_ms == kSampleMs);
}

TEST_CASE("the wall clock set back an hour or forward a day does not move the session") {
    SessionEngine engine(sample_plan());
    SessionClock clock;
    int64_t mono = 0, wall = kWall0;
    engine.start(clock.read(mono, wall));
    for (int i = 0; i < 100; i++) { mono += 100; wall += 100; engine.advance(clock.read(mono, wall)); }
    wall -= 3600 * 1000;                                   // set back an hour
    for (int i = 0; i < 100; i++) { mono += 100; wall += 100; engine.advance(clock.read(mono, wall)); }
    CHECK(engine.snapshot(clock.now()).session_remaining_ms == kSampleMs - 20000);
    wall += 24LL * 3600 * 1000;                            // set forward a day
    for (int i = 0; i < 100; i++) { mono += 100; wall += 100; engine.advance(clock.read(mono, wall)); }
    CHECK(engine.snapshot(clock.now()).session_remaining_ms == kSampleMs - 30000);
    CHECK_FALSE(engine.snapshot(clock.now()).finished);
}
