#include <doctest/doctest.h>

#include "catalogue_fixture.h"
#include "core/session_resume.h"

using namespace unclench;

namespace {

const int64_t kWall0 = 1795000000000;   // epoch ms of the session's start (Nov 2026)

Routine relief() { return *load_routine(fixture::routine(), fixture::loaded_catalogue()).data; }

// A session started at wall time kWall0 on its own clock, as the app runs one.
struct Running {
    Catalogue catalogue = fixture::loaded_catalogue();
    SessionClock clock;
    std::unique_ptr<SessionEngine> engine;
    SessionResume kept;

    Running() {
        clock.read(0, kWall0);
        PlanSettings plan;
        plan.prepare_ms = 7000;
        engine = std::make_unique<SessionEngine>(make_plan(relief(), catalogue, plan));
        engine->start(clock.now());
        kept.routine = relief();
        kept.prepare_ms = plan.prepare_ms;
        kept.started_wall_s = kWall0 / 1000;
        kept.pain_before = 7;
        keep(0);
    }
    int64_t at(int64_t ms) { return clock.read(ms, kWall0 + ms); }   // monotonic and wall agree
    std::string keep(int64_t ms) {                                    // what the app writes after a control
        kept.engine = engine->to_json().dump();
        kept.clock = {clock.now(), kWall0 + ms};
        return resume_to_text(kept);
    }
};

// The next start of the page: a new monotonic origin, and the wall clock `later_ms` after the save.
std::unique_ptr<SessionEngine> reopen(const std::string& text, int64_t saved_wall_ms, int64_t later_ms,
                                     SessionClock& clock, SessionResume& out, std::string& error) {
    auto engine = resume_session(text, fixture::loaded_catalogue(), saved_wall_ms + later_ms, out, error);
    if (engine) {
        clock.restore(out.clock);
        clock.read(3, saved_wall_ms + later_ms);
    }
    return engine;
}

} // namespace

TEST_CASE("a session reopened after the page was discarded lands where the wall clock says") {
    Running s;
    s.engine->skip_phase(s.at(2000));
    std::string text = s.keep(2000);
    int64_t phase_then = s.engine->snapshot(s.at(2000 + 45000)).phase_index;

    SessionClock clock;
    SessionResume back;
    std::string error;
    auto engine = reopen(text, kWall0 + 2000, 45000, clock, back, error);
    REQUIRE_MESSAGE(engine, error);
    CHECK(clock.now() == 2000 + 45000);
    SessionSnapshot a = s.engine->snapshot(2000 + 45000), b = engine->snapshot(clock.now());
    CHECK(b.phase_index == phase_then);
    CHECK(b.phase_index == a.phase_index);
    CHECK(b.phase_elapsed_ms == a.phase_elapsed_ms);
    CHECK(b.session_remaining_ms == a.session_remaining_ms);
    CHECK(back.pain_before == 7);
    CHECK(back.started_wall_s == kWall0 / 1000);
    CHECK(back.routine.id == "relief");
}

TEST_CASE("a session paused before the reload comes back paused with the same time left") {
    Running s;
    s.engine->pause(s.at(5000));
    std::string text = s.keep(5000);
    int64_t left = s.engine->snapshot(5000).session_remaining_ms;

    SessionClock clock;
    SessionResume back;
    std::string error;
    auto engine = reopen(text, kWall0 + 5000, 10 * 60 * 1000, clock, back, error);
    REQUIRE(engine);
    SessionSnapshot b = engine->snapshot(clock.now());
    CHECK(b.paused);
    CHECK(b.session_remaining_ms == left);
    CHECK(engine->resume(clock.now()));
}

TEST_CASE("the plan is rebuilt with the settings the session started with, not today's") {
    Running s;
    std::string text = s.keep(0);
    SessionResume back;
    std::string error;
    auto engine = resume_session(text, s.catalogue, kWall0 + 1000, back, error);
    REQUIRE(engine);
    CHECK(back.prepare_ms == 7000);
    CHECK(engine->planned_ms() == s.engine->planned_ms());
}

TEST_CASE("a session kept more than 12 hours ago, or in the future, is not resumed") {
    Running s;
    std::string text = s.keep(0);
    SessionResume back;
    std::string error;
    CHECK_FALSE(resume_session(text, s.catalogue, kWall0 + kResumeWithinMs + 1, back, error));
    CHECK(error == "too old to resume");
    CHECK(resume_session(text, s.catalogue, kWall0 + kResumeWithinMs - 1, back, error));
    CHECK_FALSE(resume_session(text, s.catalogue, kWall0 - 3600 * 1000, back, error));
}

TEST_CASE("damaged or foreign kept sessions are refused with a reason and nothing restored") {
    Running s;
    nlohmann::json good = nlohmann::json::parse(s.keep(0));
    auto refused = [&](const nlohmann::json& j) {
        SessionResume back;
        back.pain_before = 3;
        std::string error;
        bool ok = resume_session(j.dump(), s.catalogue, kWall0 + 1000, back, error) != nullptr;
        CHECK(back.pain_before == 3);   // untouched
        CHECK_FALSE(error.empty());
        return !ok;
    };
    CHECK(refused("not json"));
    CHECK(refused(nlohmann::json::array()));
    nlohmann::json j = good; j["format"] = "something.else"; CHECK(refused(j));
    j = good; j["version"] = 2; CHECK(refused(j));
    j = good; j.erase("clock"); CHECK(refused(j));
    j = good; j["prepare_ms"] = -5; CHECK(refused(j));
    j = good; j["pain_before"] = 11; CHECK(refused(j));
    j = good; j["routine"]["steps"][0]["exercise"] = "no-such-exercise"; CHECK(refused(j));
    j = good; j["engine"]["phases"] = 999; CHECK(refused(j));   // replaying onto another plan
    j = good; j["engine"]["events"] = "x"; CHECK(refused(j));
    SessionResume back;
    std::string error;
    CHECK(resume_session(std::string(good.dump()).substr(0, 40), s.catalogue, kWall0, back, error) == nullptr);
}
