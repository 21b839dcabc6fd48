#include "core/csv_export.h"

#include <algorithm>
#include <cstdio>

#include "core/date_text.h"
#include "core/progress_calendar.h"
#include "core/progress_stats.h"
#include "core/recovery_plan.h"

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

static const char* const kSessionHeader =
    "session_id,routine_id,routine,start_local,end_local,active_minutes,steps_done,steps_skipped,steps_total,"
    "ended,pain_stop_step,pain_stop_phase,pain_before,pain_after,meaningful_relief,note";
constexpr int kSessionColumns = 16;
constexpr size_t kMinActivityPairs = 3;

static std::string empty_fields(size_t count) { return std::string(count, ','); }

// The recovery columns: row_type, date, episode_day, phase, pain, psfs, the activity pairs, plan_done,
// plan_planned.
static size_t recovery_columns(size_t pairs) { return 6 + pairs * 2 + 2; }

static std::string header(size_t pairs) {
    std::string out = std::string(kSessionHeader) + ",row_type,date,episode_day,phase,pain,psfs";
    for (size_t i = 1; i <= pairs; i++) {
        std::string n = std::to_string(i);
        out += ",activity_" + n + "_name,activity_" + n + "_score";
    }
    return out + ",plan_done,plan_planned\r\n";
}

static std::string session_row(const SessionRecord& r) {
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
    return row;
}

// Done and planned counts of the day's plan, as adherence() weighs them.
static void plan_counts(const Episode& e, int64_t day, const std::vector<std::string>& lesson_ids, int& done, int& planned) {
    done = planned = 0;
    for (const DayItem& it : plan_for_day(e, day, lesson_ids).items) {
        int goal = it.as_often_as_helps ? 1 : it.times;
        planned += goal;
        done += std::min(goal, done_count(e, day, it.key));
    }
}

static std::string check_in_row(const Episode& e, const CheckIn& c, size_t pairs, const std::vector<std::string>& lesson_ids) {
    std::string row = empty_fields(kSessionColumns) + "check-in,";
    row += date_stamp(c.day) + "," + std::to_string(day_of_episode(e, c.day)) + ",";
    row += std::string(phase_name(plan_for_day(e, c.day, lesson_ids).phase)) + ",";
    row += std::to_string(c.pain) + ",";
    if (std::optional<double> mean = psfs(c)) {
        char text[16];
        std::snprintf(text, sizeof text, "%.1f", *mean);
        row += text;
    }
    for (size_t i = 0; i < pairs; i++) {
        const Activity* a = i < c.scores.size() ? find_activity(e, c.scores[i].activity_id) : nullptr;
        row += "," + (a ? csv_text_field(a->name) : std::string());
        row += "," + (i < c.scores.size() ? std::to_string(c.scores[i].score) : std::string());
    }
    int done = 0, planned = 0;
    plan_counts(e, c.day, lesson_ids, done, planned);
    return row + "," + std::to_string(done) + "," + std::to_string(planned);
}

std::string clinic_csv(const std::vector<SessionRecord>& sessions, const std::optional<Episode>& episode,
                       const std::vector<std::string>& lesson_ids) {
    size_t pairs = kMinActivityPairs;
    if (episode)
        for (const CheckIn& c : episode->check_ins) pairs = std::max(pairs, c.scores.size());
    std::string out = header(pairs);
    std::string session_tail = "," + std::string("session") + empty_fields(recovery_columns(pairs) - 1);
    for (const SessionRecord& r : sessions) out += session_row(r) + session_tail + "\r\n";
    if (episode)
        for (const CheckIn& c : episode->check_ins) out += check_in_row(*episode, c, pairs, lesson_ids) + "\r\n";
    return out;
}

std::string sessions_csv(const std::vector<SessionRecord>& sessions) { return clinic_csv(sessions, std::nullopt, {}); }

} // namespace unclench
