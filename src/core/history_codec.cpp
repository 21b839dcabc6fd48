#include "core/history_codec.h"

#include <nlohmann/json.hpp>

#include "core/history_month_reader.h"
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

static bool read_int(const MonthRow& row, size_t i, int64_t& out) {
    if (i >= row.size() || row[i].kind != MonthField::Int) return false;
    out = row[i].number;
    return true;
}

static bool read_int(const MonthRow& row, size_t i, int& out) {
    int64_t wide = 0;
    if (!read_int(row, i, wide) || wide < -1000000000 || wide > 1000000000) return false;
    out = int(wide);
    return true;
}

static bool read_text(const MonthRow& row, size_t i, std::string& out) {
    if (i >= row.size() || row[i].kind != MonthField::Text) return false;
    out = row[i].text;
    return true;
}

static bool decode_steps(const MonthField& f, std::vector<StepOutcome>& steps) {
    if (f.kind == MonthField::Int) {
        if (f.number < 0 || f.number > kMaxSteps) return false;
        steps.assign(size_t(f.number), StepOutcome::Done);
        return true;
    }
    if (f.kind != MonthField::Text) return false;
    for (char c : f.text) {
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

struct MonthSpan {
    int64_t start = 0, end = 0;
};

static bool decode_session(const MonthRow& row, const std::vector<RoutineName>& routines, MonthSpan month,
                           SessionRecord& r) {
    int routine = 0, end_code = 0;
    int64_t offset = 0, seconds = 0;
    if (row.size() < 10 || !read_text(row, 0, r.id)) return false;
    if (!read_int(row, 1, routine) || routine < 0 || routine >= int(routines.size())) return false;
    r.routine_id = routines[size_t(routine)].id;
    r.routine_name = routines[size_t(routine)].name;
    if (!read_int(row, 2, offset) || !read_int(row, 3, seconds)) return false;
    r.start = month.start + offset;
    r.end = r.start + seconds;
    if (r.start < month.start || r.start >= month.end) return false;
    if (!read_int(row, 4, r.tz_offset_min) || !read_int(row, 5, r.active_seconds)) return false;
    if (!decode_steps(row[6], r.steps)) return false;
    if (!read_int(row, 7, end_code) || end_code < 0 || end_code > 2) return false;
    r.ended = SessionEnd(end_code);
    if (!read_int(row, 8, r.pain_before) || !read_int(row, 9, r.pain_after)) return false;
    if (row.size() > 10 && !read_text(row, 10, r.note)) return false;
    if (r.ended == SessionEnd::Pain && row.size() > 12)
        if (!read_int(row, 11, r.pain_item) || !read_text(row, 12, r.pain_phase)) return false;
    return session_problem(r).empty();
}

static bool decode_care(const MonthRow& row, MonthSpan month, CareSession& c) {
    int64_t offset = 0;
    int completed = 0;
    if (!read_text(row, 0, c.protocol_id) || !read_int(row, 1, offset) || !read_int(row, 2, c.tz_offset_min)) return false;
    if (!read_int(row, 3, c.duration_seconds) || !read_int(row, 4, completed)) return false;
    c.start = month.start + offset;
    c.completed = completed != 0;
    if (c.start < month.start || c.start >= month.end) return false;
    return care_problem(c).empty();
}

static std::vector<RoutineName> decode_routines(const std::vector<MonthRow>& rows) {
    std::vector<RoutineName> out;
    for (const MonthRow& row : rows) {
        RoutineName r;
        if (!read_text(row, 0, r.id) || !read_text(row, 1, r.name)) r = {};
        out.push_back(r);   // keep positions; a broken entry fails the sessions that name it
    }
    return out;
}

MonthDecode decode_month(const std::string& month_key, const std::string& text) {
    MonthDecode out;
    int year = 0, mon = 0;
    if (!parse_month_key(month_key, year, mon)) return out;
    MonthSpan month;
    month.start = days_from_civil({year, mon, 1}) * 86400;
    month.end = month.start + int64_t(days_in_month(year, mon)) * 86400;

    MonthRows rows = read_month_rows(text);
    if (!rows.shape_ok) return out;
    out.parsed = true;
    out.dropped += rows.truncated ? 1 : 0;   // an unknown number of records were lost past the damage
    out.dropped += rows.care_not_array ? 1 : 0;
    std::vector<RoutineName> routines = decode_routines(rows.routines);
    out.month.sessions.reserve(rows.sessions.size());
    for (const MonthRow& row : rows.sessions) {
        SessionRecord r;
        if (decode_session(row, routines, month, r)) out.month.sessions.push_back(std::move(r));
        else out.dropped++;
    }
    for (const MonthRow& row : rows.care) {
        CareSession c;
        if (decode_care(row, month, c)) out.month.care.push_back(std::move(c));
        else out.dropped++;
    }
    return out;
}

} // namespace unclench
