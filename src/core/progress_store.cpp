#include "core/progress_store.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/progress_calendar.h"
#include "core/progress_migration.h"

namespace unclench {

using nlohmann::json;

static std::string clean_namespace(std::string ns) {
    if (ns.empty()) return "default";
    std::replace(ns.begin(), ns.end(), '/', '_');
    return ns;
}

ProgressStore::ProgressStore(KeyValueStore& store, const std::string& storage_namespace)
    : store_(store), prefix_("unclench/" + clean_namespace(storage_namespace) + "/"), v2_(prefix_ + "v2/") {}

std::vector<std::string> ProgressStore::pending_keys() const {
    std::vector<std::string> out(pending_.begin(), pending_.end());
    for (const auto& [suffix, raw] : pending_quarantine_) out.push_back("quarantine/" + suffix);
    return out;
}

//-----------------------------------------------------------------------------
// Loading
//-----------------------------------------------------------------------------

Notices ProgressStore::load(int64_t now) {
    Notices notices;
    now_ = now;
    memory_only_ = false;
    bool fresh = false;
    load_meta(notices, fresh);
    if (!memory_only_) load_settings(notices);
    if (!memory_only_) load_safety(notices);
    if (!memory_only_) load_recovery(notices);
    if (!memory_only_) load_routines(notices);
    if (!memory_only_) load_months(notices);
    if (!memory_only_) migrate_v1(notices);
    if (memory_only_) return notices;
    if (fresh) pending_.insert("meta");
    flush_pending(notices);
    return notices;
}

void ProgressStore::enter_memory_only(Notices& notices) {
    memory_only_ = true;
    notices.push_back({NoticeKind::StorageUnavailable, "",
                       "This browser is not letting Unclench read its saved data (private mode or blocked "
                       "storage). You can use the app; what you do now is kept only while this tab is open."});
}

void ProgressStore::load_meta(Notices& notices, bool& fresh) {
    StoreRead meta = store_.get(v2_ + "meta");
    if (meta.status != StoreStatus::Ok) return enter_memory_only(notices);
    fresh = !meta.value;
    if (!meta.value) return;
    json doc = json::parse(*meta.value, nullptr, false);
    if (!doc.is_object() || !doc.contains("v") || !doc["v"].is_number_integer()) {
        quarantine("meta", *meta.value, "The data format marker", notices);
        fresh = true;
        return;
    }
    if (doc["v"].get<int64_t>() > kCurrentFormat) {
        read_only_ = true;
        notices.push_back({NoticeKind::NewerFormat, "meta",
                           "Your data was saved by a newer version of Unclench. It is shown as far as this "
                           "version understands it, and nothing is changed; reload to get the new version."});
    }
}

void ProgressStore::load_settings(Notices& notices) {
    StoreRead read = store_.get(v2_ + "settings");
    if (read.status != StoreStatus::Ok) return enter_memory_only(notices);
    if (!read.value || pending_.count("settings")) return;   // unsaved changes in memory win
    json doc = json::parse(*read.value, nullptr, false);
    Notices found;
    data_.settings = settings_from_json(doc, found);
    if (found.empty()) return;
    if (!doc.is_object()) quarantine("settings", *read.value, "Your settings", notices);
    else notices.insert(notices.end(), found.begin(), found.end());
    pending_.insert("settings");   // store the repaired values
}

void ProgressStore::load_safety(Notices& notices) {
    StoreRead read = store_.get(v2_ + "safety");
    if (read.status != StoreStatus::Ok) return enter_memory_only(notices);
    if (!read.value || pending_.count("safety")) return;
    Notices found;
    data_.safety = safety_from_json(json::parse(*read.value, nullptr, false), found);
    if (found.empty()) return;
    quarantine("safety", *read.value, "Your safety check answers", notices);
    notices.insert(notices.end(), found.begin(), found.end());
    pending_.insert("safety");
}

void ProgressStore::load_recovery(Notices& notices) {
    StoreRead read = store_.get(v2_ + "recovery");
    if (read.status != StoreStatus::Ok) return enter_memory_only(notices);
    if (!read.value || pending_.count("recovery")) return;
    Notices found;
    data_.recovery = recovery_from_json(json::parse(*read.value, nullptr, false), found);
    if (found.empty()) return;
    quarantine("recovery", *read.value, "Your recovery plan", notices);
    notices.insert(notices.end(), found.begin(), found.end());
    pending_.insert("recovery");
}

void ProgressStore::adopt_routines(const std::string& text, Notices& notices) {
    json doc = json::parse(text, nullptr, false);
    std::vector<CustomRoutine> routines;
    bool damaged = !doc.is_array();
    if (!damaged)
        for (const json& r : doc) {
            if (r.is_object() && r.contains("id") && r["id"].is_string() && !r["id"].get_ref<const std::string&>().empty())
                routines.push_back({r["id"].get<std::string>(), r.dump()});
            else damaged = true;
        }
    data_.routines = routines;
    if (!damaged) return;
    quarantine("routines", text, "Your custom routines", notices);
    pending_.insert("routines");
}

void ProgressStore::load_routines(Notices& notices) {
    StoreRead read = store_.get(v2_ + "routines");
    if (read.status != StoreStatus::Ok) return enter_memory_only(notices);
    if (read.value && !pending_.count("routines")) adopt_routines(*read.value, notices);
}

void ProgressStore::load_months(Notices& notices) {
    StoreKeys listed = store_.keys_with_prefix(v2_ + "h/");
    if (listed.status != StoreStatus::Ok) return enter_memory_only(notices);
    // Chronological order keeps the in-memory merge an append (localStorage lists keys in any order).
    std::sort(listed.keys.begin(), listed.keys.end());
    for (const std::string& key : listed.keys) {
        std::string month = key.substr(v2_.size() + 2);
        int year = 0, mon = 0;
        if (parse_month_key(month, year, mon)) {
            sync_month(month, false, notices);
            if (memory_only_) return;
            continue;
        }
        // A key that cannot name a month: set its text aside, then remove it.
        StoreRead read = store_.get(key);
        if (read.status != StoreStatus::Ok) return enter_memory_only(notices);
        if (!read.value) continue;
        quarantine(key.substr(v2_.size()), *read.value, "A history entry with an unknown name", notices);
        if (!pending_quarantine_.count(key.substr(v2_.size()))) store_.remove(key);
    }
}

//-----------------------------------------------------------------------------
// Format 1: convert, write the new keys, and remove the old ones only once everything is written.
//-----------------------------------------------------------------------------

void ProgressStore::migrate_v1(Notices& notices) {
    StoreRead history = store_.get(prefix_ + "history");
    StoreRead settings = store_.get(prefix_ + "settings");
    StoreRead safety = store_.get(prefix_ + "safety");
    for (const StoreRead* r : {&history, &settings, &safety})
        if (r->status != StoreStatus::Ok) return enter_memory_only(notices);
    if (!history.value && !settings.value && !safety.value) return;
    if (read_only_) return;   // a newer version owns this data; leave the old keys to it

    Notices found;
    size_t sessions_before = data_.sessions.size(), care_before_count = data_.care.size();
    if (history.value) {
        V1History old = migrate_v1_history(*history.value);
        if (!old.parsed || old.dropped > 0)
            quarantine("v1-history", *history.value, "Part of your older history", notices);
        stage_history(old.sessions, old.care);
    }
    if (settings.value && !store_.get(v2_ + "settings").value) {
        data_.settings = migrate_v1_settings(*settings.value, found);
        pending_.insert("settings");
    }
    if (safety.value && !store_.get(v2_ + "safety").value) {
        data_.safety = migrate_v1_safety(*safety.value, found);
        pending_.insert("safety");
    }
    pending_.insert("meta");
    flush_pending(notices);
    notices.insert(notices.end(), found.begin(), found.end());
    size_t moved = data_.sessions.size() - sessions_before + data_.care.size() - care_before_count;
    notices.push_back({NoticeKind::Migrated, "", "Your data was updated to the new storage format (" +
                                                     std::to_string(moved) + " history entries)."});
    if (has_pending()) return;   // keep format 1 until its replacement is safely written
    for (const char* old_key : {"history", "settings", "safety"}) store_.remove(prefix_ + old_key);
}

//-----------------------------------------------------------------------------
// Changes from the app
//-----------------------------------------------------------------------------

int ProgressStore::merge_sessions(std::vector<SessionRecord> batch) {
    std::sort(batch.begin(), batch.end(), session_before);
    size_t old_end = data_.sessions.size();
    for (SessionRecord& r : batch)
        if (ids_.insert(r.id).second) data_.sessions.push_back(std::move(r));
    auto middle = data_.sessions.begin() + std::ptrdiff_t(old_end);
    if (old_end > 0 && middle != data_.sessions.end() && session_before(*middle, *(middle - 1)))
        std::inplace_merge(data_.sessions.begin(), middle, data_.sessions.end(), session_before);
    return int(data_.sessions.size() - old_end);
}

Notices ProgressStore::add_session(const SessionRecord& rec) {
    Notices notices;
    std::string problem = session_problem(rec);
    if (!problem.empty()) {
        notices.push_back({NoticeKind::Adjusted, "", "This session could not be recorded (" + problem + ")."});
        return notices;
    }
    if (merge_sessions({rec}) == 0) return notices;   // already recorded (same id)
    sync_month(utc_month_key(rec.start), false, notices);
    return notices;
}

Notices ProgressStore::add_care_session(const CareSession& care) {
    Notices notices;
    std::string problem = care_problem(care);
    if (!problem.empty()) {
        notices.push_back({NoticeKind::Adjusted, "", "This care session could not be recorded (" + problem + ")."});
        return notices;
    }
    if (insert_care(data_.care, care)) sync_month(utc_month_key(care.start), false, notices);
    return notices;
}

void ProgressStore::stage_history(const std::vector<SessionRecord>& sessions, const std::vector<CareSession>& care) {
    std::set<std::string> months;
    std::vector<SessionRecord> batch;
    for (const SessionRecord& r : sessions)
        if (session_problem(r).empty() && !ids_.count(r.id)) {
            batch.push_back(r);
            months.insert(utc_month_key(r.start));
        }
    merge_sessions(std::move(batch));
    for (const CareSession& c : care)
        if (care_problem(c).empty() && insert_care(data_.care, c)) months.insert(utc_month_key(c.start));
    for (const std::string& month : months) pending_.insert("h/" + month);
}

Notices ProgressStore::merge_history(const std::vector<SessionRecord>& sessions, const std::vector<CareSession>& care) {
    Notices notices;
    stage_history(sessions, care);
    flush_pending(notices);
    return notices;
}

Notices ProgressStore::save_settings(const Settings& settings) {
    Notices notices;
    data_.settings = clamp_settings(settings);
    write("settings", notices);
    return notices;
}

Notices ProgressStore::save_safety(const SafetyRecord& safety) {
    Notices notices;
    data_.safety = safety;
    write("safety", notices);
    return notices;
}

Notices ProgressStore::save_recovery(const RecoveryRecord& recovery) {
    Notices notices;
    data_.recovery = recovery;
    write("recovery", notices);
    return notices;
}

Notices ProgressStore::save_routine(const CustomRoutine& routine) {
    Notices notices;
    json doc = json::parse(routine.json, nullptr, false);
    if (!doc.is_object() || !doc.contains("id") || doc["id"] != routine.id || routine.id.empty()) {
        notices.push_back({NoticeKind::Adjusted, "routines", "This routine could not be saved (it has no matching id)."});
        return notices;
    }
    auto same = [&](const CustomRoutine& r) { return r.id == routine.id; };
    auto it = std::find_if(data_.routines.begin(), data_.routines.end(), same);
    if (it != data_.routines.end()) *it = {routine.id, doc.dump()};
    else data_.routines.push_back({routine.id, doc.dump()});
    write("routines", notices);
    return notices;
}

Notices ProgressStore::remove_routine(const std::string& id) {
    Notices notices;
    auto same = [&](const CustomRoutine& r) { return r.id == id; };
    data_.routines.erase(std::remove_if(data_.routines.begin(), data_.routines.end(), same), data_.routines.end());
    write("routines", notices);
    return notices;
}

} // namespace unclench
