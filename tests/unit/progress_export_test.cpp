// Backups and the clinic's spreadsheet: what a backup carries and how importing it merges (the recovery
// companion's record included), and the CSV's columns, rows and quoting.
//
// Index of this file:
// [SECTION] JSON backup
// [SECTION] JSON backup: the recovery companion's record
// [SECTION] CSV for the clinic
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/csv_export.h"
#include "core/progress_backup.h"
#include "core/progress_store.h"
#include "recovery_test_helpers.h"

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

// An episode with a named activity, a check-in and a phase change, and two lessons read.
RecoveryRecord recovery_with_episode(int start_pain) {
    RecoveryRecord r;
    Episode e = recovery_test::fresh(start_pain);
    int socks = add_activity(e, "Putting on socks");
    recovery_test::check(e, 1, start_pain - 2, {{socks, 4}});
    recovery_test::check(e, 2, start_pain - 4, {{socks, 6}});
    r.episode = e;
    mark_lesson_read(r, "common");
    mark_lesson_read(r, "keep-moving");
    return r;
}

// The backup's text with its "recovery" part replaced by `part` (raw JSON), or removed when empty.
std::string with_recovery_part(const std::string& backup_text, const std::string& part) {
    nlohmann::json doc = nlohmann::json::parse(backup_text);
    if (part.empty()) doc.erase("recovery");
    else doc["recovery"] = nlohmann::json::parse(part);
    return doc.dump();
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] JSON backup
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
// [SECTION] JSON backup: the recovery companion's record
//-----------------------------------------------------------------------------

TEST_CASE("a backup carries the episode and lessons read") {
    MemoryStore old_device, new_device;
    ProgressStore source(old_device, "x");
    fill(source);
    source.save_recovery(recovery_with_episode(8));
    Backup backup = parse_backup(export_backup(source.data(), kNow, "0.1.0"));
    REQUIRE(backup.readable);
    CHECK(backup.has_recovery);
    CHECK(backup.recovery_left_out.empty());
    CHECK(backup.data.recovery == source.data().recovery);

    ProgressStore target(new_device, "x");
    target.load(kNow);
    ImportPreview preview = preview_import(backup, target.data());
    CHECK(preview.restores_episode);
    CHECK_FALSE(preview.keeps_current_episode);
    CHECK(preview.new_lessons_read == 2);
    CHECK(import_backup(target, backup, {}).empty());
    CHECK(target.data().recovery == source.data().recovery);

    ProgressStore reloaded(new_device, "x");   // written to storage, not only to memory
    reloaded.load(kNow);
    CHECK(reloaded.data().recovery == source.data().recovery);
}

TEST_CASE("a backup from before the recovery companion imports and keeps today's episode") {
    MemoryStore other;
    ProgressStore source(other, "x");
    fill(source);
    std::string old_backup = with_recovery_part(export_backup(source.data(), kNow, "0.1.0"), "");

    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    RecoveryRecord today = recovery_with_episode(7);
    store.save_recovery(today);
    Backup backup = parse_backup(old_backup);
    REQUIRE(backup.readable);
    CHECK_FALSE(backup.has_recovery);
    ImportPreview preview = preview_import(backup, store.data());
    CHECK_FALSE(preview.restores_episode);
    CHECK_FALSE(preview.recovery_damaged);
    CHECK(import_backup(store, backup, {}).empty());   // nothing to say: nothing was wrong
    CHECK(store.data().sessions.size() == 2);
    CHECK(store.data().recovery == today);
}

TEST_CASE("the episode being lived now is never replaced by a backup's; lessons read are joined") {
    MemoryStore other;
    ProgressStore source(other, "x");
    source.load(kNow);
    RecoveryRecord older = recovery_with_episode(9);
    mark_lesson_read(older, "scans");
    source.save_recovery(older);
    Backup backup = parse_backup(export_backup(source.data(), kNow, "0.1.0"));

    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(kNow);
    RecoveryRecord today = recovery_with_episode(6);
    store.save_recovery(today);
    ImportPreview preview = preview_import(backup, store.data());
    CHECK(preview.keeps_current_episode);
    CHECK_FALSE(preview.restores_episode);
    CHECK(preview.new_lessons_read == 1);
    CHECK(import_backup(store, backup, {}).empty());
    CHECK(store.data().recovery.episode == today.episode);
    CHECK(store.data().recovery.lessons_read == std::vector<std::string>{"common", "keep-moving", "scans"});
}

