// Every storage fault the app must survive: damaged values, a full quota, storage that cannot be used,
// two tabs writing at once, data from a newer version.
#include <doctest/doctest.h>

#include "core/progress_store.h"

using namespace unclench;

namespace {

const int64_t kNow = 1762156800;   // 2025-11-03T08:00:00Z
const char* kMonthKey = "unclench/x/v2/h/2025-11";

SessionRecord fault_session(const std::string& id, int64_t start) {
    SessionRecord r;
    r.id = id;
    r.routine_id = "gentle-start";
    r.routine_name = "Gentle start";
    r.start = start;
    r.end = start + 300;
    r.active_seconds = 280;
    r.steps.assign(3, StepOutcome::Done);
    return r;
}

bool has_kind(const Notices& notices, NoticeKind kind) {
    for (const Notice& n : notices)
        if (n.kind == kind) return true;
    return false;
}

std::vector<std::string> quarantine_keys(MemoryStore& mem) {
    return mem.keys_with_prefix("unclench/x/v2/quarantine/").keys;
}

} // namespace

//-----------------------------------------------------------------------------
// Damaged values
//-----------------------------------------------------------------------------

TEST_CASE("a damaged month keeps its valid sessions and sets the raw text aside") {
    MemoryStore mem;
    {
        ProgressStore store(mem, "x");
        store.load(kNow);
        store.add_session(fault_session("good", kNow));
    }
    std::string text = *mem.get(kMonthKey).value;
    std::string edited = text.substr(0, text.size() - 2) + ",[\"broken\",0,\"x\"]]}";
    mem.set(kMonthKey, edited);

    ProgressStore store(mem, "x");
    Notices notices = store.load(kNow);
    CHECK(has_kind(notices, NoticeKind::Quarantined));
    REQUIRE(store.data().sessions.size() == 1);
    CHECK(store.data().sessions[0].id == "good");
    std::vector<std::string> aside = quarantine_keys(mem);
    REQUIRE(aside.size() == 1);
    CHECK(*mem.get(aside[0]).value == edited);
    CHECK(*mem.get(kMonthKey).value == text);   // rewritten clean

    ProgressStore third(mem, "x");
    CHECK(third.load(kNow).empty());   // repaired once, quiet afterwards
}

TEST_CASE("a month that is not JSON at all is set aside and the app starts") {
    MemoryStore mem;
    mem.set(kMonthKey, "{\"s\":[[\"half a rec");
    mem.set("unclench/x/v2/h/not-a-month", "whatever");
    ProgressStore store(mem, "x");
    Notices notices = store.load(kNow);
    CHECK(has_kind(notices, NoticeKind::Quarantined));
    CHECK(store.data().sessions.empty());
    CHECK(quarantine_keys(mem).size() == 2);
    CHECK_FALSE(mem.get("unclench/x/v2/h/not-a-month").value);
    CHECK(store.add_session(fault_session("after", kNow)).empty());
}

TEST_CASE("hand-edited settings keep the valid fields and clamp the rest") {
    MemoryStore mem;
    mem.set("unclench/x/v2/meta", "{\"v\":2}");
    mem.set("unclench/x/v2/settings", "{\"theme\":\"dark\",\"text_size\":900,\"sounds\":\"loud\",\"future\":1}");
    ProgressStore store(mem, "x");
    Notices notices = store.load(kNow);
    CHECK(notices.size() == 2);
    CHECK(has_kind(notices, NoticeKind::Adjusted));
    CHECK(store.data().settings.theme == Theme::Dark);
    CHECK(store.data().settings.text_size_percent == 200);
    CHECK(store.data().settings.sounds);   // the default
    CHECK(mem.get("unclench/x/v2/settings").value->find("\"text_size\":200") != std::string::npos);
}

TEST_CASE("settings that are not JSON are reset and their text set aside") {
    MemoryStore mem;
    mem.set("unclench/x/v2/settings", "theme=dark");
    ProgressStore store(mem, "x");
    Notices notices = store.load(kNow);
    CHECK(has_kind(notices, NoticeKind::Quarantined));
    CHECK(store.data().settings == Settings{});
    REQUIRE(quarantine_keys(mem).size() == 1);
    CHECK(*mem.get(quarantine_keys(mem)[0]).value == "theme=dark");
}

