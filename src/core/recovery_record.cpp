#include "core/recovery_record.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/json_reader.h"

namespace unclench {

using json = nlohmann::json;

static constexpr size_t kMaxLessonsRead = 100;

bool operator==(const RecoveryRecord& a, const RecoveryRecord& b) {
    return a.episode == b.episode && a.lessons_read == b.lessons_read;
}

bool lesson_read(const RecoveryRecord& record, const std::string& lesson_id) {
    return std::find(record.lessons_read.begin(), record.lessons_read.end(), lesson_id) != record.lessons_read.end();
}

void mark_lesson_read(RecoveryRecord& record, const std::string& lesson_id) {
    if (!lesson_read(record, lesson_id) && record.lessons_read.size() < kMaxLessonsRead)
        record.lessons_read.push_back(lesson_id);
}

json recovery_to_json(const RecoveryRecord& record) {
    json j = {{"lessons_read", record.lessons_read}};
    if (record.episode) j["episode"] = episode_to_json(*record.episode);
    return j;
}

static void read_lessons(const json& list, RecoveryRecord& out, Notices& notices) {
    if (!list.is_array()) {
        notices.push_back({NoticeKind::Quarantined, "recovery", "The list of lessons read was damaged and was reset."});
        return;
    }
    for (const json& id : list)
        if (id.is_string() && is_valid_id(id.get<std::string>())) mark_lesson_read(out, id.get<std::string>());
}

RecoveryRecord recovery_from_json(const json& doc, Notices& notices) {
    RecoveryRecord out;
    if (!doc.is_object()) {
        notices.push_back({NoticeKind::Quarantined, "recovery", "Your recovery plan could not be read and was set aside."});
        return out;
    }
    if (auto it = doc.find("lessons_read"); it != doc.end()) read_lessons(*it, out, notices);
    if (auto it = doc.find("episode"); it != doc.end() && !it->is_null()) {
        out.episode = episode_from_json(*it, notices);
        if (!out.episode)
            notices.push_back({NoticeKind::Quarantined, "recovery", "Your back episode could not be read and was set aside."});
    }
    return out;
}

} // namespace unclench
