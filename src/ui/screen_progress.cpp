// Progress: during a back episode, first the episode itself (ui/episode_chart_view.h); then streak and
// this week in big numbers, minutes per day, a calendar of active days, pain before and after over time,
// each routine's history; then backups (export, import with a preview) and delete.
#include <algorithm>
#include <cstdio>

#include "core/progress_calendar.h"
#include "core/progress_stats.h"
#include "icons.h"
#include "ui/app.h"
#include "ui/backup_actions.h"
#include "ui/charts.h"
#include "ui/episode_chart_view.h"
#include "ui/mirror.h"
#include "ui/notices_view.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace unclench {

// What this visit to the screen shows beyond the data.
struct ProgressView : ScreenState {
    int month_offset = 0;          // 0 = this month, -1 = last month, ...
    std::string open_routine;      // a routine whose sessions are listed
    bool confirm_delete = false;
    bool deleted = false;          // "Everything was deleted" until the screen is left
    std::shared_ptr<ImportFlow> import = std::make_shared<ImportFlow>();
};

static Now now_of(const App& app) { return Now{app.wall_s(), app.tz_offset_min()}; }

static std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

//-----------------------------------------------------------------------------
// Numbers and pictures
//-----------------------------------------------------------------------------

static void draw_summary_tiles(const std::vector<SessionRecord>& sessions, Now now) {
    Streaks s = streaks(sessions, now);
    WeekSummary week = this_week(sessions, now);
    stat_tiles({{std::to_string(s.current), s.current == 1 ? "day in a row" : "days in a row", ICON_EVENT},
                {std::to_string(week.sessions), week.sessions == 1 ? "session this week" : "sessions this week", nullptr},
                {std::to_string(week.active_minutes), "minutes this week", nullptr}});
    if (s.best > s.current) muted(("Your best run: " + plural(s.best, "day", "days") + ".").c_str());
}

static void draw_week(const std::vector<SessionRecord>& sessions, Now now) {
    int64_t today = local_day(now.epoch_seconds, now.tz_offset_min);
    int64_t monday = iso_week_start(today);
    int seconds[7] = {}, minutes[7] = {};
    for (const SessionRecord& r : sessions) {
        int64_t d = local_day(r.start, r.tz_offset_min) - monday;
        if (d >= 0 && d < 7) seconds[d] += r.active_seconds;
    }
    for (int d = 0; d < 7; d++) minutes[d] = (seconds[d] + 30) / 60;
    section_title("This week");
    week_bars(minutes, int(today - monday));
}

static void draw_calendar(ProgressView& v, const std::vector<SessionRecord>& sessions, Now now) {
    CivilDate today = civil_from_days(local_day(now.epoch_seconds, now.tz_offset_min));
    int index = today.year * 12 + (today.month - 1) + v.month_offset;
    int year = index / 12, month = index % 12 + 1;
    section_title("Active days");
    // The month's name, then previous/next; the buttons go under the name when both do not fit.
    float w = content_width(), x = ImGui::GetCursorPosX(), y = ImGui::GetCursorPosY();
    char title[40];
    std::snprintf(title, sizeof title, "%s %d", full_month_name(month), year);
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImVec2 title_sz = ImGui::CalcTextSize(title);
    bool one_row = title_sz.x + 2 * kTouchTarget + 8 <= w;
    float row_h = std::max(kTouchTarget, title_sz.y);
    ImGui::SetCursorPosY(y + (one_row ? (row_h - title_sz.y) * 0.5f : 0.0f));
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    float buttons_y = one_row ? y + (row_h - kTouchTarget) * 0.5f : ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(x + w - 2 * kTouchTarget, buttons_y));
    if (icon_button(ICON_CHEVRON_LEFT, "Previous month")) v.month_offset--;
    ImGui::SameLine(0, 0);
    if (v.month_offset < 0) {   // no next month after this one: nothing to show there yet
        if (icon_button(ICON_CHEVRON_RIGHT, "Next month")) v.month_offset++;
    } else {
        ImGui::Dummy(ImVec2(kTouchTarget, kTouchTarget));
    }
    ImGui::SetCursorPos(ImVec2(x, std::max(buttons_y + kTouchTarget, y + row_h) + 4));
    month_calendar(year, month, active_days(sessions, year, month), v.month_offset == 0 ? today.day : 0);
}

static void draw_pain(const std::vector<SessionRecord>& sessions) {
    std::vector<PainPoint> points = pain_series(sessions);
    section_title("Pain before and after");
    if (points.empty()) {
        muted("Rate your pain before and after a session, and you will see here how it changes.");
        return;
    }
    const size_t kShown = 40;   // enough to see a trend, few enough to read each point on a phone
    if (points.size() > kShown) points.erase(points.begin(), points.end() - kShown);
    muted("0 is no pain, 10 the worst. A drop of 2 points or 30% is one you can feel.");
    ImGui::Dummy(ImVec2(1, 4));
    pain_chart(points);
}

