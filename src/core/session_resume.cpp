#include "core/session_resume.h"

#include <nlohmann/json.hpp>

#include "core/catalogue_json.h"

namespace unclench {

static const char* const kFormat = "unclench.active-session";
static const int kVersion = 1;

//-----------------------------------------------------------------------------
// Writing
//-----------------------------------------------------------------------------

std::string resume_to_text(const SessionResume& r) {
    nlohmann::json j = {
        {"format", kFormat},
        {"version", kVersion},
        {"routine", routine_to_json(r.routine)},
        {"prepare_ms", r.prepare_ms},
        {"rest_between_sets_ms", r.rest_between_sets_ms},
        {"countdown", r.countdown},
        {"engine", nlohmann::json::parse(r.engine, nullptr, false)},
        {"clock", {{"session_ms", r.clock.session_ms}, {"wall_ms", r.clock.wall_ms}}},
        {"started_wall_s", r.started_wall_s},
        {"tz_offset_min", r.tz_offset_min},
        {"pain_before", r.pain_before},
    };
    return j.dump();
}

//-----------------------------------------------------------------------------
// Reading
//-----------------------------------------------------------------------------

static bool read_int(const nlohmann::json& j, const char* key, int64_t lo, int64_t hi, int64_t& out) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer()) return false;
    int64_t v = it->get<int64_t>();
    if (v < lo || v > hi) return false;
    out = v;
    return true;
}

static bool read_fields(const nlohmann::json& j, SessionResume& r, std::string& error) {
    int64_t prepare = 0, rest = 0, session_ms = 0, wall_ms = 0, tz = 0, pain = 0;
    const int64_t kDay = 24LL * 3600 * 1000;
    if (!read_int(j, "prepare_ms", 0, 600000, prepare) || !read_int(j, "rest_between_sets_ms", 0, 600000, rest) ||
        !j.contains("clock") || !j["clock"].is_object() ||
        !read_int(j["clock"], "session_ms", 0, 30 * kDay, session_ms) ||
        !read_int(j["clock"], "wall_ms", 0, INT64_C(1) << 50, wall_ms) ||
        !read_int(j, "started_wall_s", 0, INT64_C(1) << 40, r.started_wall_s) ||
        !read_int(j, "tz_offset_min", -24 * 60, 24 * 60, tz) || !read_int(j, "pain_before", kNoPain, 10, pain) ||
        !j.contains("countdown") || !j["countdown"].is_boolean() || !j.contains("engine")) {
        error = "a field is missing or out of range";
        return false;
    }
    r.prepare_ms = (int)prepare;
    r.rest_between_sets_ms = (int)rest;
    r.countdown = j["countdown"].get<bool>();
    r.engine = j["engine"].dump();
    r.clock = {session_ms, wall_ms};
    r.tz_offset_min = (int)tz;
    r.pain_before = (int)pain;
    return true;
}

std::unique_ptr<SessionEngine> resume_session(const std::string& text, const Catalogue& catalogue, int64_t wall_now_ms,
                                              SessionResume& out, std::string& error) {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("format", "") != kFormat) { error = "not a kept session"; return nullptr; }
    if (j.value("version", 0) != kVersion) { error = "kept by another version of the app"; return nullptr; }
    SessionResume r;
    if (!read_fields(j, r, error)) return nullptr;
    if (wall_now_ms - r.clock.wall_ms > kResumeWithinMs || wall_now_ms < r.clock.wall_ms - 60000) {
        error = "too old to resume";
        return nullptr;
    }
    if (!j.contains("routine")) { error = "no routine"; return nullptr; }
    LoadResult<Routine> routine = load_routine(j["routine"], catalogue);
    if (!routine.ok()) { error = "its routine no longer loads: " + to_string(routine.problems.front()); return nullptr; }
    r.routine = std::move(*routine.data);

    PlanSettings plan;
    plan.prepare_ms = r.prepare_ms;
    plan.rest_between_sets_ms = r.rest_between_sets_ms;
    EngineOptions options;
    options.cues.countdown = r.countdown;
    auto engine = std::make_unique<SessionEngine>(make_plan(r.routine, catalogue, plan), options);
    if (!engine->load_json(nlohmann::json::parse(r.engine, nullptr, false), error)) return nullptr;
    out = std::move(r);
    return engine;
}

} // namespace unclench
