// The App's screens, start-up, data and frame. Sessions are in app_session.cpp, requests from the page
// (a clinic's commands, links) in app_page_requests.cpp.
//
// Index of this file:
// [SECTION] Screens
// [SECTION] Start-up
// [SECTION] Data
// [SECTION] Routines
// [SECTION] Frame
#include "ui/app.h"

#include <algorithm>

#include "core/catalogue_json.h"
#include "core/enum_names.h"
#include "ui/embedded_assets.h"
#include "ui/mirror.h"
#include "ui/platform.h"
#include "ui/safety_gate.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace unclench {

//-----------------------------------------------------------------------------
// [SECTION] Screens
//-----------------------------------------------------------------------------

static constexpr EnumName<ScreenId> kScreenNames[] = {
    {ScreenId::Home, "home"},           {ScreenId::Routines, "routines"},     {ScreenId::RoutineDetail, "routine"},
    {ScreenId::Player, "player"},       {ScreenId::Summary, "summary"},       {ScreenId::Settings, "settings"},
    {ScreenId::About, "about"},         {ScreenId::Exercises, "exercises"},   {ScreenId::ExerciseDetail, "exercise"},
    {ScreenId::Care, "care"},           {ScreenId::CareTimer, "care-timer"},  {ScreenId::Progress, "progress"},
    {ScreenId::Safety, "safety"},       {ScreenId::Builder, "builder"},       {ScreenId::Share, "share"},
    {ScreenId::SharedRoutine, "shared-routine"}, {ScreenId::SpasmCheck, "spasm-check"},
    {ScreenId::EpisodeStart, "episode-start"}, {ScreenId::CheckIn, "check-in"}, {ScreenId::Lessons, "lessons"},
    {ScreenId::Lesson, "lesson"},       {ScreenId::SharedPlan, "shared-plan"}, {ScreenId::PlanMaker, "plan-maker"}};
static_assert(sizeof(kScreenNames) / sizeof(kScreenNames[0]) == (size_t)ScreenId::Count, "a name per screen");

const char* screen_id_name(ScreenId id) { return name_of(kScreenNames, id, "unknown"); }

using DrawFn = void (*)(App&, FrameNeeds&);
static const DrawFn kDraw[] = {draw_home, draw_routines, draw_routine_detail, draw_player, draw_summary,
                               draw_settings, draw_about, draw_exercises, draw_exercise_detail, draw_care,
                               draw_care_timer, draw_progress, draw_safety, draw_builder, draw_share,
                               draw_shared_routine, draw_spasm_check, draw_episode_start, draw_check_in,
                               draw_lessons, draw_lesson, draw_shared_plan, draw_plan_maker};
static_assert(sizeof(kDraw) / sizeof(kDraw[0]) == (size_t)ScreenId::Count, "a function per screen");

// While a screen draws, its own route (and the state that lives with it) must outlive the draw: a
// Back tapped in the title bar would otherwise free the form the rest of the screen is still reading.
// So moves asked for during the draw wait in nav_ until the screen has returned.
void App::go(ScreenId screen, std::string param) { navigate({NavStep::Go, screen, std::move(param)}); }
void App::back() { navigate({NavStep::Back, ScreenId::Home, {}}); }
void App::home() { navigate({NavStep::Home, ScreenId::Home, {}}); }

void App::navigate(NavStep step) {
    if (drawing_) nav_.push_back(std::move(step));
    else apply(step);
}

void App::apply(NavStep& step) {
    switch (step.kind) {
    case NavStep::Go: stack_.push_back({step.screen, std::move(step.param), nullptr}); break;
    case NavStep::Back: if (stack_.size() > 1) stack_.pop_back(); break;
    case NavStep::Home: stack_.resize(1); break;
    }
}

void App::apply_deferred_navigation() {
    std::vector<NavStep> steps = std::move(nav_);
    nav_.clear();
    for (NavStep& step : steps) apply(step);
}

//-----------------------------------------------------------------------------
// [SECTION] Start-up
//-----------------------------------------------------------------------------

App::App() = default;
App::~App() = default;

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
    auto lessons = load_lessons(find_asset("lessons.json").text());
    if (!lessons.ok()) {
        load_error_ = "The lessons are damaged: " + to_string(lessons.problems.front());
        return;
    }
    lessons_ = std::move(*lessons.data);
}

