// The app: owns the person's data (through core), the running session and care timer, the theme and
// the screen stack; draws one frame when asked. It is the only writer of state: screens (ui/screens.h)
// read it and call its intents, and it runs the work that goes on whatever screen is shown (the
// session's cues, the care timer, saves to retry) every frame. The device is reached only through the
// Platform it is given (ui/platform.h).
//
// Index of this file:
// [SECTION] Screens and routes
// [SECTION] A frame's needs
// [SECTION] The session being played
// [SECTION] App
#pragma once
#include <imgui.h>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/episode_chart.h"
#include "core/frame_pacer.h"
#include "core/key_value_store.h"
#include "core/lessons.h"
#include "core/progress_notice.h"
#include "core/progress_backup.h"
#include "core/progress_store.h"
#include "core/recovery_plan.h"
#include "core/routine.h"
#include "core/save_retry.h"
#include "core/session_clock.h"
#include "core/session_engine.h"
#include "ui/care_runner.h"
#include "ui/cue_player.h"
#include "ui/theme.h"
#include "ui/ui_context.h"

namespace unclench {

class Platform;

//-----------------------------------------------------------------------------
// [SECTION] Screens and routes
//-----------------------------------------------------------------------------

enum class ScreenId {
    Home, Routines, RoutineDetail, Player, Summary, Settings, About,   // the main flow
    Exercises, ExerciseDetail,                                         // exercise library with figures
    Care, CareTimer,                                                   // home care timers and schedule
    Progress,                                                          // history, pain chart, backup
    Safety,                                                            // red-flag check
    Builder, Share, SharedRoutine,                                     // prescribe and share
    SpasmCheck,                                                        // "Is your back in spasm right now?"
    EpisodeStart, CheckIn, Lessons, Lesson,                            // the recovery companion
    SharedPlan, PlanMaker,                                             // a clinician's plan by link
    Count
};
const char* screen_id_name(ScreenId id);   // "home", "routine", "player", ... (diagnostics, tests)

// "My back has gone": what the episode's first screen asks.
struct EpisodeStart {
    int days_ago = 0;                      // when it started: 0 today, 1 yesterday, ...
    bool after_injury = false;             // it followed a strain or injury
    int pain = -1;                         // 0-10 now
    std::vector<std::string> activities;   // 1-3 hard activities, in the person's words
};

// What one visit to a screen keeps between frames (a form being filled in, a choice not yet saved).
// Each screen derives its own; it lives with the route, so Back forgets it and a new visit starts afresh.
struct ScreenState {
    virtual ~ScreenState() = default;
};

// A screen on the stack, with what it shows (a routine, exercise or care protocol id).
struct Route {
    ScreenId screen = ScreenId::Home;
    std::string param;
    std::shared_ptr<ScreenState> state;   // made by the screen on first use (screen_state<T>)
};

//-----------------------------------------------------------------------------
// [SECTION] A frame's needs
//-----------------------------------------------------------------------------

// What the next frame needs: keep animating, or a redraw at a future time (FramePacer::kNever: none).
struct FrameNeeds {
    bool animating = false;
    double redraw_at_ms = FramePacer::kNever;
    void animate() { animating = true; }
    void redraw_at(double ms) { if (ms < redraw_at_ms) redraw_at_ms = ms; }
};

//-----------------------------------------------------------------------------
// [SECTION] The session being played
//-----------------------------------------------------------------------------

// The Player's controls, as intents (App::control_session).
enum class SessionControl { Pause, Resume, BackPhase, SkipPhase, AddTime, SkipExercise, EndEarly, StopItHurts };

// The session being played, with what the summary screen needs after it ends.
struct ActiveSession {
    Routine routine;
    std::unique_ptr<SessionEngine> engine;
    int64_t started_wall_s = 0;   // epoch seconds when it started
    int tz_offset_min = 0;
    int pain_before = kNoPain;
    int prepare_ms = 0, rest_between_sets_ms = 0;   // the plan's settings, kept for a resume
    bool countdown = true;
    bool saved = false;
    bool resumed = false;   // brought back after a reload: paused until the person goes on
    bool over = false;      // finished and its surroundings (cues, title, wake lock) let go
    int announced_phase = -1;   // what a screen reader was last told
    bool announced_ten = false;
};

//-----------------------------------------------------------------------------
// [SECTION] App
//-----------------------------------------------------------------------------

class App {
public:
    // Start-up -------------------------------------------------------------------------------------
    App();
    ~App();
    void init(Platform& platform, std::unique_ptr<KeyValueStore> store, const std::string& storage_namespace);
    void tick(int64_t monotonic_ms, int64_t wall_ms, int tz_offset_min);   // read the clocks, each frame
    FrameNeeds frame(double now_ms);
    ImVec4 background() const { return ImGui::ColorConvertU32ToFloat4(theme_.pal.bg); }
    const char* screen_id() const { return screen_id_name(route().screen); }
    // The screen the last frame drew: a tap may route elsewhere mid-frame, and diagnostics report the
    // screen together with the widgets the mirror holds, which are that frame's.
    const char* drawn_screen_id() const { return screen_id_name(drawn_); }

