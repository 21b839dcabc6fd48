#include "ui/app.h"

#include <algorithm>
#include <random>

#include "core/catalogue_json.h"
#include "core/history_record.h"
#include "core/routine_plan.h"
#include "core/session_resume.h"
#include "platform/perf_mark.h"
#include "platform/system_prefs.h"
#include "ui/embedded_assets.h"
#include "ui/mirror.h"
#include "ui/safety_gate.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Screens
//-----------------------------------------------------------------------------

static const char* kScreenNames[] = {"home", "routines", "routine", "player", "summary", "settings", "about",
                                     "exercises", "exercise", "care", "care-timer", "progress", "safety",
                                     "builder", "share", "shared-routine"};
static_assert(sizeof(kScreenNames) / sizeof(kScreenNames[0]) == (size_t)ScreenId::Count, "a name per screen");

const char* screen_id_name(ScreenId id) { return kScreenNames[(int)id]; }

using DrawFn = void (*)(App&, FrameNeeds&);
static const DrawFn kDraw[] = {draw_home, draw_routines, draw_routine_detail, draw_player, draw_summary,
                               draw_settings, draw_about, draw_exercises, draw_exercise_detail, draw_care,
                               draw_care_timer, draw_progress, draw_safety, draw_builder, draw_share,
                               draw_shared_routine};
static_assert(sizeof(kDraw) / sizeof(kDraw[0]) == (size_t)ScreenId::Count, "a function per screen");

void App::go(ScreenId screen, std::string param) { stack_.push_back({screen, std::move(param)}); }
void App::back() { if (stack_.size() > 1) stack_.pop_back(); }
void App::home() { stack_.resize(1); }

//-----------------------------------------------------------------------------
// Start-up
//-----------------------------------------------------------------------------

void App::load_data() {
    auto cat = load_catalogue(find_asset("catalogue.json").text());
    if (!cat.ok()) {
        load_error_ = "The exercise catalogue is damaged: " + to_string(cat.problems.front());
        return;
    }
    catalogue_ = std::move(*cat.data);
    auto routines = load_routines(find_asset("routines.json").text(), catalogue_);
    if (!routines.ok()) {
        load_error_ = "The built-in routines are damaged: " + to_string(routines.problems.front());
        return;
    }
    routines_ = std::move(*routines.data);
}

void App::init(std::unique_ptr<KeyValueStore> store, const std::string& storage_namespace) {
    theme_.load_fonts();
    set_widget_theme(&theme_);
    load_data();
    store_ = std::move(store);
    progress_ = std::make_unique<ProgressStore>(*store_, storage_namespace);
    web::perf_mark("unclench:progress-load-start");   // scripts/bench.sh times the load
    add_notices(progress_->load(wall_s_));
    web::perf_mark("unclench:progress-load-end");
    sync_theme();
    resume_kept_session();
}

void App::tick(int64_t monotonic_ms, int64_t wall_ms, int tz_offset_min) {
    session_now_ms_ = clock_.read(monotonic_ms, wall_ms);
    wall_s_ = wall_ms / 1000;
    tz_offset_min_ = tz_offset_min;
    if (pause_resumed_ && session_) session_->engine->pause(session_now_ms_);   // no-op if paused or over
    pause_resumed_ = false;
}

// A new storage problem makes an earlier "saved" untrue: it goes, so the banner never says both.
void App::add_notices(const Notices& more) {
    auto problem = [](const Notice& n) { return is_storage_problem(n.kind); };
    auto saved = [](const Notice& n) { return n.kind == NoticeKind::Saved; };
    if (std::any_of(more.begin(), more.end(), problem))
        notices_.erase(std::remove_if(notices_.begin(), notices_.end(), saved), notices_.end());
    notices_.insert(notices_.end(), more.begin(), more.end());
}

// Whether it worked is told by the next frame (SaveRetry sees nothing waiting), however it got saved.
void App::retry_saves() { notices_ = notices_after_retry(notices_, progress_->retry_pending()); }

// Nothing is left waiting, and nothing was saved: the retry timer starts afresh without a "saved".
void App::delete_all_data() {
    dismiss_notices();
    add_notices(progress_->delete_all());
    save_retry_ = SaveRetry{};
}