TEST_CASE("damaged safety answers and routines are set aside, the valid ones kept") {
    MemoryStore mem;
    mem.set("unclench/x/v2/safety", "{\"answers\":[[\"fever\",0,1700000000],[\"numbness\"]],\"clinician\":1}");
    mem.set("unclench/x/v2/routines", "[{\"id\":\"mine\"},{\"name\":\"no id\"},3]");
    ProgressStore store(mem, "x");
    Notices notices = store.load(kNow);
    CHECK(has_kind(notices, NoticeKind::Quarantined));
    CHECK(store.data().safety.answers.size() == 1);
    CHECK(store.data().safety.clinician_confirmed);
    REQUIRE(store.data().routines.size() == 1);
    CHECK(store.data().routines[0].id == "mine");
    CHECK(quarantine_keys(mem).size() == 2);
}

//-----------------------------------------------------------------------------
// Quota
//-----------------------------------------------------------------------------

TEST_CASE("a full quota keeps the finished session pending and saves it on retry") {
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    mem.quota = mem.used_units();   // nothing more fits
    Notices notices = store.add_session(fault_session("just-done", kNow));
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].kind == NoticeKind::StorageFull);
    CHECK(store.has_pending());
    CHECK(store.data().sessions.size() == 1);   // still shown, still exportable
    CHECK_FALSE(mem.get(kMonthKey).value);

    CHECK(has_kind(store.retry_pending(), NoticeKind::StorageFull));   // still full: told again
    mem.quota = -1;
    CHECK(store.retry_pending().empty());
    CHECK_FALSE(store.has_pending());
    ProgressStore again(mem, "x");
    again.load(kNow);
    REQUIRE(again.data().sessions.size() == 1);
    CHECK(again.data().sessions[0].id == "just-done");
}

TEST_CASE("a damaged month is not overwritten while its text cannot be set aside") {
    MemoryStore mem;
    mem.set(kMonthKey, "garbage");
    mem.quota = mem.used_units();
    ProgressStore store(mem, "x");
    Notices notices = store.load(kNow);
    CHECK(has_kind(notices, NoticeKind::StorageFull));
    mem.quota = -1;   // room for the quarantine copy, but it has not been retried yet
    store.add_session(fault_session("s", kNow));
    CHECK(*mem.get(kMonthKey).value != "garbage");   // add_session retried the copy first
    REQUIRE(quarantine_keys(mem).size() == 1);
    CHECK(*mem.get(quarantine_keys(mem)[0]).value == "garbage");
}

//-----------------------------------------------------------------------------
// Storage unavailable
//-----------------------------------------------------------------------------

TEST_CASE("storage that throws on read puts the app in memory-only mode") {
    MemoryStore mem;
    mem.set(kMonthKey, "{\"r\":[],\"s\":[]}");
    mem.fail_reads = true;
    ProgressStore store(mem, "x");
    Notices notices = store.load(kNow);
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].kind == NoticeKind::StorageUnavailable);
    CHECK(store.memory_only());
    int writes = mem.writes;
    CHECK(store.add_session(fault_session("s", kNow)).empty());
    CHECK(store.data().sessions.size() == 1);
    CHECK(mem.writes == writes);   // what could not be read is never overwritten

    mem.fail_reads = false;   // storage comes back
    store.retry_pending();
    CHECK_FALSE(store.memory_only());
    CHECK_FALSE(store.has_pending());
    ProgressStore again(mem, "x");
    again.load(kNow);
    CHECK(again.data().sessions.size() == 1);
}

TEST_CASE("storage that refuses writes keeps changes pending with a notice") {
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    mem.fail_writes = true;
    Notices notices = store.save_settings(Settings{});
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].kind == NoticeKind::StorageUnavailable);
    CHECK(store.pending_keys() == std::vector<std::string>{"settings"});
}

//-----------------------------------------------------------------------------
// Two tabs
//-----------------------------------------------------------------------------

