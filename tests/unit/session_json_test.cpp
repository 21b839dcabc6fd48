#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include "core/session_engine.h"
#include "session_test_plans.h"

using namespace unclench;
using namespace unclench_test;

namespace {

SessionEngine busy_engine() {
    SessionEngine e(sample_plan());
    e.start(100);
    e.add_time(3000, 10000);
    e.pause(9000);
    e.resume(20000);
    e.skip_phase(30000);
    e.back_exercise(31000);
    e.repeat_exercise(50000);
    e.skip_exercise(60000);
    return e;
}

} // namespace

TEST_CASE("a running session survives a reload: to_json then load_json gives the same engine") {
    SessionEngine original = busy_engine();
    const std::string text = original.to_json().dump();

    SessionEngine restored(sample_plan());
    std::string error;
    REQUIRE(restored.load_json(nlohmann::json::parse(text), error));
    CHECK(error.empty());
    CHECK(restored.events().size() == original.events().size());
    CHECK(restored.to_json() == original.to_json());
    for (int64_t t : {60000, 65000, 100000, 200000, 400000}) {
        SessionSnapshot a = original.snapshot(t), b = restored.snapshot(t);
        CHECK(a.phase_index == b.phase_index);
        CHECK(a.phase_elapsed_ms == b.phase_elapsed_ms);
        CHECK(a.session_remaining_ms == b.session_remaining_ms);
        CHECK(a.finished_at_ms == b.finished_at_ms);
        CHECK(original.summary(t).work_ms == restored.summary(t).work_ms);
    }
    CHECK(restored.upcoming_cues(61000, 5000).size() == original.upcoming_cues(61000, 5000).size());
}

TEST_CASE("after a reload the next look reports the phases that passed while the page was gone") {
    SessionEngine original(sample_plan());
    original.start(0);
    original.pause(1000);
    original.resume(2000);
    SessionEngine restored(sample_plan());
    std::string error;
    REQUIRE(restored.load_json(original.to_json(), error));
    AdvanceResult r = restored.advance(2000 + 58000);   // 59 s played: first rep of pelvic tilt
    CHECK(r.phase_changed);
    CHECK(r.passed_unseen == std::vector<int>{1, 2, 3, 4});
    CHECK_FALSE(r.finished_now);
}

TEST_CASE("a saved session refuses to load onto a different routine") {
    SessionEngine original = busy_engine();
    SessionPlan other = sample_plan();
    other.items.pop_back();
    SessionEngine wrong(other);
    std::string error;
    CHECK_FALSE(wrong.load_json(original.to_json(), error));
    CHECK(error == "saved session belongs to a different routine");
}

TEST_CASE("corrupt saved sessions are refused with a message and change nothing") {
    SessionEngine e(sample_plan());
    e.start(0);
    e.pause(5000);
    const nlohmann::json good = busy_engine().to_json();
    const nlohmann::json before = e.to_json();

    std::vector<nlohmann::json> bad;
    bad.push_back(nlohmann::json("just a string"));
    bad.push_back(nlohmann::json::object());
    nlohmann::json wrong_version = good;  wrong_version["version"] = 99;  bad.push_back(wrong_version);
    nlohmann::json no_events = good;  no_events.erase("events");  bad.push_back(no_events);
    nlohmann::json unknown = good;  unknown["events"][1]["type"] = "teleport";  bad.push_back(unknown);
    nlohmann::json no_time = good;  no_time["events"][1].erase("at");  bad.push_back(no_time);
    nlohmann::json text_time = good;  text_time["events"][1]["at"] = "soon";  bad.push_back(text_time);
    nlohmann::json no_amount = good;  no_amount["events"][1].erase("ms");  bad.push_back(no_amount);
    nlohmann::json two_starts = good;  two_starts["events"][1] = {{"type", "start"}, {"at", 5}};  bad.push_back(two_starts);
    nlohmann::json huge = good;  huge["events"][1]["ms"] = 999999999;  bad.push_back(huge);

    for (const nlohmann::json& j : bad) {
        CAPTURE(j.dump());
        std::string error;
        CHECK_FALSE(e.load_json(j, error));
        CHECK_FALSE(error.empty());
        CHECK(e.to_json() == before);
    }
}
