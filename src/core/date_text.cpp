#include "core/date_text.h"

#include <cstdio>

#include "core/progress_calendar.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Names
//-----------------------------------------------------------------------------

static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                      "July",    "August",   "September", "October", "November", "December"};
static const char* const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
static const char* const kShortDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char* const kDayLetters[] = {"M", "T", "W", "T", "F", "S", "S"};

const char* full_month_name(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : ""; }
const char* day_name(int weekday) { return weekday >= 0 && weekday <= 6 ? kDays[weekday] : ""; }
const char* day_letter(int weekday) { return weekday >= 0 && weekday <= 6 ? kDayLetters[weekday] : ""; }

//-----------------------------------------------------------------------------
// Days
//-----------------------------------------------------------------------------

std::string short_date_text(int64_t local_day) {
    CivilDate d = civil_from_days(local_day);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d %.3s", d.day, full_month_name(d.month));
    return buf;
}

std::string date_stamp(int64_t local_day) {
    CivilDate d = civil_from_days(local_day);
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

//-----------------------------------------------------------------------------
// Times of day
//-----------------------------------------------------------------------------

std::string clock_text(int64_t epoch_s, int tz_offset_min) {
    int64_t seconds_into_day = epoch_s + int64_t(tz_offset_min) * 60 - local_day(epoch_s, tz_offset_min) * 86400;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", int(seconds_into_day / 3600), int(seconds_into_day % 3600 / 60));
    return buf;
}

std::string due_time_text(int64_t due_s, int64_t now_s, int tz_offset_min) {
    const std::string clock = clock_text(due_s, tz_offset_min);
    const int64_t due_day = local_day(due_s, tz_offset_min);
    const int64_t days_ahead = due_day - local_day(now_s, tz_offset_min);
    if (days_ahead <= 0) return clock;   // today, or overdue
    if (days_ahead == 1) return "tomorrow " + clock;
    return std::string(kShortDays[weekday_of(due_day)]) + " " + clock;
}

} // namespace unclench
