#include "core/session_engine.h"

#include <algorithm>
#include <utility>

namespace unclench {

//-----------------------------------------------------------------------------
// Construction
//-----------------------------------------------------------------------------

namespace {
// Times beyond 30,000 years either way are nonsense (a corrupt save, a broken clock); keeping them
// inside this range keeps every difference and sum far from overflow.
const int64_t kTimeLimitMs = 1000000000000000LL;
int64_t sane_time(int64_t t) { return std::clamp(t, -kTimeLimitMs, kTimeLimitMs); }
} // namespace

SessionEngine::SessionEngine(SessionPlan plan, EngineOptions options)
    : plan_(std::move(plan)), options_(options), timeline_(build_timeline(plan_)) {
    const int n = (int)timeline_.size();
    after_ms_.assign(timeline_.size(), 0);
    for (int i = n - 2; i >= 0; i--)
        after_ms_[i] = after_ms_[i + 1] + timeline_[i + 1].duration_ms;
    item_end_ms_.assign(plan_.items.size(), 0);
    for (const Phase& p : timeline_) {
        item_end_ms_[p.item] = p.start_ms + p.duration_ms;
        planned_ms_ += p.duration_ms;
    }
    state_.records.assign(timeline_.size(), PhaseRecord{});
}

//-----------------------------------------------------------------------------
// Deriving the position: walk from the last event through the timeline
//-----------------------------------------------------------------------------

int64_t SessionEngine::phase_total(const State& s) const {
    return timeline_[s.phase].duration_ms + s.extra_ms;
}

void SessionEngine::finish(State& s, EndReason reason, int64_t t) const {
    s.finished = true;
    s.end = reason;
    s.anchor_ms = t;
}

// Moves the state from its anchor to time t. Pure arithmetic on recorded times: calling it once for
// an hour or 216000 times for 1/60 s each gives the same result to the millisecond.
void SessionEngine::settle(State& s, int64_t t) const {
    if (!s.started || s.finished || t <= s.anchor_ms) return;
    if (s.paused) {
        s.paused_ms += t - s.anchor_ms;
        s.anchor_ms = t;
        return;
    }
    int64_t left = t - s.anchor_ms;
    while (left > 0) {
        const int64_t remain = phase_total(s) - s.into_ms;
        PhaseRecord& r = s.records[s.phase];
        if (left < remain) {
            s.into_ms += left;
            r.played_ms += left;
            break;
        }
        r.played_ms += remain;
        r.completions++;
        left -= remain;
        if (s.phase + 1 == (int)timeline_.size()) {
            s.into_ms = phase_total(s);
            finish(s, EndReason::Completed, t - left);   // the exact planned end, not the frame time
            return;
        }
        s.phase++;
        s.into_ms = 0;
        s.extra_ms = 0;
    }
    s.anchor_ms = t;
}

void SessionEngine::jump_to(State& s, int phase, int64_t t) const {
    s.generation++;
    s.extra_ms = 0;
    s.into_ms = 0;
    if (phase >= (int)timeline_.size()) {
        s.phase = (int)timeline_.size() - 1;
        s.into_ms = phase_total(s);
        finish(s, EndReason::Completed, t);
        return;
    }
    s.phase = std::max(phase, 0);
}

int SessionEngine::first_phase_of_item(int item) const {
    for (int i = 0; i < (int)timeline_.size(); i++)
        if (timeline_[i].item >= item) return i;
    return (int)timeline_.size();
}

bool SessionEngine::can_add_time(const State& s) const {
    if (!s.started || s.finished || timeline_.empty()) return false;
    const Phase& p = timeline_[s.phase];
    return p.kind != PhaseKind::Work || plan_.items[p.item].kind == WorkKind::Hold;
}

//-----------------------------------------------------------------------------
// Events
//-----------------------------------------------------------------------------

bool SessionEngine::apply_to(State& s, const EngineEvent& e) const {
    if (e.type == EventType::Start) {
        if (s.started) return false;
        s.started = true;
        s.anchor_ms = sane_time(e.at_ms);
        s.generation++;
        if (timeline_.empty()) finish(s, EndReason::Completed, s.anchor_ms);
        return true;
    }
    const int64_t t = std::max(sane_time(e.at_ms), s.anchor_ms);
    settle(s, t);
    if (!s.started || s.finished) return false;
    const int item = timeline_[s.phase].item;
    switch (e.type) {
    case EventType::Start:
        return false;
    case EventType::Pause:
        if (s.paused) return false;
        s.paused = true;
        s.generation++;
        return true;
    case EventType::Resume:
        if (!s.paused) return false;
        s.paused = false;
        s.generation++;
        return true;
    case EventType::SkipPhase:
        jump_to(s, s.phase + 1, t);
        return true;
    case EventType::BackPhase:
        jump_to(s, s.into_ms > options_.back_restarts_after_ms ? s.phase : s.phase - 1, t);
        return true;
    case EventType::SkipExercise:
        jump_to(s, first_phase_of_item(item + 1), t);
        return true;
    case EventType::BackExercise: {
        const int first = first_phase_of_item(item);
        jump_to(s, first == 0 ? 0 : first_phase_of_item(timeline_[first - 1].item), t);
        return true;
    }
    case EventType::RepeatExercise:
        jump_to(s, first_phase_of_item(item), t);
        return true;
    case EventType::AddTime:
        if (!can_add_time(s) || e.amount_ms <= 0 || e.amount_ms > options_.max_add_time_ms) return false;
        s.extra_ms += e.amount_ms;
        s.generation++;
        return true;
    case EventType::EndEarly:
        s.generation++;
        finish(s, EndReason::EndedEarly, t);
        return true;
    case EventType::StopItHurts:
        s.generation++;
        s.stopped_phase = s.phase;
        finish(s, EndReason::StoppedItHurts, t);
        return true;
    }
    return false;
}

bool SessionEngine::apply(const EngineEvent& event) {
    if (!apply_to(state_, event)) return false;
    events_.push_back(event);
    return true;
}

//-----------------------------------------------------------------------------
// Controls
//-----------------------------------------------------------------------------

int64_t SessionEngine::clamp_time(int64_t now_ms) const {
    // A clock that went backwards means no time passed.
    return std::max({sane_time(now_ms), seen_ms_, state_.anchor_ms});
}

// Phases strictly between the one last shown and `to_phase` ran without being seen.
void SessionEngine::note_unseen(int from_phase, int to_phase) {
    for (int i = from_phase + 1; i < to_phase; i++)
        pending_unseen_.push_back(i);
}

namespace {
int walk_phase(bool finished, EndReason end, int phase, int count) {
    return finished && end == EndReason::Completed ? count : phase;
}
} // namespace

bool SessionEngine::control(EventType type, int64_t now_ms, int64_t amount_ms) {
    const EngineEvent e{type, clamp_time(now_ms), amount_ms};
    seen_ms_ = e.at_ms;
    const int n = (int)timeline_.size();
    if (state_.started) {
        settle(state_, e.at_ms);
        const int reached = walk_phase(state_.finished, state_.end, state_.phase, n);
        note_unseen(observed_phase_, reached);
        observed_phase_ = std::max(observed_phase_, reached);
    }
    if (!apply(e)) return false;
    observed_phase_ = walk_phase(state_.finished, state_.end, state_.phase, n);
    changed_by_control_ = true;
    return true;
}

bool SessionEngine::start(int64_t now_ms) { return control(EventType::Start, now_ms); }
bool SessionEngine::pause(int64_t now_ms) { return control(EventType::Pause, now_ms); }
bool SessionEngine::resume(int64_t now_ms) { return control(EventType::Resume, now_ms); }
bool SessionEngine::skip_phase(int64_t now_ms) { return control(EventType::SkipPhase, now_ms); }
bool SessionEngine::back_phase(int64_t now_ms) { return control(EventType::BackPhase, now_ms); }
bool SessionEngine::skip_exercise(int64_t now_ms) { return control(EventType::SkipExercise, now_ms); }
bool SessionEngine::back_exercise(int64_t now_ms) { return control(EventType::BackExercise, now_ms); }
bool SessionEngine::add_time(int64_t now_ms, int64_t amount_ms) { return control(EventType::AddTime, now_ms, amount_ms); }
bool SessionEngine::repeat_exercise(int64_t now_ms) { return control(EventType::RepeatExercise, now_ms); }
bool SessionEngine::end_early(int64_t now_ms) { return control(EventType::EndEarly, now_ms); }
bool SessionEngine::stop_it_hurts(int64_t now_ms) { return control(EventType::StopItHurts, now_ms); }

//-----------------------------------------------------------------------------
// Looking: advance, cues, summary
//-----------------------------------------------------------------------------

AdvanceResult SessionEngine::advance(int64_t now_ms) {
    const int64_t t = clamp_time(now_ms);
    seen_ms_ = t;
    State s = state_;
    settle(s, t);
    const int n = (int)timeline_.size();
    const int reached = walk_phase(s.finished, s.end, s.phase, n);
    note_unseen(observed_phase_, reached);

    AdvanceResult r;
    r.phase = s.phase;
    r.passed_unseen = std::move(pending_unseen_);
    pending_unseen_.clear();
    r.phase_changed = changed_by_control_ || reached != observed_phase_;
    if (s.finished && !observed_finished_) {
        r.finished_now = true;
        observed_finished_ = true;
    }
    observed_phase_ = reached;
    changed_by_control_ = false;
    return r;
}

std::vector<Cue> SessionEngine::upcoming_cues(int64_t now_ms, int64_t horizon_ms, int64_t late_ms) const {
    const int64_t t = clamp_time(now_ms);
    const State& s = state_;   // the schedule only changes with events
    if (!s.started || timeline_.empty()) return {};
    // Never replay what was due before the last control (e.g. a countdown word just before a pause).
    const int64_t from = std::max(t - std::max<int64_t>(late_ms, 0), s.anchor_ms);
    const int64_t to = t + std::max<int64_t>(horizon_ms, 0);
    if (s.finished) {
        if (s.end != EndReason::Completed) return {};
        CueSchedule end{s.phase, s.anchor_ms - phase_total(s), s.extra_ms, s.generation};
        std::vector<Cue> cues = cues_between(plan_, timeline_, options_.cues, end, from, to);
        cues.erase(std::remove_if(cues.begin(), cues.end(), [](const Cue& c) { return c.kind != CueKind::SessionDone; }), cues.end());
        return cues;
    }
    if (s.paused) return {};
    CueSchedule schedule{s.phase, s.anchor_ms - s.into_ms, s.extra_ms, s.generation};
    return cues_between(plan_, timeline_, options_.cues, schedule, from, to);
}

SessionSummary SessionEngine::summary(int64_t now_ms) const {
    State s = state_;
    settle(s, clamp_time(now_ms));
    return summarise_session(plan_, timeline_, s.records, SessionEnding{s.end, s.stopped_phase, s.paused_ms});
}

} // namespace unclench
