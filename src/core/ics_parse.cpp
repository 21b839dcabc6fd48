// The reader: unfold, split content lines, walk BEGIN/END, keep VEVENTs (with their first VALARM),
// expand simple RRULEs. Lenient with what calendar apps really write; never throws.
#include "core/ics.h"

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace unclench {

static const size_t kMaxInput = 4 * 1024 * 1024;
static const size_t kMaxEvents = 10000;
static const int kMaxOccurrences = 1000;   // per RRULE: a schedule, not the rest of time

//---- Content lines

struct ContentLine {
    std::string name;        // upper case
    std::string params;      // raw, without the leading ';'
    std::string value;       // raw (still escaped)
};

static std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return out;
}

// Physical lines joined: CRLF, bare LF or bare CR end a line; a leading space or tab continues the last one.
static std::vector<std::string> unfold(std::string_view text) {
    std::vector<std::string> lines;
    size_t pos = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;   // a byte-order mark some exporters add
    while (pos < text.size()) {
        size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !lines.empty())
            lines.back().append(line.substr(1));
        else if (!line.empty())
            lines.emplace_back(line);
        pos = end;
        if (pos < text.size() && text[pos] == '\r') pos++;
        if (pos < text.size() && text[pos] == '\n') pos++;
    }
    return lines;
}

// NAME;PARAM=a;PARAM="b:c":value — the value starts at the first colon outside quotes.
static bool split_line(const std::string& line, ContentLine& out) {
    bool quoted = false;
    size_t colon = std::string::npos, semi = std::string::npos;
    for (size_t i = 0; i < line.size(); i++) {
        if (line[i] == '"') quoted = !quoted;
        else if (!quoted && line[i] == ';' && semi == std::string::npos) semi = i;
        else if (!quoted && line[i] == ':') { colon = i; break; }
    }
    if (colon == std::string::npos || colon == 0) return false;
    size_t name_end = std::min(colon, semi);
    out.name = upper(std::string_view(line).substr(0, name_end));
    out.params = name_end < colon ? line.substr(name_end + 1, colon - name_end - 1) : "";
    out.value = line.substr(colon + 1);
    return true;
}

static std::string param(const std::string& params, std::string_view name) {
    std::string key = upper(name) + "=";
    std::string up = upper(params);
    size_t at = 0;
    while ((at = up.find(key, at)) != std::string::npos) {
        if (at == 0 || up[at - 1] == ';') {
            size_t start = at + key.size();
            size_t end = params.find(';', start);
            std::string v = params.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
            return v;
        }
        at += key.size();
    }
    return "";
}

//---- One VEVENT

struct EventDraft {
    std::vector<ContentLine> props;
    std::vector<ContentLine> alarm_props;   // of the first VALARM only
    bool in_alarm = false, had_alarm = false;
};

static const ContentLine* find(const std::vector<ContentLine>& props, std::string_view name) {
    for (const ContentLine& p : props)
        if (p.name == name) return &p;
    return nullptr;
}

static int clamp_int(int64_t v) { return int(std::clamp<int64_t>(v, INT_MIN + 1, INT_MAX)); }

static void read_alarm(const EventDraft& d, CalendarEvent& e, IcsParseResult& r) {
    e.alarm = d.had_alarm;
    e.alarm_before_s = 0;
    const ContentLine* trig = find(d.alarm_props, "TRIGGER");
    if (!d.had_alarm || !trig) return;
    int64_t v = 0;
    if (upper(param(trig->params, "VALUE")) == "DATE-TIME" && ics_parse_date_time(trig->value, v))
        e.alarm_before_s = clamp_int(e.start_s - v);
    else if (ics_parse_duration(trig->value, v))
        e.alarm_before_s = clamp_int(upper(param(trig->params, "RELATED")) == "END" ? -v - e.duration_s : -v);
    else
        r.warnings.push_back("alarm trigger not understood: " + trig->value);
}

