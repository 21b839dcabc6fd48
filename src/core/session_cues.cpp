#include "core/session_cues.h"

#include <algorithm>
#include <cctype>

#include "core/phase_words.h"
#include "core/stable_order.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Words (short, plain, spoken on the floor with eyes closed)
//-----------------------------------------------------------------------------

namespace {

std::string lower_first(std::string s) {
    // "Knees to chest" -> "knees to chest", but leave acronyms like "SI joint" alone.
    if (s.size() >= 2 && std::isupper((unsigned char)s[0]) && !std::isupper((unsigned char)s[1]))
        s[0] = (char)std::tolower((unsigned char)s[0]);
    return s;
}

// Only alternating sides are spoken: each-side exercises announce the switch instead.
std::string alternating_side_suffix(const PlanItem& item, const Phase& phase) {
    return item.sides == SideMode::Alternating ? side_suffix(phase.side) : "";
}

bool is_last_unit_of_set(const PlanItem& item, const Phase& phase) {
    if (phase.kind != PhaseKind::Work || item.kind == WorkKind::Breaths) return false;
    const int units = std::max(item.reps, 1);
    if (item.sides == SideMode::Alternating) return phase.rep == units && phase.side == Side::Left;
    return units > 1 && phase.rep == units;
}

} // namespace

std::string phase_start_words(const SessionPlan& plan, const Phase& phase) {
    const PlanItem& item = plan.items[phase.item];
    switch (phase.kind) {
    case PhaseKind::GetReady: return std::string(phase_kind_label(PhaseKind::GetReady)) + ": " + lower_first(item.name);
    case PhaseKind::Work: return work_start_label(item.kind) + alternating_side_suffix(item, phase);
    case PhaseKind::Rest: return phase_kind_label(PhaseKind::Rest);
    case PhaseKind::SwitchSide: return switch_side_words(phase.side);
    }
    return "";
}

const char* cue_kind_name(CueKind kind) { return name_of(kCueKindNames, kind, "?"); }

//-----------------------------------------------------------------------------
// Cues of one phase
//-----------------------------------------------------------------------------

namespace {

struct PhaseCueWriter {
    std::vector<Cue>& out;
    uint32_t generation;
    int phase;
    int64_t start_ms;

    void add(CueKind kind, int n, int64_t offset_ms, std::string words, Beep beep) {
        Cue c;
        c.id = "g" + std::to_string(generation) + ".p" + std::to_string(phase) + "." + cue_kind_name(kind) + "." + std::to_string(n);
        c.kind = kind;
        c.due_ms = start_ms + offset_ms;
        c.words = std::move(words);
        c.beep = beep;
        c.phase = phase;
        out.push_back(std::move(c));
    }
};

void add_start_cue(PhaseCueWriter& w, const SessionPlan& plan, const Phase& phase) {
    const PlanItem& item = plan.items[phase.item];
    if (phase.kind == PhaseKind::SwitchSide)
        w.add(CueKind::SwitchSide, 0, 0, phase_start_words(plan, phase), Beep::Start);
    else if (is_last_unit_of_set(item, phase))
        w.add(CueKind::LastRep, 0, 0, "Last one" + alternating_side_suffix(item, phase), Beep::Start);
    else
        w.add(CueKind::PhaseStart, 0, 0, phase_start_words(plan, phase), Beep::Start);
}

void add_tempo_cues(PhaseCueWriter& w, const PlanItem& item, const Phase& phase) {
    if (item.kind == WorkKind::Reps) {
        if (item.tempo.hold_ms > 0 && item.tempo.up_ms > 0)
            w.add(CueKind::TempoStep, 1, item.tempo.up_ms, motion_label(Motion::Hold), Beep::None);
        if (item.tempo.down_ms > 0)
            w.add(CueKind::TempoStep, 2, (int64_t)std::max(item.tempo.up_ms, 0) + std::max(item.tempo.hold_ms, 0),
                  motion_label(Motion::Down), Beep::None);
    } else if (item.kind == WorkKind::Breaths && item.breath_ms >= 2) {
        for (int b = 0; b < phase.breaths; b++) {
            const int64_t at = (int64_t)b * item.breath_ms;
            if (b > 0) w.add(CueKind::TempoStep, 2 * b, at, "In", Beep::None);
            w.add(CueKind::TempoStep, 2 * b + 1, at + item.breath_ms / 2, "Out", Beep::None);
        }
    }
}

bool has_countdown(const PlanItem& item, const Phase& phase) {
    if (phase.kind != PhaseKind::Work) return true;   // get ready, rest, switch side
    return item.kind == WorkKind::Hold;                // reps and breaths follow their own pace
}

void add_phase_cues(PhaseCueWriter& w, const SessionPlan& plan, const std::vector<Phase>& timeline, const CueOptions& o,
                    int index, int64_t total_ms) {
    const Phase& phase = timeline[index];
    const PlanItem& item = plan.items[phase.item];
    add_start_cue(w, plan, phase);
    if (phase.kind == PhaseKind::Work && o.tempo) add_tempo_cues(w, item, phase);
    if (o.halfway && phase.kind == PhaseKind::Work && item.kind == WorkKind::Hold && phase.duration_ms >= o.halfway_min_ms)
        w.add(CueKind::Halfway, 0, phase.duration_ms / 2, "Halfway", Beep::None);   // planned midpoint: +10 s doesn't repeat it
    if (o.countdown && has_countdown(item, phase) && total_ms >= o.countdown_min_ms) {
        w.add(CueKind::Countdown, 3, total_ms - 3000, "Three", Beep::Tick);
        w.add(CueKind::Countdown, 2, total_ms - 2000, "Two", Beep::Tick);
        w.add(CueKind::Countdown, 1, total_ms - 1000, "One", Beep::Tick);
    }
    const bool last_phase = index + 1 == (int)timeline.size();
    if (last_phase)
        w.add(CueKind::SessionDone, 0, total_ms, "Well done. Session complete.", Beep::End);
    else if (timeline[index + 1].item != phase.item)
        w.add(CueKind::ExerciseDone, 0, total_ms, "Exercise done", Beep::None);
}

} // namespace

//-----------------------------------------------------------------------------
// The window
//-----------------------------------------------------------------------------

std::vector<Cue> cues_between(const SessionPlan& plan, const std::vector<Phase>& timeline, const CueOptions& options,
                              const CueSchedule& schedule, int64_t from_ms, int64_t to_ms) {
    std::vector<Cue> all;
    if (schedule.phase < 0 || to_ms < from_ms) return all;
    int64_t start = schedule.phase_start_ms;
    for (int i = schedule.phase; i < (int)timeline.size() && start <= to_ms; i++) {
        const int64_t total = timeline[i].duration_ms + (i == schedule.phase ? schedule.phase_extra_ms : 0);
        if (start + total >= from_ms) {
            PhaseCueWriter w{all, schedule.generation, i, start};
            add_phase_cues(w, plan, timeline, options, i, total);
        }
        start += total;
    }
    std::vector<Cue> out;
    for (Cue& c : all)
        if (c.due_ms >= from_ms && c.due_ms <= to_ms) out.push_back(std::move(c));
    sort_stably_by(out, [](const Cue& c) { return c.due_ms; });
    return out;
}

} // namespace unclench
