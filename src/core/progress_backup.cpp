#include "core/progress_backup.h"

#include <set>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/progress_migration.h"
#include "core/progress_store.h"

namespace unclench {

using nlohmann::json;

//-----------------------------------------------------------------------------
// Export
//-----------------------------------------------------------------------------

static json pain_json(int pain) {
    return pain == kNoPain ? json(nullptr) : json(pain);
}

static json session_json(const SessionRecord& r) {
    std::string steps;
    for (StepOutcome s : r.steps) steps += s == StepOutcome::Done ? 'd' : s == StepOutcome::Skipped ? 's' : '-';
    json out = {{"id", r.id}, {"routine_id", r.routine_id}, {"routine_name", r.routine_name},
                {"start", r.start}, {"end", r.end}, {"tz_offset_min", r.tz_offset_min},
                {"active_s", r.active_seconds}, {"steps", steps}, {"ended", session_end_name(r.ended)},
                {"pain_before", pain_json(r.pain_before)}, {"pain_after", pain_json(r.pain_after)},
                {"note", r.note}};
    if (r.ended == SessionEnd::Pain) {
        out["pain_item"] = r.pain_item;
        out["pain_phase"] = r.pain_phase;
    }
    return out;
}

std::string export_backup(const ProgressData& data, int64_t now, const std::string& app_version) {
    json routines = json::array(), sessions = json::array(), care = json::array();
    for (const CustomRoutine& r : data.routines) {
        json body = json::parse(r.json, nullptr, false);
        if (!body.is_discarded()) routines.push_back(body);
    }
    for (const SessionRecord& r : data.sessions) sessions.push_back(session_json(r));
    for (const CareSession& c : data.care)
        care.push_back({{"protocol", c.protocol_id}, {"start", c.start}, {"tz_offset_min", c.tz_offset_min},
                        {"duration_s", c.duration_seconds}, {"completed", c.completed}});
    json doc = {{"app", "unclench"}, {"backup_format", kBackupFormat}, {"data_format", kCurrentFormat},
                {"exported_at", now}, {"app_version", app_version}, {"settings", settings_to_json(data.settings)},
                {"safety", safety_to_json(data.safety)}, {"routines", routines}, {"sessions", sessions}, {"care", care},
                {"recovery", recovery_to_json(data.recovery)}};
    return doc.dump(1, '\t', false, json::error_handler_t::replace);
}

//-----------------------------------------------------------------------------
// Parse: take every valid record, count the rest.
//-----------------------------------------------------------------------------

static std::string text_field(const json& obj, const char* name, const std::string& fallback) {
    auto it = obj.find(name);
    return (it != obj.end() && it->is_string()) ? it->get<std::string>() : fallback;
}

// Missing, null, fractional or absurd numbers all read as the fallback.
static int64_t int_field(const json& obj, const char* name, int64_t fallback) {
    auto it = obj.find(name);
    if (it == obj.end() || !it->is_number_integer()) return fallback;
    int64_t v = it->get<int64_t>();
    return (v > -(int64_t(1) << 40) && v < (int64_t(1) << 40)) ? v : fallback;
}

static int small_field(const json& obj, const char* name, int fallback) {
    int64_t v = int_field(obj, name, fallback);
    return (v >= -1000000000 && v <= 1000000000) ? int(v) : fallback;
}

static bool read_session(const json& obj, SessionRecord& r) {
    if (!obj.is_object()) return false;
    r.id = text_field(obj, "id", "");
    r.routine_id = text_field(obj, "routine_id", "");
    r.routine_name = text_field(obj, "routine_name", r.routine_id);
    r.start = int_field(obj, "start", 0);
    r.end = int_field(obj, "end", r.start);
    r.tz_offset_min = small_field(obj, "tz_offset_min", 0);
    r.active_seconds = small_field(obj, "active_s", 0);
    for (char c : text_field(obj, "steps", ""))
        r.steps.push_back(c == 'd' ? StepOutcome::Done : c == 's' ? StepOutcome::Skipped : StepOutcome::NotReached);
    std::string ended = text_field(obj, "ended", "completed");
    r.ended = SessionEnd::Completed;
    value_of(kSessionEndNames, ended, r.ended);
    if (r.ended == SessionEnd::Pain) {
        r.pain_item = small_field(obj, "pain_item", -1);
        r.pain_phase = text_field(obj, "pain_phase", "");
    }
    r.pain_before = small_field(obj, "pain_before", kNoPain);
    r.pain_after = small_field(obj, "pain_after", kNoPain);
    r.note = text_field(obj, "note", "");
    return session_problem(r).empty();
}

static bool read_care(const json& obj, CareSession& c) {
    if (!obj.is_object()) return false;
    c.protocol_id = text_field(obj, "protocol", "");
    c.start = int_field(obj, "start", 0);
    c.tz_offset_min = small_field(obj, "tz_offset_min", 0);
    c.duration_seconds = small_field(obj, "duration_s", 0);
    c.completed = obj.contains("completed") && obj["completed"] == true;
    return care_problem(c).empty();
}

static void read_lists(const json& doc, Backup& b) {
    if (doc.contains("sessions") && doc["sessions"].is_array())
        for (const json& s : doc["sessions"]) {
            SessionRecord r;
            if (read_session(s, r)) b.data.sessions.push_back(std::move(r));
            else b.invalid_sessions++;
        }
    if (doc.contains("care") && doc["care"].is_array())
        for (const json& c : doc["care"]) {
            CareSession care;
            if (read_care(c, care)) b.data.care.push_back(care);
            else b.invalid_care++;
        }
    if (doc.contains("routines") && doc["routines"].is_array())
        for (const json& r : doc["routines"]) {
            if (r.is_object() && r.contains("id") && r["id"].is_string() && !r["id"].get_ref<const std::string&>().empty())
                b.data.routines.push_back({r["id"].get<std::string>(), r.dump()});
            else b.invalid_routines++;
        }
}

// The recovery part is read by the store's own reader; its words speak of storage ("set aside"), so the
// notices are re-worded for an import and say the rest still comes in.
static void read_recovery(const json& doc, Backup& b) {
    auto it = doc.find("recovery");
    if (it == doc.end() || it->is_null()) return;
    Notices found;
    RecoveryRecord record = recovery_from_json(*it, found);
    const char* ending = " Everything else in the backup was imported; your recovery plan on this device is unchanged.";
    if (!it->is_object()) {
        b.recovery_left_out.push_back({NoticeKind::Import, "recovery",
                                       std::string("The backup's recovery plan (back episode and lessons read) was "
                                                   "damaged and was left out.") + ending});
        return;
    }
    bool episode_lost = it->contains("episode") && !(*it)["episode"].is_null() && !record.episode;
    if (episode_lost)
        b.recovery_left_out.push_back({NoticeKind::Import, "recovery",
                                       std::string("The backup's back episode was damaged and was left out.") + ending});
    else
        for (const Notice& n : found) b.recovery_left_out.push_back({NoticeKind::Import, "recovery", "From the backup's recovery plan: " + n.message});
    b.has_recovery = true;
    b.data.recovery = std::move(record);
}

Backup parse_backup(const std::string& text) {
    Backup b;
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || doc.value("app", "") != std::string("unclench")) {
        b.problem = "This file is not an Unclench backup.";
        return b;
    }
    if (!doc.contains("backup_format") || !doc["backup_format"].is_number_integer() ||
        doc["backup_format"].get<int64_t>() > kBackupFormat) {
        b.problem = "This backup was made by a newer version of Unclench. Update the app, then import it again.";
        return b;
    }
    b.readable = true;
    read_lists(doc, b);
    b.has_settings = doc.contains("settings") && doc["settings"].is_object();
    if (b.has_settings) b.data.settings = settings_from_json(doc["settings"], b.notices);
    b.has_safety = doc.contains("safety") && doc["safety"].is_object();
    if (b.has_safety) b.data.safety = safety_from_json(doc["safety"], b.notices);
    read_recovery(doc, b);
    return b;
}

