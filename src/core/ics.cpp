// The writer and the text building blocks shared with the reader (ics_parse.cpp).
#include "core/ics.h"

#include "core/checksum.h"
#include "core/progress_calendar.h"

#include <cstdio>
#include <set>

namespace unclench {

//---- Dates and times (calendar arithmetic is progress_calendar.h's)

static const int64_t kLastSecond = 253402300799;   // 9999-12-31T23:59:59Z: four-digit years only

std::string ics_format_utc(int64_t unix_s) {
    if (unix_s < 0) unix_s = 0;
    if (unix_s > kLastSecond) unix_s = kLastSecond;
    int64_t days = unix_s / 86400, sod = unix_s % 86400;
    CivilDate date = civil_from_days(days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ", date.year, date.month, date.day, int(sod / 3600),
                  int(sod / 60 % 60), int(sod % 60));
    return buf;
}

static bool read_digits(std::string_view s, size_t pos, size_t count, int64_t& out) {
    out = 0;
    if (pos + count > s.size()) return false;
    for (size_t i = pos; i < pos + count; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

// Years have four digits here (read_digits), so they fit an int.
static bool valid_date(int64_t y, int64_t m, int64_t d) {
    return y >= 1970 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(int(y), int(m));
}

// Floating times (no Z, no usable TZID) are read as UTC: without a time-zone database that is the
// least surprising choice, and the reader warns about TZID.
bool ics_parse_date_time(std::string_view s, int64_t& unix_s) {
    int64_t y, mo, d, h = 0, mi = 0, se = 0;
    if (!read_digits(s, 0, 4, y) || !read_digits(s, 4, 2, mo) || !read_digits(s, 6, 2, d)) return false;
    if (!valid_date(y, mo, d)) return false;
    if (s.size() != 8) {
        bool utc = s.size() == 16 && s[15] == 'Z';
        if (!(s.size() == 15 || utc) || s[8] != 'T') return false;
        if (!read_digits(s, 9, 2, h) || !read_digits(s, 11, 2, mi) || !read_digits(s, 13, 2, se)) return false;
        if (h > 23 || mi > 59 || se > 60) return false;
    }
    unix_s = days_from_civil({int(y), int(mo), int(d)}) * 86400 + h * 3600 + mi * 60 + se;
    return true;
}

bool ics_parse_duration(std::string_view s, int64_t& seconds) {
    size_t i = 0;
    int64_t sign = 1;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) sign = s[i++] == '-' ? -1 : 1;
    if (i >= s.size() || s[i++] != 'P') return false;
    bool in_time = false, any = false;
    int64_t total = 0;
    while (i < s.size()) {
        if (s[i] == 'T' && !in_time) { in_time = true; i++; continue; }
        int64_t n = 0;
        size_t digits = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 9) n = n * 10 + (s[i++] - '0'), digits++;
        if (digits == 0 || i >= s.size()) return false;
        char unit = s[i++];
        if (!in_time && unit == 'W') total += n * 604800;
        else if (!in_time && unit == 'D') total += n * 86400;
        else if (in_time && unit == 'H') total += n * 3600;
        else if (in_time && unit == 'M') total += n * 60;
        else if (in_time && unit == 'S') total += n;
        else return false;
        any = true;
    }
    if (!any) return false;
    seconds = sign * total;
    return true;
}

//---- Text values and lines

std::string ics_escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (size_t i = 0; i < text.size(); i++) {
        char c = text[i];
        if (c == '\\') out += "\\\\";
        else if (c == ';') out += "\\;";
        else if (c == ',') out += "\\,";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') { if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n"; }
        else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) continue;
        else out += c;
    }
    return out;
}

std::string ics_unescape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); i++) {
        if (text[i] != '\\' || i + 1 >= text.size()) { out += text[i]; continue; }
        char next = text[++i];
        out += (next == 'n' || next == 'N') ? '\n' : next;   // \\ \; \, and the lenient "\:" all drop the backslash
    }
    return out;
}

