#include "ui/cue_player.h"

#include "ui/platform.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Cancelling: a changed schedule (pause, skip, +10 s, stop) drops what was scheduled for the old one
//-----------------------------------------------------------------------------

void CuePlayer::cancel_scheduled() {
    if (scheduled_any_) {
        platform_.cancel_beeps();
        platform_.cancel_speech();
    }
    scheduled_any_ = false;
    played_.clear();
    next_due_ms_ = -1;
}

void CuePlayer::stop() {
    cancel_scheduled();
    have_generation_ = false;
}

// Entries well in the past can no longer come back from the source: keep the map small.
void CuePlayer::forget_old(int64_t now_ms) {
    for (auto it = played_.begin(); it != played_.end();)
        it = it->second.due_ms < now_ms - 10000 ? played_.erase(it) : std::next(it);
}

//-----------------------------------------------------------------------------
// Playing
//-----------------------------------------------------------------------------

void CuePlayer::update(const SessionEngine& engine, int64_t session_now_ms, const Settings& s, bool paused) {
    std::vector<Cue> cues;
    if (!paused) cues = engine.upcoming_cues(session_now_ms, kHorizonMs);
    play(cues, engine.cue_generation(), session_now_ms, s, paused);
}

void CuePlayer::play(const std::vector<Cue>& cues, uint32_t generation, int64_t now_ms, const Settings& s, bool paused,
                     int64_t horizon_ms) {
    if (paused || !have_generation_ || generation != generation_) {
        cancel_scheduled();
        generation_ = generation;
        have_generation_ = true;
        if (paused) return;
    }
    forget_old(now_ms);
    next_due_ms_ = -1;
    bool hidden = false, hidden_known = false;
    for (const Cue& cue : cues) {
        if (cue.due_ms > now_ms + horizon_ms) break;
        Played& p = played_[cue.id];
        p.due_ms = cue.due_ms;
        if (!p.beep) {   // beeps go on the audio clock now, up to the horizon ahead
            p.beep = true;
            if (s.sounds && cue.beep != Beep::None) {
                platform_.schedule_beep((double)(cue.due_ms - now_ms), cue.beep);
                scheduled_any_ = true;
            }
        }
        bool wants_words = s.voice && !cue.words.empty() && !p.words;
        bool wants_buzz = s.vibration && !p.buzz && (cue.beep != Beep::None || cue.kind == CueKind::SessionDone);
        if (!wants_words && !wants_buzz) continue;
        if (cue.due_ms > now_ms) {   // not yet: the caller redraws at this time
            if (next_due_ms_ < 0 || cue.due_ms < next_due_ms_) next_due_ms_ = cue.due_ms;
            continue;
        }
        if (!hidden_known) { hidden = platform_.page_hidden(); hidden_known = true; }
        bool stale = hidden && now_ms - cue.due_ms > kStaleSpeechMs;
        if (wants_words && !stale) {
            platform_.speak(cue.words, s.voice_name, s.voice_rate);
            scheduled_any_ = true;
        }
        if (wants_buzz && !stale) platform_.vibrate_for(cue.kind, cue.beep);
        p.words = p.buzz = true;
    }
}

} // namespace unclench