//-----------------------------------------------------------------------------
// Preview and import
//-----------------------------------------------------------------------------

RecoveryRecord merged_recovery(const RecoveryRecord& current, const RecoveryRecord& backup) {
    RecoveryRecord out = current;
    for (const std::string& id : backup.lessons_read) mark_lesson_read(out, id);
    if (!out.episode) out.episode = backup.episode;
    return out;
}

static void preview_recovery(const Backup& backup, const ProgressData& current, ImportPreview& p) {
    p.recovery_damaged = !backup.recovery_left_out.empty();
    if (!backup.has_recovery) return;
    const RecoveryRecord& mine = current.recovery;
    p.restores_episode = backup.data.recovery.episode && !mine.episode;
    p.keeps_current_episode = backup.data.recovery.episode && mine.episode && *backup.data.recovery.episode != *mine.episode;
    for (const std::string& id : backup.data.recovery.lessons_read) p.new_lessons_read += lesson_read(mine, id) ? 0 : 1;
}

ImportPreview preview_import(const Backup& backup, const ProgressData& current) {
    ImportPreview p;
    std::unordered_set<std::string> ids;
    for (const SessionRecord& r : current.sessions) ids.insert(r.id);
    for (const SessionRecord& r : backup.data.sessions) (ids.insert(r.id).second ? p.new_sessions : p.duplicate_sessions)++;
    std::set<std::string> care;
    for (const CareSession& c : current.care) care.insert(care_identity(c));
    for (const CareSession& c : backup.data.care) (care.insert(care_identity(c)).second ? p.new_care : p.duplicate_care)++;
    std::set<std::string> routines;
    for (const CustomRoutine& r : current.routines) routines.insert(r.id);
    for (const CustomRoutine& r : backup.data.routines)
        (routines.insert(r.id).second ? p.new_routines : p.existing_routines)++;
    p.invalid_sessions = backup.invalid_sessions;
    p.invalid_care = backup.invalid_care;
    p.invalid_routines = backup.invalid_routines;
    p.has_settings = backup.has_settings;
    p.has_safety = backup.has_safety;
    preview_recovery(backup, current, p);
    return p;
}

