#include "core/progress_calendar.h"

#include <cstdio>

namespace unclench {

// Floor division, so instants before 1970 and negative offsets land on the right day.
static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

int64_t local_day(int64_t epoch_seconds, int tz_offset_min) {
    return floor_div(epoch_seconds + int64_t(tz_offset_min) * 60, 86400);
}

//-----------------------------------------------------------------------------
// Civil dates (Howard Hinnant's public-domain algorithms, proleptic Gregorian)
//-----------------------------------------------------------------------------

int64_t days_from_civil(CivilDate date) {
    int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;
    int64_t mp = (date.month + 9) % 12;
    int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(int64_t days) {
    int64_t z = days + 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    CivilDate out;
    out.day = int(doy - (153 * mp + 2) / 5 + 1);
    out.month = int(mp < 10 ? mp + 3 : mp - 9);
    out.year = int(yoe + era * 400 + (out.month <= 2 ? 1 : 0));
    return out;
}

int days_in_month(int year, int month) {
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return (month == 2 && leap) ? 29 : lengths[month - 1];
}

int weekday_of(int64_t days) {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    return int(((days % 7) + 7 + 3) % 7);
}

int64_t iso_week_start(int64_t days) {
    return days - weekday_of(days);
}

//-----------------------------------------------------------------------------
// Month keys
//-----------------------------------------------------------------------------

std::string utc_month_key(int64_t epoch_seconds) {
    CivilDate d = civil_from_days(floor_div(epoch_seconds, 86400));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    return buf;
}

int64_t utc_month_start(int64_t epoch_seconds) {
    CivilDate d = civil_from_days(floor_div(epoch_seconds, 86400));
    d.day = 1;
    return days_from_civil(d) * 86400;
}

bool parse_month_key(const std::string& key, int& year, int& month) {
    if (key.size() != 7 || key[4] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6})
        if (key[i] < '0' || key[i] > '9') return false;
    year = std::stoi(key.substr(0, 4));
    month = std::stoi(key.substr(5, 2));
    return month >= 1 && month <= 12;
}

std::string format_local_iso(int64_t epoch_seconds, int tz_offset_min) {
    int64_t local = epoch_seconds + int64_t(tz_offset_min) * 60;
    int64_t days = floor_div(local, 86400);
    int64_t secs = local - days * 86400;
    CivilDate d = civil_from_days(days);
    int off = tz_offset_min < 0 ? -tz_offset_min : tz_offset_min;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d.year, d.month, d.day,
                  int(secs / 3600), int(secs / 60 % 60), int(secs % 60), tz_offset_min < 0 ? '-' : '+',
                  off / 60, off % 60);
    return buf;
}

} // namespace unclench