void App::init(Platform& platform, std::unique_ptr<KeyValueStore> store, const std::string& storage_namespace) {
    platform_ = &platform;
    ui_.theme = &theme_;
    set_ui_context(&ui_);
    session_cues_ = std::make_unique<CuePlayer>(platform);
    care_ = std::make_unique<CareRunner>(*this);
    theme_.load_fonts();
    load_data();
    store_ = std::move(store);
    progress_ = std::make_unique<ProgressStore>(*store_, storage_namespace);
    platform.perf_mark("unclench:progress-load-start");   // scripts/bench.sh times the load
    add_notices(progress_->load(wall_s_));
    platform.perf_mark("unclench:progress-load-end");
    care_->load_plan();
    sync_theme();
    resume_kept_session();
}

void App::tick(int64_t monotonic_ms, int64_t wall_ms, int tz_offset_min) {
    session_now_ms_ = clock_.read(monotonic_ms, wall_ms);
    wall_ms_ = wall_ms;
    wall_s_ = wall_ms / 1000;
    tz_offset_min_ = tz_offset_min;
    if (pause_resumed_ && session_) session_->engine->pause(session_now_ms_);   // no-op if paused or over
    pause_resumed_ = false;
}

//-----------------------------------------------------------------------------
// [SECTION] Data
//-----------------------------------------------------------------------------

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
    bool dark = s.theme == Theme::Dark || (s.theme == Theme::System && platform_->prefers_dark());
    float text_scale = (float)s.text_size_percent / 100.0f;
    if (dark == applied_dark_ && text_scale == applied_text_scale_) return;
    theme_.apply(dark, text_scale);
    applied_dark_ = dark;
    applied_text_scale_ = text_scale;
}

bool App::reduce_motion() const { return settings().reduce_motion || platform_->prefers_reduced_motion(); }

void App::save_settings(const Settings& s) { add_notices(progress_->save_settings(clamp_settings(s))); }
void App::save_safety(const SafetyRecord& safety) { add_notices(progress_->save_safety(safety)); }
void App::add_care_session(const CareSession& care) { add_notices(progress_->add_care_session(care)); }

void App::save_routine(const Routine& routine) {
    add_notices(progress_->save_routine(CustomRoutine{routine.id, routine_to_json(routine).dump()}));
}

int App::import_backup(const Backup& backup) {
    size_t before = progress_->data().sessions.size() + progress_->data().care.size();
    add_notices(unclench::import_backup(*progress_, backup, ImportChoices{}));
    size_t after = progress_->data().sessions.size() + progress_->data().care.size();
    return (int)(after - before);
}

void App::storage_changed(const std::string& key) {
    add_notices(progress_->on_storage_event(key));
    if (key.empty() || key == progress_->storage_key("care-plan")) care_->load_plan();
    retry_saves_soon();
}

std::optional<std::string> App::read_extra(const std::string& suffix) const {
    StoreRead read = store_->get(progress_->storage_key(suffix));
    if (read.status != StoreStatus::Ok || !read.value) return std::nullopt;
    return read.value;
}

// A refused write of these small records costs only themselves (kept in memory meanwhile): it is not
// retried or reported.
void App::write_extra(const std::string& suffix, const std::string& text) {
    if (may_keep_session()) store_->set(progress_->storage_key(suffix), text);
}

//-----------------------------------------------------------------------------
// [SECTION] Routines
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
// [SECTION] Frame
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

// The order matters: requests from outside and the session's clock move state first, the screen draws
// what is then true, and the work that follows state (cues, titles, saves) runs after the screen, so
// a tap's effect is heard in the frame that saw the tap.
FrameNeeds App::frame(double now_ms) {
    frame_ms_ = now_ms;
    set_ui_context(&ui_);
    apply_page_requests();
    sync_theme();
    mirror_begin_frame();
    FrameNeeds needs;
    open_first_run_check(*this);   // once per page load: the red-flag check comes before anything else
    advance_session();
    size_t depth = stack_.size();
    ScreenId before = route().screen;
    drawn_ = before;
    drawing_ = true;
    draw_screen(needs);
    drawing_ = false;
    apply_deferred_navigation();
    // A screen the app opened by itself (a session that ended, a link) is drawn at once, not at the next input.
    if (stack_.size() != depth || route().screen != before) needs.redraw_at(now_ms);
    run_session(needs);
    care_->tick(needs);
    keep_saving(needs);
    wake_for_new_day(needs);
    keep_session();
    if (widgets_animating()) needs.animate();
    return needs;
}

} // namespace unclench
