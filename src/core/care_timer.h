// A home-care timer: one protocol's timer (a cold pack, alternating ice and heat blocks, a walk, or a
// breathing pacer) played on session-clock time the caller passes in. Like the session engine it
// counts no frames: where the timer stands is derived from the last control and the time since, so
// after the page was hidden or the phone locked, the next look lands on the right block and second.
//
// Cues come as data (core/session_cues.h Cue) with stable ids and a generation that changes with
// every control, so the same cue player plays sessions and care timers.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/session_cues.h"

namespace unclench {

struct CareSegment {
    std::string label;        // "Cold pack", "Ice", "Heat", "Breathe"
    int64_t duration_ms = 0;  // > 0
    bool cold = false;        // applies cold (a cold pack's timer, an ice block)
};

struct CareTimerPlan {
    std::string protocol_id;
    std::string title;                // the protocol's name
    CareCategory category = CareCategory::Advice;
    std::vector<CareSegment> segments;
    int64_t inhale_ms = 0, hold_ms = 0, exhale_ms = 0;   // a breathing pacer when inhale and exhale are set
    std::string done_words;           // spoken at the end

    int64_t total_ms() const;
    int64_t cold_ms() const;          // cold applied in one run, all segments together (cold_rule.h limit)
    bool pacer() const { return inhale_ms > 0 && exhale_ms > 0; }
    int64_t breath_ms() const { return inhale_ms + hold_ms + exhale_ms; }
};

// The timer of a catalogue protocol (its first Timer, Blocks or Pacer timing), or nothing for
// protocols without one (advice, a reminder alone).
std::optional<CareTimerPlan> care_timer_plan(const CareProtocol& protocol);

enum class BreathStep { None, In, Hold, Out };

// Everything the timer screen shows, for one `now`.
struct CareTimerView {
    bool started = false, paused = false, finished = false, stopped_early = false;
    int segment = 0, segment_count = 0;
    std::string label;
    int64_t elapsed_ms = 0;             // time run, pauses excluded
    int64_t segment_remaining_ms = 0;
    int64_t total_remaining_ms = 0;
    float segment_fraction = 0.0f;      // 0..1 of the current block done
    BreathStep breath = BreathStep::None;
    float breath_fraction = 0.0f;       // 0..1 through the current in / hold / out step
    int64_t segment_end_ms = 0;         // session time the current block ends (when running)
};

class CareTimer {
public:
    explicit CareTimer(CareTimerPlan plan);

    // Controls: true when they took effect. Stop ends the timer early; it cannot be resumed.
    bool start(int64_t now_ms);
    bool pause(int64_t now_ms);
    bool resume(int64_t now_ms);
    bool stop(int64_t now_ms);

    CareTimerView view(int64_t now_ms) const;
    int64_t elapsed_ms(int64_t now_ms) const;
    bool finished(int64_t now_ms) const;
    // Session time the timer ends (or ended); -1 while paused or not started.
    int64_t end_ms() const;

    // Cues with from_ms <= due_ms <= to_ms, in due order; none while paused, stopped or not started,
    // and none due before the last control. Ids carry generation(), which changes on every control.
    std::vector<Cue> cues_between(int64_t from_ms, int64_t to_ms) const;
    uint32_t generation() const { return generation_; }

    const CareTimerPlan& plan() const { return plan_; }

private:
    struct Offset { int64_t at_ms; CueKind kind; Beep beep; std::string words; std::string key; };
    std::vector<Offset> cue_offsets() const;
    int64_t clamp_time(int64_t now_ms) const;

    CareTimerPlan plan_;
    bool started_ = false, paused_ = false, stopped_ = false;
    int64_t anchor_ms_ = 0;            // session time of the last control
    int64_t elapsed_at_anchor_ = 0;    // time run when it happened
    bool anchor_is_start_ = false;     // a cue due exactly at the start is still played
    uint32_t generation_ = 0;
    std::vector<Offset> offsets_;
};

} // namespace unclench