    // Navigation -------------------------------------------------------------------------------------
    void go(ScreenId screen, std::string param = {});
    void back();
    void home();
    const Route& route() const { return stack_.back(); }
    size_t depth() const { return stack_.size(); }
    // The current route's screen state, made on first use. Each screen asks for its own type only.
    template <typename T> T& screen_state() {
        std::shared_ptr<ScreenState>& s = stack_.back().state;
        if (!s) s = std::make_shared<T>();
        return static_cast<T&>(*s);
    }

    // Data -------------------------------------------------------------------------------------------
    const Catalogue& catalogue() const { return catalogue_; }
    const std::vector<Routine>& builtin_routines() const { return routines_; }
    const std::vector<Lesson>& lessons() const { return lessons_; }
    std::vector<std::string> lesson_ids() const;

    // The recovery companion (app_recovery.cpp): the back episode, its daily check-in and plan --------
    const RecoveryRecord& recovery() const { return progress_->data().recovery; }
    const Episode* episode() const;
    int64_t today() const;                                // the local day number of the wall clock
    DayPlan today_plan() const;                           // empty without an episode
    PlanStatus plan_status_today() const;
    EpisodeChart episode_chart_today() const;             // Progress's episode view; empty without an episode
    // "My back has gone": a new episode, and the emergency signs asked again before anything starts.
    void start_episode(const EpisodeStart& start);
    PlanChange check_in(int pain, const std::vector<ActivityScore>& scores);
    void set_activities(const std::vector<std::string>& names);   // rename, add, retire to match
    void tick_plan_item(const std::string& key);          // the person ticks a walk or the hourly move
    void dismiss_clinician_card();
    void tick_care_in_plan(const std::string& protocol_id);   // a finished care timer
    // An exercise that hurt: played at half, left out (a choice), or back as usual (no choice: felt fine).
    void set_hurt(const std::string& exercise_id, std::optional<HurtChoice> choice);
    void read_lesson(const std::string& id);              // marked read
    void speak_lesson(const Lesson& lesson);              // read aloud with the voice setting
    void end_episode();                                   // "My back has settled"
    // A clinician's plan from a link (app_plan_link.cpp): followed at once during an episode, or kept
    // until "My back has gone" starts one. The app changes no phase until control is handed back.
    void follow_clinician_plan(const ClinicianPlan& plan);
    const ClinicianPlan* plan_waiting_for_episode() const { return plan_pending_ ? &*plan_pending_ : nullptr; }
    void hand_back_plan();
    std::vector<std::string> builtin_routine_ids() const;
    const std::vector<Routine>& custom_routines() const;   // parsed from storage, invalid ones skipped
    const Routine* find_routine(const std::string& id) const;   // built-in or custom
    const ProgressStore& progress() const { return *progress_; }
    const Settings& settings() const { return progress_->data().settings; }
    void save_settings(const Settings& settings);
    void save_safety(const SafetyRecord& safety);
    void save_routine(const Routine& routine);            // a custom routine, added or replaced
    void add_care_session(const CareSession& care);
    int import_backup(const Backup& backup);              // merged; how many sessions were new
    void storage_changed(const std::string& key);         // another tab wrote this key
    // Small records kept beside the progress data (the care plan), under the same rules: nothing is
    // written when storage is memory-only or was written by a newer version.
    std::optional<std::string> read_extra(const std::string& suffix) const;
    void write_extra(const std::string& suffix, const std::string& text);
    const Notices& notices() const { return notices_; }
    void add_notices(const Notices& more);
    void dismiss_notices() { notices_.clear(); }
    void retry_saves();                                   // pending saves tried now; the banner says how it went
    void retry_saves_soon() { save_retry_.soon(); }       // on the next frame (another tab wrote, page shown)
    void delete_all_data();                               // every key and all memory; nothing left to retry
    std::string load_error() const { return load_error_; }

    // Time: the session clock (ms, monotonic, sleep-corrected) and the wall clock (epoch seconds).
    int64_t now_ms() const { return session_now_ms_; }
    double frame_ms() const { return frame_ms_; }   // the frame clock FrameNeeds::redraw_at uses
    int64_t wall_s() const { return wall_s_; }
    int64_t wall_ms() const { return wall_ms_; }
    int tz_offset_min() const { return tz_offset_min_; }

