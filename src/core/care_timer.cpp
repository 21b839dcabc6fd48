#include "core/care_timer.h"
#include "core/stable_order.h"

#include <algorithm>

namespace unclench {

//-----------------------------------------------------------------------------
// Plans from the catalogue
//-----------------------------------------------------------------------------

int64_t CareTimerPlan::total_ms() const {
    int64_t total = 0;
    for (const CareSegment& s : segments) total += s.duration_ms;
    return total;
}

int64_t CareTimerPlan::cold_ms() const {
    int64_t total = 0;
    for (const CareSegment& s : segments)
        if (s.cold) total += s.duration_ms;
    return total;
}

static std::string done_words_for(CareCategory category) {
    switch (category) {
    case CareCategory::Cold:
    case CareCategory::Heat:
    case CareCategory::Contrast: return "Time is up. Take the pack off and check your skin.";
    case CareCategory::Movement: return "Time is up. Well done.";
    default: return "All done. Well done.";
    }
}

static const int64_t kMaxSegmentMs = 4 * 3600 * 1000;   // nothing in home care runs longer

std::optional<CareTimerPlan> care_timer_plan(const CareProtocol& protocol) {
    CareTimerPlan plan;
    plan.protocol_id = protocol.id;
    plan.title = protocol.name;
    plan.category = protocol.category;
    plan.done_words = done_words_for(protocol.category);
    for (const CareTiming& t : protocol.timing) {
        plan.segments.clear();
        if (t.kind == TimingKind::Timer && t.duration_s > 0) {
            bool cold = protocol.category == CareCategory::Cold;
            plan.segments.push_back({t.label.empty() ? protocol.name : t.label, t.duration_s * 1000LL, cold});
        } else if (t.kind == TimingKind::Blocks) {
            for (int r = 0; r < std::max(1, t.rounds); r++)
                for (const CareBlock& b : t.blocks)
                    if (b.duration_s > 0) plan.segments.push_back({b.label, b.duration_s * 1000LL, b.cold});
        } else if (t.kind == TimingKind::Pacer && t.duration_s > 0 && t.inhale_s > 0 && t.exhale_s > 0) {
            plan.segments.push_back({t.label.empty() ? "Breathe" : t.label, t.duration_s * 1000LL, false});
            plan.inhale_ms = t.inhale_s * 1000LL;
            plan.hold_ms = std::max(0, t.hold_s) * 1000LL;
            plan.exhale_ms = t.exhale_s * 1000LL;
        }
        bool sane = !plan.segments.empty() && std::all_of(plan.segments.begin(), plan.segments.end(),
            [](const CareSegment& s) { return s.duration_ms > 0 && s.duration_ms <= kMaxSegmentMs; });
        if (sane) return plan;
        plan.inhale_ms = plan.hold_ms = plan.exhale_ms = 0;
    }
    return std::nullopt;
}

//-----------------------------------------------------------------------------
// Cues: where they fall on the timer's own time line (ms of running time)
//-----------------------------------------------------------------------------

static const int64_t kOneMinuteWarningMin = 5 * 60 * 1000;   // shorter blocks get no "one minute left"
static const int kSpokenBreaths = 3;                         // then the pacer goes quiet and visual

std::vector<CareTimer::Offset> CareTimer::cue_offsets() const {
    std::vector<Offset> out;
    int64_t at = 0;
    int n = (int)plan_.segments.size();
    for (int i = 0; i < n; i++) {
        const CareSegment& s = plan_.segments[i];
        std::string words = i == 0 ? s.label : "Switch to " + s.label;
        if (i == 0 && plan_.pacer()) words.clear();   // the breath cues speak instead
        std::string key = "s" + std::to_string(i);
        out.push_back({at, i == 0 ? CueKind::PhaseStart : CueKind::SwitchSide, Beep::Start, words, key + ".start"});
        if (s.duration_ms >= kOneMinuteWarningMin)
            out.push_back({at + s.duration_ms - 60000, CueKind::Halfway, Beep::Tick, "One minute left", key + ".min"});
        for (int k = 3; k >= 1 && i == n - 1; k--)   // a soft 3-2-1 before the very end
            out.push_back({at + s.duration_ms - k * 1000LL, CueKind::Countdown, Beep::Tick, "", key + ".cd" + std::to_string(k)});
        at += s.duration_ms;
    }
    if (plan_.pacer()) {
        int64_t breath = plan_.breath_ms();
        for (int b = 0; b < kSpokenBreaths && (b + 1) * breath <= at; b++) {
            int64_t t = b * breath;
            std::string k = "b" + std::to_string(b);
            out.push_back({t, CueKind::TempoStep, Beep::None, "Breathe in", k + ".in"});
            if (plan_.hold_ms > 0) out.push_back({t + plan_.inhale_ms, CueKind::TempoStep, Beep::None, "Hold", k + ".hold"});
            out.push_back({t + plan_.inhale_ms + plan_.hold_ms, CueKind::TempoStep, Beep::None, "Breathe out", k + ".out"});
        }
    }
    out.push_back({at, CueKind::SessionDone, Beep::End, plan_.done_words, "end"});
    sort_stably_by(out, [](const Offset& o) { return o.at_ms; });
    return out;
}

//-----------------------------------------------------------------------------
// Controls
//-----------------------------------------------------------------------------

CareTimer::CareTimer(CareTimerPlan plan) : plan_(std::move(plan)) { offsets_ = cue_offsets(); }

// A `now` earlier than the last control counts as that control's time: no negative time.
int64_t CareTimer::clamp_time(int64_t now_ms) const { return std::max(now_ms, anchor_ms_); }

int64_t CareTimer::elapsed_ms(int64_t now_ms) const {
    int64_t e = elapsed_at_anchor_;
    if (started_ && !paused_ && !stopped_) e += clamp_time(now_ms) - anchor_ms_;
    return std::min(e, plan_.total_ms());
}

bool CareTimer::finished(int64_t now_ms) const {
    return stopped_ || (started_ && elapsed_ms(now_ms) >= plan_.total_ms());
}

bool CareTimer::start(int64_t now_ms) {
    if (started_ || plan_.segments.empty()) return false;
    started_ = true;
    anchor_ms_ = now_ms;
    elapsed_at_anchor_ = 0;
    anchor_is_start_ = true;
    generation_++;
    return true;
}

bool CareTimer::pause(int64_t now_ms) {
    if (!started_ || paused_ || finished(now_ms)) return false;
    now_ms = clamp_time(now_ms);
    elapsed_at_anchor_ = elapsed_ms(now_ms);
    anchor_ms_ = now_ms;
    paused_ = true;
    generation_++;
    return true;
}

bool CareTimer::resume(int64_t now_ms) {
    if (!paused_ || stopped_) return false;
    anchor_ms_ = clamp_time(now_ms);
    paused_ = false;
    anchor_is_start_ = false;
    generation_++;
    return true;
}

bool CareTimer::stop(int64_t now_ms) {
    if (!started_ || finished(now_ms)) return false;
    now_ms = clamp_time(now_ms);
    elapsed_at_anchor_ = elapsed_ms(now_ms);
    anchor_ms_ = now_ms;
    stopped_ = true;
    generation_++;
    return true;
}

int64_t CareTimer::end_ms() const {
    if (!started_ || paused_) return -1;
    if (stopped_) return anchor_ms_;
    return anchor_ms_ + plan_.total_ms() - elapsed_at_anchor_;
}

//-----------------------------------------------------------------------------
// What to show
//-----------------------------------------------------------------------------

static void breath_at(const CareTimerPlan& plan, int64_t elapsed, CareTimerView& v) {
    int64_t t = elapsed % plan.breath_ms();
    if (t < plan.inhale_ms) {
        v.breath = BreathStep::In;
        v.breath_fraction = (float)t / (float)plan.inhale_ms;
    } else if (t < plan.inhale_ms + plan.hold_ms) {
        v.breath = BreathStep::Hold;
        v.breath_fraction = (float)(t - plan.inhale_ms) / (float)plan.hold_ms;
    } else {
        v.breath = BreathStep::Out;
        v.breath_fraction = (float)(t - plan.inhale_ms - plan.hold_ms) / (float)plan.exhale_ms;
    }
}

CareTimerView CareTimer::view(int64_t now_ms) const {
    CareTimerView v;
    v.started = started_;
    v.paused = paused_;
    v.finished = finished(now_ms);
    v.stopped_early = stopped_;
    v.segment_count = (int)plan_.segments.size();
    v.elapsed_ms = elapsed_ms(now_ms);
    v.total_remaining_ms = plan_.total_ms() - v.elapsed_ms;
    int64_t at = 0;
    for (int i = 0; i < v.segment_count; i++) {
        const CareSegment& s = plan_.segments[i];
        bool last = i == v.segment_count - 1;
        if (v.elapsed_ms < at + s.duration_ms || last) {
            v.segment = i;
            v.label = s.label;
            int64_t into = std::min(v.elapsed_ms - at, s.duration_ms);
            v.segment_remaining_ms = s.duration_ms - into;
            v.segment_fraction = (float)into / (float)s.duration_ms;
            break;
        }
        at += s.duration_ms;
    }
    if (plan_.pacer() && started_ && !v.finished) breath_at(plan_, v.elapsed_ms, v);
    v.segment_end_ms = started_ && !paused_ && !v.finished ? clamp_time(now_ms) + v.segment_remaining_ms : -1;
    return v;
}

std::vector<Cue> CareTimer::cues_between(int64_t from_ms, int64_t to_ms) const {
    std::vector<Cue> out;
    if (!started_ || paused_ || stopped_) return out;
    for (const Offset& o : offsets_) {
        if (o.at_ms < elapsed_at_anchor_ || (o.at_ms == elapsed_at_anchor_ && !anchor_is_start_)) continue;
        int64_t due = anchor_ms_ + (o.at_ms - elapsed_at_anchor_);
        if (due < from_ms || due > to_ms) continue;
        Cue c;
        c.id = "c" + std::to_string(generation_) + "." + o.key;
        c.kind = o.kind;
        c.due_ms = due;
        c.words = o.words;
        c.beep = o.beep;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace unclench
