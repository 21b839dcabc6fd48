#include "core/progress_data.h"

#include <algorithm>

namespace unclench {

SessionRange sessions_between(const std::vector<SessionRecord>& sessions, int64_t from, int64_t to) {
    auto by_start = [](const SessionRecord& r, int64_t t) { return r.start < t; };
    auto first = std::lower_bound(sessions.begin(), sessions.end(), from, by_start);
    auto last = std::lower_bound(first, sessions.end(), to, by_start);
    return {size_t(first - sessions.begin()), size_t(last - sessions.begin())};
}

std::vector<CareSession> care_between(const std::vector<CareSession>& care, int64_t from, int64_t to) {
    std::vector<CareSession> out;
    for (const CareSession& c : care)
        if (c.start >= from && c.start < to) out.push_back(c);
    return out;
}

void insert_session(std::vector<SessionRecord>& sessions, SessionRecord rec) {
    auto at = std::upper_bound(sessions.begin(), sessions.end(), rec, session_before);
    sessions.insert(at, std::move(rec));
}

bool insert_care(std::vector<CareSession>& care, const CareSession& item) {
    auto at = std::lower_bound(care.begin(), care.end(), item, care_before);
    if (at != care.end() && at->start == item.start && at->protocol_id == item.protocol_id) return false;
    care.insert(at, item);
    return true;
}

} // namespace unclench
