// A running session kept across a page reload.
//
// Phones discard hidden tabs to save memory, and a person in pain may close the app by mistake: on
// the next start the session is where the clock says it is, as if the page had only been hidden
// (the app then pauses it there: after a reload, sound needs a tap, and Resume is one). What is kept is enough to rebuild the same engine: the routine itself (custom and shared
// routines too), the settings its plan was made with, the engine's recorded events, and the session
// clock's time with the wall time it was reached at. The app writes it after each control and
// removes it when the session is saved or closed.
#pragma once
#include <memory>
#include <string>

#include "core/catalogue.h"
#include "core/history_record.h"
#include "core/routine.h"
#include "core/routine_plan.h"
#include "core/session_clock.h"
#include "core/session_engine.h"

namespace unclench {

struct SessionResume {
    Routine routine;
    int prepare_ms = PlanSettings{}.prepare_ms;                     // from the settings at the start
    int rest_between_sets_ms = PlanSettings{}.rest_between_sets_ms;
    bool countdown = true;
    std::string engine;             // SessionEngine::to_json(), as text
    SessionClockSaved clock;        // session time reached, and the wall time (epoch ms) it was reached at
    int64_t started_wall_s = 0;
    int tz_offset_min = 0;
    int pain_before = kNoPain;
};

// A session older than this (by the wall clock) is not resumed: the person has moved on.
constexpr int64_t kResumeWithinMs = 12LL * 3600 * 1000;

std::string resume_to_text(const SessionResume& r);

// Reads a kept session back and rebuilds its engine on the same plan. Damaged text, a routine the
// catalogue no longer has, or a session too old to resume return nullptr and say why in `error`.
std::unique_ptr<SessionEngine> resume_session(const std::string& text, const Catalogue& catalogue, int64_t wall_now_ms,
                                              SessionResume& out, std::string& error);

} // namespace unclench
