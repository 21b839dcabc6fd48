#include "core/history_record.h"

#include <algorithm>

namespace unclench {

static std::string base36(uint64_t value) {
    const char* digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string out;
    do {
        out.push_back(digits[value % 36]);
        value /= 36;
    } while (value > 0);
    std::reverse(out.begin(), out.end());
    return out;
}

std::string make_session_id(int64_t start, uint32_t random) {
    return base36(uint64_t(start < 0 ? 0 : start)) + "-" + base36(random % 1679616u);   // 4 digits at most
}

std::string care_identity(const CareSession& care) {
    return care.protocol_id + "@" + std::to_string(care.start);
}

int steps_done(const SessionRecord& rec) {
    return int(std::count(rec.steps.begin(), rec.steps.end(), StepOutcome::Done));
}

int steps_skipped(const SessionRecord& rec) {
    return int(std::count(rec.steps.begin(), rec.steps.end(), StepOutcome::Skipped));
}

//-----------------------------------------------------------------------------
// Validation
//-----------------------------------------------------------------------------

static bool valid_pain(int pain) {
    return pain == kNoPain || (pain >= 0 && pain <= 10);
}

static bool valid_offset(int tz_offset_min) {
    return tz_offset_min >= -16 * 60 && tz_offset_min <= 16 * 60;
}

std::string session_problem(const SessionRecord& rec) {
    if (rec.id.empty() || rec.id.size() > size_t(kMaxIdLength)) return "missing or overlong id";
    if (rec.routine_id.empty()) return "missing routine";
    if (rec.start <= 0) return "missing start time";
    if (rec.end < rec.start || rec.end - rec.start > kMaxSessionSeconds) return "end time out of range";
    if (!valid_offset(rec.tz_offset_min)) return "time zone out of range";
    if (rec.active_seconds < 0 || rec.active_seconds > kMaxSessionSeconds) return "active time out of range";
    if (rec.steps.size() > size_t(kMaxSteps)) return "too many steps";
    if (!valid_pain(rec.pain_before) || !valid_pain(rec.pain_after)) return "pain score out of range";
    if (rec.note.size() > size_t(kMaxNoteBytes)) return "note too long";
    return {};
}

std::string care_problem(const CareSession& care) {
    if (care.protocol_id.empty()) return "missing protocol";
    if (care.start <= 0) return "missing start time";
    if (care.duration_seconds < 0 || care.duration_seconds > kMaxSessionSeconds) return "duration out of range";
    if (!valid_offset(care.tz_offset_min)) return "time zone out of range";
    return {};
}

bool session_before(const SessionRecord& a, const SessionRecord& b) {
    return a.start != b.start ? a.start < b.start : a.id < b.id;
}

bool care_before(const CareSession& a, const CareSession& b) {
    return a.start != b.start ? a.start < b.start : a.protocol_id < b.protocol_id;
}

const char* session_end_name(SessionEnd end) { return name_of(kSessionEndNames, end, "completed"); }

} // namespace unclench