// "FREQ=HOURLY;INTERVAL=2;COUNT=24": simple frequencies only; BY* rules are not expanded.
static void expand_rrule(const std::string& rule, const CalendarEvent& first, IcsParseResult& r) {
    std::string up = upper(rule);
    int64_t step = 0, interval = 1, count = -1, until = -1;
    size_t pos = 0;
    while (pos <= up.size()) {
        size_t end = up.find(';', pos);
        if (end == std::string::npos) end = up.size();
        std::string part = up.substr(pos, end - pos);
        size_t eq = part.find('=');
        std::string k = part.substr(0, eq), v = eq == std::string::npos ? "" : part.substr(eq + 1);
        if (k == "FREQ") step = v == "MINUTELY" ? 60 : v == "HOURLY" ? 3600 : v == "DAILY" ? 86400 : v == "WEEKLY" ? 604800 : -1;
        else if (k == "INTERVAL") interval = std::atoll(v.substr(0, 6).c_str());
        else if (k == "COUNT") count = std::atoll(v.substr(0, 6).c_str());
        else if (k == "UNTIL" && !ics_parse_date_time(v, until)) until = -1;
        else if (k.rfind("BY", 0) == 0 || k == "WKST") { r.warnings.push_back("RRULE part not expanded: " + part); return; }
        pos = end + 1;
    }
    if (step <= 0 || interval <= 0) { r.warnings.push_back("RRULE not expanded: " + rule); return; }
    if (count < 0 && until < 0) r.warnings.push_back("RRULE without an end: first " + std::to_string(kMaxOccurrences) + " kept");
    for (int64_t n = 1; n < kMaxOccurrences && (count < 0 || n < count) && r.events.size() < kMaxEvents; n++) {
        CalendarEvent e = first;
        e.start_s = first.start_s + n * step * interval;
        if (until >= 0 && e.start_s > until) break;
        r.events.push_back(e);
    }
}

static void finish_event(const EventDraft& d, IcsParseResult& r) {
    const ContentLine* start = find(d.props, "DTSTART");
    CalendarEvent e;
    if (!start || !ics_parse_date_time(start->value, e.start_s)) {
        r.warnings.push_back("event without a readable DTSTART skipped");
        return;
    }
    if (!param(start->params, "TZID").empty()) r.warnings.push_back("TZID times read as UTC");
    bool all_day = start->value.size() == 8;
    int64_t v = 0;
    const ContentLine* end = find(d.props, "DTEND");
    const ContentLine* dur = find(d.props, "DURATION");
    if (end && ics_parse_date_time(end->value, v)) e.duration_s = clamp_int(std::max<int64_t>(0, v - e.start_s));
    else if (dur && ics_parse_duration(dur->value, v)) e.duration_s = clamp_int(std::max<int64_t>(0, v));
    else e.duration_s = all_day ? 86400 : 0;
    if (const ContentLine* p = find(d.props, "SUMMARY")) e.title = ics_unescape_text(p->value);
    if (const ContentLine* p = find(d.props, "DESCRIPTION")) e.description = ics_unescape_text(p->value);
    if (const ContentLine* p = find(d.props, "UID")) e.uid = ics_unescape_text(p->value);
    read_alarm(d, e, r);
    r.events.push_back(e);
    if (const ContentLine* p = find(d.props, "RRULE")) expand_rrule(p->value, e, r);
}

//---- The calendar

IcsParseResult parse_ics(std::string_view text) {
    IcsParseResult r;
    if (text.size() > kMaxInput) { r.error = "calendar file too large"; return r; }
    std::vector<std::string> lines = unfold(text);
    std::vector<std::string> stack;   // open components
    EventDraft draft;
    ContentLine cl;
    for (const std::string& line : lines) {
        if (!split_line(line, cl)) { r.warnings.push_back("line without a value skipped"); continue; }
        if (stack.empty()) {
            if (cl.name != "BEGIN" || upper(cl.value) != "VCALENDAR") { r.error = "not an iCalendar file (no BEGIN:VCALENDAR)"; return r; }
            stack.push_back("VCALENDAR");
            continue;
        }
        std::string top = stack.back();
        if (cl.name == "BEGIN") {
            std::string what = upper(cl.value);
            if (what == "VEVENT" && top == "VCALENDAR") draft = EventDraft();
            if (what == "VALARM" && top == "VEVENT") draft.in_alarm = !draft.had_alarm;
            stack.push_back(what);
            if (stack.size() > 16) { r.error = "components nested too deeply"; return r; }
        } else if (cl.name == "END") {
            if (upper(cl.value) != top) { r.error = "END:" + cl.value + " does not close " + top; return r; }
            stack.pop_back();
            if (top == "VALARM" && draft.in_alarm) draft.in_alarm = false, draft.had_alarm = true;
            if (top == "VEVENT" && stack.back() == "VCALENDAR" && r.events.size() < kMaxEvents) finish_event(draft, r);
            if (stack.empty()) { r.ok = true; return r; }
        } else if (top == "VEVENT") {
            draft.props.push_back(cl);
        } else if (top == "VALARM" && draft.in_alarm) {
            draft.alarm_props.push_back(cl);
        }
    }
    if (stack.empty()) { r.error = "empty calendar file"; return r; }
    r.warnings.push_back("calendar not closed (END:VCALENDAR missing): file may be cut short");
    r.ok = true;
    return r;
}

} // namespace unclench
