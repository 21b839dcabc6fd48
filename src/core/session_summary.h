// What a session amounted to: per exercise done / partly done / skipped, time under tension, sets and
// reps completed, and how it ended (normally, early, or stopped because it hurt, and where).
//
// Built from what the engine records per timeline phase: how long it was played and how often it was
// played to its end. A work phase counts as completed when it ran to its end at least once; skipping
// out of it, or ending the session inside it, leaves it uncompleted (its seconds still count as work).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/enum_names.h"
#include "core/history_record.h"
#include "core/session_plan.h"
#include "core/session_timeline.h"

namespace unclench {

enum class EndReason { None, Completed, EndedEarly, StoppedItHurts };
enum class ItemOutcome { Done, PartlyDone, Skipped };

// Per timeline phase, accumulated by the engine.
struct PhaseRecord {
    int64_t played_ms = 0;   // time spent in this phase (all visits, pauses excluded)
    int completions = 0;     // visits that ran to the end of the phase
};

struct ItemSummary {
    int item = 0;
    std::string exercise_id;
    std::string name;
    ItemOutcome outcome = ItemOutcome::Skipped;
    int64_t work_ms = 0;        // time under tension: every millisecond spent in its work phases
    int64_t played_ms = 0;      // all time spent on the item, get-ready and rests included
    int sets_planned = 0;       // for each-side exercises, each side's sets count separately
    int sets_completed = 0;
    int reps_planned = 0;       // work phases: holds, reps (per side), or breathing sets
    int reps_completed = 0;
};

struct SessionSummary {
    std::string routine_id;
    std::string routine_name;
    std::vector<ItemSummary> items;
    EndReason end = EndReason::None;   // None while the session is still running
    int stopped_item = -1;             // where "stop, it hurts" was pressed (else -1)
    int stopped_phase = -1;
    PhaseKind stopped_phase_kind = PhaseKind::GetReady;
    int64_t work_ms = 0;
    int64_t active_ms = 0;             // time played, pauses excluded
    int64_t paused_ms = 0;
    int64_t planned_ms = 0;            // plan_duration_ms of the plan
    int items_done = 0;
    int items_partly_done = 0;
    int items_skipped = 0;
};

// How the session ended, as the engine knows it.
struct SessionEnding {
    EndReason reason = EndReason::None;
    int stopped_phase = -1;
    int64_t paused_ms = 0;
};

SessionSummary summarise_session(const SessionPlan& plan, const std::vector<Phase>& timeline,
                                 const std::vector<PhaseRecord>& records, const SessionEnding& ending);

// Names for logs and tests ("?" for a value the tables do not list).
inline constexpr EnumName<EndReason> kEndReasonNames[] = {
    {EndReason::None, "running"}, {EndReason::Completed, "completed"}, {EndReason::EndedEarly, "ended_early"},
    {EndReason::StoppedItHurts, "stopped_it_hurts"}};
inline constexpr EnumName<ItemOutcome> kItemOutcomeNames[] = {
    {ItemOutcome::Done, "done"}, {ItemOutcome::PartlyDone, "partly_done"}, {ItemOutcome::Skipped, "skipped"}};
const char* end_reason_name(EndReason reason);
const char* item_outcome_name(ItemOutcome outcome);

// How history remembers the end (SessionRecord::ended, stored as session_end_name: "completed",
// "early", "pain"): stopped because it hurt is Pain, ended early is Early, anything else Completed.
SessionEnd session_end_of(EndReason reason);

} // namespace unclench
