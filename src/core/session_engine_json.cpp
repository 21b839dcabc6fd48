// SessionEngine::to_json() / load_json(): a running session saved as its recorded events.
//
//   {"format": "unclench.session", "version": 1, "routine_id": "...", "planned_ms": 123000,
//    "phases": 17, "events": [{"type": "start", "at": 0}, {"type": "add_time", "at": 4000, "ms": 10000}]}
//
// Loading replays the events on the same plan, so the restored engine is the same engine. The plan is
// not saved (it comes from the catalogue); routine id, planned length and phase count guard against
// replaying onto a different plan. Bad input returns false with a message and changes nothing.
#include "core/session_engine.h"

#include <nlohmann/json.hpp>

namespace unclench {

namespace {

const char* const kFormat = "unclench.session";
const int kVersion = 1;

bool read_int(const nlohmann::json& obj, const char* key, int64_t& out) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_number_integer()) return false;
    out = it->get<int64_t>();
    return true;
}

bool read_event(const nlohmann::json& j, EngineEvent& e, std::string& error) {
    if (!j.is_object()) { error = "an event is not an object"; return false; }
    auto type = j.find("type");
    if (type == j.end() || !type->is_string() || !value_of(kEventTypeNames, type->get_ref<const std::string&>(), e.type)) {
        error = "an event has an unknown type";
        return false;
    }
    if (!read_int(j, "at", e.at_ms)) { error = "an event has no time"; return false; }
    if (e.type == EventType::AddTime && !read_int(j, "ms", e.amount_ms)) { error = "added time has no length"; return false; }
    return true;
}

} // namespace

nlohmann::json SessionEngine::to_json() const {
    nlohmann::json events = nlohmann::json::array();
    for (const EngineEvent& e : events_) {
        nlohmann::json j = {{"type", name_of(kEventTypeNames, e.type, "?")}, {"at", e.at_ms}};
        if (e.type == EventType::AddTime) j["ms"] = e.amount_ms;
        events.push_back(std::move(j));
    }
    return {{"format", kFormat}, {"version", kVersion}, {"routine_id", plan_.routine_id},
            {"planned_ms", planned_ms_}, {"phases", (int64_t)timeline_.size()}, {"events", std::move(events)}};
}

bool SessionEngine::load_json(const nlohmann::json& json, std::string& error) {
    if (!json.is_object()) { error = "saved session is not an object"; return false; }
    auto format = json.find("format");
    int64_t version = 0, planned = 0, phases = 0;
    if (format == json.end() || *format != kFormat || !read_int(json, "version", version) || version != kVersion) {
        error = "saved session has an unknown format";
        return false;
    }
    auto routine = json.find("routine_id");
    if (routine == json.end() || *routine != plan_.routine_id || !read_int(json, "planned_ms", planned) ||
        planned != planned_ms_ || !read_int(json, "phases", phases) || phases != (int64_t)timeline_.size()) {
        error = "saved session belongs to a different routine";
        return false;
    }
    auto events = json.find("events");
    if (events == json.end() || !events->is_array()) { error = "saved session has no events"; return false; }

    // Replay into a fresh state; keep the current one unless everything applies.
    State s;
    s.records.assign(timeline_.size(), PhaseRecord{});
    std::vector<EngineEvent> replayed;
    for (const nlohmann::json& j : *events) {
        EngineEvent e;
        if (!read_event(j, e, error)) return false;
        if (!apply_to(s, e)) { error = "saved session has an event that does not fit"; return false; }
        replayed.push_back(e);
    }
    state_ = std::move(s);
    events_ = std::move(replayed);
    seen_ms_ = state_.anchor_ms;
    observed_phase_ = state_.finished && state_.end == EndReason::Completed ? (int)timeline_.size() : state_.phase;
    observed_finished_ = state_.finished;
    changed_by_control_ = true;
    pending_unseen_.clear();
    return true;
}

} // namespace unclench
