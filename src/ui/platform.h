// What the UI needs from the device it runs on, as an interface the UI owns. The browser implements it
// in src/app/web_platform.cpp (on top of src/platform/); native tests use src/app/recording_platform.h,
// which records every call. The UI never includes a platform header: this file is its whole view of
// the outside world. Clocks are not here: the App is handed the time once a frame (App::tick).
//
// Index of this file:
// [SECTION] Types the UI and a platform share
// [SECTION] Platform
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/embed_protocol.h"
#include "core/session_cues.h"

namespace unclench {

struct SessionSummary;

//-----------------------------------------------------------------------------
// [SECTION] Types the UI and a platform share
//-----------------------------------------------------------------------------

// One phase of a countdown the tab title follows while the page is hidden (frames stop then).
struct TitlePhase {
    std::string label;        // "Cold pack", "Hold", "Heat"
    int64_t end_wall_ms = 0;  // Date.now() when it ends
};

struct Voice {
    std::string name;
    std::string lang;         // "en-GB"
    bool is_default = false;
};

// A file the person picked: its name and UTF-8 text, or why it could not be read.
struct PickedFile {
    std::string name;
    std::string text;
    std::string error;        // non-empty when the file could not be read
};

enum class NotifyState { Unsupported, Default, Granted, Denied };

//-----------------------------------------------------------------------------
// [SECTION] Platform
//-----------------------------------------------------------------------------

class Platform {
public:
    virtual ~Platform() = default;

    // Sound, voice and vibration (cues). Beeps go on the audio clock ahead of time; words and
    // vibration happen when called.
    virtual void schedule_beep(double delay_ms, Beep beep) = 0;
    virtual void cancel_beeps() = 0;
    virtual void speak(const std::string& text, const std::string& voice_name, double rate) = 0;
    virtual void cancel_speech() = 0;
    virtual std::vector<Voice> speech_voices() = 0;
    virtual void vibrate_for(CueKind kind, Beep beep) = 0;

    // The page: hidden or shown, its title while hidden, and the screen kept on.
    virtual bool page_hidden() = 0;
    virtual void set_title_phases(const std::vector<TitlePhase>& phases, const std::string& done_text) = 0;
    virtual void set_title_text(const std::string& text) = 0;   // a fixed text while hidden ("Paused")
    virtual void clear_title() = 0;
    virtual void acquire_wake_lock() = 0;                          // cheap to call every frame
    virtual void release_wake_lock() = 0;

    // System notifications while the page is hidden.
    virtual NotifyState notify_state() = 0;
    virtual void request_notifications() = 0;   // from a tap
    virtual void notify_at(const std::string& key, const std::string& title, const std::string& body,
                           int64_t at_wall_ms) = 0;
    virtual void cancel_notify(const std::string& key) = 0;

    // The system's look and feel.
    virtual bool prefers_dark() = 0;
    virtual bool prefers_reduced_motion() = 0;

    // Files: a download, and the file chooser (the answer comes later, between frames).
    virtual void save_text_file(const std::string& file_name, const std::string& mime, const std::string& text) = 0;
    virtual void pick_text_file(const char* accept, std::function<void(const PickedFile&)> on_picked) = 0;

    // Links and sharing.
    virtual std::string share_url(const std::string& fragment) = 0;   // the app's address + fragment
    virtual bool copy_text(const std::string& text) = 0;              // false: no clipboard here
    virtual bool can_native_share() = 0;
    virtual void native_share(const std::string& title, const std::string& url) = 0;
    virtual void open_handout(const std::string& handout_json) = 0;
    virtual void open_full_app(const std::string& fragment) = 0;
    virtual std::string page_fragment() = 0;                          // at start-up, with its '#'
    virtual bool take_new_share_fragment(std::string& fragment) = 0;  // a link opened while running
    virtual void clear_fragment() = 0;

    // The embedding clinic page (postMessage): options from the URL, events out, commands in.
    virtual const EmbedOptions& embed_options() = 0;
    virtual bool embed_in_frame() = 0;
    virtual void embed_session_started(const std::string& routine_id, int64_t started_at_ms) = 0;
    virtual void embed_session_completed(const SessionSummary& summary, const std::string& ended) = 0;
    virtual void embed_pain_reported(int before, int after) = 0;
    virtual void embed_check_in(const CheckInEvent& event) = 0;           // a check-in was saved
    virtual void embed_phase_changed(const PhaseChangedEvent& event) = 0; // the recovery phase changed
    virtual bool embed_poll_command(EmbedCommand& out) = 0;
    virtual void redraw_soon() = 0;   // one more frame shortly, even with no input

    // Benchmarks time work between two marks.
    virtual void perf_mark(const char* name) = 0;
};

} // namespace unclench
