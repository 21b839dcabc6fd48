// iCalendar (RFC 5545) export of a reminder schedule, and a reader good enough for our own files and
// the usual calendar apps' output. One VEVENT per reminder (no RRULE is written: quiet hours and daily
// caps make real schedules irregular); the reader still expands simple RRULEs written by others.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace unclench {

struct CalendarEvent {
    std::string title;               // SUMMARY
    std::string description;         // DESCRIPTION (may hold newlines and any UTF-8)
    int64_t start_s = 0;             // DTSTART, Unix seconds, written in UTC
    int duration_s = 0;              // DTEND - DTSTART
    bool alarm = true;               // one VALARM (ACTION:DISPLAY) per event
    int alarm_before_s = 0;          // its trigger: this many seconds before the start (negative: after)
    std::string uid;                 // filled in by the writer if empty; read back by the parser
};

// The whole calendar, CRLF line ends, folded at 75 octets. dtstamp_s is "when this file was made"
// (passed in: core reads no clock). UIDs are derived from each event's start, title, description and
// duration, so exporting the same schedule twice gives the same UIDs and calendars update, not duplicate.
std::string write_ics(const std::vector<CalendarEvent>& events, int64_t dtstamp_s,
                      std::string_view calendar_name = "Unclench care reminders");

struct IcsParseResult {
    bool ok = false;
    std::string error;                       // why it is not a calendar at all, when !ok
    std::vector<CalendarEvent> events;       // in file order; RRULE occurrences follow their event
    std::vector<std::string> warnings;       // events or lines skipped, and why
};

IcsParseResult parse_ics(std::string_view text);

//---- Building blocks, public for tests and for other text/calendar uses

std::string ics_escape_text(std::string_view text);     // \\ \; \, and newlines as \n; other controls dropped
std::string ics_unescape_text(std::string_view text);
std::string ics_fold_line(std::string_view line);       // adds CRLF; never splits a UTF-8 sequence
std::string ics_format_utc(int64_t unix_s);             // "20240304T090000Z"
bool ics_parse_date_time(std::string_view text, int64_t& unix_s);   // DATE-TIME (Z or floating) or DATE
bool ics_parse_duration(std::string_view text, int64_t& seconds);   // "PT15M", "-PT5M", "P1DT2H", "P1W"

} // namespace unclench
