// A JSON backup of everything (for the person to keep, or to move to another device), and importing
// one: parse, preview what would change, then merge without duplicates (sessions by id, care sessions
// by protocol and start, custom routines by id; existing routines are kept as they are).
//
//   {"app":"unclench","backup_format":1,"data_format":2,"exported_at":1762000000,"app_version":"0.1.0",
//    "settings":{...},"safety":{...},"routines":[{...}],
//    "sessions":[{"id":..,"routine_id":..,"routine_name":..,"start":..,"end":..,"tz_offset_min":..,
//                 "active_s":..,"steps":"dds-","ended":"completed|early|pain","pain_item":..,
//                 "pain_phase":..,"pain_before":6|null,"pain_after":3|null,"note":".."}],
//    "care":[{"protocol":..,"start":..,"tz_offset_min":..,"duration_s":..,"completed":true}]}
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
};

Backup parse_backup(const std::string& text);

struct ImportPreview {
    int new_sessions = 0, duplicate_sessions = 0, invalid_sessions = 0;
    int new_care = 0, duplicate_care = 0, invalid_care = 0;
    int new_routines = 0, existing_routines = 0, invalid_routines = 0;
    bool has_settings = false, has_safety = false;
};

ImportPreview preview_import(const Backup& backup, const ProgressData& current);

struct ImportChoices {
    bool replace_settings = false;   // take the backup's settings instead of the current ones
    bool replace_safety = false;
};

[[nodiscard]] Notices import_backup(ProgressStore& store, const Backup& backup, ImportChoices choices);

} // namespace unclench