TEST_CASE("two tabs finishing sessions at the same moment both keep their session") {
    MemoryStore mem;
    ProgressStore tab_a(mem, "x"), tab_b(mem, "x");
    tab_a.load(kNow);
    tab_b.load(kNow);
    tab_a.add_session(fault_session("from-a", kNow));
    // Tab B's write races: it stores a month that only holds its own session.
    MonthHistory only_b;
    only_b.sessions.push_back(fault_session("from-b", kNow + 5));
    mem.set(kMonthKey, encode_month("2025-11", only_b));
    tab_b.on_storage_event(kMonthKey);

    Notices notices = tab_a.on_storage_event(kMonthKey);   // A hears of B's write
    CHECK(has_kind(notices, NoticeKind::Synced));
    CHECK(tab_a.data().sessions.size() == 2);
    MonthDecode stored = decode_month("2025-11", *mem.get(kMonthKey).value);
    CHECK(stored.month.sessions.size() == 2);   // A wrote the union back
    tab_b.on_storage_event(kMonthKey);         // and B hears of that
    CHECK(tab_b.data().sessions.size() == 2);
}

TEST_CASE("saving reads the month first, so a tab never drops another tab's session") {
    MemoryStore mem;
    ProgressStore tab_a(mem, "x"), tab_b(mem, "x");
    tab_a.load(kNow);
    tab_b.load(kNow);
    tab_a.add_session(fault_session("from-a", kNow));
    tab_b.add_session(fault_session("from-b", kNow + 5));   // no event delivered in between
    CHECK(decode_month("2025-11", *mem.get(kMonthKey).value).month.sessions.size() == 2);
}

TEST_CASE("delete all in one tab empties the other tab too") {
    MemoryStore mem;
    ProgressStore tab_a(mem, "x"), tab_b(mem, "x");
    tab_a.load(kNow);
    tab_a.add_session(fault_session("s", kNow));
    tab_b.load(kNow);
    REQUIRE(tab_b.data().sessions.size() == 1);
    tab_a.delete_all();
    tab_b.on_storage_event(kMonthKey);
    CHECK(tab_b.data().sessions.empty());
    CHECK_FALSE(mem.get(kMonthKey).value);   // not written back
}

TEST_CASE("when another page clears the whole storage, this tab writes its copy back") {
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    store.add_session(fault_session("s", kNow));
    store.add_care_session({"ice", kNow, 0, 600, true});
    for (const std::string& key : mem.keys_with_prefix("").keys) mem.remove(key);
    store.on_storage_event("");
    ProgressStore again(mem, "x");
    CHECK(again.load(kNow).empty());
    CHECK(again.data().sessions.size() == 1);
    CHECK(again.data().care.size() == 1);
}

TEST_CASE("settings changed in another tab are taken over") {
    MemoryStore mem;
    ProgressStore tab_a(mem, "x"), tab_b(mem, "x");
    tab_a.load(kNow);
    tab_b.load(kNow);
    Settings dark;
    dark.theme = Theme::Dark;
    tab_a.save_settings(dark);
    tab_b.on_storage_event("unclench/x/v2/settings");
    CHECK(tab_b.data().settings.theme == Theme::Dark);
    CHECK(tab_b.on_storage_event("unclench/other/v2/settings").empty());
}

//-----------------------------------------------------------------------------
// Versions
//-----------------------------------------------------------------------------

TEST_CASE("data from a newer version is read but never overwritten") {
    MemoryStore mem;
    {
        ProgressStore store(mem, "x");
        store.load(kNow);
        store.add_session(fault_session("s", kNow));
    }
    mem.set("unclench/x/v2/meta", "{\"v\":3}");
    ProgressStore old_app(mem, "x");
    Notices notices = old_app.load(kNow);
    CHECK(has_kind(notices, NoticeKind::NewerFormat));
    CHECK(old_app.read_only());
    CHECK(old_app.data().sessions.size() == 1);
    int writes = mem.writes;
    old_app.add_session(fault_session("t", kNow + 60));
    old_app.save_settings(Settings{});
    CHECK(mem.writes == writes);
    CHECK(old_app.data().sessions.size() == 2);
}
