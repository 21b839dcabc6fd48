#include "core/session_timeline.h"

#include <algorithm>

namespace unclench {

//-----------------------------------------------------------------------------
// Building
//-----------------------------------------------------------------------------

namespace {

int64_t non_negative(int64_t v) { return v > 0 ? v : 0; }

struct TimelineBuilder {
    std::vector<Phase>& out;
    int64_t cursor = 0;

    void add(PhaseKind kind, int item, Side side, int set, int rep, int breaths, int64_t duration) {
        if (duration <= 0) return;   // zero-length phases are dropped
        Phase p;
        p.kind = kind;
        p.item = item;
        p.side = side;
        p.set = set;
        p.rep = rep;
        p.breaths = breaths;
        p.duration_ms = duration;
        p.start_ms = cursor;
        out.push_back(p);
        cursor += duration;
    }
};

int units_per_set(const PlanItem& item) {
    if (item.kind == WorkKind::Breaths) return 1;
    return std::max(item.reps, 1);
}

int breaths_per_unit(const PlanItem& item) {
    return item.kind == WorkKind::Breaths ? std::max(item.breaths, 0) : 0;
}

// One set on one side (or on both sides when alternating).
void add_set(TimelineBuilder& b, const PlanItem& item, int index, int set, Side side) {
    const int units = units_per_set(item);
    const int64_t unit_ms = work_unit_ms(item);
    const int64_t rest_ms = non_negative(item.rest_between_reps_ms);
    const int breaths = breaths_per_unit(item);
    for (int rep = 1; rep <= units; rep++) {
        if (item.sides == SideMode::Alternating) {
            b.add(PhaseKind::Work, index, Side::Right, set, rep, breaths, unit_ms);
            b.add(PhaseKind::Rest, index, Side::Right, set, rep, 0, rest_ms);
            b.add(PhaseKind::Work, index, Side::Left, set, rep, breaths, unit_ms);
        } else {
            b.add(PhaseKind::Work, index, side, set, rep, breaths, unit_ms);
        }
        if (rep < units)
            b.add(PhaseKind::Rest, index, item.sides == SideMode::Alternating ? Side::Left : side, set, rep, 0, rest_ms);
    }
}

void add_sets(TimelineBuilder& b, const PlanItem& item, int index, Side side) {
    const int sets = std::max(item.sets, 1);
    for (int set = 1; set <= sets; set++) {
        add_set(b, item, index, set, side);
        if (set < sets)
            b.add(PhaseKind::Rest, index, side, set, units_per_set(item), 0, non_negative(item.rest_between_sets_ms));
    }
}

void add_item(TimelineBuilder& b, const PlanItem& item, int index) {
    const Side first = item.sides == SideMode::None ? Side::None : Side::Right;
    b.add(PhaseKind::GetReady, index, first, 1, 1, 0, non_negative(item.prepare_ms));
    if (item.sides == SideMode::EachSide) {
        add_sets(b, item, index, Side::Right);
        b.add(PhaseKind::SwitchSide, index, Side::Left, 1, 1, 0, non_negative(item.switch_side_ms));
        add_sets(b, item, index, Side::Left);
    } else {
        add_sets(b, item, index, first);
    }
}

} // namespace

std::vector<Phase> build_timeline(const SessionPlan& plan) {
    std::vector<Phase> out;
    TimelineBuilder b{out};
    for (size_t i = 0; i < plan.items.size(); i++)
        add_item(b, plan.items[i], (int)i);
    return out;
}

std::vector<Phase> build_item_timeline(const PlanItem& item, int item_index) {
    std::vector<Phase> out;
    TimelineBuilder b{out};
    add_item(b, item, item_index);
    return out;
}

//-----------------------------------------------------------------------------
// Durations
//-----------------------------------------------------------------------------

int64_t work_unit_ms(const PlanItem& item) {
    switch (item.kind) {
    case WorkKind::Hold:
        return non_negative(item.hold_ms);
    case WorkKind::Reps:
        return non_negative(item.tempo.up_ms) + non_negative(item.tempo.hold_ms) + non_negative(item.tempo.down_ms);
    case WorkKind::Breaths:
        return (int64_t)breaths_per_unit(item) * non_negative(item.breath_ms);
    }
    return 0;
}

int64_t item_duration_ms(const PlanItem& item) {
    int64_t total = 0;
    for (const Phase& p : build_item_timeline(item, 0))
        total += p.duration_ms;
    return total;
}

int64_t plan_duration_ms(const SessionPlan& plan) {
    int64_t total = 0;
    for (const PlanItem& item : plan.items)
        total += item_duration_ms(item);
    return total;
}

//-----------------------------------------------------------------------------
// Motion inside a work phase
//-----------------------------------------------------------------------------

namespace {

float fraction_of(int64_t part, int64_t whole) {
    if (whole <= 0) return 1.0f;
    return (float)std::clamp((double)part / (double)whole, 0.0, 1.0);
}

MotionAt rep_motion(const Tempo& tempo, int64_t t) {
    const int64_t up = non_negative(tempo.up_ms), hold = non_negative(tempo.hold_ms), down = non_negative(tempo.down_ms);
    MotionAt m;
    if (t < up)                { m.motion = Motion::Up;   m.fraction = fraction_of(t, up); }
    else if (t < up + hold)    { m.motion = Motion::Hold; m.fraction = fraction_of(t - up, hold); }
    else                       { m.motion = Motion::Down; m.fraction = fraction_of(t - up - hold, down); }
    return m;
}

MotionAt breath_motion(const PlanItem& item, const Phase& phase, int64_t t) {
    const int64_t breath_ms = non_negative(item.breath_ms);
    MotionAt m;
    if (breath_ms <= 0 || phase.breaths <= 0) return m;
    const int64_t index = std::min<int64_t>(t / breath_ms, phase.breaths - 1);
    const int64_t in_breath = t - index * breath_ms;
    const int64_t half = breath_ms / 2;
    m.breath = (int)index + 1;
    if (in_breath < half) { m.motion = Motion::BreatheIn;  m.fraction = fraction_of(in_breath, half); }
    else                  { m.motion = Motion::BreatheOut; m.fraction = fraction_of(in_breath - half, breath_ms - half); }
    return m;
}

} // namespace

MotionAt motion_at(const PlanItem& item, const Phase& phase, int64_t into_ms) {
    if (phase.kind != PhaseKind::Work) return {};
    const int64_t t = std::clamp<int64_t>(into_ms, 0, phase.duration_ms);
    if (item.kind == WorkKind::Reps) return rep_motion(item.tempo, t);
    if (item.kind == WorkKind::Breaths) return breath_motion(item, phase, t);
    return {};
}

//-----------------------------------------------------------------------------
// Names (for logs, JSON and tests; not spoken)
//-----------------------------------------------------------------------------

const char* phase_kind_name(PhaseKind kind) { return name_of(kPhaseKindNames, kind, "?"); }
const char* side_name(Side side) { return name_of(kSideNames, side, "?"); }

} // namespace unclench
