#include "core/plan_text.h"

namespace unclench {

static std::string seconds(int ms) {
    int s = (ms + 500) / 1000;
    return std::to_string(s) + " s";
}

static std::string work_part(const PlanItem& item) {
    switch (item.kind) {
    case WorkKind::Hold:
        return "Hold " + seconds(item.hold_ms) + (item.reps > 1 ? " · " + std::to_string(item.reps) + " times" : "");
    case WorkKind::Reps:
        return std::to_string(item.reps) + (item.reps == 1 ? " rep" : " reps");
    case WorkKind::Breaths:
        return std::to_string(item.breaths) + (item.breaths == 1 ? " breath" : " breaths");
    }
    return {};
}

static std::string sides_part(SideMode sides) {
    switch (sides) {
    case SideMode::EachSide: return " · each side";
    case SideMode::Alternating: return " · alternating sides";
    case SideMode::None: break;
    }
    return {};
}

std::string describe_dose(const PlanItem& item) {
    std::string text = work_part(item);
    if (item.sets > 1) text += " · " + std::to_string(item.sets) + " sets";
    return text + sides_part(item.sides);
}

//-----------------------------------------------------------------------------
// A routine step
//-----------------------------------------------------------------------------

const Dosage* step_dosage(const Catalogue& catalogue, const RoutineStep& step) {
    const Exercise* e = catalogue.exercise(step.exercise);
    return e ? e->dosage(step.source) : nullptr;
}

static void add(std::string& out, const std::string& part) {
    if (!out.empty()) out += " · ";
    out += part;
}

std::string step_dose_text(const Catalogue& catalogue, const RoutineStep& step) {
    const Exercise* e = catalogue.exercise(step.exercise);
    const Dosage* d = step_dosage(catalogue, step);
    if (!e || !d) return {};
    std::string out;
    int sets = step.sets.value_or(d->sets.planned());
    if (d->work == WorkKind::Breaths) {
        add(out, std::to_string(step.breaths.value_or(d->breaths.planned())) + " breaths");
    } else {
        int hold = step.hold_s.value_or(d->hold_s.planned());
        int reps = step.reps.value_or(d->reps.planned());
        if (d->work == WorkKind::Hold && hold > 0) add(out, "Hold " + std::to_string(hold) + " s");
        if (reps > 0) add(out, std::to_string(reps) + (d->work == WorkKind::Hold ? (reps == 1 ? " time" : " times") : " reps"));
    }
    if (sets > 1) add(out, std::to_string(sets) + " sets");
    SideMode sides = step.sides.value_or(e->sides);
    if (sides == SideMode::EachSide) add(out, "each side");
    if (sides == SideMode::Alternating) add(out, "alternating sides");
    return out;
}

} // namespace unclench
