#include "core/session_summary.h"

#include <map>
#include <utility>

namespace unclench {

//-----------------------------------------------------------------------------
// One item
//-----------------------------------------------------------------------------

namespace {

// Sets are counted per side for each-side exercises (3 sets a side = 6 sets).
std::pair<int, int> set_key(const PlanItem& item, const Phase& phase) {
    const int side = item.sides == SideMode::EachSide ? (int)phase.side : 0;
    return {side, phase.set};
}

ItemSummary summarise_item(const SessionPlan& plan, const std::vector<Phase>& timeline,
                           const std::vector<PhaseRecord>& records, int item_index) {
    const PlanItem& item = plan.items[item_index];
    ItemSummary s;
    s.item = item_index;
    s.exercise_id = item.exercise_id;
    s.name = item.name;
    std::map<std::pair<int, int>, bool> sets_done;   // key -> every work phase of the set completed
    for (size_t i = 0; i < timeline.size(); i++) {
        const Phase& p = timeline[i];
        if (p.item != item_index) continue;
        const PhaseRecord& r = records[i];
        s.played_ms += r.played_ms;
        if (p.kind != PhaseKind::Work) continue;
        const bool completed = r.completions > 0;
        s.work_ms += r.played_ms;
        s.reps_planned++;
        s.reps_completed += completed ? 1 : 0;
        auto key = set_key(item, p);
        auto it = sets_done.find(key);
        if (it == sets_done.end()) sets_done[key] = completed;
        else it->second = it->second && completed;
    }
    s.sets_planned = (int)sets_done.size();
    for (const auto& kv : sets_done) s.sets_completed += kv.second ? 1 : 0;
    if (s.reps_planned > 0 && s.reps_completed == s.reps_planned) s.outcome = ItemOutcome::Done;
    else if (s.work_ms > 0 || s.reps_completed > 0) s.outcome = ItemOutcome::PartlyDone;
    else s.outcome = ItemOutcome::Skipped;
    return s;
}

} // namespace

//-----------------------------------------------------------------------------
// The session
//-----------------------------------------------------------------------------

SessionSummary summarise_session(const SessionPlan& plan, const std::vector<Phase>& timeline,
                                 const std::vector<PhaseRecord>& records, const SessionEnding& ending) {
    SessionSummary s;
    s.routine_id = plan.routine_id;
    s.routine_name = plan.routine_name;
    s.end = ending.reason;
    s.paused_ms = ending.paused_ms;
    for (const Phase& p : timeline) s.planned_ms += p.duration_ms;
    if (records.size() != timeline.size()) return s;   // not from this plan: report nothing done
    for (int i = 0; i < (int)plan.items.size(); i++) {
        ItemSummary item = summarise_item(plan, timeline, records, i);
        s.work_ms += item.work_ms;
        s.active_ms += item.played_ms;
        s.items_done += item.outcome == ItemOutcome::Done ? 1 : 0;
        s.items_partly_done += item.outcome == ItemOutcome::PartlyDone ? 1 : 0;
        s.items_skipped += item.outcome == ItemOutcome::Skipped ? 1 : 0;
        s.items.push_back(std::move(item));
    }
    if (ending.reason == EndReason::StoppedItHurts && ending.stopped_phase >= 0 && ending.stopped_phase < (int)timeline.size()) {
        s.stopped_phase = ending.stopped_phase;
        s.stopped_item = timeline[ending.stopped_phase].item;
        s.stopped_phase_kind = timeline[ending.stopped_phase].kind;
    }
    return s;
}

const char* end_reason_name(EndReason reason) { return name_of(kEndReasonNames, reason, "?"); }
const char* item_outcome_name(ItemOutcome outcome) { return name_of(kItemOutcomeNames, outcome, "?"); }

SessionEnd session_end_of(EndReason reason) {
    switch (reason) {
    case EndReason::StoppedItHurts: return SessionEnd::Pain;
    case EndReason::EndedEarly: return SessionEnd::Early;
    case EndReason::None:
    case EndReason::Completed: break;
    }
    return SessionEnd::Completed;
}

} // namespace unclench
