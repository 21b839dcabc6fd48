// A Platform with no device behind it, for native tests of the UI: every call is recorded as one line
// ("beep 1200", "wake-lock on", "title-phases Cold pack", "save-file unclench-sessions.csv"), and what a
// browser would answer is set by the test (a hidden page, voices, a link in the address, commands from
// a clinic's page, a file the person picks).
#pragma once
#include <deque>
#include <optional>

#include "ui/platform.h"

namespace unclench {

class RecordingPlatform : public Platform {
public:
    // What the test sees ---------------------------------------------------------------------------
    std::vector<std::string> calls;
    bool called(const std::string& prefix) const;   // any call line starting with prefix
    int count(const std::string& prefix) const;
    bool wake_lock_held = false;
    std::string title;            // the last title asked for ("" after clear)
    std::string last_handout;     // the handout document last opened

    // What the test sets ---------------------------------------------------------------------------
    bool hidden = false;
    bool dark = false, reduced_motion = false;
    std::vector<Voice> voices;
    NotifyState notifications = NotifyState::Default;
    EmbedOptions embed;
    bool in_frame = false;
    std::string fragment;                          // the address's fragment at start-up
    std::deque<std::string> new_fragments;         // links opened while running
    std::deque<EmbedCommand> commands;             // from the clinic's page
    std::optional<PickedFile> file_to_pick;        // answered at once when the chooser opens

    // Platform ---------------------------------------------------------------------------------------
    void schedule_beep(double delay_ms, Beep beep) override;
    void cancel_beeps() override;
    void speak(const std::string& text, const std::string& voice_name, double rate) override;
    void cancel_speech() override;
    std::vector<Voice> speech_voices() override { return voices; }
    void vibrate_for(CueKind kind, Beep beep) override;

    bool page_hidden() override { return hidden; }
    void set_title_phases(const std::vector<TitlePhase>& phases, const std::string& done_text) override;
    void set_title_text(const std::string& text) override;
    void clear_title() override;
    void acquire_wake_lock() override;
    void release_wake_lock() override;

    NotifyState notify_state() override { return notifications; }
    void request_notifications() override;
    void notify_at(const std::string& key, const std::string& title, const std::string& body, int64_t at_wall_ms) override;
    void cancel_notify(const std::string& key) override;

    bool prefers_dark() override { return dark; }
    bool prefers_reduced_motion() override { return reduced_motion; }

    void save_text_file(const std::string& file_name, const std::string& mime, const std::string& text) override;
    void pick_text_file(const char* accept, std::function<void(const PickedFile&)> on_picked) override;

    std::string share_url(const std::string& link_fragment) override { return "https://unclench.test/" + link_fragment; }
    bool copy_text(const std::string& text) override;
    bool can_native_share() override { return false; }
    void native_share(const std::string& title, const std::string& url) override;
    void open_handout(const std::string& handout_json) override;
    void open_full_app(const std::string& link_fragment) override;
    std::string page_fragment() override { return fragment; }
    bool take_new_share_fragment(std::string& out) override;
    void clear_fragment() override;

    const EmbedOptions& embed_options() override { return embed; }
    bool embed_in_frame() override { return in_frame; }
    void embed_session_started(const std::string& routine_id, int64_t started_at_ms) override;
    void embed_session_completed(const SessionSummary& summary, const std::string& ended) override;
    void embed_pain_reported(int before, int after) override;
    void embed_check_in(const CheckInEvent& event) override;
    void embed_phase_changed(const PhaseChangedEvent& event) override;
    bool embed_poll_command(EmbedCommand& out) override;
    void redraw_soon() override;

    void perf_mark(const char* name) override;

private:
    void record(std::string line) { calls.push_back(std::move(line)); }
};

} // namespace unclench