// RFC 5545 3.1: at most 75 octets a line before CRLF; continuation lines start with one space.
std::string ics_fold_line(std::string_view line) {
    std::string out;
    size_t pos = 0;
    bool first = true;
    while (first || pos < line.size()) {
        size_t limit = first ? 75 : 74;
        size_t n = std::min(limit, line.size() - pos);
        while (n > 0 && pos + n < line.size() && (static_cast<unsigned char>(line[pos + n]) & 0xC0) == 0x80) n--;
        if (n == 0) n = std::min(limit, line.size() - pos);   // not UTF-8 at all: split anywhere
        if (!first) out += ' ';
        out.append(line.substr(pos, n));
        out += "\r\n";
        pos += n;
        first = false;
    }
    return out;
}

//---- Writer

static std::string format_trigger(int before_s) {
    bool after = before_s < 0;
    int64_t s = after ? -int64_t(before_s) : before_s;
    std::string sign = after ? "" : "-";
    if (s % 60 == 0) return sign + "PT" + std::to_string(s / 60) + "M";
    return sign + "PT" + std::to_string(s) + "S";
}

static std::string make_uid(const CalendarEvent& e, std::set<std::string>& used) {
    std::string key = e.title + '\x1f' + e.description + '\x1f' + std::to_string(e.duration_s);
    char hex[16];
    std::snprintf(hex, sizeof hex, "%08x", unsigned(crc32(key)));
    std::string base = ics_format_utc(e.start_s) + "-" + hex + "@unclench";
    std::string uid = base;
    for (int n = 2; used.count(uid); n++) uid = base + "-" + std::to_string(n);
    return uid;
}

static void write_event(std::string& out, const CalendarEvent& e, const std::string& uid, const std::string& stamp) {
    int64_t duration = e.duration_s > 0 ? e.duration_s : 0;
    out += ics_fold_line("BEGIN:VEVENT");
    out += ics_fold_line("UID:" + ics_escape_text(uid));
    out += ics_fold_line("DTSTAMP:" + stamp);
    out += ics_fold_line("DTSTART:" + ics_format_utc(e.start_s));
    out += ics_fold_line("DTEND:" + ics_format_utc(e.start_s + duration));
    out += ics_fold_line("SUMMARY:" + ics_escape_text(e.title));
    if (!e.description.empty()) out += ics_fold_line("DESCRIPTION:" + ics_escape_text(e.description));
    if (e.alarm) {
        out += ics_fold_line("BEGIN:VALARM");
        out += ics_fold_line("ACTION:DISPLAY");
        out += ics_fold_line("TRIGGER:" + format_trigger(e.alarm_before_s));
        out += ics_fold_line("DESCRIPTION:" + ics_escape_text(e.title));   // DISPLAY alarms require one
        out += ics_fold_line("END:VALARM");
    }
    out += ics_fold_line("END:VEVENT");
}

std::string write_ics(const std::vector<CalendarEvent>& events, int64_t dtstamp_s, std::string_view calendar_name) {
    std::string out;
    out += ics_fold_line("BEGIN:VCALENDAR");
    out += ics_fold_line("VERSION:2.0");
    out += ics_fold_line("PRODID:-//Unclench//Care reminders//EN");
    out += ics_fold_line("CALSCALE:GREGORIAN");
    out += ics_fold_line("METHOD:PUBLISH");
    out += ics_fold_line("X-WR-CALNAME:" + ics_escape_text(calendar_name));
    std::string stamp = ics_format_utc(dtstamp_s);
    std::set<std::string> used;
    for (const CalendarEvent& e : events) {
        if (e.start_s < 0 || e.start_s > kLastSecond - 86400 * 366) continue;   // not a date a calendar can hold
        std::string uid = e.uid.empty() ? make_uid(e, used) : e.uid;
        used.insert(uid);
        write_event(out, e, uid, stamp);
    }
    out += ics_fold_line("END:VCALENDAR");
    return out;
}

} // namespace unclench
