// A JSON backup of everything (for the person to keep, or to move to another device), and importing
// one: parse, preview what would change, then merge without duplicates (sessions by id, care sessions
// by protocol and start, custom routines by id; existing routines are kept as they are).
//
//   {"app":"unclench","backup_format":1,"data_format":2,"exported_at":1762000000,"app_version":"0.1.0",
//    "settings":{...},"safety":{...},"routines":[{...}],
//    "sessions":[{"id":..,"routine_id":..,"routine_name":..,"start":..,"end":..,"tz_offset_min":..,
//                 "active_s":..,"steps":"dds-","ended":"completed|early|pain","pain_item":..,
//                 "pain_phase":..,"pain_before":6|null,"pain_after":3|null,"note":".."}],
//    "care":[{"protocol":..,"start":..,"tz_offset_min":..,"duration_s":..,"completed":true}],
//    "recovery":{"lessons_read":["scans"],"episode":{episode_json.cpp}}}
//
// "recovery" (the back episode and lessons read, recovery_record.h) came after format 1 and is optional:
// an older app ignores it and imports the rest, so adding it did not need a new backup_format (a new
// format makes older apps refuse the whole file). A backup without it leaves today's recovery record as it
// is. Importing unions the lessons read; the backup's episode is restored only when this device has none,
// so the episode being lived now is never replaced.
#pragma once
#include <cstdint>
#include <string>

#include "core/progress_data.h"
#include "core/progress_notice.h"

namespace unclench {

class ProgressStore;

constexpr int kBackupFormat = 1;

std::string export_backup(const ProgressData& data, int64_t now, const std::string& app_version);

struct Backup {
    bool readable = false;
    std::string problem;         // why it is not readable, in plain words
    ProgressData data;           // the valid records only
    bool has_settings = false;
    bool has_safety = false;
    int invalid_sessions = 0;
    int invalid_care = 0;
    int invalid_routines = 0;
    Notices notices;             // settings repaired while reading
    bool has_recovery = false;   // the backup carries a readable recovery part (data.recovery)
    Notices recovery_left_out;   // what of its recovery part was damaged and left out, in plain words
};

Backup parse_backup(const std::string& text);

struct ImportPreview {
    int new_sessions = 0, duplicate_sessions = 0, invalid_sessions = 0;
    int new_care = 0, duplicate_care = 0, invalid_care = 0;
    int new_routines = 0, existing_routines = 0, invalid_routines = 0;
    bool has_settings = false, has_safety = false;
    bool restores_episode = false;        // the backup's episode will be restored (none here yet)
    bool keeps_current_episode = false;   // both have an episode, and they differ: this device's stays
    int new_lessons_read = 0;
    bool recovery_damaged = false;        // part of the backup's recovery record cannot be read
};

ImportPreview preview_import(const Backup& backup, const ProgressData& current);

struct ImportChoices {
    bool replace_settings = false;   // take the backup's settings instead of the current ones
    bool replace_safety = false;
};

// The recovery record after importing `backup` into `current` (the rule above).
RecoveryRecord merged_recovery(const RecoveryRecord& current, const RecoveryRecord& backup);

[[nodiscard]] Notices import_backup(ProgressStore& store, const Backup& backup, ImportChoices choices);

} // namespace unclench
