// SessionEngine::snapshot(): the player screen's view of the session at one instant.
#include "core/session_engine.h"

#include <algorithm>

#include "core/phase_words.h"

namespace unclench {

//-----------------------------------------------------------------------------
// "Next up" words
//-----------------------------------------------------------------------------

namespace {

std::string seconds_text(int64_t ms) {
    return std::to_string((ms + 999) / 1000) + " s";
}

std::string side_words(const PlanItem& item, Side side) {
    return item.sides == SideMode::None ? "" : side_suffix(side);
}

std::string work_words(const PlanItem& item, const Phase& p) {
    switch (item.kind) {
    case WorkKind::Hold:
        return "Hold " + seconds_text(p.duration_ms) + side_words(item, p.side);
    case WorkKind::Reps:
        return "Rep " + std::to_string(p.rep) + " of " + std::to_string(std::max(item.reps, 1)) + side_words(item, p.side);
    case WorkKind::Breaths:
        return std::to_string(p.breaths) + " slow breaths";
    }
    return "";
}

} // namespace

std::string SessionEngine::next_up_text(int phase) const {
    if (phase + 1 >= (int)timeline_.size()) return "Then you are done";
    const Phase& p = timeline_[phase + 1];
    const PlanItem& item = plan_.items[p.item];
    switch (p.kind) {
    case PhaseKind::GetReady: return "Next: " + item.name;
    case PhaseKind::Work: return work_words(item, p);
    case PhaseKind::Rest: return "Rest " + seconds_text(p.duration_ms);
    case PhaseKind::SwitchSide: return switch_side_words(p.side);
    }
    return "";
}

//-----------------------------------------------------------------------------
// Snapshot
//-----------------------------------------------------------------------------

namespace {

void fill_counters(SessionSnapshot& v, const PlanItem& item, const Phase& p) {
    v.work_kind = item.kind;
    v.side = p.side;
    v.set = p.set;
    v.sets = std::max(item.sets, 1);
    if (item.kind == WorkKind::Breaths) {
        v.rep = 1;
        v.reps = 1;
        v.breaths = p.kind == PhaseKind::Work ? p.breaths : 0;
    } else {
        v.rep = p.rep;
        v.reps = std::max(item.reps, 1);
    }
}

} // namespace

SessionSnapshot SessionEngine::snapshot(int64_t now_ms) const {
    State s = state_;
    settle(s, clamp_time(now_ms));

    SessionSnapshot v;
    v.started = s.started;
    v.paused = s.paused && !s.finished;
    v.finished = s.finished;
    v.end = s.end;
    v.finished_at_ms = s.finished ? s.anchor_ms : -1;
    v.phase_count = (int)timeline_.size();
    v.item_count = (int)plan_.items.size();
    if (timeline_.empty()) return v;

    const Phase& p = timeline_[s.phase];
    const PlanItem& item = plan_.items[p.item];
    v.phase_index = s.phase;
    v.phase_kind = p.kind;
    v.item_index = p.item;
    v.exercise_name = item.name;
    fill_counters(v, item, p);

    v.phase_total_ms = phase_total(s);
    v.phase_elapsed_ms = std::clamp<int64_t>(s.into_ms, 0, v.phase_total_ms);
    v.phase_fraction = (float)((double)v.phase_elapsed_ms / (double)v.phase_total_ms);
    if (s.finished) return v;   // nothing remains; counters show where it ended

    v.phase_remaining_ms = v.phase_total_ms - v.phase_elapsed_ms;
    v.exercise_remaining_ms = v.phase_remaining_ms + (item_end_ms_[p.item] - (p.start_ms + p.duration_ms));
    v.session_remaining_ms = v.phase_remaining_ms + after_ms_[s.phase];
    v.motion = motion_at(item, p, v.phase_elapsed_ms);
    if (item.kind == WorkKind::Breaths && p.kind == PhaseKind::Work) v.breath = v.motion.breath;
    v.can_add_time = can_add_time(s);
    v.next_up = next_up_text(s.phase);
    return v;
}

} // namespace unclench
