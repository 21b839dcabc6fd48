#include <doctest/doctest.h>

#include "core/progress_calendar.h"
#include "core/progress_stats.h"

using namespace unclench;

namespace {

// 2025-11-05 (a Wednesday) at 10:00 local time in UTC+1.
const int64_t kWedMidnightUtc = 1762300800;                 // 2025-11-05T00:00:00Z
const Now kNow{kWedMidnightUtc + 9 * 3600, 60};

// A session at local `hour` on the local day `days` before today (UTC+1).
SessionRecord stats_session(int days_ago, int hour, const std::string& routine = "gentle-start") {
    SessionRecord r;
    r.start = kWedMidnightUtc - int64_t(days_ago) * 86400 + int64_t(hour - 1) * 3600;
    r.id = "s" + std::to_string(r.start);
    r.routine_id = routine;
    r.routine_name = routine == "gentle-start" ? "Gentle start" : "Other";
    r.end = r.start + 600;
    r.tz_offset_min = 60;
    r.active_seconds = 540;
    return r;
}

} // namespace

TEST_CASE("a drop of two points or thirty percent is a meaningful change") {
    CHECK(meaningful_change(8, 6));
    CHECK(meaningful_change(3, 2));    // 33%
    CHECK(meaningful_change(1, 0));    // 100%, only one point
    CHECK_FALSE(meaningful_change(7, 6));   // 14%, one point
    CHECK_FALSE(meaningful_change(4, 3));   // 25%, one point
    CHECK(meaningful_change(10, 7));
    CHECK_FALSE(meaningful_change(3, 5));   // worse
    CHECK_FALSE(meaningful_change(0, 0));
    CHECK_FALSE(meaningful_change(kNoPain, 2));
    CHECK_FALSE(meaningful_change(6, kNoPain));
}

TEST_CASE("the current streak counts back from today, or from yesterday before today's session") {
    std::vector<SessionRecord> s = {stats_session(3, 9), stats_session(2, 9), stats_session(1, 20), stats_session(1, 21)};
    CHECK(streaks(s, kNow).current == 3);
    s.push_back(stats_session(0, 8));
    CHECK(streaks(s, kNow).current == 4);
    std::vector<SessionRecord> lapsed = {stats_session(3, 9), stats_session(2, 9)};
    CHECK(streaks(lapsed, kNow).current == 0);
}

TEST_CASE("the best streak is the longest run of days ever") {
    std::vector<SessionRecord> s;
    for (int d = 30; d >= 25; d--) s.push_back(stats_session(d, 9));   // six days
    s.push_back(stats_session(1, 9));
    s.push_back(stats_session(0, 9));
    Streaks result = streaks(s, kNow);
    CHECK(result.best == 6);
    CHECK(result.current == 2);
    CHECK(streaks({}, kNow).best == 0);
}

TEST_CASE("days are the person's local days, not UTC days") {
    // 00:30 local on Wednesday is still Tuesday in UTC; it must count for Wednesday.
    SessionRecord just_after_midnight = stats_session(0, 0);
    just_after_midnight.start = kWedMidnightUtc - 1800;
    CHECK(local_day(just_after_midnight.start, 60) == local_day(kNow.epoch_seconds, 60));
    CHECK(streaks({just_after_midnight}, kNow).current == 1);
}

TEST_CASE("this week runs Monday to Sunday in local time") {
    // Today is Wednesday: Monday (2 days ago) counts, Sunday (3 days ago) does not.
    std::vector<SessionRecord> s = {stats_session(3, 9), stats_session(2, 9), stats_session(2, 18), stats_session(0, 8)};
    WeekSummary week = this_week(s, kNow);
    CHECK(week.sessions == 3);
    CHECK(week.active_minutes == 27);
    CHECK(week.days_active == 2);
}

TEST_CASE("active days mark the calendar of a month") {
    std::vector<SessionRecord> s = {stats_session(0, 9), stats_session(4, 9), stats_session(40, 9)};
    std::vector<bool> november = active_days(s, 2025, 11);
    REQUIRE(november.size() == 30);
    CHECK(november[4]);    // the 5th
    CHECK(november[0]);    // the 1st
    CHECK_FALSE(november[1]);
    std::vector<bool> september = active_days(s, 2025, 9);
    CHECK(september[25]);  // 40 days before 5 Nov is 26 Sep
}

TEST_CASE("the pain series lists scored sessions in time order with meaningful drops marked") {
    SessionRecord a = stats_session(2, 9), b = stats_session(1, 9), c = stats_session(0, 9);
    a.pain_before = 7; a.pain_after = 4;
    b.pain_before = 5; b.pain_after = 5;
    c.pain_before = 6;   // no after score
    std::vector<PainPoint> series = pain_series({c, stats_session(1, 12), a, b});
    REQUIRE(series.size() == 3);
    CHECK(series[0].session_id == a.id);
    CHECK(series[0].meaningful);
    CHECK_FALSE(series[1].meaningful);
    CHECK(series[2].after == kNoPain);
    CHECK(pain_series({a, b, c}, local_day(b.start, 60)).size() == 2);
}

TEST_CASE("per-routine history counts sessions and remembers the last one") {
    SessionRecord stopped = stats_session(1, 9, "other");
    stopped.ended = SessionEnd::Pain;
    std::vector<SessionRecord> s = {stats_session(5, 9), stats_session(3, 9), stopped, stats_session(0, 7, "other")};
    std::vector<RoutineSummary> list = routine_summaries(s);
    REQUIRE(list.size() == 2);
    CHECK(list[0].routine_id == "other");   // done most recently
    CHECK(list[0].sessions == 2);
    CHECK(list[0].completed == 1);
    CHECK(list[1].sessions == 2);
    CHECK(list[1].active_minutes == 18);
    CHECK(list[1].last_start == s[1].start);
    std::vector<SessionRecord> history = routine_history(s, "gentle-start");
    REQUIRE(history.size() == 2);
    CHECK(history[0].start > history[1].start);
}

TEST_CASE("calendar arithmetic agrees with known dates") {
    CHECK(days_from_civil({1970, 1, 1}) == 0);
    CHECK(days_from_civil({2000, 3, 1}) == 11017);
    CivilDate d = civil_from_days(20397);
    CHECK((d.year == 2025 && d.month == 11 && d.day == 5));
    CHECK(weekday_of(20397) == 2);   // Wednesday
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2100, 2) == 28);
    CHECK(local_day(-1, 0) == -1);
    CHECK(format_local_iso(1762333200, 60) == "2025-11-05T10:00:00+01:00");
    CHECK(format_local_iso(1762333200, -330) == "2025-11-05T03:30:00-05:30");
}
