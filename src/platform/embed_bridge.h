// Unclench inside a clinic's iframe: events to the parent page and commands from it (postMessage),
// talking only to the parent origin configured in the iframe URL ("parent=https://clinic.example").
// Without a configured parent, or when the app is not in a frame, nothing is sent and nothing heard.
// The protocol itself (validation, event JSON) is core/embed_protocol.h.
#pragma once
#include <cstdint>
#include <string>

#include "core/embed_protocol.h"
#include "core/session_summary.h"

namespace unclench::web {

// Start-up (web_main): keeps the options, starts listening, says "ready" to the parent, and queues
// the URL's routine and theme as if the parent had sent them as commands.
void embed_init(const EmbedOptions& options);
const EmbedOptions& embed_options();
bool embed_in_frame();            // the page is inside another page (any iframe)
bool embed_connected();           // in a frame with a configured parent: events are being sent

// Events (Player and Summary call these when those things happen).
void embed_session_started(const std::string& routine_id, int64_t started_at_ms);
// ended: "completed", "early" or "pain" (SessionEnd names); anything else counts as completed.
void embed_session_completed(const SessionSummary& s, const std::string& ended);
void embed_pain_reported(int before, int after);   // after < 0: not given
void embed_check_in(const CheckInEvent& event);
void embed_phase_changed(const PhaseChangedEvent& event);

// Asks for one more frame shortly (after a theme change the app re-applies its palette first).
void embed_redraw_soon();

// Commands from the parent that passed validation, oldest first; false when none is waiting.
bool embed_poll_command(EmbedCommand& out);

} // namespace unclench::web
