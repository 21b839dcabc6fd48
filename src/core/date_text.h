// Dates and times in words, for the screens, file names and reminders: "3 Nov", "07:05",
// "tomorrow 07:00", "2026-11-03". Pure: the caller passes the instant and the person's time-zone offset
// (local minus UTC, in minutes; UTC+1 is +60), and the day arithmetic is progress_calendar.h's
// local_day(), so every screen agrees on which day an instant falls.
#pragma once
#include <cstdint>
#include <string>

namespace unclench {

// Names. Weekdays count from Monday (0) to Sunday (6), as weekday_of() does; anything out of range
// gives "".
const char* full_month_name(int month);   // 1..12 -> "November"
const char* day_name(int weekday);        // 0 -> "Monday"
const char* day_letter(int weekday);      // 0 -> "M" (the column heads of a week)

// A local day number (local_day()) as "3 Nov".
std::string short_date_text(int64_t local_day);
// A local day number as "2026-11-03": sorts as text, for file names and "last changed on".
std::string date_stamp(int64_t local_day);

// The local time of day of an instant, "07:05" (24-hour clock).
std::string clock_text(int64_t epoch_s, int tz_offset_min);

// When something is due, as close as the words allow: "14:00" today (or earlier), "tomorrow 07:00",
// and "Tue 09:00" further ahead.
std::string due_time_text(int64_t due_s, int64_t now_s, int tz_offset_min);

} // namespace unclench
