#include <doctest/doctest.h>

#include "core/history_codec.h"
#include "core/history_month_reader.h"
#include "core/progress_calendar.h"

using namespace unclench;

namespace {

const int64_t kNov3 = 1762156800;   // 2025-11-03T08:00:00Z

SessionRecord codec_session(const std::string& id, int64_t start) {
    SessionRecord r;
    r.id = id;
    r.routine_id = "cat-camel";
    r.routine_name = "Cat and camel";
    r.start = start;
    r.end = start + 420;
    r.tz_offset_min = 60;
    r.active_seconds = 380;
    r.steps.assign(5, StepOutcome::Done);
    r.pain_before = 6;
    r.pain_after = 3;
    return r;
}

bool same_session(const SessionRecord& a, const SessionRecord& b) {
    return a.id == b.id && a.routine_id == b.routine_id && a.routine_name == b.routine_name && a.start == b.start &&
           a.end == b.end && a.tz_offset_min == b.tz_offset_min && a.active_seconds == b.active_seconds &&
           a.steps == b.steps && a.ended == b.ended && a.pain_item == b.pain_item && a.pain_phase == b.pain_phase &&
           a.pain_before == b.pain_before && a.pain_after == b.pain_after && a.note == b.note;
}

} // namespace

TEST_CASE("a month of sessions and care survives encoding unchanged") {
    MonthHistory month;
    month.sessions.push_back(codec_session("a", kNov3));
    SessionRecord stopped = codec_session("b", kNov3 + 3600);
    stopped.routine_id = "knee-to-chest";
    stopped.routine_name = "Knee to chest";
    stopped.steps = {StepOutcome::Done, StepOutcome::Skipped, StepOutcome::NotReached};
    stopped.ended = SessionEnd::Pain;
    stopped.pain_item = 1;
    stopped.pain_phase = "hold";
    stopped.pain_after = kNoPain;
    stopped.note = "Sharp pain, \"left\" side \xC3\xA9\xF0\x9F\x98\x80";
    month.sessions.push_back(stopped);
    month.care.push_back({"heat", kNov3 + 7200, 60, 900, true});

    std::string text = encode_month("2025-11", month);
    MonthDecode back = decode_month("2025-11", text);
    REQUIRE(back.parsed);
    CHECK(back.dropped == 0);
    REQUIRE(back.month.sessions.size() == 2);
    CHECK(same_session(back.month.sessions[0], month.sessions[0]));
    CHECK(same_session(back.month.sessions[1], stopped));
    REQUIRE(back.month.care.size() == 1);
    CHECK(back.month.care[0].protocol_id == "heat");
    CHECK(back.month.care[0].start == kNov3 + 7200);
    CHECK(back.month.care[0].duration_seconds == 900);
    CHECK(back.month.care[0].completed);
}

TEST_CASE("a typical session takes well under 100 characters") {
    MonthHistory month;
    for (int i = 0; i < 100; i++) month.sessions.push_back(codec_session("mzx1k2-" + std::to_string(1000 + i), kNov3 + i * 21600));
    std::string text = encode_month("2025-11", month);
    CHECK(text.size() / 100 < 60);
}

TEST_CASE("routine names are written once per month") {
    MonthHistory month;
    for (int i = 0; i < 10; i++) month.sessions.push_back(codec_session("s" + std::to_string(i), kNov3 + i * 60));
    std::string text = encode_month("2025-11", month);
    CHECK(text.find("Cat and camel") == text.rfind("Cat and camel"));
}

TEST_CASE("damaged records are dropped and counted, the rest kept") {
    MonthHistory month;
    month.sessions.push_back(codec_session("good", kNov3));
    std::string text = encode_month("2025-11", month);
    // Hand-edit: add a record with a pain score of 14, one with a string time, and one that is not an array.
    std::string edited = text.substr(0, text.size() - 2) +
                         ",[\"bad-pain\",0,100,60,60,50,5,0,14,3],[\"bad-time\",0,\"noon\",60,60,50,5,0,1,1],7]}";
    MonthDecode back = decode_month("2025-11", edited);
    REQUIRE(back.parsed);
    CHECK(back.dropped == 3);
    REQUIRE(back.month.sessions.size() == 1);
    CHECK(back.month.sessions[0].id == "good");
}

TEST_CASE("text that is not a month at all is reported as unparsed") {
    CHECK_FALSE(decode_month("2025-11", "{\"s\":").parsed);
    CHECK_FALSE(decode_month("2025-11", "{\"s\":{}}").parsed);
    CHECK_FALSE(decode_month("2025-11", "[1,2,3]").parsed);
    CHECK_FALSE(decode_month("2025-11", "").parsed);
    CHECK_FALSE(decode_month("2025-13", "{\"r\":[],\"s\":[]}").parsed);
}

