// The person's answers to the safety check (red-flag questions asked before the first session), and
// whether a clinician confirmed they checked them. Stored as its own key so answering never touches history.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/progress_notice.h"

namespace unclench {

struct SafetyAnswer {
    std::string question_id;
    bool yes = false;
    int64_t answered_at = 0;         // epoch seconds
};

struct SafetyRecord {
    std::vector<SafetyAnswer> answers;
    bool clinician_confirmed = false;   // "a clinician has checked me for these"
    int64_t confirmed_at = 0;
    int64_t emergency_at = 0;           // when the emergency signs were last answered (0: never, or older data)
    int64_t new_episode_at = 0;         // when the person last said their back has gone again
};

bool operator==(const SafetyRecord& a, const SafetyRecord& b);

// Latest answer to one question, or nullptr if never answered.
const SafetyAnswer* find_answer(const SafetyRecord& record, const std::string& question_id);
// Replaces an earlier answer to the same question.
void set_answer(SafetyRecord& record, const SafetyAnswer& answer);

nlohmann::json safety_to_json(const SafetyRecord& record);
// Drops malformed answers (with a notice); never fails.
SafetyRecord safety_from_json(const nlohmann::json& doc, Notices& notices);

} // namespace unclench
