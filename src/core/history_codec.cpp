#include "core/history_codec.h"

#include <nlohmann/json.hpp>

#include "core/progress_calendar.h"

namespace unclench {

using nlohmann::json;

static int64_t month_start_of(const std::string& month_key) {
    int year = 0, month = 0;
    if (!parse_month_key(month_key, year, month)) return 0;
    return days_from_civil({year, month, 1}) * 86400;
}

//-----------------------------------------------------------------------------
// Encoding
//-----------------------------------------------------------------------------

static json encode_steps(const std::vector<StepOutcome>& steps) {
    bool all_done = true;
    for (StepOutcome s : steps) all_done = all_done && s == StepOutcome::Done;
    if (all_done) return steps.size();
    std::string letters;
    for (StepOutcome s : steps)
        letters.push_back(s == StepOutcome::Done ? 'd' : s == StepOutcome::Skipped ? 's' : '-');
    return letters;
}

static json encode_session(const SessionRecord& r, int routine_index, int64_t month_start) {
    json a = json::array({r.id, routine_index, r.start - month_start, r.end - r.start, r.tz_offset_min,
                          r.active_seconds, encode_steps(r.steps), int(r.ended), r.pain_before, r.pain_after});
    if (!r.note.empty() || r.ended == SessionEnd::Pain) a.push_back(r.note);
    if (r.ended == SessionEnd::Pain) {
        a.push_back(r.pain_item);
        a.push_back(r.pain_phase);
    }
    return a;
}

static json encode_care(const CareSession& c, int64_t month_start) {
    return json::array({c.protocol_id, c.start - month_start, c.tz_offset_min, c.duration_seconds,
                        c.completed ? 1 : 0});
}

std::string encode_month(const std::string& month_key, const MonthHistory& month) {
    int64_t month_start = month_start_of(month_key);
    json routines = json::array(), sessions = json::array(), care = json::array();
    std::vector<std::string> routine_ids;
    for (const SessionRecord& r : month.sessions) {
        size_t index = 0;
        while (index < routine_ids.size() && routine_ids[index] != r.routine_id) index++;
        if (index == routine_ids.size()) {
            routine_ids.push_back(r.routine_id);
            routines.push_back(json::array({r.routine_id, r.routine_name}));
        }
        sessions.push_back(encode_session(r, int(index), month_start));
    }
    for (const CareSession& c : month.care) care.push_back(encode_care(c, month_start));
    json doc = {{"r", routines}, {"s", sessions}};
    if (!care.empty()) doc["c"] = care;
    // Replace, never throw, if a caller handed us invalid UTF-8.
    return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

//-----------------------------------------------------------------------------
// Decoding: every field is checked, because the text may have been edited by hand.
//-----------------------------------------------------------------------------

static bool read_int(const json& v, int64_t& out) {
    if (!v.is_number_integer()) return false;
    out = v.get<int64_t>();
    return true;
}

static bool read_int(const json& v, int& out) {
    int64_t wide = 0;
    if (!read_int(v, wide) || wide < -1000000000 || wide > 1000000000) return false;
    out = int(wide);
    return true;
}

static bool decode_steps(const json& v, std::vector<StepOutcome>& steps) {
    if (v.is_number_integer()) {
        int64_t n = v.get<int64_t>();
        if (n < 0 || n > kMaxSteps) return false;
        steps.assign(size_t(n), StepOutcome::Done);
        return true;
    }
    if (!v.is_string()) return false;
    for (char c : v.get_ref<const std::string&>()) {
        if (c == 'd') steps.push_back(StepOutcome::Done);
        else if (c == 's') steps.push_back(StepOutcome::Skipped);
        else if (c == '-') steps.push_back(StepOutcome::NotReached);
        else return false;
    }
    return true;
}

struct RoutineName {
    std::string id, name;
};

static bool decode_session(const json& a, const std::vector<RoutineName>& routines, int64_t month_start,
                           int64_t month_end, SessionRecord& r) {
    if (!a.is_array() || a.size() < 10 || !a[0].is_string()) return false;
    int routine = 0, end_code = 0;
    int64_t offset = 0, seconds = 0;
    r.id = a[0].get<std::string>();
    if (!read_int(a[1], routine) || routine < 0 || routine >= int(routines.size())) return false;
    r.routine_id = routines[size_t(routine)].id;
    r.routine_name = routines[size_t(routine)].name;
    if (!read_int(a[2], offset) || !read_int(a[3], seconds)) return false;
    r.start = month_start + offset;
    r.end = r.start + seconds;
    if (r.start < month_start || r.start >= month_end) return false;
    if (!read_int(a[4], r.tz_offset_min) || !read_int(a[5], r.active_seconds)) return false;
    if (!decode_steps(a[6], r.steps)) return false;
    if (!read_int(a[7], end_code) || end_code < 0 || end_code > 2) return false;
    r.ended = SessionEnd(end_code);
    if (!read_int(a[8], r.pain_before) || !read_int(a[9], r.pain_after)) return false;
    if (a.size() > 10) {
        if (!a[10].is_string()) return false;
        r.note = a[10].get<std::string>();
    }
    if (r.ended == SessionEnd::Pain && a.size() > 12) {
        if (!read_int(a[11], r.pain_item) || !a[12].is_string()) return false;
        r.pain_phase = a[12].get<std::string>();
    }
    return session_problem(r).empty();
}

static bool decode_care(const json& a, int64_t month_start, int64_t month_end, CareSession& c) {
    if (!a.is_array() || a.size() < 5 || !a[0].is_string()) return false;
    int64_t offset = 0;
    int completed = 0;
    c.protocol_id = a[0].get<std::string>();
    if (!read_int(a[1], offset) || !read_int(a[2], c.tz_offset_min)) return false;
    if (!read_int(a[3], c.duration_seconds) || !read_int(a[4], completed)) return false;
    c.start = month_start + offset;
    c.completed = completed != 0;
    if (c.start < month_start || c.start >= month_end) return false;
    return care_problem(c).empty();
}

static std::vector<RoutineName> decode_routines(const json& list) {
    std::vector<RoutineName> out;
    if (!list.is_array()) return out;
    for (const json& entry : list) {
        RoutineName r;
        if (entry.is_array() && entry.size() >= 2 && entry[0].is_string() && entry[1].is_string())
            r = {entry[0].get<std::string>(), entry[1].get<std::string>()};
        out.push_back(r);   // keep positions; a broken entry fails the sessions that name it
    }
    return out;
}

MonthDecode decode_month(const std::string& month_key, const std::string& text) {
    MonthDecode out;
    int64_t month_start = month_start_of(month_key);
    if (month_start == 0) return out;
    int year = 0, month = 0;
    parse_month_key(month_key, year, month);
    int64_t month_end = month_start + int64_t(days_in_month(year, month)) * 86400;

    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("s") || !doc["s"].is_array()) return out;
    out.parsed = true;
    std::vector<RoutineName> routines = doc.contains("r") ? decode_routines(doc["r"]) : std::vector<RoutineName>{};
    for (const json& a : doc["s"]) {
        SessionRecord r;
        if (decode_session(a, routines, month_start, month_end, r)) out.month.sessions.push_back(std::move(r));
        else out.dropped++;
    }
    if (doc.contains("c")) {
        if (!doc["c"].is_array()) out.dropped++;
        else
            for (const json& a : doc["c"]) {
                CareSession c;
                if (decode_care(a, month_start, month_end, c)) out.month.care.push_back(std::move(c));
                else out.dropped++;
            }
    }
    return out;
}

} // namespace unclench
