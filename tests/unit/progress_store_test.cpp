#include <doctest/doctest.h>

#include "core/progress_store.h"

using namespace unclench;

namespace {

const int64_t kNow = 1762156800;   // 2025-11-03T08:00:00Z

SessionRecord store_session(const std::string& id, int64_t start) {
    SessionRecord r;
    r.id = id;
    r.routine_id = "gentle-start";
    r.routine_name = "Gentle start";
    r.start = start;
    r.end = start + 300;
    r.tz_offset_min = 60;
    r.active_seconds = 280;
    r.steps.assign(4, StepOutcome::Done);
    r.pain_before = 5;
    r.pain_after = 2;
    r.note = "easier today";
    return r;
}

} // namespace

TEST_CASE("a saved session is there after reloading") {
    MemoryStore mem;
    {
        ProgressStore store(mem, "clinic-a");
        CHECK(store.load(kNow).empty());
        CHECK(store.add_session(store_session("s1", kNow)).empty());
    }
    ProgressStore again(mem, "clinic-a");
    CHECK(again.load(kNow).empty());
    REQUIRE(again.data().sessions.size() == 1);
    CHECK(again.data().sessions[0].id == "s1");
    CHECK(again.data().sessions[0].note == "easier today");
    CHECK(mem.get("unclench/clinic-a/v2/h/2025-11").value);
    CHECK(mem.get("unclench/clinic-a/v2/meta").value == std::string("{\"v\":2}"));
}

TEST_CASE("saving a session writes only its month") {
    MemoryStore mem;
    ProgressStore store(mem, "");
    store.load(kNow);
    store.add_session(store_session("old", kNow - 86400 * 60));
    std::string september = *mem.get("unclench/default/v2/h/2025-09").value;
    int writes_before = mem.writes;
    store.add_session(store_session("new", kNow));
    CHECK(mem.writes == writes_before + 1);
    CHECK(*mem.get("unclench/default/v2/h/2025-09").value == september);
}

TEST_CASE("the same session saved twice is kept once") {
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    store.add_session(store_session("s1", kNow));
    store.add_session(store_session("s1", kNow));
    CHECK(store.data().sessions.size() == 1);
}

TEST_CASE("sessions are kept in time order whatever order they arrive in") {
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    store.add_session(store_session("b", kNow + 100));
    store.add_session(store_session("a", kNow));
    store.add_session(store_session("c", kNow - 86400 * 40));
    REQUIRE(store.data().sessions.size() == 3);
    CHECK(store.data().sessions[0].id == "c");
    CHECK(store.data().sessions[1].id == "a");
    CHECK(store.data().sessions[2].id == "b");
}

TEST_CASE("namespaces keep two clinics' patients apart") {
    MemoryStore mem;
    ProgressStore a(mem, "clinic-a"), b(mem, "clinic-a/evil");
    a.load(kNow);
    b.load(kNow);
    a.add_session(store_session("s1", kNow));
    ProgressStore b_again(mem, "clinic-a/evil");
    b_again.load(kNow);
    CHECK(b_again.data().sessions.empty());
    CHECK(b.namespace_prefix() == "unclench/clinic-a_evil/");
}

TEST_CASE("settings, safety answers, routines and care sessions are stored under their own keys") {
    MemoryStore mem;
    {
        ProgressStore store(mem, "x");
        store.load(kNow);
        Settings s;
        s.theme = Theme::Dark;
        s.text_size_percent = 150;
        store.save_settings(s);
        SafetyRecord safety;
        set_answer(safety, {"numbness", false, kNow});
        safety.clinician_confirmed = true;
        store.save_safety(safety);
        CHECK(store.save_routine({"my-morning", "{\"id\":\"my-morning\",\"steps\":[\"cat-camel\"]}"}).empty());
        store.add_care_session({"ice", kNow, 60, 900, true});
    }
    ProgressStore again(mem, "x");
    again.load(kNow);
    CHECK(again.data().settings.theme == Theme::Dark);
    CHECK(again.data().settings.text_size_percent == 150);
    REQUIRE(find_answer(again.data().safety, "numbness"));
    CHECK_FALSE(find_answer(again.data().safety, "numbness")->yes);
    CHECK(again.data().safety.clinician_confirmed);
    REQUIRE(again.data().routines.size() == 1);
    CHECK(again.data().routines[0].id == "my-morning");
    REQUIRE(again.data().care.size() == 1);
    CHECK(again.data().care[0].protocol_id == "ice");
}

TEST_CASE("a routine without a matching id is refused, and can be removed by id") {
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    CHECK_FALSE(store.save_routine({"a", "{\"id\":\"b\"}"}).empty());
    CHECK_FALSE(store.save_routine({"a", "not json"}).empty());
    CHECK(store.data().routines.empty());
    store.save_routine({"a", "{\"id\":\"a\",\"name\":\"one\"}"});
    store.save_routine({"a", "{\"id\":\"a\",\"name\":\"two\"}"});
    REQUIRE(store.data().routines.size() == 1);
    CHECK(store.data().routines[0].json.find("two") != std::string::npos);
    store.remove_routine("a");
    CHECK(store.data().routines.empty());
    CHECK(*mem.get("unclench/x/v2/routines").value == "[]");
}

TEST_CASE("a session with impossible values is refused with a notice") {
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    SessionRecord bad = store_session("s1", kNow);
    bad.pain_before = 12;
    Notices notices = store.add_session(bad);
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].message.find("pain") != std::string::npos);
    CHECK(store.data().sessions.empty());
}

TEST_CASE("delete all removes every key of the namespace and nothing else") {
    MemoryStore mem;
    mem.set("unclench/other/v2/meta", "{\"v\":2}");
    mem.set("unrelated", "keep me");
    ProgressStore store(mem, "x");
    store.load(kNow);
    store.add_session(store_session("s1", kNow));
    store.save_settings(Settings{});
    mem.set("unclench/x/history", "[]");   // an old-format leftover
    CHECK(store.delete_all().empty());
    CHECK(store.data().sessions.empty());
    CHECK(mem.keys_with_prefix("unclench/x/").keys.empty());
    CHECK(mem.get("unclench/other/v2/meta").value);
    CHECK(mem.get("unrelated").value);
}