Notices import_backup(ProgressStore& store, const Backup& backup, ImportChoices choices) {
    Notices notices;
    if (!backup.readable) {
        notices.push_back({NoticeKind::Import, "", backup.problem});
        return notices;
    }
    Notices written = store.merge_history(backup.data.sessions, backup.data.care);
    notices.insert(notices.end(), written.begin(), written.end());
    for (const CustomRoutine& r : backup.data.routines) {
        bool exists = false;
        for (const CustomRoutine& mine : store.data().routines) exists = exists || mine.id == r.id;
        if (exists) continue;
        Notices n = store.save_routine(r);
        notices.insert(notices.end(), n.begin(), n.end());
    }
    if (choices.replace_settings && backup.has_settings) {
        Notices n = store.save_settings(backup.data.settings);
        notices.insert(notices.end(), n.begin(), n.end());
    }
    if (choices.replace_safety && backup.has_safety) {
        Notices n = store.save_safety(backup.data.safety);
        notices.insert(notices.end(), n.begin(), n.end());
    }
    if (backup.has_recovery) {
        RecoveryRecord merged = merged_recovery(store.data().recovery, backup.data.recovery);
        if (!(merged == store.data().recovery)) {
            Notices n = store.save_recovery(merged);
            notices.insert(notices.end(), n.begin(), n.end());
        }
    }
    notices.insert(notices.end(), backup.recovery_left_out.begin(), backup.recovery_left_out.end());
    int skipped = backup.invalid_sessions + backup.invalid_care + backup.invalid_routines;
    if (skipped > 0)
        notices.push_back({NoticeKind::Import, "", std::to_string(skipped) + " damaged entries in the backup were skipped."});
    return notices;
}

} // namespace unclench
