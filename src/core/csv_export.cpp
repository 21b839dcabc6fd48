#include "core/csv_export.h"

#include <cstdio>

#include "core/progress_calendar.h"
#include "core/progress_stats.h"

namespace unclench {

std::string csv_text_field(const std::string& text) {
    std::string value = text;
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                           value[0] == '\t' || value[0] == '\r'))
        value = "'" + value;
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

static std::string pain_field(int pain) {
    return pain == kNoPain ? "" : std::to_string(pain);
}

static std::string meaningful_field(const SessionRecord& r) {
    if (r.pain_before == kNoPain || r.pain_after == kNoPain) return "";
    return meaningful_change(r.pain_before, r.pain_after) ? "yes" : "no";
}

std::string sessions_csv(const std::vector<SessionRecord>& sessions) {
    std::string out = "session_id,routine_id,routine,start_local,end_local,active_minutes,steps_done,"
                      "steps_skipped,steps_total,ended,pain_stop_step,pain_stop_phase,pain_before,pain_after,"
                      "meaningful_relief,note\r\n";
    for (const SessionRecord& r : sessions) {
        bool pain_stop = r.ended == SessionEnd::Pain;
        char minutes[32];
        std::snprintf(minutes, sizeof minutes, "%.1f", r.active_seconds / 60.0);
        std::string row;
        row += csv_text_field(r.id) + ",";
        row += csv_text_field(r.routine_id) + ",";
        row += csv_text_field(r.routine_name) + ",";
        row += format_local_iso(r.start, r.tz_offset_min) + ",";
        row += format_local_iso(r.end, r.tz_offset_min) + ",";
        row += std::string(minutes) + ",";
        row += std::to_string(steps_done(r)) + "," + std::to_string(steps_skipped(r)) + ",";
        row += std::to_string(r.steps.size()) + ",";
        row += std::string(session_end_name(r.ended)) + ",";
        row += (pain_stop && r.pain_item >= 0 ? std::to_string(r.pain_item + 1) : "") + ",";   // 1-based for people
        row += (pain_stop ? csv_text_field(r.pain_phase) : "") + ",";
        row += pain_field(r.pain_before) + "," + pain_field(r.pain_after) + ",";
        row += meaningful_field(r) + ",";
        row += csv_text_field(r.note);
        out += row + "\r\n";
    }
    return out;
}

} // namespace unclench