// The current back episode, when there is one: how pain and the hard activities changed, and the plan.
static void draw_episode(const App& app) {
    if (!app.episode()) return;
    section_title("This episode");
    draw_episode_chart(app.episode_chart_today());
    ImGui::Dummy(ImVec2(1, 6));
}

//-----------------------------------------------------------------------------
// Each routine's history
//-----------------------------------------------------------------------------

static std::string session_line(const SessionRecord& r) {
    std::string line = short_date_text(local_day(r.start, r.tz_offset_min)) + ", " + clock_text(r.start, r.tz_offset_min) + " \xE2\x80\xA2 " +
                       plural((r.active_seconds + 30) / 60, "min", "min");
    if (r.pain_before != kNoPain || r.pain_after != kNoPain) {
        auto score = [](int v) { return v == kNoPain ? std::string("?") : std::to_string(v); };
        line += " \xE2\x80\xA2 pain " + score(r.pain_before) + " \xE2\x86\x92 " + score(r.pain_after);
    }
    if (r.ended == SessionEnd::Pain) line += " \xE2\x80\xA2 stopped: it hurt at step " + std::to_string(r.pain_item + 1);
    else if (r.ended == SessionEnd::Early) line += " \xE2\x80\xA2 ended early";
    int skipped = steps_skipped(r);
    if (skipped > 0) line += " \xE2\x80\xA2 " + plural(skipped, "step skipped", "steps skipped");
    return line;
}

