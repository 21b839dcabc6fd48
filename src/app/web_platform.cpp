#include "app/web_platform.h"

#include "platform/audio.h"
#include "platform/embed_bridge.h"
#include "platform/file_io.h"
#include "platform/notify.h"
#include "platform/page_title.h"
#include "platform/page_url.h"
#include "platform/perf_mark.h"
#include "platform/share_link.h"
#include "platform/speech.h"
#include "platform/system_prefs.h"
#include "platform/vibration.h"
#include "platform/wake_lock.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Cues
//-----------------------------------------------------------------------------

void WebPlatform::schedule_beep(double delay_ms, Beep beep) { web::schedule_beep(delay_ms, beep); }
void WebPlatform::cancel_beeps() { web::cancel_beeps(); }
void WebPlatform::speak(const std::string& text, const std::string& voice, double rate) { web::speak(text, voice, rate); }
void WebPlatform::cancel_speech() { web::cancel_speech(); }
void WebPlatform::vibrate_for(CueKind kind, Beep beep) { web::vibrate_for(kind, beep); }

std::vector<Voice> WebPlatform::speech_voices() {
    std::vector<Voice> out;
    for (const web::Voice& v : web::speech_voices()) out.push_back({v.name, v.lang, v.is_default});
    return out;
}

//-----------------------------------------------------------------------------
// The page
//-----------------------------------------------------------------------------

bool WebPlatform::page_hidden() { return web::page_hidden(); }

void WebPlatform::set_title_phases(const std::vector<TitlePhase>& phases, const std::string& done_text) {
    std::vector<web::TitlePhase> out;
    for (const TitlePhase& p : phases) out.push_back({p.label, p.end_wall_ms});
    web::set_title_phases(out, done_text);
}

void WebPlatform::set_title_text(const std::string& text) { web::set_title_countdown(text); }
void WebPlatform::clear_title() { web::clear_title(); }
void WebPlatform::acquire_wake_lock() { web::acquire_wake_lock(); }
void WebPlatform::release_wake_lock() { web::release_wake_lock(); }

//-----------------------------------------------------------------------------
// Notifications and system preferences
//-----------------------------------------------------------------------------

NotifyState WebPlatform::notify_state() {
    switch (web::notify_state()) {
    case web::NotifyState::Default: return NotifyState::Default;
    case web::NotifyState::Granted: return NotifyState::Granted;
    case web::NotifyState::Denied: return NotifyState::Denied;
    case web::NotifyState::Unsupported: break;
    }
    return NotifyState::Unsupported;
}

void WebPlatform::request_notifications() { web::request_notifications(); }
void WebPlatform::notify_at(const std::string& key, const std::string& title, const std::string& body, int64_t at_wall_ms) {
    web::notify_at(key, title, body, at_wall_ms);
}
void WebPlatform::cancel_notify(const std::string& key) { web::cancel_notify(key); }

bool WebPlatform::prefers_dark() { return system_prefers_dark(); }
bool WebPlatform::prefers_reduced_motion() { return system_prefers_reduced_motion(); }

//-----------------------------------------------------------------------------
// Files
//-----------------------------------------------------------------------------

void WebPlatform::save_text_file(const std::string& name, const std::string& mime, const std::string& text) {
    web::save_text_file(name, mime, text);
}

// The browser answers the file chooser later, through a plain function: the handler waits here.
static std::function<void(const PickedFile&)> g_on_picked;

static void on_file_picked(const web::PickedFile& f) {
    if (g_on_picked) g_on_picked(PickedFile{f.name, f.text, f.error});
}

void WebPlatform::pick_text_file(const char* accept, std::function<void(const PickedFile&)> on_picked) {
    g_on_picked = std::move(on_picked);
    web::pick_text_file(accept, on_file_picked);
}

//-----------------------------------------------------------------------------
// Links and sharing
//-----------------------------------------------------------------------------

std::string WebPlatform::share_url(const std::string& fragment) { return web::share_url(fragment); }
bool WebPlatform::copy_text(const std::string& text) { return web::copy_text(text); }
bool WebPlatform::can_native_share() { return web::can_native_share(); }
void WebPlatform::native_share(const std::string& title, const std::string& url) { web::native_share(title, url); }
void WebPlatform::open_handout(const std::string& handout_json) { web::open_handout(handout_json); }
void WebPlatform::open_full_app(const std::string& fragment) { web::open_full_app(fragment); }
std::string WebPlatform::page_fragment() { return web::page_fragment(); }
bool WebPlatform::take_new_share_fragment(std::string& fragment) { return web::take_new_share_fragment(fragment); }
void WebPlatform::clear_fragment() { web::clear_fragment(); }

//-----------------------------------------------------------------------------
// Embedding
//-----------------------------------------------------------------------------

const EmbedOptions& WebPlatform::embed_options() { return web::embed_options(); }
bool WebPlatform::embed_in_frame() { return web::embed_in_frame(); }
void WebPlatform::embed_session_started(const std::string& routine_id, int64_t started_at_ms) {
    web::embed_session_started(routine_id, started_at_ms);
}
void WebPlatform::embed_session_completed(const SessionSummary& summary, const std::string& ended) {
    web::embed_session_completed(summary, ended);
}
void WebPlatform::embed_pain_reported(int before, int after) { web::embed_pain_reported(before, after); }
void WebPlatform::embed_check_in(const CheckInEvent& event) { web::embed_check_in(event); }
void WebPlatform::embed_phase_changed(const PhaseChangedEvent& event) { web::embed_phase_changed(event); }
bool WebPlatform::embed_poll_command(EmbedCommand& out) { return web::embed_poll_command(out); }
void WebPlatform::redraw_soon() { web::embed_redraw_soon(); }

void WebPlatform::perf_mark(const char* name) { web::perf_mark(name); }

} // namespace unclench