TEST_CASE("a month cut off in the middle keeps the records before the break") {
    MonthHistory month;
    for (int i = 0; i < 3; i++) month.sessions.push_back(codec_session("s" + std::to_string(i), kNov3 + i * 3600));
    std::string text = encode_month("2025-11", month);
    std::string cut = text.substr(0, text.find("\"s2\"") + 6);   // inside the third record
    MonthDecode back = decode_month("2025-11", cut);
    CHECK(back.parsed);
    CHECK(back.dropped == 1);
    REQUIRE(back.month.sessions.size() == 2);
    CHECK(back.month.sessions[1].id == "s1");
}

TEST_CASE("a record whose start lies outside its month is refused") {
    MonthHistory month;
    month.sessions.push_back(codec_session("late", 1764540000));   // 2025-11-30T22:00:00Z
    std::string text = encode_month("2025-11", month);
    MonthDecode wrong = decode_month("2026-02", text);   // 29 days in: past the end of a 28-day February
    CHECK(wrong.dropped == 1);
    CHECK(wrong.month.sessions.empty());
}

TEST_CASE("month keys are UTC calendar months") {
    CHECK(utc_month_key(kNov3) == "2025-11");
    CHECK(utc_month_key(1764547199) == "2025-11");   // 2025-11-30T23:59:59Z
    CHECK(utc_month_key(1764547200) == "2025-12");
    CHECK(utc_month_start(kNov3) == 1761955200);
    int y = 0, m = 0;
    CHECK(parse_month_key("2026-02", y, m));
    CHECK((y == 2026 && m == 2));
    CHECK_FALSE(parse_month_key("2026-2", y, m));
    CHECK_FALSE(parse_month_key("2026-00", y, m));
    CHECK_FALSE(parse_month_key("../etc", y, m));
}

TEST_CASE("any hand edit of a stored month decodes without crashing") {
    MonthHistory month;
    for (int i = 0; i < 6; i++) month.sessions.push_back(codec_session("s" + std::to_string(i), kNov3 + i * 3600));
    month.sessions[2].ended = SessionEnd::Pain;
    month.sessions[2].pain_item = 0;
    month.sessions[2].pain_phase = "rest";
    month.care.push_back({"heat", kNov3, 60, 900, true});
    const std::string text = encode_month("2025-11", month);
    const char replacements[] = "0123456789-,[]{}\"ds\\ ";
    uint64_t state = 12345;
    int decoded = 0, unusable_kept = 0;
    for (int i = 0; i < 3000; i++) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        std::string edited = text;
        size_t at = size_t(state >> 33) % edited.size();
        char with = replacements[(state >> 20) % (sizeof replacements - 1)];
        if ((state >> 8) % 3 == 0) edited.erase(at, 1);
        else edited[at] = with;
        MonthDecode back = decode_month("2025-11", edited);
        decoded += back.parsed ? 1 : 0;
        for (const SessionRecord& r : back.month.sessions) unusable_kept += session_problem(r).empty() ? 0 : 1;
    }
    CHECK(decoded > 0);
    CHECK(unusable_kept == 0);
}

TEST_CASE("the fast month reader and the general JSON reader agree on every edit") {
    MonthHistory month;
    for (int i = 0; i < 4; i++) month.sessions.push_back(codec_session("s" + std::to_string(i), kNov3 + i * 3600));
    month.sessions[1].note = "caf\xC3\xA9 \xF0\x9F\x98\x80 ok";
    month.care.push_back({"heat", kNov3, 60, 900, true});
    const std::string text = encode_month("2025-11", month);
    const char replacements[] = "0123456789-,[]{}\":.e\\ \x80\xC3";
    auto same = [](const MonthRows& a, const MonthRows& b) {
        auto same_rows = [](const std::vector<MonthRow>& x, const std::vector<MonthRow>& y) {
            if (x.size() != y.size()) return false;
            for (size_t i = 0; i < x.size(); i++) {
                if (x[i].size() != y[i].size()) return false;
                for (size_t j = 0; j < x[i].size(); j++)
                    if (x[i][j].kind != y[i][j].kind || x[i][j].number != y[i][j].number || x[i][j].text != y[i][j].text)
                        return false;
            }
            return true;
        };
        return a.shape_ok == b.shape_ok && a.truncated == b.truncated && a.care_not_array == b.care_not_array &&
               same_rows(a.routines, b.routines) && same_rows(a.sessions, b.sessions) && same_rows(a.care, b.care);
    };
    CHECK(same(read_month_rows(text), read_month_rows_general(text)));
    uint64_t state = 99;
    int disagreements = 0;
    for (int i = 0; i < 3000; i++) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        std::string edited = text;
        size_t at = size_t(state >> 33) % edited.size();
        char with = replacements[(state >> 20) % (sizeof replacements - 1)];
        if ((state >> 8) % 3 == 0) edited.erase(at, 1);
        else edited[at] = with;
        disagreements += same(read_month_rows(edited), read_month_rows_general(edited)) ? 0 : 1;
    }
    CHECK(disagreements == 0);
}
