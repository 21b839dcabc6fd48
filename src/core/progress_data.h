// Everything the app keeps about a person, in memory: what ProgressStore loads and saves, what backups
// carry, what the progress screen reads.
#pragma once
#include <string>
#include <vector>

#include "core/history_record.h"
#include "core/settings.h"
#include "core/recovery_record.h"
#include "core/settings_safety.h"

namespace unclench {

// A routine the person built. Its body is the routine module's own JSON object text; storage only
// needs the id, so the routine format can change without touching this layer.
struct CustomRoutine {
    std::string id;
    std::string json;
};

struct ProgressData {
    Settings settings;
    SafetyRecord safety;
    RecoveryRecord recovery;               // the back episode and lessons read
    std::vector<CustomRoutine> routines;
    std::vector<SessionRecord> sessions;   // ordered by session_before
    std::vector<CareSession> care;         // ordered by care_before
};

// Sessions whose start falls in [from, to), as positions into the ordered list.
struct SessionRange {
    size_t begin = 0, end = 0;
};
SessionRange sessions_between(const std::vector<SessionRecord>& sessions, int64_t from, int64_t to);
std::vector<CareSession> care_between(const std::vector<CareSession>& care, int64_t from, int64_t to);

// Ordered inserts. Sessions are not checked for duplicates here (ProgressStore keeps an id set);
// care sessions are, by protocol and start, and insert_care returns false for a duplicate.
void insert_session(std::vector<SessionRecord>& sessions, SessionRecord rec);
bool insert_care(std::vector<CareSession>& care, const CareSession& item);

} // namespace unclench
