// What the app remembers about one finished session and one home-care session. Times are epoch seconds
// (UTC); calendar days are the person's local days, so each record carries the offset at its start.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/enum_names.h"

namespace unclench {

constexpr int kNoPain = -1;   // pain not asked or not answered

enum class StepOutcome : char { NotReached, Done, Skipped };

enum class SessionEnd { Completed, Early, Pain };

struct SessionRecord {
    std::string id;                  // stable, made by the caller (see make_session_id)
    std::string routine_id;
    std::string routine_name;
    int64_t start = 0;               // epoch seconds, UTC
    int64_t end = 0;
    int tz_offset_min = 0;           // local minus UTC at start (UTC+1 is +60)
    int active_seconds = 0;          // time spent playing, pauses excluded
    std::vector<StepOutcome> steps;  // one per plan item, in order
    SessionEnd ended = SessionEnd::Completed;
    int pain_item = -1;              // SessionEnd::Pain: index of the plan item
    std::string pain_phase;          // SessionEnd::Pain: the phase kind, e.g. "hold", "rest"
    int pain_before = kNoPain;       // 0..10
    int pain_after = kNoPain;        // 0..10
    std::string note;                // UTF-8, as typed
};

struct CareSession {
    std::string protocol_id;         // e.g. "heat", "ice"
    int64_t start = 0;               // epoch seconds, UTC; with protocol_id, its identity
    int tz_offset_min = 0;
    int duration_seconds = 0;
    bool completed = false;
};

// Limits past which a stored record is treated as damaged rather than data.
constexpr int kMaxIdLength = 64;
constexpr int kMaxNoteBytes = 4000;
constexpr int kMaxSteps = 200;
constexpr int64_t kMaxSessionSeconds = 24 * 3600;

// A sortable, unique id: the start in base 36 and a random number from the platform, e.g. "t4h2k1-9zq3".
std::string make_session_id(int64_t start, uint32_t random);
std::string care_identity(const CareSession& care);

int steps_done(const SessionRecord& rec);
int steps_skipped(const SessionRecord& rec);

// Empty when the record is usable; otherwise why it is not (for notices and import previews).
std::string session_problem(const SessionRecord& rec);
std::string care_problem(const CareSession& care);

// Ordering used everywhere sessions are listed: by start, then by id so the order is total.
bool session_before(const SessionRecord& a, const SessionRecord& b);
bool care_before(const CareSession& a, const CareSession& b);

// How a record's end is stored (backups, the CSV export); an unknown name reads as completed.
inline constexpr EnumName<SessionEnd> kSessionEndNames[] = {
    {SessionEnd::Completed, "completed"}, {SessionEnd::Early, "early"}, {SessionEnd::Pain, "pain"}};
const char* session_end_name(SessionEnd end);   // "completed", "early", "pain"

} // namespace unclench
