// The session player: plays a SessionPlan phase by phase on time the platform passes in.
//
// Wall-clock truth: the engine never counts frames. It records controls as timestamped events
// (start, pause, resume, skip, back, +10 s, ...) and derives where the session stands at any `now` from
// the last event: position at that event + time since (unless paused), walked through the timeline.
// So a session planned for T ms ends at exactly start + T + pauses, at any frame rate, and after the
// page was hidden for minutes the next call lands on the right phase.
//
// The clock rule: every method takes `now_ms` from ONE clock, the session clock (SessionClock in
// session_clock.h: monotonic, corrected for device sleep, immune to wall-clock changes).
// The engine still defends itself: a `now` earlier than a time it has already seen counts as that
// time (no time passed, nothing negative), and a large jump forward walks through every phase in
// between; advance() reports them as passed unseen.
//
// Controls (all ignored, returning false, when they make no sense: before start, after the end,
// pause while paused, +10 s during reps):
//  - back_phase: more than 2 s into a phase restarts it, else goes to the previous phase.
//  - back_exercise: to the start (get ready) of the previous exercise; on the first, restarts it.
//  - repeat_exercise: restarts the current exercise from its get-ready.
//  - skip_phase / skip_exercise past the last phase end the session as completed.
//  - add_time: lengthens the current get-ready, hold, rest or side switch (not reps or breaths,
//    which follow their pace) for this visit of the phase only.
//  - end_early / stop_it_hurts: end now; the latter records the exercise and phase.
// Skips, backs and jumps work while paused and keep the session paused.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/enum_names.h"
#include "core/session_cues.h"
#include "core/session_plan.h"
#include "core/session_summary.h"
#include "core/session_timeline.h"

namespace unclench {

struct EngineOptions {
    CueOptions cues;
    int64_t back_restarts_after_ms = 2000;       // back_phase past this point restarts the phase
    int64_t max_add_time_ms = 10 * 60 * 1000;    // one add_time call adds at most this
};

enum class EventType { Start, Pause, Resume, SkipPhase, BackPhase, SkipExercise, BackExercise, AddTime,
                       RepeatExercise, EndEarly, StopItHurts };

// How a saved session names its events (to_json / load_json).
inline constexpr EnumName<EventType> kEventTypeNames[] = {
    {EventType::Start, "start"},
    {EventType::Pause, "pause"},
    {EventType::Resume, "resume"},
    {EventType::SkipPhase, "skip_phase"},
    {EventType::BackPhase, "back_phase"},
    {EventType::SkipExercise, "skip_exercise"},
    {EventType::BackExercise, "back_exercise"},
    {EventType::AddTime, "add_time"},
    {EventType::RepeatExercise, "repeat_exercise"},
    {EventType::EndEarly, "end_early"},
    {EventType::StopItHurts, "stop_it_hurts"},
};

struct EngineEvent {
    EventType type = EventType::Start;
    int64_t at_ms = 0;
    int64_t amount_ms = 0;    // AddTime only
};

// What advance() saw change since the last call (or the last control).
struct AdvanceResult {
    bool phase_changed = false;
    int phase = 0;                   // timeline index now showing
    std::vector<int> passed_unseen;  // phases that began and ended between two looks, in order
    bool finished_now = false;       // the session ended since the last look (reported once)
};

// Everything the player screen shows, for one `now`.
struct SessionSnapshot {
    bool started = false;
    bool paused = false;
    bool finished = false;
    EndReason end = EndReason::None;
    int64_t finished_at_ms = -1;    // session time it ended (the exact planned end when completed)

    int phase_index = 0;
    int phase_count = 0;
    PhaseKind phase_kind = PhaseKind::GetReady;
    int item_index = 0;
    int item_count = 0;
    std::string exercise_name;
    WorkKind work_kind = WorkKind::Hold;
    Side side = Side::None;
    int rep = 0, reps = 0;          // rep x of y (hold x of y for holds)
    int set = 0, sets = 0;
    int breath = 0, breaths = 0;    // breaths items during work, else 0
    MotionAt motion;                // up / hold / down or breathe in / out, for the figure

