// window.unclench.diagnostics() for tests and benchmarks, the first-frame performance mark, and the
// page's error panel for failures the app cannot recover from.
#pragma once
#include <cstdint>
#include <string>

#include "platform/web_canvas.h"

namespace unclench::web {

void note_frame_drawn(const CanvasSize& canvas, const char* screen_id);
void set_storage_mode(const char* mode);   // "local" or "memory"
// The session being played, if any: routine, phase and time left (tests check a resumed session).
// Read only when diagnostics are asked for, not every frame.
struct SessionInfo {
    std::string routine;
    int phase_index = 0;
    int64_t phase_remaining_ms = 0, session_remaining_ms = 0;
    bool paused = false, finished = false;
};
void set_session_reader(bool (*read)(SessionInfo& out));   // false: no session
// The recovery plan, for tests and an embedding page: phase, day of the episode, why it is there.
struct PlanInfo {
    std::string phase;
    int day = 0;
    std::string reason;
};
void set_plan_reader(bool (*read)(PlanInfo& out));   // false: no episode
// Frames still owed to the last input: a test taps only once none are (the layout has stopped moving).
void set_frames_owed_reader(int (*read)());
// window.unclench.widgets(): every interactive widget of the last frame, as JSON (tests find what to tap).
void set_widgets_reader(std::string (*read)());
void report_fatal(const char* message);
void install_page_hooks();                 // resize/visibility/theme listeners that wake the loop

} // namespace unclench::web
