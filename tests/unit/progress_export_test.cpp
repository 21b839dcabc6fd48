#include <doctest/doctest.h>

#include "core/csv_export.h"
#include "core/progress_backup.h"
#include "core/progress_store.h"

using namespace unclench;

namespace {

const int64_t kNow = 1762156800;   // 2025-11-03T08:00:00Z

SessionRecord export_session(const std::string& id, int64_t start) {
    SessionRecord r;
    r.id = id;
    r.routine_id = "side-knee-drop";
    r.routine_name = "Side knee drop";
    r.start = start;
    r.end = start + 600;
    r.tz_offset_min = 60;
    r.active_seconds = 570;
    r.steps = {StepOutcome::Done, StepOutcome::Skipped, StepOutcome::Done};
    r.pain_before = 6;
    r.pain_after = 3;
    return r;
}

void fill(ProgressStore& store) {
    store.load(kNow);
    store.add_session(export_session("a", kNow - 86400 * 40));
    store.add_session(export_session("b", kNow));
    store.add_care_session({"heat", kNow + 3600, 60, 900, true});
    store.save_routine({"mine", "{\"id\":\"mine\",\"name\":\"Mine\"}"});
    Settings s;
    s.rest_seconds = 30;
    store.save_settings(s);
}

} // namespace

//-----------------------------------------------------------------------------
// JSON backup
//-----------------------------------------------------------------------------

TEST_CASE("a backup restores everything into an empty app") {
    MemoryStore old_device, new_device;
    ProgressStore source(old_device, "x");
    fill(source);
    std::string backup_text = export_backup(source.data(), kNow, "0.1.0");

    ProgressStore target(new_device, "x");
    target.load(kNow);
    Backup backup = parse_backup(backup_text);
    REQUIRE(backup.readable);
    ImportPreview preview = preview_import(backup, target.data());
    CHECK(preview.new_sessions == 2);
    CHECK(preview.duplicate_sessions == 0);
    CHECK(preview.new_care == 1);
    CHECK(preview.new_routines == 1);
    CHECK(preview.has_settings);
    CHECK(import_backup(target, backup, {true, true}).empty());
    CHECK(target.data().sessions.size() == 2);
    CHECK(target.data().sessions[0].steps == source.data().sessions[0].steps);
    CHECK(target.data().care.size() == 1);
    CHECK(target.data().routines.size() == 1);
    CHECK(target.data().settings.rest_seconds == 30);

    ProgressStore reloaded(new_device, "x");
    reloaded.load(kNow);
    CHECK(reloaded.data().sessions.size() == 2);
}

TEST_CASE("importing a backup twice adds nothing the second time") {
    MemoryStore mem;
    ProgressStore store(mem, "x");
    fill(store);
    Backup backup = parse_backup(export_backup(store.data(), kNow, "0.1.0"));
    ImportPreview preview = preview_import(backup, store.data());
    CHECK(preview.new_sessions == 0);
    CHECK(preview.duplicate_sessions == 2);
    CHECK(preview.duplicate_care == 1);
    CHECK(preview.existing_routines == 1);
    import_backup(store, backup, {});
    CHECK(store.data().sessions.size() == 2);
    CHECK(store.data().care.size() == 1);
}

TEST_CASE("import merges: the current settings stay unless the person chooses the backup's") {
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    store.add_session(export_session("mine", kNow));
    MemoryStore other;
    ProgressStore source(other, "x");
    fill(source);
    import_backup(store, parse_backup(export_backup(source.data(), kNow, "0.1.0")), {});
    CHECK(store.data().sessions.size() == 3);
    CHECK(store.data().settings.rest_seconds == Settings{}.rest_seconds);
}

TEST_CASE("damaged entries in a backup are counted in the preview and skipped") {
    const char* text = R"({"app":"unclench","backup_format":1,
      "sessions":[{"id":"ok","routine_id":"r","start":1762156800,"end":1762157000,"steps":"dd"},
                  {"id":"bad","routine_id":"r","start":1762156800,"end":1762157000,"pain_before":11},
                  "nonsense"],
      "care":[{"protocol":"ice","start":-5}]})";
    Backup backup = parse_backup(text);
    REQUIRE(backup.readable);
    ImportPreview preview = preview_import(backup, ProgressData{});
    CHECK(preview.new_sessions == 1);
    CHECK(preview.invalid_sessions == 2);
    CHECK(preview.invalid_care == 1);
    CHECK_FALSE(preview.has_settings);
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    Notices notices = import_backup(store, backup, {true, true});
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].kind == NoticeKind::Import);
    CHECK(store.data().settings == Settings{});   // absent in the backup: untouched
}

TEST_CASE("files that are not backups are refused with a reason") {
    CHECK_FALSE(parse_backup("").readable);
    CHECK_FALSE(parse_backup("{\"app\":\"other\"}").readable);
    Backup newer = parse_backup("{\"app\":\"unclench\",\"backup_format\":99}");
    CHECK_FALSE(newer.readable);
    CHECK(newer.problem.find("newer") != std::string::npos);
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    CHECK(import_backup(store, newer, {}).size() == 1);
}

//-----------------------------------------------------------------------------
// CSV for the clinic
//-----------------------------------------------------------------------------

TEST_CASE("csv fields are quoted only when they must be, with quotes doubled") {
    CHECK(csv_text_field("plain") == "plain");
    CHECK(csv_text_field("a,b") == "\"a,b\"");
    CHECK(csv_text_field("say \"ouch\"") == "\"say \"\"ouch\"\"\"");
    CHECK(csv_text_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_text_field("") == "");
}

TEST_CASE("csv text that a spreadsheet would run as a formula is defused") {
    CHECK(csv_text_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csv_text_field("+1") == "'+1");
    CHECK(csv_text_field("-2 today") == "'-2 today");
}

TEST_CASE("the clinic csv has a header and one row per session in local time") {
    SessionRecord stopped = export_session("s2", kNow);
    stopped.ended = SessionEnd::Pain;
    stopped.pain_item = 1;
    stopped.pain_phase = "hold";
    stopped.pain_after = kNoPain;
    stopped.note = "hurt, then \"eased\"";
    std::string csv = sessions_csv({export_session("s1", kNow - 86400), stopped});
    std::vector<std::string> lines;
    size_t at = 0;
    while (at < csv.size()) {
        size_t end = csv.find("\r\n", at);
        REQUIRE(end != std::string::npos);   // every row ends with CRLF
        lines.push_back(csv.substr(at, end - at));
        at = end + 2;
    }
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].rfind("session_id,routine_id,routine,start_local", 0) == 0);
    CHECK(lines[1] == "s1,side-knee-drop,Side knee drop,2025-11-02T09:00:00+01:00,2025-11-02T09:10:00+01:00,"
                      "9.5,2,1,3,completed,,,6,3,yes,");
    CHECK(lines[2] == "s2,side-knee-drop,Side knee drop,2025-11-03T09:00:00+01:00,2025-11-03T09:10:00+01:00,"
                      "9.5,2,1,3,pain,2,hold,6,,,\"hurt, then \"\"eased\"\"\"");
}
