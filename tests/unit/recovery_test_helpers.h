// Days, check-ins and episodes for the recovery plan's tests: day 0 is the day the episode starts.
#pragma once
#include <string>
#include <vector>

#include "core/episode.h"
#include "core/recovery_plan.h"

namespace recovery_test {

using namespace unclench;

// assets/lessons.json's ids, in order (lessons_test checks the file holds these).
inline const std::vector<std::string> kLessons = {"common", "keep-moving", "hurt-not-harm", "scans", "posture-myths",
                                                  "ice-or-heat", "medicines", "pacing", "sleep", "stress",
                                                  "flare-up-plan", "get-help"};

constexpr int64_t kStartDay = 20400;   // a local day number (2025-11-08)

inline int64_t day(int n) { return kStartDay + n; }
inline int64_t at(int n) { return day(n) * 86400 + 9 * 3600; }   // 9 in the morning, UTC

inline Episode fresh(int start_pain, bool after_injury = false) {
    return *start_episode(kStartDay, after_injury, start_pain, at(0));
}

inline CheckIn check_in(int n, int pain, std::vector<ActivityScore> scores = {}) {
    return CheckIn{day(n), at(n), pain, std::move(scores)};
}

inline PlanChange check(Episode& e, int n, int pain, std::vector<ActivityScore> scores = {}) {
    return apply_check_in(e, check_in(n, pain, std::move(scores)));
}

// An episode (start pain 10) moved to Move on day 2 at pain 6 (check-ins 8, 6).
inline Episode in_move() {
    Episode e = fresh(10);
    check(e, 1, 8);
    check(e, 2, 6);
    return e;
}

// in_move(), then moved to Strengthen on day 5 at pain 4.
inline Episode in_strengthen() {
    Episode e = in_move();
    check(e, 3, 4);
    check(e, 4, 4);
    check(e, 5, 4);
    return e;
}

} // namespace recovery_test
