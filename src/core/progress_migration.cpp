#include "core/progress_migration.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace unclench {

using nlohmann::json;

//-----------------------------------------------------------------------------
// Field readers tolerant of what a prototype wrote: missing fields and null mean "not recorded".
//-----------------------------------------------------------------------------

static int64_t number_or(const json& obj, const char* field, int64_t fallback) {
    auto it = obj.find(field);
    if (it == obj.end() || !it->is_number()) return fallback;
    double v = it->get<double>();
    return std::isfinite(v) && std::fabs(v) < 9e15 ? int64_t(std::llround(v)) : fallback;
}

static std::string string_or(const json& obj, const char* field, const std::string& fallback) {
    auto it = obj.find(field);
    return (it != obj.end() && it->is_string()) ? it->get<std::string>() : fallback;
}

static int pain_or_none(const json& obj, const char* field) {
    int64_t v = number_or(obj, field, kNoPain);
    return (v >= 0 && v <= 10) ? int(v) : kNoPain;
}

static int64_t ms_to_seconds(int64_t ms) {
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

//-----------------------------------------------------------------------------
// History
//-----------------------------------------------------------------------------

// How the prototype named a session's end ("endReason"); anything else, or none, was a completed session.
static constexpr EnumName<SessionEnd> kPrototypeEndNames[] = {{SessionEnd::Pain, "pain"}, {SessionEnd::Early, "stopped"}};

static void mark_steps(const json& obj, const char* field, StepOutcome outcome, std::vector<StepOutcome>& steps) {
    auto it = obj.find(field);
    if (it == obj.end() || !it->is_array()) return;
    for (const json& index : *it) {
        if (!index.is_number_integer()) continue;
        int64_t i = index.get<int64_t>();
        if (i < 0 || i >= kMaxSteps) continue;
        if (size_t(i) >= steps.size()) steps.resize(size_t(i) + 1, StepOutcome::NotReached);
        steps[size_t(i)] = outcome;
    }
}

static bool convert_session(const json& obj, SessionRecord& r) {
    r.id = string_or(obj, "id", "");
    r.routine_id = string_or(obj, "routineId", "");
    r.routine_name = string_or(obj, "routineName", r.routine_id);
    r.start = ms_to_seconds(number_or(obj, "startedAtMs", 0));
    r.end = ms_to_seconds(number_or(obj, "endedAtMs", r.start * 1000));
    r.tz_offset_min = int(number_or(obj, "timezoneOffsetMinutes", 0));
    r.active_seconds = int(ms_to_seconds(number_or(obj, "activeMs", (r.end - r.start) * 1000)));
    int64_t count = number_or(obj, "stepCount", 0);
    r.steps.assign(size_t(count > 0 && count <= kMaxSteps ? count : 0), StepOutcome::NotReached);
    mark_steps(obj, "stepsDone", StepOutcome::Done, r.steps);
    mark_steps(obj, "stepsSkipped", StepOutcome::Skipped, r.steps);
    std::string reason = string_or(obj, "endReason", "completed");
    r.ended = SessionEnd::Completed;
    value_of(kPrototypeEndNames, reason, r.ended);
    if (r.ended == SessionEnd::Pain) {
        r.pain_item = int(number_or(obj, "painStep", -1));
        r.pain_phase = string_or(obj, "painPhase", "");
    }
    r.pain_before = pain_or_none(obj, "painBefore");
    r.pain_after = pain_or_none(obj, "painAfter");
    r.note = string_or(obj, "note", "");
    return session_problem(r).empty();
}

static bool convert_care(const json& obj, CareSession& c) {
    c.protocol_id = string_or(obj, "protocolId", "");
    c.start = ms_to_seconds(number_or(obj, "startedAtMs", 0));
    c.tz_offset_min = int(number_or(obj, "timezoneOffsetMinutes", 0));
    c.duration_seconds = int(ms_to_seconds(number_or(obj, "durationMs", 0)));
    auto it = obj.find("completed");
    c.completed = it != obj.end() && it->is_boolean() && it->get<bool>();
    return care_problem(c).empty();
}

V1History migrate_v1_history(const std::string& text) {
    V1History out;
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_array()) return out;
    out.parsed = true;
    for (const json& entry : doc) {
        bool ok = false;
        if (entry.is_object() && string_or(entry, "type", "session") == "care") {
            CareSession c;
            ok = convert_care(entry, c);
            if (ok) out.care.push_back(std::move(c));
        } else if (entry.is_object()) {
            SessionRecord r;
            ok = convert_session(entry, r);
            if (ok) out.sessions.push_back(std::move(r));
        }
        if (!ok) out.dropped++;
    }
    return out;
}

//-----------------------------------------------------------------------------
// Settings and safety: renamed fields, then the current reader does the range checks.
//-----------------------------------------------------------------------------

Settings migrate_v1_settings(const std::string& text, Notices& notices) {
    json old = json::parse(text, nullptr, false);
    if (old.is_discarded() || !old.is_object()) return settings_from_json(json(), notices);
    static const char* renames[][2] = {
        {"soundOn", "sounds"},          {"voiceOn", "voice"},         {"voiceName", "voice_name"},
        {"voiceRate", "voice_rate"},    {"vibrate", "vibration"},     {"getReadySeconds", "get_ready_s"},
        {"restSeconds", "rest_s"},      {"theme", "theme"},           {"reduceMotion", "reduce_motion"},
        {"countdown", "countdown"},
    };
    json now = json::object();
    for (const auto& r : renames)
        if (old.contains(r[0])) now[r[1]] = old[r[0]];
    if (old.contains("textScale") && old["textScale"].is_number())
        now["text_size"] = std::lround(old["textScale"].get<double>() * 100.0);
    return settings_from_json(now, notices);
}

SafetyRecord migrate_v1_safety(const std::string& text, Notices& notices) {
    json old = json::parse(text, nullptr, false);
    json now = {{"answers", json::array()}};
    if (old.is_object()) {
        int64_t at = ms_to_seconds(number_or(old, "answeredAtMs", 0));
        if (old.contains("answers") && old["answers"].is_object())
            for (auto& [question, answer] : old["answers"].items())
                if (answer.is_boolean()) now["answers"].push_back(json::array({question, answer.get<bool>() ? 1 : 0, at}));
        bool checked = old.contains("clinicianChecked") && old["clinicianChecked"] == true;
        now["clinician"] = checked ? 1 : 0;
        now["clinician_at"] = checked ? at : 0;
    }
    return safety_from_json(now, notices);
}

} // namespace unclench
