#include <doctest/doctest.h>
#include "core/ics.h"


using namespace unclench;

namespace {

const int64_t kMonday9 = 1709542800;   // 2024-03-04 09:00:00 UTC
const int64_t kStamp = 1709510400;     // 2024-03-04 00:00:00 UTC

std::vector<std::string> physical_lines(const std::string& ics) {
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < ics.size()) {
        size_t end = ics.find("\r\n", pos);
        REQUIRE(end != std::string::npos);   // every line, the last included, ends in CRLF
        out.push_back(ics.substr(pos, end - pos));
        pos = end + 2;
    }
    return out;
}

bool has_line(const std::string& ics, const std::string& line) {
    for (const std::string& l : physical_lines(ics))
        if (l == line) return true;
    return false;
}

std::vector<CalendarEvent> sample_schedule() {
    std::vector<CalendarEvent> events;
    for (int i = 0; i < 4; i++) {
        CalendarEvent e;
        e.title = i % 2 ? "Moist heat" : "Cold pack";
        e.description = "15 minutes, a thin towel between pack and skin.\nStop if the skin turns numb; then rest.";
        e.start_s = kMonday9 + i * 7200;
        e.duration_s = 900;
        e.alarm_before_s = i == 3 ? 300 : 0;
        events.push_back(e);
    }
    CalendarEvent long_one;
    long_one.title = "Étirements — genou vers la poitrine, 背中 ストレッチ 🧘";
    long_one.description = std::string(300, 'x') + " ünïcödé ✓ déjà vu, again; and \\ a backslash " +
                           "— ストレッチを続けてください。" + std::string(120, 'y');
    long_one.start_s = kMonday9 + 86400;
    long_one.duration_s = 360;
    long_one.alarm = false;
    events.push_back(long_one);
    return events;
}

} // namespace

TEST_CASE("the calendar has the required header properties and CRLF line ends") {
    std::string ics = write_ics(sample_schedule(), kStamp);
    auto lines = physical_lines(ics);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(has_line(ics, "VERSION:2.0"));
    CHECK(has_line(ics, "PRODID:-//Unclench//Care reminders//EN"));
    CHECK(has_line(ics, "CALSCALE:GREGORIAN"));
    CHECK(ics.find('\n') == ics.find("\r\n") + 1);
}

TEST_CASE("each reminder is a VEVENT in UTC with a display alarm") {
    std::string ics = write_ics(sample_schedule(), kStamp);
    CHECK(has_line(ics, "DTSTART:20240304T090000Z"));
    CHECK(has_line(ics, "DTEND:20240304T091500Z"));
    CHECK(has_line(ics, "DTSTAMP:20240304T000000Z"));
    CHECK(has_line(ics, "SUMMARY:Cold pack"));
    CHECK(has_line(ics, "ACTION:DISPLAY"));
    CHECK(has_line(ics, "TRIGGER:-PT0M"));
    CHECK(has_line(ics, "TRIGGER:-PT5M"));
    size_t events = 0, alarms = 0;
    for (const std::string& l : physical_lines(ics)) {
        events += l == "BEGIN:VEVENT";
        alarms += l == "BEGIN:VALARM";
    }
    CHECK(events == 5);
    CHECK(alarms == 4);
}

TEST_CASE("no line is longer than 75 octets and folding never splits a UTF-8 character") {
    std::string ics = write_ics(sample_schedule(), kStamp);
    for (const std::string& l : physical_lines(ics)) {
        CHECK(l.size() <= 75);
        REQUIRE_FALSE(l.empty());
        size_t first_content = l[0] == ' ' ? 1 : 0;
        if (first_content < l.size())
            CHECK((static_cast<unsigned char>(l[first_content]) & 0xC0) != 0x80);
    }
}

