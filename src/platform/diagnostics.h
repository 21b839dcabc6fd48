// window.unclench.diagnostics() for tests and benchmarks, the first-frame performance mark, and the
// page's error panel for failures the app cannot recover from.
#pragma once
#include <string>

#include "core/session_engine.h"
#include "platform/web_canvas.h"

namespace unclench::web {

void note_frame_drawn(const CanvasSize& canvas, const char* screen_id);
void set_storage_mode(const char* mode);   // "local" or "memory"
// The session being played, if any: routine, phase and time left (tests check a resumed session).
void note_session(const std::string& routine_id, const SessionSnapshot& s);
void note_no_session();
void report_fatal(const char* message);
void install_page_hooks();                 // resize/visibility/theme listeners that wake the loop

} // namespace unclench::web
