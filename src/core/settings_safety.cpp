#include "core/settings_safety.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace unclench {

using nlohmann::json;

bool operator==(const SafetyRecord& a, const SafetyRecord& b) {
    if (a.clinician_confirmed != b.clinician_confirmed || a.confirmed_at != b.confirmed_at) return false;
    if (a.emergency_at != b.emergency_at || a.new_episode_at != b.new_episode_at) return false;
    if (a.answers.size() != b.answers.size()) return false;
    for (size_t i = 0; i < a.answers.size(); i++) {
        const SafetyAnswer &x = a.answers[i], &y = b.answers[i];
        if (x.question_id != y.question_id || x.yes != y.yes || x.answered_at != y.answered_at) return false;
    }
    return true;
}

const SafetyAnswer* find_answer(const SafetyRecord& record, const std::string& question_id) {
    for (const SafetyAnswer& a : record.answers)
        if (a.question_id == question_id) return &a;
    return nullptr;
}

void set_answer(SafetyRecord& record, const SafetyAnswer& answer) {
    for (SafetyAnswer& a : record.answers)
        if (a.question_id == answer.question_id) {
            a = answer;
            return;
        }
    record.answers.push_back(answer);
}

//-----------------------------------------------------------------------------
// JSON: {"answers":[["q-id",1,1762000000],...],"clinician":1,"clinician_at":1762000000,
//        "emergency_at":1762000000,"new_episode_at":1762000000}   (the last two only when set)
//-----------------------------------------------------------------------------

json safety_to_json(const SafetyRecord& record) {
    json answers = json::array();
    for (const SafetyAnswer& a : record.answers)
        answers.push_back(json::array({a.question_id, a.yes ? 1 : 0, a.answered_at}));
    json doc = {{"answers", answers}, {"clinician", record.clinician_confirmed ? 1 : 0}, {"clinician_at", record.confirmed_at}};
    if (record.emergency_at) doc["emergency_at"] = record.emergency_at;
    if (record.new_episode_at) doc["new_episode_at"] = record.new_episode_at;
    return doc;
}

static bool read_answer(const json& a, SafetyAnswer& out) {
    if (!a.is_array() || a.size() < 3 || !a[0].is_string() || !a[1].is_number_integer() ||
        !a[2].is_number_integer())
        return false;
    out.question_id = a[0].get<std::string>();
    out.yes = a[1].get<int64_t>() != 0;
    out.answered_at = a[2].get<int64_t>();
    return !out.question_id.empty() && out.answered_at >= 0;
}

// A missing or malformed time stays 0: the emergency signs are then simply asked again.
static void read_time(const json& doc, const char* key, int64_t& out) {
    if (doc.contains(key) && doc[key].is_number_integer()) out = std::max<int64_t>(0, doc[key].get<int64_t>());
}

SafetyRecord safety_from_json(const json& doc, Notices& notices) {
    SafetyRecord record;
    bool damaged = !doc.is_object() || !doc.contains("answers") || !doc["answers"].is_array();
    if (!damaged) {
        for (const json& a : doc["answers"]) {
            SafetyAnswer answer;
            if (read_answer(a, answer)) set_answer(record, answer);
            else damaged = true;
        }
        if (doc.contains("clinician") && doc["clinician"].is_number_integer())
            record.clinician_confirmed = doc["clinician"].get<int64_t>() != 0;
        if (doc.contains("clinician_at") && doc["clinician_at"].is_number_integer())
            record.confirmed_at = doc["clinician_at"].get<int64_t>();
        read_time(doc, "emergency_at", record.emergency_at);
        read_time(doc, "new_episode_at", record.new_episode_at);
    }
    if (damaged)
        notices.push_back({NoticeKind::Quarantined, "safety",
                           "Some safety check answers could not be read; please answer those questions again."});
    return record;
}

} // namespace unclench
