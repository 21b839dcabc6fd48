// TEMPORARY while screens are being written in parallel: weak fallbacks, replaced at link time by each
// screen's real definition. This file is deleted once every screen exists.
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace unclench {

static void pending(App& app, const char* title) {
    if (begin_screen(title, true)) app.back();
    muted("This screen is being built.");
    end_screen();
}

#define PENDING(fn, title) __attribute__((weak)) void fn(App& app, FrameNeeds&) { pending(app, title); }
PENDING(draw_routines, "Routines")
PENDING(draw_routine_detail, "Routine")
PENDING(draw_player, "Session")
PENDING(draw_summary, "Summary")
PENDING(draw_settings, "Settings")
PENDING(draw_exercises, "Exercises")
PENDING(draw_exercise_detail, "Exercise")
PENDING(draw_care, "Home care")
PENDING(draw_care_timer, "Care timer")
PENDING(draw_progress, "Progress")
PENDING(draw_safety, "Safety check")
PENDING(draw_builder, "Build a routine")
PENDING(draw_share, "Share")
PENDING(draw_shared_routine, "Shared routine")

} // namespace unclench