TEST_CASE("a backup with a damaged recovery part imports the rest and names what was left out") {
    MemoryStore other;
    ProgressStore source(other, "x");
    fill(source);
    std::string text = export_backup(source.data(), kNow, "0.1.0");
    RecoveryRecord today = recovery_with_episode(7);

    SUBCASE("the whole part is not an object") {
        Backup backup = parse_backup(with_recovery_part(text, "\"garbled\""));
        REQUIRE(backup.readable);
        CHECK(preview_import(backup, ProgressData{}).recovery_damaged);
        MemoryStore mem;
        ProgressStore store(mem, "x");
        store.load(kNow);
        store.save_recovery(today);
        Notices notices = import_backup(store, backup, {});
        REQUIRE(notices.size() == 1);
        CHECK(notices[0].kind == NoticeKind::Import);
        CHECK(notices[0].message.find("recovery plan") != std::string::npos);
        CHECK(notices[0].message.find("left out") != std::string::npos);
        CHECK(store.data().sessions.size() == 2);   // the rest came in
        CHECK(store.data().recovery == today);      // nothing stored now was lost
    }
    SUBCASE("the episode cannot be read: the lessons read still come in") {
        Backup backup = parse_backup(with_recovery_part(text, R"({"lessons_read":["scans"],"episode":{"start_pain":"x"}})"));
        REQUIRE(backup.readable);
        CHECK(backup.has_recovery);
        CHECK_FALSE(backup.data.recovery.episode);
        MemoryStore mem;
        ProgressStore store(mem, "x");
        store.load(kNow);
        Notices notices = import_backup(store, backup, {});
        REQUIRE(notices.size() == 1);
        CHECK(notices[0].message.find("back episode was damaged and was left out") != std::string::npos);
        CHECK_FALSE(store.data().recovery.episode);
        CHECK(store.data().recovery.lessons_read == std::vector<std::string>{"scans"});
    }
    SUBCASE("one check-in is damaged: the episode comes in without it, and the notice says so") {
        nlohmann::json part = recovery_to_json(recovery_with_episode(8));
        part["episode"]["check_ins"][0]["pain"] = 99;
        Backup backup = parse_backup(with_recovery_part(text, part.dump()));
        REQUIRE(backup.data.recovery.episode);
        CHECK(backup.data.recovery.episode->check_ins.size() == 1);
        REQUIRE_FALSE(backup.recovery_left_out.empty());
        CHECK(backup.recovery_left_out[0].message.find("From the backup's recovery plan: Left out") == 0);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] CSV for the clinic
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

namespace {

// The recovery columns of a session row: its kind, then empty check-in columns (three activity pairs).
const std::string kSessionTail = ",session,,,,,,,,,,,,,";

std::vector<std::string> csv_lines(const std::string& csv) {
    std::vector<std::string> lines;
    size_t at = 0;
    while (at < csv.size()) {
        size_t end = csv.find("\r\n", at);
        REQUIRE(end != std::string::npos);   // every row ends with CRLF
        lines.push_back(csv.substr(at, end - at));
        at = end + 2;
    }
    return lines;
}

} // namespace

TEST_CASE("the clinic csv has a header and one row per session in local time") {
    SessionRecord stopped = export_session("s2", kNow);
    stopped.ended = SessionEnd::Pain;
    stopped.pain_item = 1;
    stopped.pain_phase = "hold";
    stopped.pain_after = kNoPain;
    stopped.note = "hurt, then \"eased\"";
    std::vector<std::string> lines = csv_lines(sessions_csv({export_session("s1", kNow - 86400), stopped}));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].rfind("session_id,routine_id,routine,start_local", 0) == 0);
    CHECK(lines[1] == "s1,side-knee-drop,Side knee drop,2025-11-02T09:00:00+01:00,2025-11-02T09:10:00+01:00,"
                      "9.5,2,1,3,completed,,,6,3,yes," + kSessionTail);
    CHECK(lines[2] == "s2,side-knee-drop,Side knee drop,2025-11-03T09:00:00+01:00,2025-11-03T09:10:00+01:00,"
                      "9.5,2,1,3,pain,2,hold,6,,,\"hurt, then \"\"eased\"\"\"" + kSessionTail);
}

