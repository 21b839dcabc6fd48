// The App's recovery companion intents: the back episode, the daily check-in, today's plan and the
// lessons. The rules themselves are core's (core/recovery_plan.h); here they meet the store, the clock
// and the platform (the embedding clinic's events, the voice).
#include "core/progress_calendar.h"
#include "core/safety_check.h"
#include "ui/app.h"
#include "ui/platform.h"

#include <algorithm>

namespace unclench {

//-----------------------------------------------------------------------------
// Reading
//-----------------------------------------------------------------------------

std::vector<std::string> App::lesson_ids() const {
    std::vector<std::string> ids;
    for (const Lesson& l : lessons_) ids.push_back(l.id);
    return ids;
}

const Episode* App::episode() const {
    const std::optional<Episode>& e = recovery().episode;
    return e ? &*e : nullptr;
}

int64_t App::today() const { return local_day(wall_s_, tz_offset_min_); }

DayPlan App::today_plan() const {
    const Episode* e = episode();
    return e ? plan_for_day(*e, today(), lesson_ids()) : DayPlan{};
}

PlanStatus App::plan_status_today() const {
    const Episode* e = episode();
    return e ? plan_status(*e, today()) : PlanStatus{};
}

// The plan is counted from the day the episode was started here (in today's time zone: the day it
// was created is not kept as a local day).
EpisodeChart App::episode_chart_today() const {
    const Episode* e = episode();
    return e ? episode_chart(*e, today(), local_day(e->created_at, tz_offset_min_), lesson_ids()) : EpisodeChart{};
}

//-----------------------------------------------------------------------------
// Writing: every change goes through save_recovery, so a refused write reaches the banner
//-----------------------------------------------------------------------------

// An app left open overnight shows the new day's plan without a tap: an idle loop wakes just after
// local midnight (the loop also wakes when the page is shown again).
void App::wake_for_new_day(FrameNeeds& needs) const {
    if (!episode()) return;
    int64_t local_s = wall_s_ + int64_t(tz_offset_min_) * 60;
    int64_t to_midnight_s = 86400 - ((local_s % 86400) + 86400) % 86400;
    needs.redraw_at(frame_ms_ + double(to_midnight_s) * 1000.0 + 1000.0);
}

void App::save_recovery(const RecoveryRecord& record) { add_notices(progress_->save_recovery(record)); }

// The embedding clinic's page hears of every phase change, whatever caused it (the platform sends
// nothing outside a clinic's frame).
void App::tell_clinic_phase_changed(const Episode& episode, const PlanChange& change) {
    if (!change.changed) return;
    platform_->embed_phase_changed({change.from, change.to, change.reason, day_of_episode(episode, today()), false});
}

void App::start_episode(const EpisodeStart& start) {
    std::optional<Episode> e = unclench::start_episode(today() - start.days_ago, start.after_injury, start.pain, wall_s_);
    if (!e) return;
    for (const std::string& name : start.activities)
        if (valid_activity_name(name)) add_activity(*e, name);
    if (plan_pending_) apply_clinician_plan(*e, *plan_pending_);   // a plan link came first
    plan_pending_.reset();
    RecoveryRecord record = recovery();
    record.episode = std::move(e);
    save_recovery(record);

    SafetyRecord safety = progress().data().safety;   // a new episode: the emergency signs again
    start_new_episode(safety, wall_s_);
    save_safety(safety);
}

PlanChange App::check_in(int pain, const std::vector<ActivityScore>& scores) {
    RecoveryRecord record = recovery();
    if (!record.episode) return {};
    PlanChange change = apply_check_in(*record.episode, CheckIn{today(), wall_s_, pain, scores});
    if (!change.recorded) return change;
    save_recovery(record);
    const Episode& e = *record.episode;
    if (const CheckIn* saved = check_in_on(e, today())) platform_->embed_check_in(check_in_event(e, *saved));
    tell_clinic_phase_changed(e, change);
    return change;
}

void App::set_activities(const std::vector<std::string>& names) {
    RecoveryRecord record = recovery();
    if (!record.episode) return;
    Episode& e = *record.episode;
    size_t slot = 0;
    std::vector<int> keep;
    for (const Activity& a : e.activities) {
        if (a.retired) continue;
        if (slot < names.size() && valid_activity_name(names[slot])) {
            rename_activity(e, a.id, names[slot]);
            keep.push_back(a.id);
        }
        slot++;
    }
    for (const Activity& a : std::vector<Activity>(e.activities))
        if (!a.retired && std::find(keep.begin(), keep.end(), a.id) == keep.end()) retire_activity(e, a.id);
    for (; slot < names.size(); slot++)
        if (valid_activity_name(names[slot])) add_activity(e, names[slot]);
    save_recovery(record);
}

void App::tick_plan_item(const std::string& key) {
    RecoveryRecord record = recovery();
    if (!record.episode) return;
    if (tick_item(*record.episode, plan_for_day(*record.episode, today(), lesson_ids()), key)) save_recovery(record);
}

void App::dismiss_clinician_card() {
    RecoveryRecord record = recovery();
    if (!record.episode) return;
    dismiss_card(*record.episode, today(), wall_s_);
    save_recovery(record);
}

void App::end_episode() {
    RecoveryRecord record = recovery();
    record.episode.reset();
    save_recovery(record);
}

// A finished session ticks its routine in today's plan; "Stop, it hurts" remembers the exercise and
// steps the plan back (core's rules say why, in words the Home card shows).
void App::plan_after_session(const SessionRecord& rec, const SessionSummary& sum) {
    RecoveryRecord record = recovery();
    if (!record.episode) return;
    Episode& e = *record.episode;
    bool changed = tick_routine(e, plan_for_day(e, today(), lesson_ids()), rec.routine_id);
    PlanChange step_back;
    if (rec.ended == SessionEnd::Pain && sum.stopped_item >= 0 && sum.stopped_item < (int)sum.items.size()) {
        step_back = apply_stop_it_hurts(e, today(), wall_s_, sum.items[(size_t)sum.stopped_item].exercise_id);
        changed = true;
    }
    if (changed) save_recovery(record);
    tell_clinic_phase_changed(e, step_back);
}

void App::tick_care_in_plan(const std::string& protocol_id) {
    RecoveryRecord record = recovery();
    if (!record.episode) return;
    if (tick_care(*record.episode, plan_for_day(*record.episode, today(), lesson_ids()), protocol_id)) save_recovery(record);
}

void App::set_hurt(const std::string& exercise_id, std::optional<HurtChoice> choice) {
    RecoveryRecord record = recovery();
    if (!record.episode) return;
    bool changed = choice ? set_hurt_choice(*record.episode, exercise_id, *choice) : felt_fine(*record.episode, exercise_id);
    if (changed) save_recovery(record);
}

//-----------------------------------------------------------------------------
// Lessons
//-----------------------------------------------------------------------------

void App::read_lesson(const std::string& id) {
    if (lesson_read(recovery(), id)) return;
    RecoveryRecord record = recovery();
    mark_lesson_read(record, id);
    if (record.episode) tick_item(*record.episode, plan_for_day(*record.episode, today(), lesson_ids()), item_key(ItemKind::Lesson, id));
    save_recovery(record);
}

void App::speak_lesson(const Lesson& lesson) {
    platform_->cancel_speech();
    platform_->speak(lesson_speech_text(lesson), settings().voice_name, settings().voice_rate);
}

} // namespace unclench
