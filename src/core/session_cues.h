// Cues as data: what to say or beep, and exactly when, known ahead of time.
//
// The platform asks the engine for cues due in the next second or two and schedules each one with the
// audio clock, so sound lands on time even when frames are late. Every cue has a stable id: the same
// cue keeps the same id from frame to frame, so it is scheduled once. Ids carry the engine's timing
// generation, which changes on every control that moves the schedule (pause, skip, +10 s, ...): when
// it changes, the platform cancels what it scheduled and asks again.
//
// Cues that share a due time come in speaking order ("Done", then "Get ready: ...").
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/enum_names.h"
#include "core/session_plan.h"
#include "core/session_timeline.h"

namespace unclench {

enum class CueKind { PhaseStart, Countdown, Halfway, SwitchSide, LastRep, TempoStep, ExerciseDone, SessionDone };
enum class Beep { None, Tick, Start, End };

struct Cue {
    std::string id;        // stable for one schedule, e.g. "g2.p14.countdown.3"
    CueKind kind = CueKind::PhaseStart;
    int64_t due_ms = 0;    // session clock time
    std::string words;     // what to speak; may be empty for beep-only cues
    Beep beep = Beep::None;
    int phase = 0;         // timeline index the cue belongs to
};

struct CueOptions {
    bool countdown = true;                 // "Three, two, one" before the end of holds, rests, get-ready
    bool halfway = true;                   // "Halfway" in long holds and breathing sets
    bool tempo = true;                     // "Hold", "Down" inside reps; "In", "Out" for breaths
    int64_t countdown_min_ms = 5000;       // shorter phases get no countdown
    int64_t halfway_min_ms = 10000;        // shorter phases get no halfway cue
};

// Where the schedule stands: `phase` began at `phase_start_ms` (session clock) and lasts its planned
// length plus `phase_extra_ms`; every later phase follows at its planned length.
struct CueSchedule {
    int phase = 0;
    int64_t phase_start_ms = 0;
    int64_t phase_extra_ms = 0;
    uint32_t generation = 0;
};

// Cues with from_ms <= due_ms <= to_ms, in due order.
std::vector<Cue> cues_between(const SessionPlan& plan, const std::vector<Phase>& timeline, const CueOptions& options,
                              const CueSchedule& schedule, int64_t from_ms, int64_t to_ms);

// The words spoken as a phase begins ("Get ready: knees to chest", "Hold", "Relax", ...).
std::string phase_start_words(const SessionPlan& plan, const Phase& phase);

// The kind's part of a cue id ("g2.p14.countdown.3").
inline constexpr EnumName<CueKind> kCueKindNames[] = {
    {CueKind::PhaseStart, "start"}, {CueKind::Countdown, "countdown"}, {CueKind::Halfway, "halfway"},
    {CueKind::SwitchSide, "switch"}, {CueKind::LastRep, "last"}, {CueKind::TempoStep, "tempo"},
    {CueKind::ExerciseDone, "exercise_done"}, {CueKind::SessionDone, "session_done"}};
const char* cue_kind_name(CueKind kind);

} // namespace unclench