    int64_t phase_elapsed_ms = 0;
    int64_t phase_total_ms = 0;     // planned length plus any +10 s
    int64_t phase_remaining_ms = 0;
    float phase_fraction = 0.0f;    // 0..1 of the phase done
    int64_t exercise_remaining_ms = 0;
    int64_t session_remaining_ms = 0;
    bool can_add_time = false;

    std::string next_up;            // "Rest 10 s", "Switch to your left side", "Next: Cat-cow", ...
};

class SessionEngine {
public:
    explicit SessionEngine(SessionPlan plan, EngineOptions options = {});

    // Controls. Each returns true when it took effect (and was recorded).
    bool start(int64_t now_ms);
    bool pause(int64_t now_ms);
    bool resume(int64_t now_ms);
    bool skip_phase(int64_t now_ms);
    bool back_phase(int64_t now_ms);
    bool skip_exercise(int64_t now_ms);
    bool back_exercise(int64_t now_ms);
    bool add_time(int64_t now_ms, int64_t amount_ms = 10000);
    bool repeat_exercise(int64_t now_ms);
    bool end_early(int64_t now_ms);
    bool stop_it_hurts(int64_t now_ms);

    // Call every frame: what changed since the last look.
    AdvanceResult advance(int64_t now_ms);

    SessionSnapshot snapshot(int64_t now_ms) const;
    // Cues due in [now - late_ms, now + horizon_ms], in due order; late_ms lets a slightly late frame
    // still catch a cue due at a control's own instant, but nothing due before the last control is
    // returned again. None while paused, before start, or after an early end. Call every frame and
    // schedule ids not seen yet; when cue_generation() changes, cancel what was scheduled.
    std::vector<Cue> upcoming_cues(int64_t now_ms, int64_t horizon_ms, int64_t late_ms = 250) const;
    SessionSummary summary(int64_t now_ms) const;
    bool finished(int64_t now_ms) const { return snapshot(now_ms).finished; }

    // A running session survives a reload: save the recorded events, replay them on the same plan.
    nlohmann::json to_json() const;
    bool load_json(const nlohmann::json& json, std::string& error);

    const SessionPlan& plan() const { return plan_; }
    const std::vector<Phase>& timeline() const { return timeline_; }
    const std::vector<EngineEvent>& events() const { return events_; }
    uint32_t cue_generation() const { return state_.generation; }
    int64_t planned_ms() const { return planned_ms_; }

private:
    // Everything derived from the events; rebuilt exactly by replaying them.
    struct State {
        bool started = false;
        bool paused = false;
        bool finished = false;
        EndReason end = EndReason::None;
        int64_t anchor_ms = 0;      // time of the last event (or of the end)
        int phase = 0;              // position at anchor_ms
        int64_t into_ms = 0;
        int64_t extra_ms = 0;       // +10 s added to this visit of `phase`
        int stopped_phase = -1;
        int64_t paused_ms = 0;
        uint32_t generation = 0;
        std::vector<PhaseRecord> records;
    };

    bool apply(const EngineEvent& event);
    bool apply_to(State& s, const EngineEvent& event) const;
    void settle(State& s, int64_t t) const;
    void jump_to(State& s, int phase, int64_t t) const;
    void finish(State& s, EndReason reason, int64_t t) const;
    bool control(EventType type, int64_t now_ms, int64_t amount_ms = 0);
    int64_t clamp_time(int64_t now_ms) const;
    int64_t phase_total(const State& s) const;
    bool can_add_time(const State& s) const;
    int first_phase_of_item(int item) const;
    std::string next_up_text(int phase) const;
    void note_unseen(int from_phase, int to_phase);

    SessionPlan plan_;
    EngineOptions options_;
    std::vector<Phase> timeline_;
    std::vector<int64_t> after_ms_;       // planned ms of all phases after each phase
    std::vector<int64_t> item_end_ms_;    // planned offset where each item ends
    int64_t planned_ms_ = 0;
    std::vector<EngineEvent> events_;
    State state_;
    int64_t seen_ms_ = 0;                 // latest `now` seen by advance or a control

    // What the screen last showed, for advance().
    int observed_phase_ = 0;
    bool observed_finished_ = false;
    bool changed_by_control_ = false;
    std::vector<int> pending_unseen_;
};

} // namespace unclench