TEST_CASE("text values escape backslash, semicolon, comma and newline") {
    CHECK(ics_escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
    CHECK(ics_escape_text("crlf\r\nend") == "crlf\\nend");
    CHECK(ics_escape_text(std::string("bell\x07 tab\t", 10)) == "bell tab\t");
    CHECK(ics_unescape_text("a\\\\b\\;c\\,d\\ne\\Nf") == "a\\b;c,d\ne\nf");
}

TEST_CASE("the .ics parses back to the same schedule") {
    auto schedule = sample_schedule();
    std::string ics = write_ics(schedule, kStamp);
    IcsParseResult r = parse_ics(ics);
    REQUIRE(r.ok);
    CHECK(r.warnings.empty());
    REQUIRE(r.events.size() == schedule.size());
    for (size_t i = 0; i < schedule.size(); i++) {
        CAPTURE(i);
        CHECK(r.events[i].title == schedule[i].title);
        CHECK(r.events[i].description == schedule[i].description);
        CHECK(r.events[i].start_s == schedule[i].start_s);
        CHECK(r.events[i].duration_s == schedule[i].duration_s);
        CHECK(r.events[i].alarm == schedule[i].alarm);
        if (schedule[i].alarm) CHECK(r.events[i].alarm_before_s == schedule[i].alarm_before_s);
        CHECK_FALSE(r.events[i].uid.empty());
    }
}

TEST_CASE("UIDs are stable across exports and unique within one") {
    auto a = parse_ics(write_ics(sample_schedule(), kStamp));
    auto b = parse_ics(write_ics(sample_schedule(), kStamp + 3600));
    REQUIRE(a.events.size() == b.events.size());
    for (size_t i = 0; i < a.events.size(); i++) CHECK(a.events[i].uid == b.events[i].uid);
    std::vector<CalendarEvent> twins = {sample_schedule()[0], sample_schedule()[0]};
    auto t = parse_ics(write_ics(twins, kStamp));
    REQUIRE(t.events.size() == 2);
    CHECK(t.events[0].uid != t.events[1].uid);
}

TEST_CASE("dates and durations read the RFC forms") {
    int64_t t = 0;
    CHECK(ics_parse_date_time("20240304T090000Z", t));
    CHECK(t == kMonday9);
    CHECK(ics_parse_date_time("20240229", t));
    CHECK(t == 1709164800);
    CHECK(ics_format_utc(1709164800) == "20240229T000000Z");
    CHECK_FALSE(ics_parse_date_time("20230229", t));
    CHECK_FALSE(ics_parse_date_time("20240304T250000Z", t));
    CHECK_FALSE(ics_parse_date_time("2024-03-04", t));
    int64_t d = 0;
    CHECK(ics_parse_duration("PT15M", d));
    CHECK(d == 900);
    CHECK(ics_parse_duration("-PT5M", d));
    CHECK(d == -300);
    CHECK(ics_parse_duration("P1DT2H3M4S", d));
    CHECK(d == 93784);
    CHECK(ics_parse_duration("P2W", d));
    CHECK(d == 1209600);
    CHECK_FALSE(ics_parse_duration("PT", d));
    CHECK_FALSE(ics_parse_duration("P5H", d));
}

TEST_CASE("a calendar app's file reads back: LF ends, DURATION, TZID, unknown components") {
    std::string text =
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Someone//EN\n"
        "BEGIN:VTIMEZONE\nTZID:Europe/Berlin\nEND:VTIMEZONE\n"
        "BEGIN:VEVENT\nUID:abc@example\nDTSTART;TZID=Europe/Berlin:20240304T090000\nDURATION:PT20M\n"
        "SUMMARY;LANGUAGE=en:Ice\\, then heat\nDESCRIPTION;ALTREP=\"cid:x:y\":Line one\n  continues\n"
        "BEGIN:VALARM\nTRIGGER;RELATED=END:-PT30M\nACTION:DISPLAY\nDESCRIPTION:x\nEND:VALARM\n"
        "END:VEVENT\nBEGIN:VTODO\nDTSTART:20240304T090000Z\nEND:VTODO\nEND:VCALENDAR\n";
    IcsParseResult r = parse_ics(text);
    REQUIRE(r.ok);
    REQUIRE(r.events.size() == 1);
    CHECK(r.events[0].title == "Ice, then heat");
    CHECK(r.events[0].description == "Line one continues");
    CHECK(r.events[0].start_s == kMonday9);   // TZID read as UTC, with a warning
    CHECK(r.events[0].duration_s == 1200);
    CHECK(r.events[0].alarm_before_s == 10 * 60);
    CHECK(r.events[0].uid == "abc@example");
    CHECK_FALSE(r.warnings.empty());
}

TEST_CASE("a simple RRULE expands into its occurrences") {
    std::string text =
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20240304T090000Z\r\nDTEND:20240304T091500Z\r\n"
        "SUMMARY:Cold pack\r\nRRULE:FREQ=HOURLY;INTERVAL=2;COUNT=24\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    IcsParseResult r = parse_ics(text);
    REQUIRE(r.ok);
    REQUIRE(r.events.size() == 24);
    CHECK(r.events[23].start_s == kMonday9 + 23 * 7200);
    CHECK(r.events[23].duration_s == 900);
    CHECK_FALSE(r.events[0].alarm);
    std::string until = text;
    until.replace(until.find("COUNT=24"), 8, "UNTIL=20240304T130000Z");
    CHECK(parse_ics(until).events.size() == 3);
}

TEST_CASE("broken calendars give a clear error or a warning, never a crash") {
    CHECK_FALSE(parse_ics("").ok);
    CHECK_FALSE(parse_ics("hello world").ok);
    CHECK(parse_ics("BEGIN:VEVENT\r\nEND:VEVENT\r\n").error.find("VCALENDAR") != std::string::npos);
    CHECK_FALSE(parse_ics("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n").ok);
    IcsParseResult cut = parse_ics("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20240304T090000Z\r\n");
    CHECK(cut.ok);
    CHECK(cut.events.empty());
    CHECK_FALSE(cut.warnings.empty());
    IcsParseResult no_start = parse_ics("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n");
    CHECK(no_start.ok);
    CHECK(no_start.events.empty());
    std::string deep = "BEGIN:VCALENDAR\n";
    for (int i = 0; i < 100; i++) deep += "BEGIN:X\n";
    CHECK_FALSE(parse_ics(deep).ok);
    std::string bytes;
    for (int i = 0; i < 2000; i++) bytes += char((i * 7919) % 256);
    CHECK_FALSE(parse_ics(bytes).ok);
}
