// What the recovery companion keeps: the current back episode (if one was started) and which lessons
// were read. Stored as its own key (unclench/<ns>/v2/recovery), so a check-in never rewrites history.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/episode.h"
#include "core/progress_notice.h"

namespace unclench {

struct RecoveryRecord {
    std::optional<Episode> episode;           // none until "My back has gone"
    std::vector<std::string> lessons_read;    // lesson ids, in the order first read
};

bool operator==(const RecoveryRecord& a, const RecoveryRecord& b);

bool lesson_read(const RecoveryRecord& record, const std::string& lesson_id);
void mark_lesson_read(RecoveryRecord& record, const std::string& lesson_id);

nlohmann::json recovery_to_json(const RecoveryRecord& record);
// Keeps what is valid; a damaged episode is dropped with a notice (its raw text is quarantined by the
// store). Never throws.
RecoveryRecord recovery_from_json(const nlohmann::json& doc, Notices& notices);

} // namespace unclench
