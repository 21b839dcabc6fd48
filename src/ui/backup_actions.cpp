#include "ui/backup_actions.h"

#include <cstdio>

#include "core/csv_export.h"
#include "core/date_text.h"
#include "core/progress_calendar.h"
#include "core/version.h"
#include "ui/app.h"
#include "ui/platform.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Export
//-----------------------------------------------------------------------------

static std::string local_date_text(const App& app) { return date_stamp(local_day(app.wall_s(), app.tz_offset_min())); }

void export_backup_file(App& app) {
    std::string text = export_backup(app.progress().data(), app.wall_s(), kVersion);
    app.platform().save_text_file("unclench-backup-" + local_date_text(app) + ".json", "application/json", text);
}

void export_sessions_csv(App& app) {
    app.platform().save_text_file("unclench-sessions.csv", "text/csv", 
                                 clinic_csv(app.progress().data().sessions, app.recovery().episode, app.lesson_ids()));
}

//-----------------------------------------------------------------------------
// Import
//-----------------------------------------------------------------------------

static void read_picked(ImportFlow& flow, const PickedFile& file) {
    flow = ImportFlow{};
    flow.file_name = file.name;
    if (!file.error.empty()) {
        flow.stage = ImportFlow::Stage::Unreadable;
        flow.problem = file.error;
        return;
    }
    flow.backup = parse_backup(file.text);
    flow.stage = flow.backup.readable ? ImportFlow::Stage::Preview : ImportFlow::Stage::Unreadable;
    flow.problem = flow.backup.problem;
}

// The chooser answers later, between frames: the flow it fills is shared with the screen that asked,
// and outlives it harmlessly if the person has moved on.
void choose_backup_file(App& app, std::shared_ptr<ImportFlow> flow) {
    app.platform().pick_text_file(".json,application/json", [flow](const PickedFile& file) { read_picked(*flow, file); });
}

void merge_import(App& app, ImportFlow& flow) {
    if (flow.stage != ImportFlow::Stage::Preview) return;
    flow.added = app.import_backup(flow.backup);
    flow.backup = Backup{};
    flow.stage = ImportFlow::Stage::Done;
}

void close_import(ImportFlow& flow) { flow = ImportFlow{}; }

} // namespace unclench