// Refused saves are tried again by themselves; the wake-up keeps an idle app on time.
void App::keep_saving(FrameNeeds& needs) {
    RetryAction action = save_retry_.on_frame(progress_->waiting_to_save(), frame_ms_);
    if (action == RetryAction::Retry) retry_saves();
    if (action == RetryAction::TellSaved) notices_ = notices_once_saved(notices_);
    if (action != RetryAction::None) needs.redraw_at(frame_ms_);   // show how it went
    needs.redraw_at(save_retry_.next_ms());
}

// The theme follows the system's light/dark setting unless the person chose one.
void App::sync_theme() {
    const Settings& s = settings();
    bool dark = s.theme == Theme::Dark || (s.theme == Theme::System && system_prefers_dark());
    float text_scale = (float)s.text_size_percent / 100.0f;
    if (dark == applied_dark_ && text_scale == applied_text_scale_) return;
    theme_.apply(dark, text_scale);
    applied_dark_ = dark;
    applied_text_scale_ = text_scale;
}

bool App::reduce_motion() const { return settings().reduce_motion || system_prefers_reduced_motion(); }

void App::save_settings(const Settings& s) { add_notices(progress_->save_settings(clamp_settings(s))); }

//-----------------------------------------------------------------------------
// Routines
//-----------------------------------------------------------------------------

static bool same_routines(const std::vector<CustomRoutine>& a, const std::vector<CustomRoutine>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); i++)
        if (a[i].id != b[i].id || a[i].json != b[i].json) return false;
    return true;
}

const std::vector<Routine>& App::custom_routines() const {
    const std::vector<CustomRoutine>& stored = progress_->data().routines;
    if (same_routines(stored, parsed_from_)) return custom_;
    custom_.clear();
    for (const CustomRoutine& c : stored) {
        auto r = load_routine(std::string_view(c.json), catalogue_);
        if (r.ok()) custom_.push_back(std::move(*r.data));
    }
    parsed_from_ = stored;
    return custom_;
}

const Routine* App::find_routine(const std::string& id) const {
    for (const Routine& r : routines_)
        if (r.id == id) return &r;
    for (const Routine& r : custom_routines())
        if (r.id == id) return &r;
    return nullptr;
}

//-----------------------------------------------------------------------------
// Sessions
//-----------------------------------------------------------------------------

static PlanSettings plan_settings(const Settings& s) {
    PlanSettings p;
    p.prepare_ms = s.get_ready_seconds * 1000;
    p.rest_between_sets_ms = s.rest_seconds * 1000;
    return p;
}

void App::start_routine(const Routine& routine, int pain_before) {
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
    go(ScreenId::Player, routine.id);
}

static SessionEnd session_end(EndReason reason) {
    return reason == EndReason::StoppedItHurts ? SessionEnd::Pain
         : reason == EndReason::EndedEarly ? SessionEnd::Early : SessionEnd::Completed;
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
    rec.ended = session_end(sum.end);
    if (rec.ended == SessionEnd::Pain) {
        rec.pain_item = sum.stopped_item;
        rec.pain_phase = phase_kind_name(sum.stopped_phase_kind);
    }
    rec.pain_before = session_->pain_before;
    rec.pain_after = pain_after;
    rec.note = note;
    web::perf_mark("unclench:save-session-start");   // scripts/bench.sh times the save
    add_notices(progress_->add_session(rec));
    web::perf_mark("unclench:save-session-end");
    session_->saved = true;
}

void App::close_session() {
    session_.reset();
    forget_kept_session();
}

//-----------------------------------------------------------------------------
// Sessions across a reload
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

//-----------------------------------------------------------------------------
// Frame
//-----------------------------------------------------------------------------

void App::draw_screen(FrameNeeds& needs) {
    if (!load_error_.empty()) {   // nothing can work without the catalogue: say so plainly
        begin_screen("Unclench", false);
        paragraph(load_error_.c_str());
        end_screen();
        return;
    }
    kDraw[(int)route().screen](*this, needs);
}

FrameNeeds App::frame(double now_ms) {
    frame_ms_ = now_ms;
    sync_theme();
    mirror_begin_frame();
    FrameNeeds needs;
    open_first_run_check(*this);   // once per page load: the red-flag check comes before anything else
    size_t depth = stack_.size();
    ScreenId before = route().screen;
    drawn_ = before;
    draw_screen(needs);
    // A screen the app opened by itself (a session that ended, a link) is drawn at once, not at the next input.
    if (stack_.size() != depth || route().screen != before) needs.redraw_at(now_ms);
    keep_saving(needs);
    keep_session();
    if (widgets_animating()) needs.animate();
    return needs;
}

} // namespace unclench
