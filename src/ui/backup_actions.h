// Backups out and in: the JSON backup and the clinic's CSV as downloads, and importing a backup through a
// file chooser with a preview before anything is merged. Used by the Progress screen and the notices banner.
#pragma once
#include <memory>
#include <string>

#include "core/progress_backup.h"

namespace unclench {

class App;

void export_backup_file(App& app);     // unclench-backup-YYYY-MM-DD.json (local date)
void export_sessions_csv(App& app);    // unclench-sessions.csv

// Import: choose a file (async), then the screen shows a preview until merged or cancelled.
struct ImportFlow {
    enum class Stage { None, Unreadable, Preview, Done };
    Stage stage = Stage::None;
    std::string file_name;
    std::string problem;   // Unreadable: why, in plain words
    Backup backup;
    int added = 0;         // Done: how many sessions and care sessions were added
};

void choose_backup_file(App& app, std::shared_ptr<ImportFlow> flow);
void merge_import(App& app, ImportFlow& flow);
void close_import(ImportFlow& flow);

} // namespace unclench
