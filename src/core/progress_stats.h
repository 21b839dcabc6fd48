// The numbers the progress screen draws. Pure functions of the history and "now" (epoch seconds plus
// the current offset); every day is a local day, taken from each record's own offset at its start.
//
// "This week" is the ISO week, Monday to Sunday in local time: it matches the calendar shown beside it
// and resets at a moment people can predict, unlike a sliding last-7-days window.
// A streak counts consecutive local days with at least one session of any kind (a stop for pain is
// still a day the person showed up). Today without a session does not break the current streak until
// the day is over: it then counts up to yesterday.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/history_record.h"

namespace unclench {

struct Now {
    int64_t epoch_seconds = 0;
    int tz_offset_min = 0;   // local minus UTC
};

struct Streaks {
    int current = 0;
    int best = 0;
};

struct WeekSummary {
    int sessions = 0;
    int active_minutes = 0;   // whole minutes of active time, rounded down
    int days_active = 0;
};

struct PainPoint {
    std::string session_id;
    int64_t local_day = 0;
    int64_t start = 0;
    int before = kNoPain;
    int after = kNoPain;
    bool meaningful = false;   // meaningful_change(before, after)
};

struct RoutineSummary {
    std::string routine_id;
    std::string routine_name;   // as recorded most recently
    int sessions = 0;
    int completed = 0;
    int active_minutes = 0;
    int64_t last_start = 0;
    int last_tz_offset_min = 0;
};

// A drop in pain that matters to the person: at least 2 points, or at least 30% of the starting score,
// on the 0-10 scale. False when either score is missing or pain did not go down.
bool meaningful_change(int before, int after);

Streaks streaks(const std::vector<SessionRecord>& sessions, Now now);
WeekSummary this_week(const std::vector<SessionRecord>& sessions, Now now);

// For a local calendar month: active[d - 1] is true when day d had a session (size = days in month).
std::vector<bool> active_days(const std::vector<SessionRecord>& sessions, int year, int month);

// Sessions with at least one pain score, oldest first; `since_day` (local day) limits the range.
std::vector<PainPoint> pain_series(const std::vector<SessionRecord>& sessions, int64_t since_day = INT64_MIN);

// One entry per routine, most recently done first.
std::vector<RoutineSummary> routine_summaries(const std::vector<SessionRecord>& sessions);
// A routine's sessions, newest first.
std::vector<SessionRecord> routine_history(const std::vector<SessionRecord>& sessions, const std::string& routine_id);

} // namespace unclench
