#include "core/routine.h"

#include <tuple>

namespace unclench {

namespace {
auto fields(const TimingOverrides& t) {
    return std::tie(t.prepare_s, t.rest_between_reps_s, t.rest_between_sets_s, t.switch_side_s, t.breath_s,
                    t.tempo_up_s, t.tempo_hold_s, t.tempo_down_s);
}
} // namespace

bool TimingOverrides::empty() const { return *this == TimingOverrides{}; }

bool operator==(const TimingOverrides& a, const TimingOverrides& b) { return fields(a) == fields(b); }

bool operator==(const RoutineStep& a, const RoutineStep& b) {
    return std::tie(a.exercise, a.source, a.hold_s, a.reps, a.sets, a.breaths, a.sides, a.timing, a.note) ==
           std::tie(b.exercise, b.source, b.hold_s, b.reps, b.sets, b.breaths, b.sides, b.timing, b.note);
}

bool operator==(const Routine& a, const Routine& b) {
    return std::tie(a.id, a.name, a.description, a.when, a.during_spasm, a.timing, a.steps, a.note) ==
           std::tie(b.id, b.name, b.description, b.when, b.during_spasm, b.timing, b.steps, b.note);
}

} // namespace unclench
