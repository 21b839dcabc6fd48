#include "core/progress_stats.h"

#include <algorithm>
#include <set>

#include "core/progress_calendar.h"
#include "core/stable_order.h"

namespace unclench {

static int64_t day_of(const SessionRecord& r) {
    return local_day(r.start, r.tz_offset_min);
}

bool meaningful_change(int before, int after) {
    if (before < 0 || after < 0 || before > 10 || after > 10) return false;
    int drop = before - after;
    // 30% of the starting score, in integers: drop / before >= 0.3  <=>  10 * drop >= 3 * before.
    return drop >= 2 || (drop > 0 && 10 * drop >= 3 * before);
}

//-----------------------------------------------------------------------------
// Streaks and the week
//-----------------------------------------------------------------------------

Streaks streaks(const std::vector<SessionRecord>& sessions, Now now) {
    std::set<int64_t> days;
    for (const SessionRecord& r : sessions) days.insert(day_of(r));
    Streaks out;
    int run = 0;
    int64_t previous = 0;
    for (int64_t d : days) {
        run = (run > 0 && d == previous + 1) ? run + 1 : 1;
        previous = d;
        out.best = std::max(out.best, run);
    }
    int64_t today = local_day(now.epoch_seconds, now.tz_offset_min);
    int64_t day = days.count(today) ? today : today - 1;
    while (days.count(day)) {
        out.current++;
        day--;
    }
    return out;
}

WeekSummary this_week(const std::vector<SessionRecord>& sessions, Now now) {
    int64_t monday = iso_week_start(local_day(now.epoch_seconds, now.tz_offset_min));
    WeekSummary out;
    std::set<int64_t> days;
    int active_seconds = 0;
    for (const SessionRecord& r : sessions) {
        int64_t d = day_of(r);
        if (d < monday || d >= monday + 7) continue;
        out.sessions++;
        active_seconds += r.active_seconds;
        days.insert(d);
    }
    out.active_minutes = active_seconds / 60;
    out.days_active = int(days.size());
    return out;
}

std::vector<bool> active_days(const std::vector<SessionRecord>& sessions, int year, int month) {
    int length = days_in_month(year, month);
    std::vector<bool> active(size_t(length), false);
    int64_t first = days_from_civil({year, month, 1});
    for (const SessionRecord& r : sessions) {
        int64_t d = day_of(r) - first;
        if (d >= 0 && d < length) active[size_t(d)] = true;
    }
    return active;
}

//-----------------------------------------------------------------------------
// Pain and routines
//-----------------------------------------------------------------------------

std::vector<PainPoint> pain_series(const std::vector<SessionRecord>& sessions, int64_t since_day) {
    std::vector<PainPoint> out;
    for (const SessionRecord& r : sessions) {
        if (r.pain_before == kNoPain && r.pain_after == kNoPain) continue;
        int64_t d = day_of(r);
        if (d < since_day) continue;
        out.push_back({r.id, d, r.start, r.pain_before, r.pain_after, meaningful_change(r.pain_before, r.pain_after)});
    }
    sort_stably_by(out, [](const PainPoint& p) { return p.start; });
    return out;
}

std::vector<RoutineSummary> routine_summaries(const std::vector<SessionRecord>& sessions) {
    std::vector<RoutineSummary> out;
    std::vector<int> active_seconds;
    for (const SessionRecord& r : sessions) {
        size_t i = 0;
        while (i < out.size() && out[i].routine_id != r.routine_id) i++;
        if (i == out.size()) {
            out.push_back({r.routine_id, r.routine_name, 0, 0, 0, 0, 0});
            active_seconds.push_back(0);
        }
        RoutineSummary& s = out[i];
        s.sessions++;
        s.completed += r.ended == SessionEnd::Completed ? 1 : 0;
        active_seconds[i] += r.active_seconds;
        if (r.start >= s.last_start) {
            s.last_start = r.start;
            s.last_tz_offset_min = r.tz_offset_min;
            s.routine_name = r.routine_name;
        }
    }
    for (size_t i = 0; i < out.size(); i++) out[i].active_minutes = active_seconds[i] / 60;
    sort_stably_by(out, [](const RoutineSummary& s) { return -s.last_start; });   // newest first
    return out;
}

std::vector<SessionRecord> routine_history(const std::vector<SessionRecord>& sessions, const std::string& routine_id) {
    std::vector<SessionRecord> out;
    for (const SessionRecord& r : sessions)
        if (r.routine_id == routine_id) out.push_back(r);
    sort_stably_by(out, [](const SessionRecord& r) { return -r.start; });   // newest first
    return out;
}

} // namespace unclench
