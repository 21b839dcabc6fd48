#include "ui/backup_actions.h"

#include <cstdio>

#include "core/csv_export.h"
#include "core/progress_calendar.h"
#include "core/version.h"
#include "platform/file_io.h"
#include "ui/app.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Export
//-----------------------------------------------------------------------------

static std::string local_date_text(const App& app) {
    CivilDate d = civil_from_days(local_day(app.wall_s(), app.tz_offset_min()));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

void export_backup_file(App& app) {
    std::string text = export_backup(app.progress().data(), app.wall_s(), kVersion);
    web::save_text_file("unclench-backup-" + local_date_text(app) + ".json", "application/json", text);
}

void export_sessions_csv(App& app) {
    web::save_text_file("unclench-sessions.csv", "text/csv", sessions_csv(app.progress().data().sessions));
}

//-----------------------------------------------------------------------------
// Import
//-----------------------------------------------------------------------------

static ImportFlow g_flow;

ImportFlow& import_flow() { return g_flow; }

static void on_file_picked(const web::PickedFile& file) {
    g_flow = ImportFlow{};
    g_flow.file_name = file.name;
    if (!file.error.empty()) {
        g_flow.stage = ImportFlow::Stage::Unreadable;
        g_flow.problem = file.error;
        return;
    }
    g_flow.backup = parse_backup(file.text);
    g_flow.stage = g_flow.backup.readable ? ImportFlow::Stage::Preview : ImportFlow::Stage::Unreadable;
    g_flow.problem = g_flow.backup.problem;
}

void choose_backup_file() { web::pick_text_file(".json,application/json", on_file_picked); }

void merge_import(App& app) {
    if (g_flow.stage != ImportFlow::Stage::Preview) return;
    size_t before = app.progress().data().sessions.size() + app.progress().data().care.size();
    app.add_notices(import_backup(app.progress(), g_flow.backup, ImportChoices{}));
    size_t after = app.progress().data().sessions.size() + app.progress().data().care.size();
    g_flow.added = int(after - before);
    g_flow.backup = Backup{};
    g_flow.stage = ImportFlow::Stage::Done;
}

void close_import() { g_flow = ImportFlow{}; }

} // namespace unclench
