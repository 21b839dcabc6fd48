// Calendar arithmetic on epoch seconds, without the C library's time zone state (core reads no clock).
// A "local day" is a day number (days since 1970-01-01) in the person's own time zone, computed from a
// UTC instant plus the offset the platform reported at that moment.
#pragma once
#include <cstdint>
#include <string>

namespace unclench {

struct CivilDate {
    int year = 1970;
    int month = 1;   // 1..12
    int day = 1;     // 1..31
};

// Offsets are local time minus UTC, in minutes (UTC+1 is +60). Note JS getTimezoneOffset() is the negation.
int64_t local_day(int64_t epoch_seconds, int tz_offset_min);

int64_t days_from_civil(CivilDate date);
CivilDate civil_from_days(int64_t days);
int days_in_month(int year, int month);

// 0 = Monday .. 6 = Sunday (ISO 8601).
int weekday_of(int64_t days);
int64_t iso_week_start(int64_t days);   // the Monday on or before the day

// UTC month of an instant as "YYYY-MM", and the first second of that month.
std::string utc_month_key(int64_t epoch_seconds);
int64_t utc_month_start(int64_t epoch_seconds);

// Parses "YYYY-MM"; false for anything else (including month 13 or trailing text).
bool parse_month_key(const std::string& key, int& year, int& month);

// "2026-11-03T08:15:00+01:00": the local wall time of an instant, with its offset.
std::string format_local_iso(int64_t epoch_seconds, int tz_offset_min);

} // namespace unclench