    // Sessions ---------------------------------------------------------------------------------------
    // Starts the routine, or opens the safety check instead while it blocks routines; false then. A
    // routine not meant for a fresh spasm first asks "Is your back in spasm right now?" (false then too).
    bool start_routine(const Routine& routine, int pain_before = kNoPain);
    // The answer to that question: a yes starts Relief now instead, a no starts the routine asked for.
    void answer_spasm_question(bool in_spasm);
    const Routine* routine_waiting_for_spasm_answer() const { return spasm_pending_ ? &spasm_pending_->routine : nullptr; }
    const ActiveSession* session() const { return session_ ? session_.get() : nullptr; }
    void control_session(SessionControl control);
    // The Summary's Save: tells an embedding clinic, writes the session to history, closes it, goes Home.
    void finish_session(int pain_after, std::string note);
    // A session survives a reload (core/session_resume.h): kept after each control, resumed at start.
    void resume_kept_session();

    // Home care: the running timer and the reminders.
    CareRunner& care() { return *care_; }

    // Page requests: a clinic's theme and accent, links opened into the app.
    void set_theme_from_page(Theme theme, const std::optional<std::string>& accent);

    UiTheme& theme() { return theme_; }
    bool reduce_motion() const;
    Platform& platform() { return *platform_; }
    bool first_run_check_offered = false;   // once per page load (ui/safety_gate.cpp)

private:
    static constexpr int64_t kSpasmAnswerHoldsS = 4 * 3600;
    bool spasm_answer_fresh() const;
    void save_session(int pain_after, const std::string& note);
    void save_recovery(const RecoveryRecord& record);
    void wake_for_new_day(FrameNeeds& needs) const;   // the plan turns over at local midnight
    void plan_after_session(const SessionRecord& rec, const SessionSummary& sum);   // ticks; a hurt steps back
    void tell_clinic_phase_changed(const Episode& episode, const PlanChange& change);
    void apply_clinician_plan(Episode& episode, const ClinicianPlan& plan);   // and tells the clinic's page
    void close_session();
    void advance_session();
    void run_session(FrameNeeds& needs);
    void apply_page_requests();
    void keep_accent();
    void sync_theme();
    void load_data();
    void draw_screen(FrameNeeds& needs);
    void keep_saving(FrameNeeds& needs);
    void keep_session();
    void forget_kept_session();
    bool may_keep_session() const;

    Platform* platform_ = nullptr;
    UiContext ui_;
    UiTheme theme_;
    std::vector<Route> stack_{Route{}};
    // A move between screens asked for while a screen draws; applied once it has returned.
    struct NavStep {
        enum Kind { Go, Back, Home } kind;
        ScreenId screen;
        std::string param;
    };
    void navigate(NavStep step);
    void apply(NavStep& step);
    void apply_deferred_navigation();
    std::vector<NavStep> nav_;
    bool drawing_ = false;
    ScreenId drawn_ = ScreenId::Home;
    bool applied_dark_ = false;
    float applied_text_scale_ = 0;

    Catalogue catalogue_;
    std::vector<Routine> routines_;
    std::vector<Lesson> lessons_;
    std::string load_error_;
    std::unique_ptr<KeyValueStore> store_;
    std::unique_ptr<ProgressStore> progress_;
    Notices notices_;
    SaveRetry save_retry_;
    // Custom routines parsed once per change of their stored text, not once per frame and screen.
    mutable std::vector<CustomRoutine> parsed_from_;
    mutable std::vector<Routine> custom_;

    SessionClock clock_;
    int64_t session_now_ms_ = 0;
    double frame_ms_ = 0;
    int64_t wall_s_ = 0, wall_ms_ = 0;
    int tz_offset_min_ = 0;
    std::unique_ptr<ActiveSession> session_;
    struct PendingStart {
        Routine routine;
        int pain_before;
    };
    std::optional<ClinicianPlan> plan_pending_;   // a plan link followed before any episode began
    std::optional<PendingStart> spasm_pending_;   // waiting for the spasm question's answer
    int64_t not_in_spasm_at_ = -1;                // when the person last said no (wall s): asked once
    std::unique_ptr<CuePlayer> session_cues_;
    std::unique_ptr<CareRunner> care_;
    bool page_started_ = false;       // the address's own link is opened once
    std::string accent_;              // "#rrggbb" from the clinic, or empty
    std::string shaded_for_;          // the accent and theme `shaded_` was worked out for
    PaletteColours shaded_;
    size_t kept_events_ = 0;   // the session's event count when it was last kept
    bool pause_resumed_ = false;   // pause the resumed session at the first clock reading
};

} // namespace unclench