TEST_CASE("the clinic csv keeps the session columns first and appends the recovery columns") {
    std::vector<std::string> lines = csv_lines(sessions_csv({}));
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "session_id,routine_id,routine,start_local,end_local,active_minutes,steps_done,steps_skipped,"
                      "steps_total,ended,pain_stop_step,pain_stop_phase,pain_before,pain_after,meaningful_relief,note,"
                      "row_type,date,episode_day,phase,pain,psfs,activity_1_name,activity_1_score,activity_2_name,"
                      "activity_2_score,activity_3_name,activity_3_score,plan_done,plan_planned");
}

TEST_CASE("the clinic csv has a row per check-in day: phase, pain, PSFS, each activity's score and the plan done") {
    using namespace recovery_test;
    Episode e = fresh(10);
    int socks = add_activity(e, "Putting on socks");
    int lift = add_activity(e, "Lifting my son");
    check(e, 1, 8, {{socks, 3}, {lift, 4}});
    add_done(e, day(2), item_key(ItemKind::Routine, "relief-now"));
    check(e, 2, 6, {{socks, 5}});   // pain down 4 from the start: moved to Move
    std::vector<std::string> lines = csv_lines(clinic_csv({export_session("s1", kNow)}, e, kLessons));
    REQUIRE(lines.size() == 4);
    CHECK(lines[1].rfind("s1,", 0) == 0);
    const std::string no_session(16, ',');
    int planned = 0;
    DayPlan plan = plan_for_day(e, day(1), kLessons);
    for (const DayItem& it : plan.items) planned += it.as_often_as_helps ? 1 : it.times;
    CHECK(lines[2] == no_session + "check-in,2025-11-09,2,calm,8,3.5,Putting on socks,3,Lifting my son,4,,,0," +
                          std::to_string(planned));
    CHECK(lines[3].rfind(no_session + "check-in,2025-11-10,3,move,6,5.0,Putting on socks,5,,,,,", 0) == 0);
}

TEST_CASE("the clinic csv shows activity names as text, never as a formula or a broken row") {
    using namespace recovery_test;
    Episode e = fresh(6);
    int a = add_activity(e, "=HYPERLINK(\"x\"), then \"sit\"");
    int b = add_activity(e, "-lift");
    int c = add_activity(e, "@work, stairs");
    check(e, 1, 5, {{a, 2}, {b, 3}, {c, 4}});
    std::vector<std::string> lines = csv_lines(clinic_csv({}, e, kLessons));
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].find(",\"'=HYPERLINK(\"\"x\"\"), then \"\"sit\"\"\",2,'-lift,3,\"'@work, stairs\",4,") != std::string::npos);
}

// The app scores at most three active activities a day, but a stored episode may hold a check-in with
// more (episode_json.cpp reads up to twelve, retired ones included): none of them is dropped.
TEST_CASE("the clinic csv widens to every activity a check-in scored") {
    using namespace recovery_test;
    Episode e = fresh(6);
    std::vector<ActivityScore> scores;
    for (int i = 0; i < 3; i++) scores.push_back({add_activity(e, "old " + std::to_string(i)), i});
    for (const ActivityScore& s : scores) retire_activity(e, s.activity_id);
    for (int i = 0; i < 2; i++) scores.push_back({add_activity(e, "new " + std::to_string(i)), 5});
    e.check_ins.push_back(check_in(1, 5, scores));
    std::vector<std::string> lines = csv_lines(clinic_csv({export_session("s1", kNow)}, e, kLessons));
    CHECK(lines[0].find(",activity_5_name,activity_5_score,plan_done,plan_planned") != std::string::npos);
    auto fields = [](const std::string& line) { return std::count(line.begin(), line.end(), ','); };
    CHECK(fields(lines[1]) == fields(lines[0]));   // every row as wide as the header
    CHECK(fields(lines[2]) == fields(lines[0]));
    CHECK(lines[2].find("new 1,5,") != std::string::npos);
}
