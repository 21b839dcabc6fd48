// The browser as the UI's Platform (ui/platform.h): each call forwards to one src/platform/ module.
// The only place besides web_main.cpp that sees both layers.
#pragma once
#include "ui/platform.h"

namespace unclench {

class WebPlatform : public Platform {
public:
    void schedule_beep(double delay_ms, Beep beep) override;
    void cancel_beeps() override;
    void speak(const std::string& text, const std::string& voice_name, double rate) override;
    void cancel_speech() override;
    std::vector<Voice> speech_voices() override;
    void vibrate_for(CueKind kind, Beep beep) override;

    bool page_hidden() override;
    void set_title_phases(const std::vector<TitlePhase>& phases, const std::string& done_text) override;
    void set_title_text(const std::string& text) override;
    void clear_title() override;
    void acquire_wake_lock() override;
    void release_wake_lock() override;

    NotifyState notify_state() override;
    void request_notifications() override;
    void notify_at(const std::string& key, const std::string& title, const std::string& body, int64_t at_wall_ms) override;
    void cancel_notify(const std::string& key) override;

    bool prefers_dark() override;
    bool prefers_reduced_motion() override;

    void save_text_file(const std::string& file_name, const std::string& mime, const std::string& text) override;
    void pick_text_file(const char* accept, std::function<void(const PickedFile&)> on_picked) override;

    std::string share_url(const std::string& fragment) override;
    bool copy_text(const std::string& text) override;
    bool can_native_share() override;
    void native_share(const std::string& title, const std::string& url) override;
    void open_handout(const std::string& handout_json) override;
    void open_full_app(const std::string& fragment) override;
    std::string page_fragment() override;
    bool take_new_share_fragment(std::string& fragment) override;
    void clear_fragment() override;

    const EmbedOptions& embed_options() override;
    bool embed_in_frame() override;
    void embed_session_started(const std::string& routine_id, int64_t started_at_ms) override;
    void embed_session_completed(const SessionSummary& summary, const std::string& ended) override;
    void embed_pain_reported(int before, int after) override;
    void embed_check_in(const CheckInEvent& event) override;
    void embed_phase_changed(const PhaseChangedEvent& event) override;
    bool embed_poll_command(EmbedCommand& out) override;
    void redraw_soon() override;

    void perf_mark(const char* name) override;
};

} // namespace unclench
