// Plays cues (core/session_cues.h) from the session engine or a care timer: beeps scheduled ahead on
// the audio clock, words spoken and vibrations on the frame at or after their due time, all following
// the person's settings (sounds, voice, vibration). Call update() every frame while something plays.
//
// Why speech is not scheduled: speechSynthesis has no clock; the app asks for a redraw at the next
// spoken cue (next_due_ms) and speaks then. Speech older than ~1.5 s while the page is hidden is
// dropped: a pile of stale "Hold", "Relax" on return would only confuse.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/session_cues.h"
#include "core/session_engine.h"
#include "core/settings.h"

namespace unclench {

class Platform;

class CuePlayer {
public:
    explicit CuePlayer(Platform& platform) : platform_(platform) {}

    // A session: cues for the next few seconds from the engine.
    void update(const SessionEngine& engine, int64_t session_now_ms, const Settings& s, bool paused);
    // Any cue source: `cues` (due order, session clock) with their generation. Beeps up to horizon_ms
    // ahead are put on the audio clock (a care timer passes its whole length: it may be hidden for long).
    void play(const std::vector<Cue>& cues, uint32_t generation, int64_t session_now_ms, const Settings& s, bool paused,
              int64_t horizon_ms = kHorizonMs);
    // Cancels every scheduled beep and the speech in progress; forgets what was played.
    void stop();

    // Session time of the next cue still to speak or vibrate (-1: none), for FrameNeeds::redraw_at.
    int64_t next_due_ms() const { return next_due_ms_; }
    static constexpr int64_t kHorizonMs = 3000;      // how far ahead beeps are scheduled
    static constexpr int64_t kStaleSpeechMs = 1500;  // hidden page: older speech is skipped

private:
    struct Played { bool beep = false, words = false, buzz = false; int64_t due_ms = 0; };
    void cancel_scheduled();
    void forget_old(int64_t now_ms);

    Platform& platform_;
    std::map<std::string, Played> played_;   // by cue id: each part happens once
    uint32_t generation_ = 0;
    bool have_generation_ = false;
    bool scheduled_any_ = false;
    int64_t next_due_ms_ = -1;
};

} // namespace unclench
