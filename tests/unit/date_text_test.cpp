#include <doctest/doctest.h>
#include "core/date_text.h"

#include <string>

#include "core/progress_calendar.h"

using namespace unclench;

namespace {

const int64_t kHour = 3600, kDay = 86400;

// The UTC instant of a local wall time in a zone `tz_offset_min` ahead of UTC.
int64_t at(int year, int month, int day, int hour, int minute, int tz_offset_min = 0) {
    return days_from_civil({year, month, day}) * kDay + hour * kHour + minute * 60 - int64_t(tz_offset_min) * 60;
}

} // namespace

//-----------------------------------------------------------------------------
// Names
//-----------------------------------------------------------------------------

TEST_CASE("months are named in full, January to December, and nothing outside them") {
    CHECK(std::string(full_month_name(1)) == "January");
    CHECK(std::string(full_month_name(11)) == "November");
    CHECK(std::string(full_month_name(12)) == "December");
    CHECK(std::string(full_month_name(0)) == "");
    CHECK(std::string(full_month_name(13)) == "");
    CHECK(std::string(full_month_name(-1)) == "");
}

TEST_CASE("weekdays count from Monday, as weekday_of does") {
    CHECK(std::string(day_name(0)) == "Monday");
    CHECK(std::string(day_name(6)) == "Sunday");
    CHECK(std::string(day_letter(0)) == "M");
    CHECK(std::string(day_letter(1)) == "T");
    CHECK(std::string(day_letter(5)) == "S");
    CHECK(std::string(day_name(weekday_of(days_from_civil({2026, 11, 3})))) == "Tuesday");
    CHECK(std::string(day_name(7)) == "");
    CHECK(std::string(day_letter(-1)) == "");
}

//-----------------------------------------------------------------------------
// Days
//-----------------------------------------------------------------------------

TEST_CASE("a short date is the day of the month and the month's first three letters: '3 Nov'") {
    CHECK(short_date_text(days_from_civil({2026, 11, 3})) == "3 Nov");
    CHECK(short_date_text(days_from_civil({2026, 9, 30})) == "30 Sep");
    CHECK(short_date_text(0) == "1 Jan");
    CHECK(short_date_text(-1) == "31 Dec");
}

TEST_CASE("a date stamp is the local day as YYYY-MM-DD, also before 1970") {
    CHECK(date_stamp(days_from_civil({2026, 11, 3})) == "2026-11-03");
    CHECK(date_stamp(0) == "1970-01-01");
    CHECK(date_stamp(-1) == "1969-12-31");
    CHECK(date_stamp(days_from_civil({1900, 2, 28})) == "1900-02-28");
}

TEST_CASE("a date stamp names the person's local day, not the UTC one") {
    // 23:30 on 2 November in New York (UTC-5) is already 3 November in UTC.
    int64_t t = at(2026, 11, 2, 23, 30, -300);
    CHECK(date_stamp(local_day(t, -300)) == "2026-11-02");
    CHECK(date_stamp(local_day(t, 0)) == "2026-11-03");
}

//-----------------------------------------------------------------------------
// Times of day
//-----------------------------------------------------------------------------

TEST_CASE("a time of day reads '07:05', on the local clock") {
    CHECK(clock_text(at(2026, 11, 3, 7, 5), 0) == "07:05");
    CHECK(clock_text(at(2026, 11, 3, 7, 5, 60), 60) == "07:05");
    CHECK(clock_text(at(2026, 11, 3, 7, 5), 60) == "08:05");
    CHECK(clock_text(at(2026, 11, 3, 23, 59), 0) == "23:59");
}

TEST_CASE("a time of day at midnight reads '00:00', and seconds never round up") {
    CHECK(clock_text(at(2026, 11, 3, 0, 0), 0) == "00:00");
    CHECK(clock_text(at(2026, 11, 3, 0, 0) - 1, 0) == "23:59");
    CHECK(clock_text(at(2026, 11, 3, 7, 5) + 59, 0) == "07:05");
}

TEST_CASE("a time of day west of UTC, and before 1970") {
    CHECK(clock_text(0, -300) == "19:00");           // New York, the evening before 1970 began in UTC
    CHECK(clock_text(-1, 0) == "23:59");
    CHECK(clock_text(at(1969, 7, 20, 20, 17), 0) == "20:17");
    CHECK(clock_text(at(2026, 11, 3, 7, 5, -570), -570) == "07:05");   // Marquesas, UTC-9:30
    CHECK(clock_text(at(2026, 11, 3, 7, 5, 345), 345) == "07:05");     // Nepal, UTC+5:45
}

TEST_CASE("a due time today reads as the time alone: '14:00'") {
    int64_t now = at(2026, 11, 3, 10, 0);
    CHECK(due_time_text(at(2026, 11, 3, 14, 0), now, 0) == "14:00");
    CHECK(due_time_text(at(2026, 11, 3, 23, 59), now, 0) == "23:59");
}

TEST_CASE("a due time already past reads as its time too") {
    int64_t now = at(2026, 11, 3, 10, 0);
    CHECK(due_time_text(at(2026, 11, 3, 8, 0), now, 0) == "08:00");
    CHECK(due_time_text(at(2026, 11, 1, 8, 0), now, 0) == "08:00");
}

TEST_CASE("a due time tomorrow reads 'tomorrow 07:00'") {
    int64_t now = at(2026, 11, 3, 22, 0);
    CHECK(due_time_text(at(2026, 11, 4, 7, 0), now, 0) == "tomorrow 07:00");
    CHECK(due_time_text(at(2026, 11, 4, 0, 0), now, 0) == "tomorrow 00:00");
}

TEST_CASE("a due time further ahead reads with its weekday: 'Tue 09:00'") {
    int64_t now = at(2026, 11, 1, 12, 0);   // a Sunday
    CHECK(due_time_text(at(2026, 11, 3, 9, 0), now, 0) == "Tue 09:00");
    CHECK(due_time_text(at(2026, 11, 8, 9, 0), now, 0) == "Sun 09:00");
    CHECK(due_time_text(at(2026, 11, 9, 9, 0), now, 0) == "Mon 09:00");
}

TEST_CASE("'tomorrow' follows the local day: one minute past local midnight is tomorrow") {
    // 23:50 on Tuesday in New York; the reminder at 00:01 local is Wednesday there.
    int64_t now = at(2026, 11, 3, 23, 50, -300);
    CHECK(due_time_text(at(2026, 11, 4, 0, 1, -300), now, -300) == "tomorrow 00:01");
    CHECK(due_time_text(at(2026, 11, 3, 23, 55, -300), now, -300) == "23:55");
    CHECK(due_time_text(at(2026, 11, 5, 0, 1, -300), now, -300) == "Thu 00:01");
}

TEST_CASE("due times before 1970 keep their weekday") {
    int64_t now = at(1969, 12, 29, 12, 0);   // a Monday
    CHECK(due_time_text(at(1969, 12, 31, 6, 30), now, 0) == "Wed 06:30");
    CHECK(due_time_text(at(1970, 1, 1, 6, 30), now, 0) == "Thu 06:30");
    CHECK(due_time_text(at(1969, 12, 30, 6, 30), now, 0) == "tomorrow 06:30");
}
