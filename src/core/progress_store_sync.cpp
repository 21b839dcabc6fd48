// ProgressStore, second half: how memory reaches storage. Writes, the read-merge-write of a month,
// quarantine of damaged text, other tabs' changes, and deleting everything.
#include "core/progress_store.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/progress_calendar.h"
#include "core/progress_migration.h"

namespace unclench {

using nlohmann::json;

static bool is_month_suffix(const std::string& suffix, std::string& month) {
    int year = 0, mon = 0;
    if (suffix.compare(0, 2, "h/") != 0 || !parse_month_key(suffix.substr(2), year, mon)) return false;
    month = suffix.substr(2);
    return true;
}

static bool has_records(const MonthHistory& month) {
    return !month.sessions.empty() || !month.care.empty();
}

static void month_bounds(const std::string& month, int64_t& from, int64_t& to) {
    int year = 0, mon = 0;
    parse_month_key(month, year, mon);
    from = days_from_civil({year, mon, 1}) * 86400;
    to = from + int64_t(days_in_month(year, mon)) * 86400;
}

//-----------------------------------------------------------------------------
// Encoding what memory holds for one key
//-----------------------------------------------------------------------------

MonthHistory ProgressStore::month_in_memory(const std::string& month) const {
    int64_t from = 0, to = 0;
    month_bounds(month, from, to);
    SessionRange range = sessions_between(data_.sessions, from, to);
    MonthHistory out;
    out.sessions.assign(data_.sessions.begin() + std::ptrdiff_t(range.begin),
                        data_.sessions.begin() + std::ptrdiff_t(range.end));
    out.care = care_between(data_.care, from, to);
    return out;
}

size_t ProgressStore::records_in_memory(const std::string& month) const {
    int64_t from = 0, to = 0;
    month_bounds(month, from, to);
    SessionRange range = sessions_between(data_.sessions, from, to);
    auto in_month = [&](const CareSession& c) { return c.start >= from && c.start < to; };
    return range.end - range.begin + size_t(std::count_if(data_.care.begin(), data_.care.end(), in_month));
}

std::string ProgressStore::encode(const std::string& suffix) const {
    std::string month;
    if (is_month_suffix(suffix, month)) return encode_month(month, month_in_memory(month));
    if (suffix == "settings") return settings_to_json(data_.settings).dump();
    if (suffix == "safety") return safety_to_json(data_.safety).dump(-1, ' ', false, json::error_handler_t::replace);
    if (suffix == "recovery") return recovery_to_json(data_.recovery).dump(-1, ' ', false, json::error_handler_t::replace);
    if (suffix == "routines") {
        std::string out = "[";
        for (const CustomRoutine& r : data_.routines) out += (out.size() > 1 ? "," : "") + r.json;
        return out + "]";
    }
    return json{{"v", kCurrentFormat}}.dump();   // "meta"
}

void ProgressStore::drop_month(const std::string& month) {
    int64_t from = 0, to = 0;
    month_bounds(month, from, to);
    SessionRange range = sessions_between(data_.sessions, from, to);
    for (size_t i = range.begin; i < range.end; i++) ids_.erase(data_.sessions[i].id);
    data_.sessions.erase(data_.sessions.begin() + std::ptrdiff_t(range.begin),
                         data_.sessions.begin() + std::ptrdiff_t(range.end));
    auto in_month = [&](const CareSession& c) { return c.start >= from && c.start < to; };
    data_.care.erase(std::remove_if(data_.care.begin(), data_.care.end(), in_month), data_.care.end());
}

//-----------------------------------------------------------------------------
// Writing
//-----------------------------------------------------------------------------

void ProgressStore::report_write_failure(StoreStatus status, Notices& notices) const {
    NoticeKind kind = status == StoreStatus::QuotaExceeded ? NoticeKind::StorageFull : NoticeKind::StorageUnavailable;
    for (const Notice& n : notices)
        if (n.kind == kind) return;   // one notice per kind and operation is enough
    if (kind == NoticeKind::StorageFull)
        notices.push_back({kind, "", "This device's storage for Unclench is full. Nothing is lost: your latest "
                                     "data is kept in this tab and saved when there is room. Export a backup to be safe."});
    else
        notices.push_back({kind, "", "Saving failed just now. Your latest data is kept in this tab and saving "
                                     "will be tried again. Export a backup to be safe."});
}

bool ProgressStore::quarantine_blocks(const std::string& suffix) const {
    return pending_quarantine_.count(suffix) > 0;   // never overwrite damaged text before it is set aside
}

bool ProgressStore::write(const std::string& suffix, Notices& notices) {
    pending_.insert(suffix);
    if (memory_only_ || read_only_ || quarantine_blocks(suffix)) return false;
    StoreStatus status = store_.set(storage_key(suffix), encode(suffix));
    if (status != StoreStatus::Ok) {
        report_write_failure(status, notices);
        return false;
    }
    pending_.erase(suffix);
    return true;
}

void ProgressStore::quarantine(const std::string& suffix, const std::string& raw, const std::string& what,
                               Notices& notices) {
    notices.push_back({NoticeKind::Quarantined, suffix,
                       what + " could not be fully read. Everything readable is kept, and the damaged text "
                              "is stored aside unchanged."});
    pending_quarantine_[suffix] = raw;
    if (memory_only_ || read_only_) return;
    std::string key = v2_ + "quarantine/" + suffix + "@" + std::to_string(now_) + "-" + std::to_string(quarantine_count_++);
    StoreStatus status = store_.set(key, raw);
    if (status == StoreStatus::Ok) pending_quarantine_.erase(suffix);
    else report_write_failure(status, notices);
}

void ProgressStore::flush_pending(Notices& notices) {
    if (memory_only_ || read_only_) return;
    std::map<std::string, std::string> waiting;
    waiting.swap(pending_quarantine_);
    for (const auto& [suffix, raw] : waiting) {
        std::string key = v2_ + "quarantine/" + suffix + "@" + std::to_string(now_) + "-" + std::to_string(quarantine_count_++);
        StoreStatus status = store_.set(key, raw);
        if (status != StoreStatus::Ok) {
            pending_quarantine_[suffix] = raw;
            report_write_failure(status, notices);
        }
    }
    std::set<std::string> suffixes = pending_;
    for (const std::string& suffix : suffixes) {
        std::string month;
        if (is_month_suffix(suffix, month)) sync_month(month, false, notices);
        else write(suffix, notices);
    }
}

//-----------------------------------------------------------------------------
// A month: read what storage holds, take in what we lack, write back if we hold more.
//-----------------------------------------------------------------------------

int ProgressStore::sync_month(const std::string& month, bool adopt_removal, Notices& notices) {
    std::string suffix = "h/" + month;
    if (memory_only_) {
        pending_.insert(suffix);   // written once storage can be read again (retry_pending)
        return 0;
    }
    StoreRead read = store_.get(storage_key(suffix));
    if (read.status != StoreStatus::Ok) {
        pending_.insert(suffix);
        report_write_failure(read.status, notices);
        return 0;
    }
    if (!read.value) {
        // Removed elsewhere (delete all in another tab): follow it, unless we hold unsaved records.
        if (adopt_removal && !pending_.count(suffix)) drop_month(month);
        else if (pending_.count(suffix) || has_records(month_in_memory(month))) write(suffix, notices);
        return 0;
    }
    MonthDecode stored = decode_month(month, *read.value);
    bool damaged = !stored.parsed || stored.dropped > 0;
    if (damaged) quarantine(suffix, *read.value, "Saved history for " + month, notices);
    size_t stored_count = stored.month.sessions.size() + stored.month.care.size();
    int added = merge_sessions(std::move(stored.month.sessions));
    for (const CareSession& c : stored.month.care) added += insert_care(data_.care, c) ? 1 : 0;
    if (damaged || records_in_memory(month) > stored_count) write(suffix, notices);
    else pending_.erase(suffix);   // storage already holds all we have
    return added;
}

//-----------------------------------------------------------------------------
// Retry, other tabs, delete
//-----------------------------------------------------------------------------

Notices ProgressStore::retry_pending() {
    if (memory_only_) return load(now_);   // storage may be back: read it, merge, then write ours
    Notices notices;
    flush_pending(notices);
    return notices;
}

Notices ProgressStore::on_storage_event(const std::string& key) {
    Notices notices;
    if (memory_only_) return notices;
    if (key.empty()) {
        // Someone cleared the whole origin's storage; our copy in memory is the only one left.
        for (const char* suffix : {"meta", "settings", "safety", "recovery", "routines"}) pending_.insert(suffix);
        for (const SessionRecord& r : data_.sessions) pending_.insert("h/" + utc_month_key(r.start));
        for (const CareSession& c : data_.care) pending_.insert("h/" + utc_month_key(c.start));
        flush_pending(notices);
        return notices;
    }
    if (key.compare(0, v2_.size(), v2_) != 0) return notices;
    std::string suffix = key.substr(v2_.size()), month;
    if (is_month_suffix(suffix, month)) {
        if (sync_month(month, true, notices) > 0)
            notices.push_back({NoticeKind::Synced, suffix, "Added what you did in another tab."});
        return notices;
    }
    if (pending_.count(suffix)) return notices;   // our unsaved change wins; it is written on retry
    StoreRead read = store_.get(key);
    if (read.status != StoreStatus::Ok) return notices;
    Notices ignored;   // another tab already told the person about any repair
    if (suffix == "settings")
        data_.settings = read.value ? settings_from_json(json::parse(*read.value, nullptr, false), ignored) : Settings{};
    else if (suffix == "safety")
        data_.safety = read.value ? safety_from_json(json::parse(*read.value, nullptr, false), ignored) : SafetyRecord{};
    else if (suffix == "recovery")
        data_.recovery = read.value ? recovery_from_json(json::parse(*read.value, nullptr, false), ignored) : RecoveryRecord{};
    else if (suffix == "routines") {
        if (read.value) adopt_routines(*read.value, ignored);
        else data_.routines.clear();
    }
    return notices;
}

Notices ProgressStore::delete_all() {
    Notices notices;
    StoreKeys keys = store_.keys_with_prefix(prefix_);
    bool failed = keys.status != StoreStatus::Ok;
    for (const std::string& key : keys.keys) failed = store_.remove(key) != StoreStatus::Ok || failed;
    data_ = ProgressData{};
    ids_.clear();
    pending_.clear();
    pending_quarantine_.clear();
    if (failed)
        notices.push_back({NoticeKind::StorageUnavailable, "",
                           "Some saved data could not be deleted because storage is not responding. Try again later."});
    return notices;
}

} // namespace unclench
