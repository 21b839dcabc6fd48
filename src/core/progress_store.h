// ProgressStore: the person's data in memory, kept in step with a KeyValueStore (localStorage in the
// browser). Every key lives under "unclench/<namespace>/" so a clinic embedding the app can keep its
// patients' data apart; the current layout (format 2) is:
//
//   unclench/<ns>/v2/meta            {"v":2}
//   unclench/<ns>/v2/settings        settings.h
//   unclench/<ns>/v2/safety          settings_safety.h
//   unclench/<ns>/v2/recovery        recovery_record.h (the back episode, lessons read)
//   unclench/<ns>/v2/routines        [ {custom routine object with "id"}, ... ]
//   unclench/<ns>/v2/h/YYYY-MM       one UTC month of sessions and care sessions (history_codec.h)
//   unclench/<ns>/v2/quarantine/...  damaged text set aside, never read back
//   unclench/<ns>/history|settings|safety   format 1, migrated on load then removed (progress_migration.h)
//
// Saving a session rewrites only its month key. Faults never lose data and never stop the app:
//  - damaged values: the valid part is kept, the raw text copied to a quarantine key, a notice returned;
//  - a refused write (quota, blocked): the change stays in memory as pending, retry_pending() tries again;
//  - storage unreadable at load: memory-only mode (nothing written, so unread data is never overwritten);
//  - another tab wrote a key: on_storage_event() re-reads it, merges sessions by id, writes the union back.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/history_codec.h"
#include "core/key_value_store.h"
#include "core/progress_data.h"
#include "core/progress_notice.h"

namespace unclench {

class ProgressStore {
public:
    // The namespace may be empty ("default"); '/' in it is replaced so prefixes stay unambiguous.
    ProgressStore(KeyValueStore& store, const std::string& storage_namespace);

    // Reads (and if needed migrates and repairs) everything under the namespace. `now` (epoch seconds)
    // only names quarantine keys. Safe to call again: what is already in memory is merged, not lost.
    [[nodiscard]] Notices load(int64_t now);

    const ProgressData& data() const { return data_; }

    bool memory_only() const { return memory_only_; }   // storage unreadable: running from memory
    bool read_only() const { return read_only_; }       // written by a newer version: we do not write
    bool has_pending() const { return !pending_.empty() || !pending_quarantine_.empty(); }
    std::vector<std::string> pending_keys() const;      // key suffixes such as "h/2026-11"
    // Pending writes that trying again may get through: what the app's retry timer waits for. Not in
    // memory-only or read-only mode: those need storage back or a newer app, not another attempt.
    bool waiting_to_save() const { return has_pending() && !memory_only_ && !read_only_; }

    // Each save updates memory first, then storage; the notices say what did not reach storage.
    [[nodiscard]] Notices add_session(const SessionRecord& rec);
    [[nodiscard]] Notices add_care_session(const CareSession& care);
    [[nodiscard]] Notices save_settings(const Settings& settings);
    [[nodiscard]] Notices save_safety(const SafetyRecord& safety);
    [[nodiscard]] Notices save_recovery(const RecoveryRecord& recovery);
    [[nodiscard]] Notices save_routine(const CustomRoutine& routine);   // adds, or replaces the one with the same id
    [[nodiscard]] Notices remove_routine(const std::string& id);
    // Adds every record not already present (by session id, or care protocol and start), writing each
    // touched month once. Used by backup import and by the benchmark.
    [[nodiscard]] Notices merge_history(const std::vector<SessionRecord>& sessions, const std::vector<CareSession>& care);

    // Tries pending writes again (after memory-only mode, re-reads storage first). Call on a timer,
    // when the page becomes visible, or when the person asks.
    [[nodiscard]] Notices retry_pending();

    // The browser's "storage" event from another tab: `key` as given (full key; empty after clear()).
    [[nodiscard]] Notices on_storage_event(const std::string& key);

    // Removes every key under the namespace (all formats, quarantine included) and clears memory.
    [[nodiscard]] Notices delete_all();

    std::string storage_key(const std::string& suffix) const { return v2_ + suffix; }
    const std::string& namespace_prefix() const { return prefix_; }

private:
    // progress_store.cpp: loading
    void load_meta(Notices& notices, bool& fresh);
    void load_settings(Notices& notices);
    void load_safety(Notices& notices);
    void load_recovery(Notices& notices);
    void load_routines(Notices& notices);
    void load_months(Notices& notices);
    void migrate_v1(Notices& notices);
    void enter_memory_only(Notices& notices);
    int merge_sessions(std::vector<SessionRecord> batch);   // returns how many were new
    void stage_history(const std::vector<SessionRecord>& sessions, const std::vector<CareSession>& care);
    void adopt_routines(const std::string& text, Notices& notices);

    // progress_store_sync.cpp: writing, merging, quarantine
    std::string encode(const std::string& suffix) const;
    MonthHistory month_in_memory(const std::string& month) const;
    size_t records_in_memory(const std::string& month) const;
    void drop_month(const std::string& month);
    bool write(const std::string& suffix, Notices& notices);
    int sync_month(const std::string& month, bool adopt_removal, Notices& notices);
    void flush_pending(Notices& notices);
    void quarantine(const std::string& suffix, const std::string& raw, const std::string& what, Notices& notices);
    bool quarantine_blocks(const std::string& suffix) const;
    void report_write_failure(StoreStatus status, Notices& notices) const;

    KeyValueStore& store_;
    std::string prefix_;   // "unclench/<ns>/"
    std::string v2_;       // prefix_ + "v2/"
    ProgressData data_;
    std::unordered_set<std::string> ids_;                       // every session id in data_.sessions
    std::set<std::string> pending_;                            // suffixes whose memory copy is newer
    std::map<std::string, std::string> pending_quarantine_;    // suffix -> raw text not yet set aside
    bool memory_only_ = false;
    bool read_only_ = false;
    int64_t now_ = 0;
    int quarantine_count_ = 0;
};

} // namespace unclench
