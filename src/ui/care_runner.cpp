#include "ui/care_runner.h"

#include <algorithm>

#include "core/care_plan.h"
#include "core/cold_rule.h"
#include "core/ics.h"
#include "ui/app.h"
#include "ui/platform.h"

// Index of this file:
// [SECTION] History
// [SECTION] Controls
// [SECTION] Every frame: the platform follows the timer
// [SECTION] Reminder plan

namespace unclench {

CareRunner::CareRunner(App& app) : app_(app), cues_(app.platform()) {}

//-----------------------------------------------------------------------------
// [SECTION] History: a finished timer, or one stopped after a real minute, is a care session
//-----------------------------------------------------------------------------

static const int64_t kLogAfterMs = 60 * 1000;

void CareRunner::log(ActiveCare& a, bool completed) {
    if (a.logged) return;
    a.logged = true;
    int64_t ran = a.timer.elapsed_ms(app_.now_ms());
    if (!completed && ran < kLogAfterMs) return;
    CareSession s;
    s.protocol_id = a.timer.plan().protocol_id;
    s.start = a.started_wall_s;
    s.tz_offset_min = a.tz_offset_min;
    s.duration_seconds = (int)(ran / 1000);
    s.completed = completed;
    app_.add_care_session(s);
    if (completed) app_.tick_care_in_plan(s.protocol_id);
}

//-----------------------------------------------------------------------------
// [SECTION] Controls
//-----------------------------------------------------------------------------

void CareRunner::start(const CareProtocol& protocol) {
    std::optional<CareTimerPlan> plan = care_timer_plan(protocol);
    if (!plan || (active_ && !active_->timer.finished(app_.now_ms()))) return;
    cues_.stop();
    active_.emplace(ActiveCare{CareTimer(*plan), app_.wall_s(), app_.tz_offset_min(), false});
    active_->timer.start(app_.now_ms());
    if (care_plan_can_remind(protocol) && !reminders_on(protocol.id)) set_reminders(protocol, true);
}

void CareRunner::pause() { if (active_) active_->timer.pause(app_.now_ms()); }
void CareRunner::resume() { if (active_) active_->timer.resume(app_.now_ms()); }

void CareRunner::stop() {
    if (!active_ || !active_->timer.stop(app_.now_ms())) return;
    log(*active_, false);
}

void CareRunner::close() {
    if (active_ && !active_->timer.finished(app_.now_ms())) return;
    active_.reset();
    cues_.stop();
    app_.platform().clear_title();
}

//-----------------------------------------------------------------------------
// [SECTION] Every frame: the platform follows the timer
//-----------------------------------------------------------------------------

void CareRunner::follow_with_title(const CareTimerView& v) {
    Platform& p = app_.platform();
    if (v.paused) { p.set_title_text("Paused " + active_->timer.plan().title); return; }
    if (v.finished) { p.clear_title(); return; }
    std::vector<TitlePhase> phases;
    int64_t end = app_.wall_ms() + v.segment_remaining_ms;
    const auto& segments = active_->timer.plan().segments;
    phases.push_back({v.label, end});
    for (size_t i = (size_t)v.segment + 1; i < segments.size(); i++) {
        end += segments[i].duration_ms;
        phases.push_back({segments[i].label, end});
    }
    p.set_title_phases(phases, "Time is up");
}

void CareRunner::follow_with_notification(const CareTimerView& v) {
    if (v.paused || v.finished) { app_.platform().cancel_notify("care-timer"); return; }
    const CareTimerPlan& plan = active_->timer.plan();
    app_.platform().notify_at("care-timer", plan.title + ": time is up", plan.done_words, app_.wall_ms() + v.total_remaining_ms);
}

void CareRunner::follow_with_wake_lock(bool want) {
    if (want == holding_lock_) return;
    holding_lock_ = want;
    if (want) app_.platform().acquire_wake_lock();
    else app_.platform().release_wake_lock();
}

// With permission, the next reminder notifies at its time if the page is hidden then. Set again only
// when the next due time changes.
void CareRunner::notify_next_due() {
    if (plan_.empty() || app_.platform().notify_state() != NotifyState::Granted) return;
    std::vector<DueItem> next = due(1);
    if (next.empty() || next.front().overdue || next.front().due_s == notified_due_s_) return;
    const DueItem& d = next.front();
    notified_due_s_ = d.due_s;
    app_.platform().notify_at("care-due", "Time for: " + (d.phase.empty() ? d.title : d.title + ", " + d.phase),
                              "Open Unclench to start the timer.", d.due_s * 1000);
}

void CareRunner::tick(FrameNeeds& needs) {
    notify_next_due();
    if (!active_) { follow_with_wake_lock(false); return; }
    ActiveCare& a = *active_;
    int64_t now = app_.now_ms();
    CareTimerView v = a.timer.view(now);
    if (v.finished && !v.stopped_early) log(a, true);

    // Beeps of the whole timer go on the audio clock at once: they sound even if the page is hidden.
    const int64_t late = 1000;
    std::vector<Cue> cues = a.timer.cues_between(now - late, now + a.timer.plan().total_ms());
    cues_.play(cues, a.timer.generation(), now, app_.settings(), v.paused, a.timer.plan().total_ms());

    follow_with_title(v);
    follow_with_notification(v);
    follow_with_wake_lock(v.started && !v.finished);

    if (!v.started || v.paused || v.finished) return;
    if (a.timer.plan().pacer()) { needs.animate(); return; }
    // A redraw when the seconds change, and at the next spoken cue.
    int64_t next = now + (v.total_remaining_ms % 1000 == 0 ? 1000 : v.total_remaining_ms % 1000);
    if (cues_.next_due_ms() >= 0) next = std::min(next, cues_.next_due_ms());
    needs.redraw_at(app_.frame_ms() + (double)(next - now));
}

//-----------------------------------------------------------------------------
// [SECTION] Reminder plan: kept in memory, stored as "care-plan" (core/care_plan.h)
//-----------------------------------------------------------------------------

static const char* kPlanKey = "care-plan";

void CareRunner::load_plan() {
    std::optional<std::string> text = app_.read_extra(kPlanKey);
    plan_ = text ? parse_care_plan(*text) : std::vector<CarePlanEntry>{};
}

std::vector<CarePlanEntry> CareRunner::plan() const { return care_plan_running(plan_, app_.catalogue(), app_.wall_s()); }

bool CareRunner::reminders_on(const std::string& protocol_id) const { return care_plan_has(plan(), protocol_id); }

void CareRunner::set_reminders(const CareProtocol& protocol, bool on) {
    plan_ = care_plan_with(plan(), protocol, on, app_.wall_s());
    app_.write_extra(kPlanKey, care_plan_text(plan_));
    notified_due_s_ = -1;
}

// Care sessions done, with a timer running now counted as done: it is not "due now".
std::vector<CareDone> CareRunner::done() const {
    std::vector<CareDone> done;
    for (const CareSession& s : app_.progress().data().care) done.push_back({s.protocol_id, s.start});
    if (active_ && !active_->logged) done.push_back({active_->timer.plan().protocol_id, active_->started_wall_s});
    return done;
}

std::vector<DueItem> CareRunner::due(int max_items) const {
    std::vector<CareProtocolTiming> timings = care_plan_timings(plan(), app_.catalogue());
    if (timings.empty()) return {};
    return next_due(timings, done(), app_.wall_s(), app_.tz_offset_min(), max_items);
}

int64_t CareRunner::next_cold_allowed_s() const { return unclench::next_cold_allowed_s(app_.catalogue(), done()); }

std::string CareRunner::calendar_text() const {
    const int64_t week = 7 * 86400;
    std::vector<DueItem> items = due(200);
    items.erase(std::remove_if(items.begin(), items.end(), [&](const DueItem& d) { return d.due_s > app_.wall_s() + week; }),
                items.end());
    std::vector<CalendarEvent> events = care_calendar_events(items, 0);
    for (size_t i = 0; i < events.size(); i++) {
        const CareProtocol* p = app_.catalogue().care_protocol(items[i].protocol_id);
        if (!p) continue;
        events[i].description = p->purpose;
        for (const std::string& line : p->safety) events[i].description += "\n- " + line;
    }
    return write_ics(events, app_.wall_s());
}

} // namespace unclench
