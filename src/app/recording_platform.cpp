#include "app/recording_platform.h"

#include "core/episode.h"

namespace unclench {

bool RecordingPlatform::called(const std::string& prefix) const { return count(prefix) > 0; }

int RecordingPlatform::count(const std::string& prefix) const {
    int n = 0;
    for (const std::string& c : calls)
        if (c.rfind(prefix, 0) == 0) n++;
    return n;
}

//-----------------------------------------------------------------------------
// Cues and the page
//-----------------------------------------------------------------------------

void RecordingPlatform::schedule_beep(double delay_ms, Beep) { record("beep " + std::to_string((long long)delay_ms)); }
void RecordingPlatform::cancel_beeps() { record("cancel-beeps"); }
void RecordingPlatform::speak(const std::string& text, const std::string&, double) { record("speak " + text); }
void RecordingPlatform::cancel_speech() { record("cancel-speech"); }
void RecordingPlatform::vibrate_for(CueKind, Beep) { record("vibrate"); }

void RecordingPlatform::set_title_phases(const std::vector<TitlePhase>& phases, const std::string& done_text) {
    title = phases.empty() ? done_text : phases.front().label;
    record("title-phases " + title);
}
void RecordingPlatform::set_title_text(const std::string& text) { title = text; record("title " + text); }
void RecordingPlatform::clear_title() { title.clear(); record("clear-title"); }

void RecordingPlatform::acquire_wake_lock() {
    if (!wake_lock_held) record("wake-lock on");
    wake_lock_held = true;
}
void RecordingPlatform::release_wake_lock() {
    if (wake_lock_held) record("wake-lock off");
    wake_lock_held = false;
}

//-----------------------------------------------------------------------------
// Notifications, files, links
//-----------------------------------------------------------------------------

void RecordingPlatform::request_notifications() { record("request-notifications"); }
void RecordingPlatform::notify_at(const std::string& key, const std::string& t, const std::string&, int64_t at) {
    record("notify-at " + key + " " + t + " " + std::to_string(at));
}
void RecordingPlatform::cancel_notify(const std::string& key) { record("cancel-notify " + key); }

void RecordingPlatform::save_text_file(const std::string& file_name, const std::string&, const std::string&) {
    record("save-file " + file_name);
}
void RecordingPlatform::pick_text_file(const char* accept, std::function<void(const PickedFile&)> on_picked) {
    record(std::string("pick-file ") + accept);
    if (file_to_pick) on_picked(*file_to_pick);
}

bool RecordingPlatform::copy_text(const std::string& text) { record("copy " + text); return true; }
void RecordingPlatform::native_share(const std::string&, const std::string& url) { record("share " + url); }
void RecordingPlatform::open_handout(const std::string& handout_json) { last_handout = handout_json; record("open-handout"); }
void RecordingPlatform::open_full_app(const std::string& f) { record("open-full-app " + f); }
void RecordingPlatform::clear_fragment() { fragment.clear(); record("clear-fragment"); }

bool RecordingPlatform::take_new_share_fragment(std::string& out) {
    if (new_fragments.empty()) return false;
    out = new_fragments.front();
    new_fragments.pop_front();
    return true;
}

//-----------------------------------------------------------------------------
// Embedding
//-----------------------------------------------------------------------------

void RecordingPlatform::embed_session_started(const std::string& id, int64_t) { record("embed session-started " + id); }
void RecordingPlatform::embed_session_completed(const SessionSummary&, const std::string& ended) {
    record("embed session-completed " + ended);
}
void RecordingPlatform::embed_pain_reported(int before, int after) {
    record("embed pain-reported " + std::to_string(before) + " " + std::to_string(after));
}
void RecordingPlatform::embed_check_in(const CheckInEvent& e) {
    record("embed check-in day " + std::to_string(e.day_of_episode) + " pain " + std::to_string(e.pain) + " " +
           phase_name(e.phase));
}
void RecordingPlatform::embed_phase_changed(const PhaseChangedEvent& e) {
    record(std::string("embed phase-changed ") + phase_name(e.from) + " " + phase_name(e.to) + " day " +
           std::to_string(e.day_of_episode) + (e.set_by_clinician ? " by clinician" : ""));
}
bool RecordingPlatform::embed_poll_command(EmbedCommand& out) {
    if (commands.empty()) return false;
    out = commands.front();
    commands.pop_front();
    return true;
}
void RecordingPlatform::redraw_soon() { record("redraw-soon"); }
void RecordingPlatform::perf_mark(const char* name) { record(std::string("mark ") + name); }

} // namespace unclench
