// The App's sessions: starting one, the Player's controls, the Summary's save, the work that follows a
// running session on every frame, and keeping a session across a reload.
//
// Index of this file:
// [SECTION] Sessions
// [SECTION] The session while it runs
// [SECTION] Sessions across a reload
#include <random>

#include "core/catalogue_json.h"
#include "core/history_record.h"
#include "core/routine_plan.h"
#include "core/session_resume.h"
#include "core/session_summary.h"
#include "ui/app.h"
#include "ui/mirror.h"
#include "ui/platform.h"
#include "ui/safety_gate.h"
#include "ui/session_words.h"

namespace unclench {

//-----------------------------------------------------------------------------
// [SECTION] Sessions
//-----------------------------------------------------------------------------

static PlanSettings plan_settings(const Settings& s) {
    PlanSettings p;
    p.prepare_ms = s.get_ready_seconds * 1000;
    p.rest_between_sets_ms = s.rest_seconds * 1000;
    return p;
}

// Every way into the Player comes here. The routine is copied first: it may point into data the start
// replaces (a custom routine parsed from storage).
bool App::start_routine(const Routine& routine_ref, int pain_before) {
    if (safety_gate_redirect(*this)) return false;
    if (!suits_fresh_spasm(routine_ref, catalogue_) && !spasm_answer_fresh()) {
        spasm_pending_ = PendingStart{routine_ref, pain_before};
        go(ScreenId::SpasmCheck, routine_ref.id);
        return false;
    }
    Routine routine = routine_ref;
    // An exercise that hurt in this episode is left out or played at half, as the person chose.
    if (const Episode* e = episode(); e && !e->hurt.empty()) {
        std::vector<RoutineStep> steps = steps_to_play(routine.steps, catalogue_, e->hurt);
        if (!steps.empty()) routine.steps = std::move(steps);
    }
    auto s = std::make_unique<ActiveSession>();
    s->routine = routine;
    EngineOptions options;
    options.cues.countdown = settings().countdown;
    PlanSettings plan = plan_settings(settings());
    s->engine = std::make_unique<SessionEngine>(make_plan(routine, catalogue_, plan), options);
    s->prepare_ms = plan.prepare_ms;
    s->rest_between_sets_ms = plan.rest_between_sets_ms;
    s->countdown = options.cues.countdown;
    s->started_wall_s = wall_s_;
    s->tz_offset_min = tz_offset_min_;
    s->pain_before = pain_before;
    s->engine->start(session_now_ms_);
    session_ = std::move(s);
    kept_events_ = 0;
    session_cues_->stop();
    go(ScreenId::Player, routine.id);
    platform_->embed_session_started(routine.id, wall_ms_);
    return true;
}

// "Ask once": a no holds for a few hours, so a second routine the same morning starts straight away.
bool App::spasm_answer_fresh() const {
    return not_in_spasm_at_ >= 0 && wall_s_ - not_in_spasm_at_ < kSpasmAnswerHoldsS;
}

void App::answer_spasm_question(bool in_spasm) {
    if (!spasm_pending_) return;
    PendingStart pending = std::move(*spasm_pending_);
    spasm_pending_.reset();
    back();   // the question leaves the stack: Back from the Player returns where the person was
    if (in_spasm) {
        if (const Routine* relief = find_routine("relief-now")) start_routine(*relief, pending.pain_before);
        return;
    }
    not_in_spasm_at_ = wall_s_;
    start_routine(pending.routine, pending.pain_before);
}

void App::control_session(SessionControl control) {
    if (!session_ || session_->over) return;
    SessionEngine& e = *session_->engine;
    int64_t now = session_now_ms_;
    switch (control) {
    case SessionControl::Pause: e.pause(now); break;
    case SessionControl::Resume: e.resume(now); session_->resumed = false; break;
    case SessionControl::BackPhase: e.back_phase(now); break;
    case SessionControl::SkipPhase: e.skip_phase(now); break;
    case SessionControl::AddTime: e.add_time(now, 10000); break;
    case SessionControl::SkipExercise: e.skip_exercise(now); break;
    case SessionControl::EndEarly: e.end_early(now); break;
    case SessionControl::StopItHurts: e.stop_it_hurts(now); break;
    }
}

void App::save_session(int pain_after, const std::string& note) {
    if (!session_ || session_->saved) return;
    SessionSummary sum = session_->engine->summary(session_now_ms_);
    SessionRecord rec;
    std::random_device rd;
    rec.id = make_session_id(session_->started_wall_s, rd());
    rec.routine_id = session_->routine.id;
    rec.routine_name = session_->routine.name;
    rec.start = session_->started_wall_s;
    rec.end = session_->started_wall_s + (sum.active_ms + sum.paused_ms) / 1000;
    rec.tz_offset_min = session_->tz_offset_min;
    rec.active_seconds = (int)(sum.active_ms / 1000);
    for (const ItemSummary& item : sum.items)
        rec.steps.push_back(item.outcome == ItemOutcome::Skipped ? StepOutcome::Skipped : StepOutcome::Done);
    rec.ended = session_end_of(sum.end);
    if (rec.ended == SessionEnd::Pain) {
        rec.pain_item = sum.stopped_item;
        rec.pain_phase = phase_kind_name(sum.stopped_phase_kind);
    }
    rec.pain_before = session_->pain_before;
    rec.pain_after = pain_after;
    rec.note = note;
    platform_->perf_mark("unclench:save-session-start");   // scripts/bench.sh times the save
    add_notices(progress_->add_session(rec));
    platform_->perf_mark("unclench:save-session-end");
    plan_after_session(rec, sum);
    session_->saved = true;
}

void App::close_session() {
    session_.reset();
    forget_kept_session();
}

void App::finish_session(int pain_after, std::string note) {
    if (!session_) return;
    SessionSummary sum = session_->engine->summary(session_now_ms_);
    platform_->embed_session_completed(sum, session_end_name(session_end_of(sum.end)));
    if (session_->pain_before != kNoPain || pain_after != kNoPain) platform_->embed_pain_reported(session_->pain_before, pain_after);
    save_session(pain_after, note);
    close_session();
    home();
}

//-----------------------------------------------------------------------------
// [SECTION] The session while it runs: whatever screen is shown, the App advances it and keeps its
// sound, the screen lock, the hidden tab's title and the screen reader's announcements in step.
//-----------------------------------------------------------------------------

// Before the screen draws: the engine moves to now; a session that has just ended lets go of its
// surroundings and the Summary takes the Player's place.
void App::advance_session() {
    if (!session_ || session_->over) return;
    session_->engine->advance(session_now_ms_);
    if (!session_->engine->snapshot(session_now_ms_).finished) return;
    session_->over = true;
    session_cues_->stop();
    platform_->release_wake_lock();
    platform_->clear_title();
    if (route().screen == ScreenId::Player) {
        back();
        go(ScreenId::Summary);
    }
}

// While hidden, the tab title counts down through the phases ahead (frames stop; JS keeps time).
static void follow_with_title(Platform& platform, const SessionEngine& e, const SessionSnapshot& s, int64_t wall_ms) {
    if (s.paused) { platform.set_title_text("Paused"); return; }
    std::vector<TitlePhase> phases;
    int64_t end = wall_ms + s.phase_remaining_ms;
    phases.push_back({session_phase_label(s), end});
    const std::vector<Phase>& tl = e.timeline();
    for (int i = s.phase_index + 1; i < (int)tl.size() && phases.size() < 60; i++) {
        end += tl[(size_t)i].duration_ms;
        phases.push_back({phase_kind_label(tl[(size_t)i].kind), end});
    }
    platform.set_title_phases(phases, "Session done");
}

// Phase changes and one "10 seconds left" per long phase; never every second.
static void follow_with_announcements(ActiveSession& session, const SessionSnapshot& s) {
    if (s.phase_index != session.announced_phase) {
        session.announced_phase = s.phase_index;
        session.announced_ten = false;
        std::string where = session_position_text(s);
        announce(std::string(session_phase_label(s)) + ": " + s.exercise_name + (where.empty() ? "" : ", " + where));
    } else if (!session.announced_ten && s.phase_total_ms > 20000 && s.phase_remaining_ms <= 10000 && !s.paused) {
        session.announced_ten = true;
        announce("10 seconds left");
    }
}

// After the screen draws, so a tap's cues (a skip's beep) go out in the same frame.
void App::run_session(FrameNeeds& needs) {
    if (!session_ || session_->over) return;
    const SessionEngine& e = *session_->engine;
    SessionSnapshot s = e.snapshot(session_now_ms_);
    session_cues_->update(e, session_now_ms_, settings(), s.paused);
    if (s.paused) platform_->release_wake_lock(); else platform_->acquire_wake_lock();
    follow_with_title(*platform_, e, s, wall_ms_);
    follow_with_announcements(*session_, s);

    if (session_cues_->next_due_ms() >= 0) needs.redraw_at(frame_ms_ + (double)(session_cues_->next_due_ms() - session_now_ms_));
    if (s.paused || s.finished) return;
    // The digits change right on the second, not up to a frame interval later (the ring's capped
    // frame rate would otherwise make the countdown tick unevenly, up to 33 ms late).
    int64_t ms_to_next_second = s.phase_remaining_ms % 1000;
    needs.redraw_at(frame_ms_ + (double)(ms_to_next_second > 0 ? ms_to_next_second : 1000));
    if (!reduce_motion()) needs.animate();
}

//-----------------------------------------------------------------------------
// [SECTION] Sessions across a reload
//-----------------------------------------------------------------------------

// After each control (start, pause, skip...): the events and the clock are all a resume needs. A
// refused write only costs the resume, so it is not retried or reported.
void App::keep_session() {
    if (!session_ || session_->saved || session_->engine->events().size() == kept_events_) return;
    SessionResume r;
    r.routine = session_->routine;
    r.prepare_ms = session_->prepare_ms;
    r.rest_between_sets_ms = session_->rest_between_sets_ms;
    r.countdown = session_->countdown;
    r.engine = session_->engine->to_json().dump();
    r.clock = clock_.save();
    r.started_wall_s = session_->started_wall_s;
    r.tz_offset_min = session_->tz_offset_min;
    r.pain_before = session_->pain_before;
    if (may_keep_session()) store_->set(progress_->storage_key("session"), resume_to_text(r));
    kept_events_ = session_->engine->events().size();
}

void App::forget_kept_session() {
    kept_events_ = 0;
    if (may_keep_session()) store_->remove(progress_->storage_key("session"));
}

// As for the rest of the data: nothing is written when storage could not be read (memory-only) or
// was written by a newer version (read-only).
bool App::may_keep_session() const { return !progress_->read_only() && !progress_->memory_only(); }

// At start-up, before the first frame: the session clock continues from the kept time plus the wall
// time since, so the engine lands on the right phase, and pauses there. A reloaded page may not make
// a sound before a tap (autoplay rules), and the person was away: Resume is that tap. One that cannot
// resume is dropped quietly.
void App::resume_kept_session() {
    StoreRead kept = store_->get(progress_->storage_key("session"));
    if (kept.status != StoreStatus::Ok || !kept.value) return;
    SessionResume r;
    std::string why;
    std::unique_ptr<SessionEngine> engine = resume_session(*kept.value, catalogue_, wall_s_ * 1000, r, why);
    if (!engine) { forget_kept_session(); return; }
    clock_.restore(r.clock);
    auto s = std::make_unique<ActiveSession>();
    s->routine = r.routine;
    s->engine = std::move(engine);
    s->started_wall_s = r.started_wall_s;
    s->tz_offset_min = r.tz_offset_min;
    s->pain_before = r.pain_before;
    s->prepare_ms = r.prepare_ms;
    s->rest_between_sets_ms = r.rest_between_sets_ms;
    s->countdown = r.countdown;
    s->resumed = true;
    session_ = std::move(s);
    pause_resumed_ = true;
    kept_events_ = session_->engine->events().size();
    go(ScreenId::Player, session_->routine.id);
}

} // namespace unclench