static void draw_routine_sessions(const std::vector<SessionRecord>& sessions, const std::string& routine_id) {
    std::vector<SessionRecord> list = routine_history(sessions, routine_id);
    const size_t kListed = 12;
    ImGui::Indent(kPad);
    for (size_t i = 0; i < list.size() && i < kListed; i++) {
        std::string line = session_line(list[i]);
        ImGui::TextWrapped("%s", line.c_str());
        mirror_add({Role::Status, line, 0, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
        if (!list[i].note.empty()) muted(("\xE2\x80\x9C" + list[i].note + "\xE2\x80\x9D").c_str());
    }
    if (list.size() > kListed) muted(("and " + plural(int(list.size() - kListed), "earlier session", "earlier sessions") +
                                      " (all are in the backup and the CSV)").c_str());
    ImGui::Unindent(kPad);
    ImGui::Dummy(ImVec2(1, 6));
}

static void draw_routines(ProgressView& v, const std::vector<SessionRecord>& sessions) {
    section_title("By routine");
    for (const RoutineSummary& s : routine_summaries(sessions)) {
        std::string sub = plural(s.sessions, "session", "sessions") + " \xE2\x80\xA2 " + plural(s.active_minutes, "min", "min") +
                          " \xE2\x80\xA2 last " + short_date_text(local_day(s.last_start, s.last_tz_offset_min));
        bool open = v.open_routine == s.routine_id;
        if (list_row(open ? ICON_EXPAND_MORE : ICON_HISTORY, s.routine_name.c_str(), sub.c_str()))
            v.open_routine = open ? std::string() : s.routine_id;
        if (open) draw_routine_sessions(sessions, s.routine_id);
    }
}

//-----------------------------------------------------------------------------
// Backups, import preview, delete
//-----------------------------------------------------------------------------

static void draw_backup_section(App& app, ProgressView& v) {
    section_title("Your data");
    muted("Everything stays on this device. Keep a backup, or send your sessions to your clinic.");
    ImGui::Dummy(ImVec2(1, 2));
    const ProgressData& data = app.progress().data();
    bool empty = data.sessions.empty() && data.care.empty() && !data.recovery.episode && data.recovery.lessons_read.empty();
    if (!empty) {   // nothing to export yet: no buttons that would make empty files
        if (big_button("Export backup", ICON_DOWNLOAD, ButtonStyle::Secondary)) export_backup_file(app);
        if (big_button("Export sessions for your clinic (CSV)", ICON_LIST, ButtonStyle::Secondary)) export_sessions_csv(app);
    }
    if (big_button("Import a backup", ICON_UPLOAD, ButtonStyle::Secondary)) choose_backup_file(app, v.import);
    ImGui::Dummy(ImVec2(1, 8));
    if (big_button("Delete all my data", ICON_DELETE, ButtonStyle::Quiet)) v.confirm_delete = true;
}

// What the import does with the recovery companion's record: said only when it does something.
static void draw_recovery_preview(const ImportPreview& p) {
    if (p.restores_episode) muted("Your back episode and its check-ins will be restored.");
    if (p.keeps_current_episode) muted("The back episode on this device stays; the one in the backup is not imported.");
    if (p.new_lessons_read > 0) muted(("Lessons read: " + std::to_string(p.new_lessons_read) + " more.").c_str());
    if (p.recovery_damaged) muted("Part of the recovery plan in this backup is damaged and will be left out.");
}

static void draw_import(App& app, ImportFlow& flow) {
    if (flow.stage == ImportFlow::Stage::Unreadable) {
        section_title("This file can't be imported");
        paragraph(flow.problem.empty() ? "It is not an Unclench backup." : flow.problem.c_str());
        muted(("File: " + flow.file_name).c_str());
        if (big_button("OK", nullptr, ButtonStyle::Primary)) close_import(flow);
        return;
    }
    if (flow.stage == ImportFlow::Stage::Done) {
        section_title("Backup imported");
        paragraph(flow.added == 0 ? "Nothing new: everything in it was already here."
                                  : ("Added " + plural(flow.added, "entry", "entries") + " to your history.").c_str());
        if (big_button("Done", nullptr, ButtonStyle::Primary)) close_import(flow);
        return;
    }
    ImportPreview p = preview_import(flow.backup, app.progress().data());
    section_title("Import this backup?");
    muted(("File: " + flow.file_name).c_str());
    std::string counts = plural(p.new_sessions, "new session", "new sessions") + ", " +
                         std::to_string(p.duplicate_sessions) + " already here, " +
                         std::to_string(p.invalid_sessions) + " not readable";
    paragraph(counts.c_str());
    if (p.new_care + p.duplicate_care > 0)
        muted(("Home care: " + std::to_string(p.new_care) + " new, " + std::to_string(p.duplicate_care) + " already here.").c_str());
    if (p.new_routines > 0) muted(("Your own routines: " + std::to_string(p.new_routines) + " new.").c_str());
    draw_recovery_preview(p);
    muted("Merging adds what is new and keeps everything you have. Your settings stay as they are.");
    ImGui::Dummy(ImVec2(1, 4));
    if (big_button("Merge", ICON_CHECK, ButtonStyle::Primary)) merge_import(app, flow);
    if (big_button("Cancel", nullptr, ButtonStyle::Secondary)) close_import(flow);
}

static void draw_delete_confirm(App& app, ProgressView& v) {
    section_title("Delete all your data?");
    paragraph("This removes every session, pain score, note, custom routine and setting saved on this device. "
              "It cannot be undone.");
    muted("Export a backup first if you may want it later.");
    ImGui::Dummy(ImVec2(1, 6));
    if (big_button("Yes, delete everything", ICON_DELETE, ButtonStyle::Danger)) {
        app.delete_all_data();
        v.month_offset = 0;
        v.open_routine.clear();
        v.confirm_delete = false;
        v.deleted = true;
    }
    if (big_button("Keep my data", nullptr, ButtonStyle::Secondary)) v.confirm_delete = false;
}

//-----------------------------------------------------------------------------
// The screen
//-----------------------------------------------------------------------------

static void draw_history(App& app, ProgressView& v) {
    const std::vector<SessionRecord>& sessions = app.progress().data().sessions;
    if (sessions.empty()) {
        section_title(v.deleted ? "Everything was deleted" : "No sessions yet");
        muted("When you finish a session, your days, minutes and pain scores show up here.");
        return;
    }
    Now now = now_of(app);
    draw_summary_tiles(sessions, now);
    draw_week(sessions, now);
    draw_calendar(v, sessions, now);
    draw_pain(sessions);
    draw_routines(v, sessions);
}

void draw_progress(App& app, FrameNeeds&) {
    ProgressView& v = app.screen_state<ProgressView>();
    ImportFlow& flow = *v.import;
    bool sub_view = flow.stage != ImportFlow::Stage::None || v.confirm_delete;
    if (begin_screen("Progress", true)) {
        if (flow.stage != ImportFlow::Stage::None) close_import(flow);
        else if (v.confirm_delete) v.confirm_delete = false;
        else { app.back(); end_screen(); return; }
    }
    draw_notices(app);
    if (app.progress().memory_only()) muted("Not saved on this device: storage is blocked in this browser.");
    if (sub_view && flow.stage != ImportFlow::Stage::None) draw_import(app, flow);
    else if (sub_view) draw_delete_confirm(app, v);
    else {
        draw_episode(app);
        draw_history(app, v);
        draw_backup_section(app, v);
    }
    end_screen();
}

} // namespace unclench
